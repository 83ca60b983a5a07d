/// The last event sequence a consumer applied, kept in its own database so that it commits in
/// the same transaction as the event's effect.
public enum ConsumerCheckpoint {
    public static func createTable(_ db: any SQLConnection) throws {
        try db.execute(
            db.dialect.ddl(
                "CREATE TABLE consumer (id INTEGER PRIMARY KEY CHECK (id = 1), lastSequence INTEGER NOT NULL)"))
        try db.execute("INSERT INTO consumer (id, lastSequence) VALUES (1, 0)")
    }

    public static func lastSequence(_ db: any SQLConnection) throws -> Int64 {
        try db.int64("SELECT lastSequence FROM consumer") ?? 0
    }

    /// The column for the intake store the consumer follows (protocol 1.7): a migration step of
    /// every consumer's store.
    public static func addIntakeStore(_ db: any SQLConnection) throws {
        try db.execute("ALTER TABLE consumer ADD COLUMN intakeStore TEXT")
    }

    /// The intake store whose events were applied, once known.
    public static func intakeStore(_ db: any SQLConnection) throws -> String? {
        try db.string("SELECT intakeStore FROM consumer")
    }

    public static func recordIntakeStore(_ storeId: String, _ db: any SQLConnection) throws {
        try db.execute("UPDATE consumer SET intakeStore = ? WHERE id = 1", storeId)
    }

    /// Call inside the transaction that stores the event's effect.
    public static func record(_ sequence: Int64, _ db: any SQLConnection) throws {
        try db.execute("UPDATE consumer SET lastSequence = ? WHERE id = 1", sequence)
    }
}
