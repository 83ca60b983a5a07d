import LeadMessages
import Reporting
import ServiceKit
import Storage

/// The 三个一批 of a quarter and the 年考核 of a year (protocol 1.10).
extension ReporterStore {
    public func rounds(_ quarter: ReportPeriod) throws -> RoundsReport {
        try database.read { db in try Self.rounds(db, quarter) }
    }

    static func rounds(_ db: any SQLConnection, _ quarter: ReportPeriod) throws -> RoundsReport {
        let (first, last) = (quarter.start.daysSinceEpoch, quarter.end.daysSinceEpoch)
        func lines(_ condition: String, _ arguments: [any SQLArgument]) throws -> [RoundLine] {
            try db.query(
                """
                SELECT x.leadId AS leadId, x.companyName AS companyName, x.projectName AS projectName,
                    x.contractFen AS contractFen, x.signDay AS signDay,
                    (SELECT day FROM milestone m WHERE m.leadId = x.leadId AND m.milestone = 'started') AS startedDay,
                    (SELECT day FROM milestone m WHERE m.leadId = x.leadId AND m.milestone = 'operating') AS operatingDay,
                    (SELECT CAST(COALESCE(SUM(f.fen), 0) AS BIGINT) FROM funds f
                        WHERE f.leadId = x.leadId AND f.day <= ?) AS fundsFen
                FROM facts x WHERE x.signDay IS NOT NULL AND \(condition) ORDER BY x.signDay, x.leadId LIMIT ?
                """, ([last] + arguments + [PeriodReport.listLimit]).map(\.sqlValue)
            ).map { row in
                RoundLine(
                    leadId: try row.string("leadId"), companyName: try row.string("companyName"),
                    projectName: try row.string("projectName"),
                    contractYuan: Money(fen: try row.int64("contractFen")),
                    signedOn: CivilDate(daysSinceEpoch: try row.int64("signDay")),
                    startedOn: try row.optionalInt64("startedDay").map(CivilDate.init(daysSinceEpoch:)),
                    operatingOn: try row.optionalInt64("operatingDay").map(CivilDate.init(daysSinceEpoch:)),
                    fundsInPlaceYuan: Money(fen: try row.int64("fundsFen")))
            }
        }
        /// The listed lines, with the count and contract of every project the condition selects.
        func list(_ condition: String, _ arguments: [any SQLArgument]) throws -> RoundList {
            let listed = try lines(condition, arguments)
            guard listed.count == PeriodReport.listLimit,
                let totals = try db.query(
                    """
                    SELECT COUNT(*) AS projects, CAST(COALESCE(SUM(x.contractFen), 0) AS BIGINT) AS fen
                    FROM facts x WHERE x.signDay IS NOT NULL AND \(condition)
                    """, arguments.map(\.sqlValue)
                ).first
            else { return RoundList(lines: listed) }
            return RoundList(
                lines: listed, projects: Int(try totals.int64("projects")),
                contractYuan: Money(fen: try totals.int64("fen")))
        }
        func reached(_ milestone: ProjectMilestone) throws -> RoundList {
            try list(
                "x.leadId IN (SELECT leadId FROM milestone WHERE milestone = ? AND day BETWEEN ? AND ?)",
                [milestone.rawValue, first, last])
        }
        return RoundsReport(
            quarter: quarter.key, start: quarter.start.description, end: quarter.end.description,
            signed: try list("x.signDay BETWEEN ? AND ?", [first, last]), started: try reached(.started),
            operating: try reached(.operating),
            basedOnSequence: try ConsumerCheckpoint.lastSequence(db))
    }

    /// The 年考核 of `year` as of `today`: the frozen one once the year has been frozen.
    public func assessment(year: Int, today: CivilDate, scheme: AssessmentScheme) throws -> AssessmentReport {
        try database.read { db in
            if let frozen = try db.string("SELECT report FROM frozen_assessment WHERE year = ?", year) {
                return try StoredJSON.decode(AssessmentReport.self, from: frozen)
            }
            return try Self.liveAssessment(db, year: year, today: today, scheme: scheme, frozenAt: nil)
        }
    }

    /// Freezes the assessment of every closed year not frozen yet since the reporter began
    /// (a year closes at 00:00 on 1 January in Beijing): it is published once, as scored then.
    public func freezeClosedYears(now: Timestamp, scheme: AssessmentScheme) throws -> [AssessmentReport] {
        let today = now.businessDate
        return try database.write { db in
            let start = try db.string("SELECT value FROM meta WHERE key = 'freezeFrom'").flatMap(ISOWeek.init)
            guard let firstYear = start?.monday.year, firstYear < today.year else { return [] }
            var frozen: [AssessmentReport] = []
            for year in firstYear..<today.year
            where try db.int64("SELECT year FROM frozen_assessment WHERE year = ?", year) == nil {
                let report = try Self.liveAssessment(db, year: year, today: today, scheme: scheme, frozenAt: now)
                try db.execute(
                    "INSERT INTO frozen_assessment (year, frozenAt, report) VALUES (?, ?, ?)", year, now.description,
                    try StoredJSON.string(report))
                frozen.append(report)
            }
            return frozen
        }
    }

    static func liveAssessment(
        _ db: any SQLConnection, year: Int, today: CivilDate, scheme: AssessmentScheme, frozenAt: Timestamp?
    ) throws -> AssessmentReport {
        let first = CivilDate(year: year, month: 1, day: 1) ?? today
        let yearEnd = CivilDate(year: year, month: 12, day: 31) ?? today
        let asOf = min(yearEnd, max(today, first))
        let measures = Set(scheme.items.map(\.measure) + scheme.deductions.map(\.measure))
        var byUnit: [String: [Measure: CellAmount]] = [:]
        var byOfficer: [String: [Measure: CellAmount]] = [:]
        for measure in measures {
            for (dimension, into) in [(ReportDimension.unit, 0), (.officer, 1)] {
                for row in try sums(db, measure, dimension, from: first.daysSinceEpoch, through: asOf.daysSinceEpoch)
                where row.value != Contributions.unspecified {
                    if into == 0 {
                        byUnit[row.value, default: [:]][measure] = row.amount
                    } else {
                        byOfficer[row.value, default: [:]][measure] = row.amount
                    }
                }
            }
        }
        return AssessmentReport(
            year: year, asOf: asOf, scheme: scheme.info,
            units: AssessmentScorer.score(byUnit, scheme: scheme, targets: scheme.unitTargets),
            officers: AssessmentScorer.score(byOfficer, scheme: scheme, targets: scheme.officerTargets),
            frozenAt: frozenAt, basedOnSequence: try ConsumerCheckpoint.lastSequence(db))
    }
}
