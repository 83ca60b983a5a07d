import LeadMessages

/// The bureau's counting rules, as the aggregate cells a lead counts in. Pure.
///
/// - A project counts once, at its first signing: one project and its amount on the signing's day.
/// - A corrected signing replaces the earlier one, never adds: the cells are recomputed from the
///   lead as it is now, so a new amount or date moves the project rather than adding one.
/// - A capital increase on a signed project adds only its amount, on its own day, and no project.
/// - A voided signing counts nowhere any more, except as a voided signing on the day it was voided.
/// - After the signing (protocol 1.10): each milestone counts the project once on its day, each
///   funds entry its amount on its day (a correction moves it, like a corrected signing), all in
///   the cohort of the signing's year as well, so rates can take one year's projects.
///
/// The reporter applies `delta(from:to:)` of each event: old cells out, new cells in.
public enum Contributions {
    /// A contract of at least this much is a 10亿 project; twice it, a 20亿 one.
    public static let largeProjectFen: Int64 = 10 * 100_000_000 * 100

    public static func cells(_ facts: ReportingFacts?) -> [CellKey: CellAmount] {
        guard let facts else { return [:] }
        var cells: [CellKey: CellAmount] = [:]
        func add(_ measure: Measure, _ amount: CellAmount, on date: CivilDate, _ values: [(ReportDimension, String)]) {
            for (dimension, value) in values {
                let key = CellKey(measure, day: date.daysSinceEpoch, dimension: dimension, value: value)
                cells[key, default: .zero] = cells[key, default: .zero] + amount
            }
        }
        let accountable = accountableValues(facts)
        // A voided signing counts against who answered for it on the day it was voided (the
        // 年考核's deduction), and in its signing's cohort on the signing's day (履约率 asks how
        // many of the signings up to a day fell through, as known now).
        for voided in facts.voidedSignings ?? [] {
            let amount = CellAmount(projects: 1, fen: voided.amountYuan.fen)
            add(.voided, amount, on: voided.voidedOn, accountable)
            add(.voided, amount, on: voided.signedOn, [(.cohort, String(voided.signedOn.year))])
        }
        guard let signing = facts.signing else { return cells }
        let signedOn = signing.signedAt.businessDate
        let values = dimensionValues(facts) + [(.cohort, String(signedOn.year))]
        add(.signing, CellAmount(projects: 1, fen: signing.amountYuan.fen), on: signedOn, values)
        for increase in facts.capitalIncreases {
            add(
                .signing, CellAmount(fen: increase.amountYuan.fen), on: increase.increasedAt.businessDate,
                values + [(.increase, "all")])
        }
        let one = CellAmount(projects: 1)
        if facts.totalSignedFen >= largeProjectFen { add(.signed10, one, on: signedOn, values) }
        if facts.totalSignedFen >= 2 * largeProjectFen { add(.signed20, one, on: signedOn, values) }
        if !facts.classification.enterpriseClasses.isEmpty { add(.targetClass, one, on: signedOn, values) }
        for (milestone, record) in facts.milestones?.reached ?? [] {
            add(.milestone(milestone), one, on: record.on, values)
        }
        for entry in facts.funds ?? [] {
            add(
                .funds, CellAmount(projects: 1, fen: entry.amountYuan.fen), on: entry.on,
                values + [(.origin, entry.origin.rawValue)])
        }
        if let planned = facts.plannedStart, planned >= signedOn {
            let started = facts.milestones?.started?.on
            if started.map({ $0 > planned }) ?? true { add(.lateStart, one, on: planned.adding(days: 1), accountable) }
        }
        return cells
    }

    /// The cells a contact with the company adds: counted from the event that recorded it, since
    /// the lead carries only a summary of its follow-ups.
    public static func cells(of followUp: FollowUp, _ facts: ReportingFacts) -> [CellKey: CellAmount] {
        Dictionary(
            uniqueKeysWithValues: accountableValues(facts).map { dimension, value in
                (
                    CellKey(.followUp, day: followUp.on.daysSinceEpoch, dimension: dimension, value: value),
                    CellAmount(projects: 1)
                )
            })
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
                (.unit, facts.unit ?? unspecified),
            ] + districtValue(facts)
    }

    /// Who answers for a lead: what the 年考核 scores, beside the total.
    static func accountableValues(_ facts: ReportingFacts) -> [(ReportDimension, String)] {
        [(.total, "all"), (.officer, facts.officer ?? unspecified), (.unit, facts.unit ?? unspecified)]
            + districtValue(facts)
    }

    /// lead-city's one more dimension; a district's own reporter has none.
    static func districtValue(_ facts: ReportingFacts) -> [(ReportDimension, String)] {
        facts.district.map { [(.district, $0)] } ?? []
    }

    public static let unspecified = "unspecified"
}
