import Foundation
import LeadMessages
import Reporting
import ServiceKit
import Storage

/// Reading reports, and freezing weeks as they close.
extension ReporterStore {
    /// The report of `period`: a frozen week as it was published, anything else from the live cells.
    public func report(_ period: ReportPeriod, targets: AnnualTargets) throws -> PeriodReport {
        try database.read { db in
            if let week = period.isoWeek,
                let frozen = try db.string("SELECT report FROM frozen_week WHERE week = ?", week.description)
            {
                return try StoredJSON.decode(PeriodReport.self, from: frozen)
            }
            return try Self.liveReport(db, period, targets: targets, frozenAt: nil, byDistrict: byDistrict)
        }
    }

    static func liveReport(
        _ db: any SQLConnection, _ period: ReportPeriod, targets: AnnualTargets, frozenAt: Timestamp?,
        byDistrict: Bool = false
    ) throws
        -> PeriodReport
    {
        let (first, last) = (period.start.daysSinceEpoch, period.end.daysSinceEpoch)
        var periodCells: [ReportDimension: [String: CellAmount]] = [:]
        for dimension in ReportDimension.allCases {
            for row in try sums(db, .signing, dimension, from: first, through: last) {
                periodCells[dimension, default: [:]][row.value] = row.amount
            }
        }
        var daily: [Int64: CellAmount] = [:]
        for row in try db.query(
            "SELECT day, projects, fen FROM cell WHERE measure = 'signing' AND dimension = 'total' AND day BETWEEN ? AND ?",
            ReportInputs.firstDailyDay(for: period), last)
        {
            daily[try row.int64("day")] = CellAmount(
                projects: Int(try row.int64("projects")), fen: try row.int64("fen"))
        }
        let projects = try db.query(
            """
            SELECT leadId, companyName, projectName, signFen, signedAt FROM facts
            WHERE signDay BETWEEN ? AND ? ORDER BY signDay, signedAt LIMIT ?
            """, first, last, PeriodReport.listLimit
        ).compactMap { row -> SignedProject? in
            guard let signedAt = Timestamp(rfc3339: try row.string("signedAt")) else { return nil }
            return SignedProject(
                leadId: try row.string("leadId"), companyName: try row.string("companyName"),
                projectName: try row.string("projectName"), amountYuan: Money(fen: try row.int64("signFen")),
                signedAt: signedAt)
        }
        let increases = try db.strings(
            "SELECT record FROM increase WHERE day BETWEEN ? AND ? ORDER BY day LIMIT ?", first, last,
            PeriodReport.listLimit
        ).map { try StoredJSON.decode(IncreaseLine.self, from: $0) }
        let increasesInPeriod =
            increases.count < PeriodReport.listLimit
            ? increases.count
            : Int(try db.int64("SELECT COUNT(*) FROM increase WHERE day BETWEEN ? AND ?", first, last) ?? 0)
        let stages = try db.query("SELECT stage, leads, fen FROM stage_total WHERE leads > 0")
        let pipeline = try Stage.allCases.compactMap { stage in
            try stages.first { try $0.string("stage") == stage.rawValue }.map {
                PipelineRow(
                    stage: stage, leads: Int(try $0.int64("leads")), signedAmountYuan: Money(fen: try $0.int64("fen")))
            }
        }
        var corrections: [CorrectionLine] = []
        if let week = period.isoWeek {
            corrections = try db.strings(
                "SELECT record FROM correction WHERE reportWeek = ? ORDER BY id", week.description
            ).map { try StoredJSON.decode(CorrectionLine.self, from: $0) }
        }
        var inputs = ReportInputs(
            period: period, periodCells: periodCells, dailyTotals: daily, projects: projects,
            capitalIncreases: increases, pipeline: pipeline, corrections: corrections,
            basedOnSequence: try ConsumerCheckpoint.lastSequence(db))
        inputs.byDistrict = byDistrict
        var report = PeriodReportBuilder.build(
            inputs, targets: targets, frozenAt: frozenAt, indicators: try indicatorInputs(db, period))
        // The lists stop at PeriodReport.listLimit; the totals above count everything.
        report.projectsOmitted = report.signedProjects > projects.count ? report.signedProjects - projects.count : nil
        report.increasesOmitted = increasesInPeriod > increases.count ? increasesInPeriod - increases.count : nil
        if period.kind == .quarter { report.rounds = try rounds(db, period) }
        return report
    }

    /// The first week that freezes: set on the reporter's first start (the week it started in,
    /// or `configured`), so years of history loaded later are never "published" retroactively.
    public func freezeStart(configured: ISOWeek?, now: Timestamp) throws -> ISOWeek {
        try database.write { db in
            if let stored = try db.string("SELECT value FROM meta WHERE key = 'freezeFrom'").flatMap(ISOWeek.init) {
                return stored
            }
            let start = configured ?? BusinessCalendar.week(of: now)
            try db.execute("INSERT INTO meta (key, value) VALUES ('freezeFrom', ?)", start.description)
            return start
        }
    }

    /// Freezes every week that has closed by `now` and is not frozen yet, in order: its report is
    /// stored as published and returned for writing to files. A week closes `policy.delayMinutes`
    /// after the Monday 00:00 (Beijing) that ends it.
    public func freezeClosedWeeks(now: Timestamp, policy: FreezePolicy, targets: AnnualTargets) throws -> [PeriodReport]
    {
        let start = try freezeStart(configured: policy.from, now: now)
        let frozen = try database.write { db -> [PeriodReport] in
            var week = try Self.lastFrozenWeek(db)?.next ?? start
            var reports: [PeriodReport] = []
            while policy.closes(week) <= now {
                let report = try Self.liveReport(
                    db, .week(week), targets: targets, frozenAt: now, byDistrict: byDistrict)
                try db.execute(
                    "INSERT INTO frozen_week (week, frozenAt, report) VALUES (?, ?, ?)", week.description,
                    now.description, try StoredJSON.string(report))
                reports.append(report)
                week = week.next
            }
            return reports
        }
        if let last = frozen.last?.week { setFrozenThrough(last) }
        return frozen
    }
}
