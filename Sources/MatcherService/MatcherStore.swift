import Foundation
import GRDB
import LeadMessages

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
                    CREATE TABLE consumer (id INTEGER PRIMARY KEY CHECK (id = 1), lastSequence INTEGER NOT NULL);
                    INSERT INTO consumer (id, lastSequence) VALUES (1, 0);
                    """)
        }
        try migrator.migrate(database)
    }

    public func lastSequence() throws -> Int64 {
        try database.read { db in try Int64.fetchOne(db, sql: "SELECT lastSequence FROM consumer") ?? 0 }
    }

    /// Stores the recommendation (replacing the lead's earlier one) and the sequence, atomically.
    public func store(_ recommendation: Recommendation, sequence: Int64) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let record = String(decoding: try encoder.encode(recommendation), as: UTF8.self)
        try database.write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO recommendation (leadId, record) VALUES (?, ?)",
                arguments: [recommendation.leadId, record])
            try db.execute(sql: "UPDATE consumer SET lastSequence = ? WHERE id = 1", arguments: [sequence])
        }
    }

    public func recommendation(_ leadId: String) throws -> Recommendation? {
        try database.read { db in
            try String.fetchOne(db, sql: "SELECT record FROM recommendation WHERE leadId = ?", arguments: [leadId])
        }.map { try JSONDecoder().decode(Recommendation.self, from: Data($0.utf8)) }
    }
}
