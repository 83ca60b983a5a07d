import Foundation
import GRDB
import LeadMessages
import ServiceKit

/// The matcher's database: one recommendation per lead, and the last event sequence applied,
/// written in the same transaction.
public final class MatcherStore {
    let database: DatabaseQueue

    public init(database: DatabaseQueue) throws {
        self.database = database
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
        try migrator.migrate(database)
    }

    public func lastSequence() throws -> Int64 {
        try database.read(ConsumerCheckpoint.lastSequence)
    }

    /// Stores the recommendation (replacing the lead's earlier one) and the sequence, atomically.
    public func store(_ recommendation: Recommendation, owner: String?, sequence: Int64) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let record = String(decoding: try encoder.encode(recommendation), as: UTF8.self)
        try database.write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO recommendation (leadId, record, owner) VALUES (?, ?, ?)",
                arguments: [recommendation.leadId, record, owner])
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
}
