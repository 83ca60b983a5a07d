import GRDB

/// The last event sequence a consumer applied, kept in its own database so that it commits in
/// the same transaction as the event's effect.
public enum ConsumerCheckpoint {
    public static func createTable(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE consumer (id INTEGER PRIMARY KEY CHECK (id = 1), lastSequence INTEGER NOT NULL);
                INSERT INTO consumer (id, lastSequence) VALUES (1, 0);
                """)
    }

    public static func lastSequence(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT lastSequence FROM consumer") ?? 0
    }

    /// Call inside the transaction that stores the event's effect.
    public static func record(_ sequence: Int64, _ db: Database) throws {
        try db.cachedStatement(sql: "UPDATE consumer SET lastSequence = ? WHERE id = 1").execute(arguments: [sequence])
    }
}
