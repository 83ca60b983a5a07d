import Foundation
import GRDB
import LeadMessages
import Matching
import ServiceKit

/// The matcher's database: one recommendation per lead, the pipeline index the recommender
/// consults (company key, groups, stage), and the last event sequence applied, all written in
/// one transaction per event.
public final class MatcherStore {
    public let database: GroupCommit

    public init(database: DatabaseQueue) throws {
        self.database = GroupCommit(database)
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE recommendation (leadId TEXT PRIMARY KEY, record TEXT NOT NULL);
                    """)
            try ConsumerCheckpoint.createTable(db)
        }
        // v2: the lead's owner, so officers read only their own leads' recommendations.
        migrator.registerMigration("v2") { db in
            try db.execute(sql: "ALTER TABLE recommendation ADD COLUMN owner TEXT")
        }
        // v3: the pipeline index for duplicates, 以商招商 and prospects, and the fingerprint of the
        // reference data the recommendations were made with.
        migrator.registerMigration("v3") { db in
            try db.execute(
                sql: """
                    CREATE TABLE pipeline_lead (
                        leadId TEXT PRIMARY KEY, companyName TEXT NOT NULL, projectName TEXT NOT NULL,
                        stage TEXT NOT NULL, companyKey TEXT NOT NULL);
                    CREATE INDEX pipeline_lead_company ON pipeline_lead (companyKey);
                    CREATE TABLE pipeline_group (leadId TEXT NOT NULL, groupName TEXT NOT NULL,
                        PRIMARY KEY (leadId, groupName));
                    CREATE INDEX pipeline_group_name ON pipeline_group (groupName);
                    CREATE TABLE reference_fingerprint (id INTEGER PRIMARY KEY CHECK (id = 1), editions TEXT NOT NULL);
                    """)
        }
        // v4: each group row carries its lead's stage, so "a signed unit of this group" is an index
        // range, not a scan of every lead of a large group; recommendations are made anew.
        migrator.registerMigration("v4") { db in
            try db.execute(
                sql: """
                    ALTER TABLE pipeline_group ADD COLUMN stage TEXT NOT NULL DEFAULT 'lead';
                    CREATE INDEX pipeline_group_stage ON pipeline_group (groupName, stage);
                    DELETE FROM recommendation; DELETE FROM pipeline_lead; DELETE FROM pipeline_group;
                    """)
            try ConsumerCheckpoint.record(0, db)
        }
        // v5: "the latest leads of this company" walks an index instead of sorting every lead of a
        // company with thousands of them (measured: catch-up fell to ~300 events/s at 1,000,000).
        migrator.registerMigration("v5") { db in
            try db.execute(sql: "CREATE INDEX pipeline_lead_company_recent ON pipeline_lead (companyKey, leadId)")
        }
        try migrator.migrate(database)
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
            let stored = try String.fetchOne(db, sql: "SELECT editions FROM reference_fingerprint")
            guard stored != fingerprint else { return false }
            try db.execute(
                sql: "INSERT OR REPLACE INTO reference_fingerprint (id, editions) VALUES (1, ?)",
                arguments: [fingerprint])
            let hadAny = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM recommendation") ?? 0 > 0
            try db.execute(sql: "DELETE FROM recommendation; DELETE FROM pipeline_lead; DELETE FROM pipeline_group;")
            try ConsumerCheckpoint.record(0, db)
            return hadAny
        }
    }

    /// Stores the recommendation (replacing the lead's earlier one), the lead's pipeline entry
    /// and the sequence, atomically.
    public func store(_ recommendation: Recommendation, entry: PipelineEntry, owner: String?, sequence: Int64) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let record = String(decoding: try encoder.encode(recommendation), as: UTF8.self)
        try database.write { db in
            // Cached statements: this runs for every event.
            try db.cachedStatement(
                sql: "INSERT OR REPLACE INTO recommendation (leadId, record, owner) VALUES (?, ?, ?)"
            ).execute(arguments: [recommendation.leadId, record, owner])
            try db.cachedStatement(
                sql: """
                    INSERT OR REPLACE INTO pipeline_lead (leadId, companyName, projectName, stage, companyKey)
                    VALUES (?, ?, ?, ?, ?)
                    """
            ).execute(
                arguments: [entry.leadId, entry.companyName, entry.projectName, entry.stage.rawValue, entry.companyKey])
            try db.cachedStatement(sql: "DELETE FROM pipeline_group WHERE leadId = ?").execute(arguments: [entry.leadId]
            )
            for group in entry.groups {
                try db.cachedStatement(
                    sql: "INSERT OR IGNORE INTO pipeline_group (leadId, groupName, stage) VALUES (?, ?, ?)"
                ).execute(arguments: [entry.leadId, group, entry.stage.rawValue])
            }
            try ConsumerCheckpoint.record(sequence, db)
        }
    }

    /// The lead's recommendation and the lead's owner.
    public func recommendation(_ leadId: String) throws -> (Recommendation, owner: String?)? {
        guard
            let row = try database.read({ db in
                try Row.fetchOne(
                    db, sql: "SELECT record, owner FROM recommendation WHERE leadId = ?", arguments: [leadId])
            })
        else { return nil }
        let record: String = row["record"]
        return (try JSONDecoder().decode(Recommendation.self, from: Data(record.utf8)), row["owner"])
    }

    /// The groups with at least one lead that is not dropped: the prospect map leaves them out.
    public func groupsInPipeline() throws -> Set<String> {
        try database.read { db in
            Set(
                try String.fetchAll(
                    db,
                    sql: """
                            SELECT DISTINCT groupName FROM pipeline_group WHERE stage != 'dropped'
                        """))
        }
    }
}

extension MatcherStore: PipelineLookup {
    public func leads(companyKey key: String, excluding leadId: String) throws -> [PipelineEntry] {
        try database.read { db in
            try entries(
                db,
                sql: """
                    SELECT * FROM (SELECT * FROM pipeline_lead WHERE companyKey = ? AND leadId != ?
                    ORDER BY leadId DESC LIMIT 20) ORDER BY leadId
                    """,
                arguments: [key, leadId])
        }
    }

    public func signedLeads(inGroups groups: [String], excluding leadId: String) throws -> [PipelineEntry] {
        guard !groups.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: groups.count).joined(separator: ", ")
        return try database.read { db in
            try entries(
                db,
                sql: """
                    SELECT DISTINCT l.* FROM pipeline_group g JOIN pipeline_lead l USING (leadId)
                    WHERE g.groupName IN (\(marks)) AND g.stage IN ('signed', 'started', 'operating') AND l.leadId != ?
                    ORDER BY l.leadId DESC LIMIT 20
                    """,
                arguments: StatementArguments(groups + [leadId]))
        }
    }

    private func entries(_ db: Database, sql: String, arguments: StatementArguments) throws -> [PipelineEntry] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            let leadId: String = row["leadId"]
            return PipelineEntry(
                leadId: leadId, companyName: row["companyName"], projectName: row["projectName"],
                stage: Stage(rawValue: row["stage"]) ?? .lead, companyKey: row["companyKey"],
                groups: try String.fetchAll(
                    db, sql: "SELECT groupName FROM pipeline_group WHERE leadId = ?", arguments: [leadId]))
        }
    }
}
