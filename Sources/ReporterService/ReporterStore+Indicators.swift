import LeadMessages
import Reporting
import ServiceKit
import Storage

/// Reading what the after-signing indicators are made of (protocol 1.10): range scans of the
/// cells' primary key (measure, dimension, day, value) and the funds rows of the period.
extension ReporterStore {
    static func indicatorInputs(_ db: any SQLConnection, _ period: ReportPeriod) throws -> IndicatorInputs {
        let (first, last) = (period.start.daysSinceEpoch, period.end.daysSinceEpoch)
        let yearStart = (CivilDate(year: period.end.year, month: 1, day: 1) ?? period.start).daysSinceEpoch
        var periodCells: [Measure: [ReportDimension: [String: CellAmount]]] = [:]
        for (measure, dimensions) in IndicatorInputs.periodMeasures {
            for dimension in dimensions {
                for row in try sums(db, measure, dimension, from: first, through: last) {
                    periodCells[measure, default: [:]][dimension, default: [:]][row.value] = row.amount
                }
            }
        }
        var cohortCells: [Measure: CellAmount] = [:]
        let cohort = String(period.end.year)
        for measure in IndicatorInputs.cohortMeasures {
            cohortCells[measure] = try sums(db, measure, .cohort, from: yearStart, through: last)
                .first { $0.value == cohort }?.amount
        }
        var dailyFunds: [Int64: Int64] = [:]
        for row in try db.query(
            "SELECT day, fen FROM cell WHERE measure = 'funds' AND dimension = 'total' AND day BETWEEN ? AND ?",
            yearStart, last)
        {
            dailyFunds[try row.int64("day")] = try row.int64("fen")
        }
        let entries = periodCells[.funds]?[.total]?["all"]?.projects ?? 0
        let (projects, covered) = try fundsLines(db, first, last)
        return IndicatorInputs(
            periodCells: periodCells, cohortCells: cohortCells, dailyFunds: dailyFunds, projects: projects,
            entriesOmitted: entries > covered ? entries - covered : nil)
    }

    /// The projects of the period's latest funds entries — all of them at a district's scale — with
    /// their funds in the period and to its end, the most in the period first, at most the list
    /// limit; and how many of the period's entries those lines cover. Reading every entry of a
    /// province's year to rank its projects would cost seconds; the latest 1,000 cost milliseconds.
    static let fundsEntriesScanned = PeriodReport.listLimit

    static func fundsLines(_ db: any SQLConnection, _ first: Int64, _ last: Int64) throws -> ([FundsLine], Int) {
        var ids: [String] = []
        var seen: Set<String> = []
        for row in try db.query(
            "SELECT leadId FROM funds WHERE day BETWEEN ? AND ? ORDER BY day DESC LIMIT ?", first, last,
            fundsEntriesScanned)
        {
            let id = try row.string("leadId")
            if seen.insert(id).inserted { ids.append(id) }
        }
        guard !ids.isEmpty else { return ([], 0) }
        // Their funds first (an index holds leadId, day and fen), then the names of those listed only.
        let marks = ids.map { _ in "?" }.joined(separator: ", ")
        let sums = try db.query(
            """
            SELECT leadId, CAST(SUM(CASE WHEN day >= ? THEN fen ELSE 0 END) AS BIGINT) AS periodFen,
                CAST(SUM(CASE WHEN day >= ? THEN 1 ELSE 0 END) AS BIGINT) AS periodEntries,
                CAST(SUM(fen) AS BIGINT) AS cumulativeFen
            FROM funds WHERE leadId IN (\(marks)) AND day <= ? GROUP BY leadId
            """, [.integer(first), .integer(first)] + ids.map(SQLValue.text) + [.integer(last)]
        ).map { row in
            (
                leadId: try row.string("leadId"), period: try row.int64("periodFen"),
                entries: Int(try row.int64("periodEntries")), cumulative: try row.int64("cumulativeFen")
            )
        }
        .sorted { ($0.period, $1.leadId) > ($1.period, $0.leadId) }.prefix(PeriodReport.listLimit)
        let listed = sums.map(\.leadId)
        var names: [String: (String, String, Int64)] = [:]
        for row in try db.query(
            """
            SELECT leadId, companyName, projectName, contractFen FROM facts
            WHERE leadId IN (\(listed.map { _ in "?" }.joined(separator: ", ")))
            """, listed.map(SQLValue.text))
        {
            names[try row.string("leadId")] = (
                try row.string("companyName"), try row.string("projectName"), try row.optionalInt64("contractFen") ?? 0
            )
        }
        let lines = sums.compactMap { sum -> FundsLine? in
            guard let (company, project, contract) = names[sum.leadId] else { return nil }
            return FundsLine(
                leadId: sum.leadId, companyName: company, projectName: project, contractYuan: Money(fen: contract),
                periodFundsYuan: Money(fen: sum.period), cumulativeFundsYuan: Money(fen: sum.cumulative), fundsRate: nil
            )
        }
        return (lines, sums.reduce(0) { $0 + $1.entries })
    }

    /// One measure and dimension summed by value over a span of days. The casts keep PostgreSQL's
    /// SUM of BIGINT an integer (it would be NUMERIC).
    static func sums(
        _ db: any SQLConnection, _ measure: Measure, _ dimension: ReportDimension, from first: Int64,
        through last: Int64
    ) throws -> [(value: String, amount: CellAmount)] {
        try db.query(
            """
            SELECT value, CAST(SUM(projects) AS BIGINT) AS projects, CAST(SUM(fen) AS BIGINT) AS fen FROM cell
            WHERE measure = ? AND dimension = ? AND day BETWEEN ? AND ? GROUP BY value
            """, measure.rawValue, dimension.rawValue, first, last
        ).map { row in
            (
                try row.string("value"),
                CellAmount(projects: Int(try row.int64("projects")), fen: try row.int64("fen"))
            )
        }
    }
}
