import Foundation
import LeadMessages
import Reporting
import ServiceKit
import Storage

/// The reporter's database: what it knows of each lead, the aggregate cells the counting rules
/// put it in (by Beijing day and dimension, kept incrementally: reports read a few hundred rows,
/// never every lead), the pipeline by stage, frozen weekly reports and the corrections to them,
/// and the last event sequence applied — all written in one transaction per event.
public final class ReporterStore {
    public let database: GroupCommit
    /// The Beijing day of the last frozen week's Sunday; a change on or before it is a correction.
    private(set) var frozenThroughDay: Int64?
    /// Events up to this sequence were applied before an upgrade that rebuilds the cells by
    /// replaying them: their corrections to published weeks are already recorded.
    let rebuildThrough: Int64

    /// lead-city's store: every district's events, a breakdown by district (protocol 1.11).
    let byDistrict: Bool

    public init(database: any SQLDatabase, byDistrict: Bool = false) throws {
        self.database = GroupCommit(database)
        self.byDistrict = byDistrict
        try Self.migrator.migrate(database)
        frozenThroughDay = try database.read(Self.lastFrozenWeek)?.sunday.daysSinceEpoch
        rebuildThrough =
            try database.read { db in
                try db.string("SELECT value FROM meta WHERE key = 'rebuildThrough'").flatMap { Int64($0) }
            } ?? 0
    }

    static var migrator: SQLMigrator {
        var migrator = SQLMigrator()
        migrator.register("v1") { db in
            try db.run([
                db.dialect.ddl(
                    """
                    CREATE TABLE signing (
                        leadId TEXT PRIMARY KEY, companyName TEXT NOT NULL, projectName TEXT NOT NULL,
                        amountFen INTEGER NOT NULL, signedAt TEXT NOT NULL, week TEXT NOT NULL, year INTEGER NOT NULL)
                    """),
                "CREATE INDEX signing_week ON signing(week)",
                db.dialect.ddl(
                    """
                    CREATE TABLE bucket (
                        week TEXT NOT NULL, year INTEGER NOT NULL, projects INTEGER NOT NULL, amountFen INTEGER NOT NULL,
                        PRIMARY KEY (week, year))
                    """),
            ])
            try ConsumerCheckpoint.createTable(db)
        }
        // v2: aggregate cells by day and dimension. The per-week buckets of v1 are dropped and the
        // checkpoint reset, so the reporter rebuilds everything by replaying intake's events.
        migrator.register("v2") { db in
            try db.run(
                [
                    "DROP TABLE signing",
                    "DROP TABLE bucket",
                    """
                    CREATE TABLE facts (
                        leadId TEXT PRIMARY KEY, record TEXT NOT NULL,
                        signDay INTEGER, companyName TEXT, projectName TEXT, signFen INTEGER, signedAt TEXT)
                    """,
                    "CREATE INDEX facts_sign_day ON facts(signDay)",
                    "CREATE TABLE increase (leadId TEXT NOT NULL, day INTEGER NOT NULL, record TEXT NOT NULL)",
                    "CREATE INDEX increase_lead ON increase(leadId)",
                    "CREATE INDEX increase_day ON increase(day)",
                    """
                    CREATE TABLE cell (
                        dimension TEXT NOT NULL, day INTEGER NOT NULL, value TEXT NOT NULL,
                        projects INTEGER NOT NULL, fen INTEGER NOT NULL, PRIMARY KEY (dimension, day, value))
                    """,
                    "CREATE TABLE stage_total (stage TEXT PRIMARY KEY, leads INTEGER NOT NULL, fen INTEGER NOT NULL)",
                    "CREATE TABLE frozen_week (week TEXT PRIMARY KEY, frozenAt TEXT NOT NULL, report TEXT NOT NULL)",
                    """
                    CREATE TABLE correction (
                        id INTEGER PRIMARY KEY AUTOINCREMENT, reportWeek TEXT NOT NULL, record TEXT NOT NULL)
                    """,
                    "CREATE INDEX correction_week ON correction(reportWeek)",
                    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                ].map(db.dialect.ddl))
            try ConsumerCheckpoint.record(0, db)
        }
        // v3 (protocol 1.7): the intake store the reporter follows.
        migrator.register("v3", ConsumerCheckpoint.addIntakeStore)
        // v4 (protocol 1.10): cells by measure (signings, funds in place, milestones, …) and the
        // unit and cohort dimensions. Everything derived is rebuilt by replaying intake's events;
        // corrections already recorded for published weeks are kept and not recorded again.
        migrator.register("v4") { db in
            let applied = try ConsumerCheckpoint.lastSequence(db)
            try db.run(
                [
                    "DROP TABLE cell",
                    """
                    CREATE TABLE cell (
                        measure TEXT NOT NULL, dimension TEXT NOT NULL, day INTEGER NOT NULL, value TEXT NOT NULL,
                        projects INTEGER NOT NULL, fen INTEGER NOT NULL, PRIMARY KEY (measure, dimension, day, value))
                    """,
                    "DELETE FROM facts",
                    "DELETE FROM increase",
                    "DELETE FROM stage_total",
                    "ALTER TABLE facts ADD COLUMN contractFen INTEGER",
                    "CREATE TABLE funds (leadId TEXT NOT NULL, day INTEGER NOT NULL, fen INTEGER NOT NULL)",
                    "CREATE INDEX funds_day ON funds(day)",
                    "CREATE INDEX funds_lead ON funds(leadId)",
                    "CREATE TABLE milestone (leadId TEXT NOT NULL, milestone TEXT NOT NULL, day INTEGER NOT NULL)",
                    "CREATE INDEX milestone_day ON milestone(milestone, day)",
                    "CREATE INDEX milestone_lead ON milestone(leadId)",
                    "CREATE TABLE frozen_assessment (year INTEGER PRIMARY KEY, frozenAt TEXT NOT NULL, report TEXT NOT NULL)",
                ].map(db.dialect.ddl))
            try db.execute("INSERT INTO meta (key, value) VALUES ('rebuildThrough', ?)", String(applied))
            try ConsumerCheckpoint.record(0, db)
        }
        migrator.register("v5", speedUpReads)
        // v6: the signing indexes hold signed projects only. Every lead has facts, most are never
        // signed, and each index entry of theirs was written for nothing; facts_sign_contract
        // begins with signDay, so facts_sign_day was a second copy of it. Reads name a range of
        // signDay, which implies it is not null: both databases use the partial index for them.
        migrator.register("v6") { db in
            try db.run(
                [
                    "DROP INDEX facts_sign_day",
                    "DROP INDEX facts_sign_contract",
                    "CREATE INDEX facts_sign_contract ON facts(signDay, contractFen) WHERE signDay IS NOT NULL",
                ].map(db.dialect.ddl))
        }
        return migrator
    }

    /// v5: what a yearly report and the 三个一批 read, read in order. SQLite keeps the cells
    /// clustered by their key (WITHOUT ROWID: a year of one dimension is one sequential range, ten
    /// times faster than through an index, measured at 1,000,000 projects); each milestone row
    /// carries its project's contract, so a round's totals come from an index alone; and the
    /// facts have an index that sums the contracts signed in a period without reading the rows.
    static func speedUpReads(_ db: any SQLConnection) throws {
        if db.dialect == .sqlite {
            try db.run([
                """
                CREATE TABLE cell_clustered (
                    measure TEXT NOT NULL, dimension TEXT NOT NULL, day INTEGER NOT NULL, value TEXT NOT NULL,
                    projects INTEGER NOT NULL, fen INTEGER NOT NULL, PRIMARY KEY (measure, dimension, day, value))
                    WITHOUT ROWID
                """,
                "INSERT INTO cell_clustered SELECT measure, dimension, day, value, projects, fen FROM cell",
                "DROP TABLE cell",
                "ALTER TABLE cell_clustered RENAME TO cell",
            ])
        }
        try db.run(
            [
                "ALTER TABLE milestone ADD COLUMN contractFen INTEGER",
                "UPDATE milestone SET contractFen = (SELECT contractFen FROM facts WHERE facts.leadId = milestone.leadId)",
                "DROP INDEX milestone_day",
                "CREATE INDEX milestone_day ON milestone(milestone, day, contractFen, leadId)",
                // A line's own milestones by lead: without it SQLite would walk milestone_day.
                "DROP INDEX milestone_lead",
                "CREATE INDEX milestone_lead ON milestone(leadId, milestone, day)",
                "CREATE INDEX facts_sign_contract ON facts(signDay, contractFen)",
                "DROP INDEX funds_day",
                "CREATE INDEX funds_day ON funds(day, leadId)",
                "DROP INDEX funds_lead",
                "CREATE INDEX funds_lead ON funds(leadId, day, fen)",
            ].map(db.dialect.ddl))
    }

    public func lastSequence() throws -> Int64 {
        try database.read(ConsumerCheckpoint.lastSequence)
    }

    /// Applies one event: moves the lead's cells from what they were to what the counting rules
    /// say now, records a correction when that touches a published week, and the sequence.
    public func apply(_ event: LeadEvent, classification: Classification, at now: Timestamp) throws {
        try apply([(event, classification)], at: now)
    }

    /// Applies events in order in one transaction (a replay page, a bulk load): the same effect as
    /// applying them one by one, with one commit, and each cell written once.
    public func apply(_ events: [(LeadEvent, Classification)], at now: Timestamp) throws {
        try apply(events.map(\.0), at: now) { events[$0].1 }
    }

    /// Applies a page of events, the event at each index classified by `classify`. The events are
    /// read where they lie: a page of a thousand is a megabyte, and an array of it paired with its
    /// classifications was fresh memory for the kernel to hand out and zero on every page.
    public func apply<Events: RandomAccessCollection>(
        _ events: Events, at now: Timestamp, classify: (Events.Index) -> Classification
    ) throws where Events.Element: PageEvent {
        guard let last = events.last?.event.sequence else { return }
        try database.write { db in
            var page = ReporterPage()
            try page.load(events.map { $0.event.lead.leadId }, db)
            for index in events.indices {
                try apply(events[index].event, classification: classify(index), at: now, in: db, page: &page)
            }
            try page.write(db)
            try ConsumerCheckpoint.record(last, db)
        }
    }

    /// Applies one event inside the caller's transaction, without recording any checkpoint (the
    /// caller records its own: lead-city keeps one per district). Its facts, cells and stage
    /// totals go to `page`, which the caller writes (`ReporterPage.write`) before it commits.
    /// - Parameter district: lead-city's district the event comes from; nil in a district's reporter.
    public func apply(
        _ event: LeadEvent, classification: Classification, district: String? = nil, at now: Timestamp,
        in db: any SQLConnection, page: inout ReporterPage
    ) throws {
        let old = try page.current(event.lead.leadId, db)
        let new = ReportingFacts(lead: event.lead, classification: classification, previous: old, district: district)
        let delta = Contributions.delta(from: old, to: new)
        var changes = delta
        if let followUp = event.followUp {
            for (key, amount) in Contributions.cells(of: followUp, new) {
                changes[key, default: .zero] = changes[key, default: .zero] + amount
            }
        }
        try Self.saveIncreases(db, new, replacing: old)
        if old?.milestones != new.milestones || old?.funds != new.funds
            || (new.milestones != nil && old?.totalSignedFen != new.totalSignedFen)
        {
            try Self.saveAfterSigning(db, new)
        }
        if let frozenThroughDay, event.sequence > rebuildThrough {
            try Self.recordCorrections(
                db, old: old, new: new, delta: delta, frozenThroughDay: frozenThroughDay, at: now)
        }
        page.add(new, replacing: old, cells: changes)
    }

    /// The increase rows beside the facts (the facts themselves are written with the page).
    private static func saveIncreases(_ db: any SQLConnection, _ facts: ReportingFacts, replacing old: ReportingFacts?)
        throws
    {
        // Most leads never have an increase: nothing to delete or insert.
        guard !(old?.capitalIncreases ?? []).isEmpty || !facts.capitalIncreases.isEmpty else { return }
        try db.execute("DELETE FROM increase WHERE leadId = ?", facts.leadId)
        for increase in facts.capitalIncreases {
            let line = IncreaseLine(
                leadId: facts.leadId, companyName: facts.companyName, projectName: facts.projectName,
                amountYuan: increase.amountYuan, increasedAt: increase.increasedAt)
            try db.execute(
                "INSERT INTO increase (leadId, day, record) VALUES (?, ?, ?)", facts.leadId,
                increase.increasedAt.businessDate.daysSinceEpoch, try StoredJSON.string(line))
        }
    }

    /// The milestone and funds rows beside the facts let the 三个一批 and the per-project funds lines
    /// be read without decoding every record.
    private static func saveAfterSigning(_ db: any SQLConnection, _ facts: ReportingFacts) throws {
        try db.execute("DELETE FROM milestone WHERE leadId = ?", facts.leadId)
        for (milestone, record) in facts.milestones?.reached ?? [] {
            try db.execute(
                "INSERT INTO milestone (leadId, milestone, day, contractFen) VALUES (?, ?, ?, ?)", facts.leadId,
                milestone.rawValue, record.on.daysSinceEpoch, facts.totalSignedFen)
        }
        try db.execute("DELETE FROM funds WHERE leadId = ?", facts.leadId)
        for entry in facts.funds ?? [] {
            try db.execute(
                "INSERT INTO funds (leadId, day, fen) VALUES (?, ?, ?)", facts.leadId, entry.on.daysSinceEpoch,
                entry.amountYuan.fen)
        }
    }

    /// A change to a published week is reported in the next open week's report, never by
    /// rewriting the published one.
    private static func recordCorrections(
        _ db: any SQLConnection, old: ReportingFacts?, new: ReportingFacts, delta: [CellKey: CellAmount],
        frozenThroughDay: Int64,
        at now: Timestamp
    ) throws {
        var byWeek: [ISOWeek: CellAmount] = [:]
        for (key, amount) in delta
        where key.measure == .signing && key.dimension == .total && key.day <= frozenThroughDay {
            let week = ISOWeek(containing: CivilDate(daysSinceEpoch: key.day))
            byWeek[week, default: .zero] = byWeek[week, default: .zero] + amount
        }
        guard !byWeek.isEmpty, let lastFrozen = try lastFrozenWeek(db) else { return }
        for (week, amount) in byWeek.sorted(by: { $0.key < $1.key }) where !amount.isZero {
            guard try db.string("SELECT week FROM frozen_week WHERE week = ?", week.description) != nil
            else { continue }  // a week before freezing began is not published: nothing to correct
            let line = CorrectionLine(
                leadId: new.leadId, companyName: new.companyName, kind: CorrectionKind.of(old: old, new: new).rawValue,
                affectedWeek: week, projectsDelta: amount.projects, amountDeltaYuan: Money(fen: amount.fen),
                recordedAt: now)
            try db.execute(
                "INSERT INTO correction (reportWeek, record) VALUES (?, ?)", lastFrozen.next.description,
                try StoredJSON.string(line))
        }
    }

    static func lastFrozenWeek(_ db: any SQLConnection) throws -> ISOWeek? {
        try db.string("SELECT week FROM frozen_week ORDER BY week DESC LIMIT 1").flatMap { ISOWeek($0) }
    }

    func setFrozenThrough(_ week: ISOWeek) { frozenThroughDay = week.sunday.daysSinceEpoch }
}
