import Foundation
import LeadMessages
import Matching
import ServiceKit
import Storage

/// The matcher's database: one recommendation per lead, the pipeline index the recommender
/// consults (company key, groups, stage), and the last event sequence applied, all written in
/// one transaction per event.
public final class MatcherStore {
    public let database: GroupCommit

    public init(database: any SQLDatabase) throws {
        self.database = GroupCommit(database)
        var migrator = SQLMigrator()
        migrator.register("v1") { db in
            try db.execute("CREATE TABLE recommendation (leadId TEXT PRIMARY KEY, record TEXT NOT NULL)")
            try ConsumerCheckpoint.createTable(db)
        }
        // v2: the lead's owner, so officers read only their own leads' recommendations.
        migrator.register("v2") { db in try db.execute("ALTER TABLE recommendation ADD COLUMN owner TEXT") }
        // v3: the pipeline index for duplicates, 以商招商 and prospects, and the fingerprint of the
        // reference data the recommendations were made with.
        migrator.register("v3") { db in
            try db.run([
                """
                CREATE TABLE pipeline_lead (
                    leadId TEXT PRIMARY KEY, companyName TEXT NOT NULL, projectName TEXT NOT NULL,
                    stage TEXT NOT NULL, companyKey TEXT NOT NULL)
                """,
                "CREATE INDEX pipeline_lead_company ON pipeline_lead (companyKey)",
                """
                CREATE TABLE pipeline_group (leadId TEXT NOT NULL, groupName TEXT NOT NULL,
                    PRIMARY KEY (leadId, groupName))
                """,
                "CREATE INDEX pipeline_group_name ON pipeline_group (groupName)",
                db.dialect.ddl(
                    "CREATE TABLE reference_fingerprint (id INTEGER PRIMARY KEY CHECK (id = 1), editions TEXT NOT NULL)"
                ),
            ])
        }
        // v4: each group row carries its lead's stage, so "a signed unit of this group" is an index
        // range, not a scan of every lead of a large group; recommendations are made anew.
        migrator.register("v4") { db in
            try db.run([
                "ALTER TABLE pipeline_group ADD COLUMN stage TEXT NOT NULL DEFAULT 'lead'",
                "CREATE INDEX pipeline_group_stage ON pipeline_group (groupName, stage)",
            ])
            try Self.forgetRecommendations(db)
        }
        // v5: "the latest leads of this company" walks an index instead of sorting every lead of a
        // company with thousands of them (measured: catch-up fell to ~300 events/s at 1,000,000).
        migrator.register("v5") { db in
            try db.execute("CREATE INDEX pipeline_lead_company_recent ON pipeline_lead (companyKey, leadId)")
        }
        // v6 (protocol 1.6): what `pipeline.query` filters and sorts by, beside each lead; filled
        // by recommending every lead anew.
        migrator.register("v6") { db in
            let columns = [
                "number INTEGER", "region TEXT", "classes TEXT", "industry TEXT", "tier TEXT", "score INTEGER",
                "stageRank INTEGER", "amountFen INTEGER", "officer TEXT", "park TEXT", "owner TEXT",
                "updatedAt TEXT", "updatedMs INTEGER",
            ]
            try db.run(
                columns.map { db.dialect.ddl("ALTER TABLE pipeline_lead ADD COLUMN \($0)") } + [
                    "CREATE INDEX pipeline_lead_number ON pipeline_lead (number)",
                    "CREATE INDEX pipeline_lead_owner ON pipeline_lead (owner, number)",
                    "CREATE INDEX pipeline_lead_stage ON pipeline_lead (stage, number)",
                ])
            try Self.forgetRecommendations(db)
        }
        // v7 (protocol 1.7): the intake store the matcher follows.
        migrator.register("v7", ConsumerCheckpoint.addIntakeStore)
        // v8 (protocol 1.10): the pipeline's 签约金额, 签约时间 and 最近跟进 columns and the pinyin order
        // of company names; filled by recommending every lead anew.
        migrator.register("v8") { db in
            let columns = [
                "signedFen INTEGER", "signedAt TEXT", "signedMs INTEGER", "lastFollowUpOn TEXT", "companySort TEXT",
            ]
            try db.run(
                columns.map { db.dialect.ddl("ALTER TABLE pipeline_lead ADD COLUMN \($0)") } + [
                    "CREATE INDEX pipeline_lead_company_sort ON pipeline_lead (companySort, number)"
                ])
            try Self.forgetRecommendations(db)
        }
        try migrator.migrate(database)
    }

    /// Empties what the matcher derived from events and rewinds its checkpoint: the consumer then
    /// replays intake's whole log.
    private static func forgetRecommendations(_ db: any SQLConnection) throws {
        try db.run(["DELETE FROM recommendation", "DELETE FROM pipeline_lead", "DELETE FROM pipeline_group"])
        try ConsumerCheckpoint.record(0, db)
    }

    public func lastSequence() throws -> Int64 {
        try database.read(ConsumerCheckpoint.lastSequence)
    }

    /// When the reference data or rules changed since the stored recommendations were made,
    /// forgets them and the checkpoint, so the consumer replays every event and recommends anew.
    /// Returns whether it did.
    @discardableResult
    public func resetIfReferenceChanged(editions: [String: String]) throws -> Bool {
        let fingerprint = editions.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "\n")
        return try database.write { db in
            let stored = try db.string("SELECT editions FROM reference_fingerprint")
            guard stored != fingerprint else { return false }
            try db.execute(
                """
                INSERT INTO reference_fingerprint (id, editions) VALUES (1, ?)
                ON CONFLICT (id) DO UPDATE SET editions = excluded.editions
                """, fingerprint)
            let hadAny = try db.int64("SELECT COUNT(*) FROM recommendation") ?? 0 > 0
            try Self.forgetRecommendations(db)
            return hadAny
        }
    }

    /// Stores the recommendation (replacing the lead's earlier one), the lead's pipeline entry
    /// and the sequence, atomically.
    public func store(_ recommendation: Recommendation, lead: Lead, entry: PipelineEntry, sequence: Int64) throws {
        try database.write { db in
            try store(recommendation, lead: lead, entry: entry, in: db)
            try ConsumerCheckpoint.record(sequence, db)
        }
    }

    /// Applies a page of events in one unit: each lead recommended against the pipeline as the
    /// page's earlier leads left it (the reads see this transaction's writes), the sequence once.
    public func apply(_ events: [LeadEvent], recommend: (LeadEvent) throws -> (Recommendation, PipelineEntry)) throws {
        guard let last = events.last else { return }
        // In a batch of its own if none is open: the recommender's pipeline reads must reach the
        // open transaction, not a second one.
        try database.atomically {
            try database.write { db in
                for event in events {
                    let (recommendation, entry) = try recommend(event)
                    try store(recommendation, lead: event.lead, entry: entry, in: db)
                }
                try ConsumerCheckpoint.record(last.sequence, db)
            }
        }
    }

    /// The recommendation and the pipeline rows of one lead, in the caller's transaction.
    private func store(_ recommendation: Recommendation, lead: Lead, entry: PipelineEntry, in db: any SQLConnection)
        throws
    {
        let record = String(decoding: recommendation.wireJSON(), as: UTF8.self)
        try db.execute(
            """
            INSERT INTO recommendation (leadId, record, owner) VALUES (?, ?, ?)
            ON CONFLICT (leadId) DO UPDATE SET record = excluded.record, owner = excluded.owner
            """, recommendation.leadId, record, lead.owner)
        try PipelineViewTable.upsert(db, entry: entry, lead: lead, recommendation: recommendation)
        try db.execute("DELETE FROM pipeline_group WHERE leadId = ?", entry.leadId)
        for group in entry.groups {
            try db.execute(
                "INSERT INTO pipeline_group (leadId, groupName, stage) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                entry.leadId, group, entry.stage.rawValue)
        }
    }

    /// The lead's recommendation and the lead's owner.
    public func recommendation(_ leadId: String) throws -> (Recommendation, owner: String?)? {
        guard
            let row = try database.read({ db in
                try db.row("SELECT record, owner FROM recommendation WHERE leadId = ?", leadId)
            })
        else { return nil }
        let record = try row.string("record")
        return (try StoredJSON.decode(Recommendation.self, from: record), try row.optionalString("owner"))
    }

    /// A page of the pipeline view (`pipeline.query`); `owner` restricts it to one officer's leads.
    func pipeline(_ filter: PipelineFilter, owner: String?) throws -> PipelineView {
        try database.read { db in
            let (rows, total) = try PipelineViewTable.query(db, filter, owner: owner)
            return PipelineView(
                leads: rows, total: total, offset: filter.offset,
                basedOnSequence: try ConsumerCheckpoint.lastSequence(db))
        }
    }

    /// The groups with at least one lead that is not dropped: the prospect map leaves them out.
    public func groupsInPipeline() throws -> Set<String> {
        try database.read { db in
            Set(try db.strings("SELECT DISTINCT groupName FROM pipeline_group WHERE stage != 'dropped'"))
        }
    }
}

extension MatcherStore: PipelineLookup {
    public func leads(companyKey key: String, excluding leadId: String) throws -> [PipelineEntry] {
        try database.read { db in
            try entries(
                db,
                """
                SELECT * FROM (SELECT * FROM pipeline_lead WHERE companyKey = ? AND leadId != ?
                ORDER BY leadId DESC LIMIT 20) AS recent ORDER BY leadId
                """,
                [.text(key), .text(leadId)])
        }
    }

    public func signedLeads(inGroups groups: [String], excluding leadId: String) throws -> [PipelineEntry] {
        guard !groups.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: groups.count).joined(separator: ", ")
        return try database.read { db in
            try entries(
                db,
                """
                SELECT DISTINCT l.* FROM pipeline_group g JOIN pipeline_lead l USING (leadId)
                WHERE g.groupName IN (\(marks)) AND g.stage IN ('signed', 'started', 'operating') AND l.leadId != ?
                ORDER BY l.leadId DESC LIMIT 20
                """,
                (groups + [leadId]).map(SQLValue.text))
        }
    }

    private func entries(_ db: any SQLConnection, _ sql: String, _ arguments: [SQLValue]) throws -> [PipelineEntry] {
        try db.query(sql, arguments).map { row in
            let leadId = try row.string("leadId")
            return PipelineEntry(
                leadId: leadId, companyName: try row.string("companyName"), projectName: try row.string("projectName"),
                stage: Stage(rawValue: try row.string("stage")) ?? .lead, companyKey: try row.string("companyKey"),
                groups: try db.strings("SELECT groupName FROM pipeline_group WHERE leadId = ?", leadId))
        }
    }
}
