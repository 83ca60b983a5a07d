import LeadMessages

/// What a cell counts (protocol 1.10 added everything after `signing`).
public enum Measure: String, CaseIterable, Sendable {
    /// Signings: one project on its first signing's day, its amount, and capital increases.
    case signing
    /// Funds in place (实际到位资金): each entry's amount on its day; `projects` counts entries.
    case funds
    /// Milestones: one project on the day it reached each.
    case started, registered, operating
    case fullProduction = "full-production"
    case aboveScale = "above-scale"
    /// Projects whose contract (signing and increases) reaches 10亿 / 20亿, on the signing's day.
    case signed10 = "signed-10yi"
    case signed20 = "signed-20yi"
    /// Projects of a target enterprise class, on the signing's day.
    case targetClass = "target-class"
    /// Signings voided: on the day voided for the total, unit and officer; on the signing's day in
    /// its cohort. `fen` is the amount that stopped counting.
    case voided
    /// A signed project not started by its planned 开工 date: one, on the day after that date.
    case lateStart = "late-start"
    /// Contacts with the company (跟进), on their day.
    case followUp = "follow-up"

    public static func milestone(_ milestone: ProjectMilestone) -> Measure {
        switch milestone {
        case .started: .started
        case .registered: .registered
        case .operating: .operating
        case .fullProduction: .fullProduction
        case .aboveScale: .aboveScale
        }
    }
}

/// One aggregate cell: what it counts, a Beijing day, a dimension and one of its values.
public struct CellKey: Hashable, Sendable {
    public var measure: Measure
    /// Days since 1970-01-01 of the Beijing business date.
    public var day: Int64
    public var dimension: ReportDimension
    public var value: String

    public init(_ measure: Measure = .signing, day: Int64, dimension: ReportDimension, value: String) {
        self.measure = measure
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
/// capital increases, so a report can say how much of its amount they are; `cohort` is the year a
/// project was signed, so rates can take the projects of one year; `origin` splits funds in place.
public enum ReportDimension: String, CaseIterable, Sendable {
    case total
    case increase
    case region
    case enterpriseClass = "enterprise-class"
    case industry
    case channel
    case officer
    case park
    case unit
    case cohort
    case origin
    /// The district a lead comes from: only lead-city's cells have it (protocol 1.11).
    case district

    /// The dimensions a report shows as breakdowns.
    public static let breakdowns: [ReportDimension] = [
        .region, .enterpriseClass, .industry, .channel, .officer, .park, .unit,
    ]
}
