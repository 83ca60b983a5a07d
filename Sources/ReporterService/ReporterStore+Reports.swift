import Foundation
import GRDB
import LeadMessages
import Reporting
import ServiceKit

/// Reading reports, and freezing weeks as they close.
extension ReporterStore {
    /// The report of `period`: a frozen week as it was published, anything else from the live cells.
    public func report(_ period: ReportPeriod, targets: AnnualTargets) throws -> PeriodReport {
        try database.read { db in
            if let week = period.isoWeek,
                let frozen = try String.fetchOne(
                    db, sql: "SELECT report FROM frozen_week WHERE week = ?", arguments: [week.description])
            {
                return try JSONDecoder().decode(PeriodReport.self, from: Data(frozen.utf8))
            }
            return try Self.liveReport(db, period, targets: targets, frozenAt: nil)
        }
    }

    static func liveReport(_ db: Database, _ period: ReportPeriod, targets: AnnualTargets, frozenAt: Timestamp?) throws
        -> PeriodReport
    {
        let (first, last) = (period.start.daysSinceEpoch, period.end.daysSinceEpoch)
        var periodCells: [ReportDimension: [String: CellAmount]] = [:]
        // One range scan of the primary key (dimension, day, value) per dimension.
        let sums = try db.cachedStatement(
            sql: """
                SELECT value, SUM(projects) AS projects, SUM(fen) AS fen FROM cell
                WHERE dimension = ? AND day BETWEEN ? AND ? GROUP BY value
                """)
        for dimension in ReportDimension.allCases {
            for row in try Row.fetchAll(sums, arguments: [dimension.rawValue, first, last]) {
                periodCells[dimension, default: [:]][row["value"]] = CellAmount(
                    projects: row["projects"], fen: row["fen"])
            }
        }
        var daily: [Int64: CellAmount] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT day, projects, fen FROM cell WHERE dimension = 'total' AND day BETWEEN ? AND ?",
            arguments: [ReportInputs.firstDailyDay(for: period), last])
        {
            daily[row["day"]] = CellAmount(projects: row["projects"], fen: row["fen"])
        }
        let projects = try Row.fetchAll(
            db,
            sql: """
                SELECT leadId, companyName, projectName, signFen, signedAt FROM facts
                WHERE signDay BETWEEN ? AND ? ORDER BY signedAt
                """,
            arguments: [first, last]
        ).compactMap { row -> SignedProject? in
            guard let signedAt = Timestamp(rfc3339: row["signedAt"]) else { return nil }
            return SignedProject(
                leadId: row["leadId"], companyName: row["companyName"], projectName: row["projectName"],
                amountYuan: Money(fen: row["signFen"]), signedAt: signedAt)
        }
        let increases = try String.fetchAll(
            db, sql: "SELECT record FROM increase WHERE day BETWEEN ? AND ?", arguments: [first, last]
        ).map { try JSONDecoder().decode(IncreaseLine.self, from: Data($0.utf8)) }
        let stages = try Row.fetchAll(db, sql: "SELECT stage, leads, fen FROM stage_total WHERE leads > 0")
        let pipeline = Stage.allCases.compactMap { stage in
            stages.first { $0["stage"] == stage.rawValue }.map {
                PipelineRow(stage: stage, leads: $0["leads"], signedAmountYuan: Money(fen: $0["fen"]))
            }
        }
        var corrections: [CorrectionLine] = []
        if let week = period.isoWeek {
            corrections = try String.fetchAll(
                db, sql: "SELECT record FROM correction WHERE reportWeek = ? ORDER BY id", arguments: [week.description]
            ).map { try JSONDecoder().decode(CorrectionLine.self, from: Data($0.utf8)) }
        }
        let inputs = ReportInputs(
            period: period, periodCells: periodCells, dailyTotals: daily, projects: projects,
            capitalIncreases: increases, pipeline: pipeline, corrections: corrections,
            basedOnSequence: try ConsumerCheckpoint.lastSequence(db))
        return PeriodReportBuilder.build(inputs, targets: targets, frozenAt: frozenAt)
    }

    /// The first week that freezes: set on the reporter's first start (the week it started in,
    /// or `configured`), so years of history loaded later are never "published" retroactively.
    public func freezeStart(configured: ISOWeek?, now: Timestamp) throws -> ISOWeek {
        try database.write { db in
            if let stored = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'freezeFrom'").flatMap({
                ISOWeek($0)
            }) {
                return stored
            }
            let start = configured ?? BusinessCalendar.week(of: now)
            try db.execute(
                sql: "INSERT INTO meta (key, value) VALUES ('freezeFrom', ?)", arguments: [start.description])
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
                let report = try Self.liveReport(db, .week(week), targets: targets, frozenAt: now)
                try db.execute(
                    sql: "INSERT INTO frozen_week (week, frozenAt, report) VALUES (?, ?, ?)",
                    arguments: [week.description, now.description, try Self.encode(report)])
                reports.append(report)
                week = week.next
            }
            return reports
        }
        if let last = frozen.last?.week { setFrozenThrough(last) }
        return frozen
    }
}

/// When weeks close: by default at the Monday 00:00 in Beijing that ends them.
public struct FreezePolicy: Sendable, Equatable {
    public var delayMinutes: Int64
    /// The first week to freeze; nil: the week the reporter first started in.
    public var from: ISOWeek?

    public init(delayMinutes: Int64 = 0, from: ISOWeek? = nil) {
        self.delayMinutes = delayMinutes
        self.from = from
    }

    public func closes(_ week: ISOWeek) -> Timestamp {
        let monday = BusinessCalendar.startOfDay(week.sunday.adding(days: 1))
        return Timestamp(epochSeconds: monday.epochSeconds + delayMinutes * 60, offsetMinutes: monday.offsetMinutes)
    }
}
