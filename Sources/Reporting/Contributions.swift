import LeadMessages

/// One aggregate cell: a Beijing day, a dimension and one of its values.
public struct CellKey: Hashable, Sendable {
    /// Days since 1970-01-01 of the Beijing business date.
    public var day: Int64
    public var dimension: ReportDimension
    public var value: String

    public init(day: Int64, dimension: ReportDimension, value: String) {
        self.day = day
        self.dimension = dimension
        self.value = value
    }
}

public struct CellAmount: Equatable, Sendable {
    public var projects: Int
    public var fen: Int64

    public init(projects: Int = 0, fen: Int64 = 0) {
        self.projects = projects
        self.fen = fen
    }

    public static let zero = CellAmount()
    public var isZero: Bool { projects == 0 && fen == 0 }

    public static func + (lhs: CellAmount, rhs: CellAmount) -> CellAmount {
        CellAmount(projects: lhs.projects + rhs.projects, fen: lhs.fen + rhs.fen)
    }

    public static prefix func - (value: CellAmount) -> CellAmount {
        CellAmount(projects: -value.projects, fen: -value.fen)
    }
}

/// The dimensions reports are cut by. `total` has the single value `all`; `increase` counts only
/// capital increases, so a report can say how much of its amount they are.
public enum ReportDimension: String, CaseIterable, Sendable {
    case total
    case increase
    case region
    case enterpriseClass = "enterprise-class"
    case industry
    case channel
    case officer
    case park

    /// The dimensions a report shows as breakdowns.
    public static let breakdowns: [ReportDimension] = [.region, .enterpriseClass, .industry, .channel, .officer, .park]
}

/// The bureau's counting rules, as the aggregate cells a lead counts in. Pure.
///
/// - A project counts once, at its first signing: one project and its amount on the signing's day.
/// - A corrected signing replaces the earlier one, never adds: the cells are recomputed from the
///   lead as it is now, so a new amount or date moves the project rather than adding one.
/// - A capital increase on a signed project adds only its amount, on its own day, and no project.
/// - A voided signing counts nowhere any more.
///
/// The reporter applies `delta(from:to:)` of each event: old cells out, new cells in.
public enum Contributions {
    public static func cells(_ facts: ReportingFacts?) -> [CellKey: CellAmount] {
        guard let facts, let signing = facts.signing else { return [:] }
        var cells: [CellKey: CellAmount] = [:]
        func add(_ amount: CellAmount, day: Int64, _ values: [(ReportDimension, String)]) {
            for (dimension, value) in values {
                cells[CellKey(day: day, dimension: dimension, value: value), default: .zero] =
                    cells[CellKey(day: day, dimension: dimension, value: value), default: .zero] + amount
            }
        }
        let values = dimensionValues(facts)
        add(
            CellAmount(projects: 1, fen: signing.amountYuan.fen), day: signing.signedAt.businessDate.daysSinceEpoch,
            values)
        for increase in facts.capitalIncreases {
            add(
                CellAmount(fen: increase.amountYuan.fen), day: increase.increasedAt.businessDate.daysSinceEpoch,
                values + [(.increase, "all")])
        }
        return cells
    }

    /// The non-zero changes to every cell when a lead goes from `old` to `new`.
    public static func delta(from old: ReportingFacts?, to new: ReportingFacts?) -> [CellKey: CellAmount] {
        var change = cells(new)
        for (key, amount) in cells(old) { change[key, default: .zero] = change[key, default: .zero] + (-amount) }
        return change.filter { !$0.value.isZero }
    }

    /// Each dimension's value(s) for a lead; a project in several enterprise classes counts in each.
    static func dimensionValues(_ facts: ReportingFacts) -> [(ReportDimension, String)] {
        let classes = facts.classification.enterpriseClasses.map(\.rawValue)
        return [(.total, "all"), (.region, facts.classification.region.rawValue)]
            + (classes.isEmpty ? ["none"] : classes).map { (.enterpriseClass, $0) }
            + [
                (.industry, facts.classification.industry.rawValue),
                (.channel, facts.channel?.rawValue ?? unspecified),
                (.officer, facts.officer ?? unspecified),
                (.park, facts.carrierPark ?? unspecified),
            ]
    }

    public static let unspecified = "unspecified"
}
