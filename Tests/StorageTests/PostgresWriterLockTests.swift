import Logging
import PostgresStorage
import Storage
import StorageTesting
import Testing

/// Only one lead-intake may write a PostgreSQL store: both would number events from the same
/// MAX(sequence). Runs in scripts/test's PostgreSQL pass.
@Suite(.enabled(if: TestDatabase.postgresURL != nil, "needs LEADTRACKER_TEST_POSTGRES_URL (scripts/with-postgres)"))
struct PostgresWriterLockTests {
    @Test func aSecondWriterIsRefusedUntilTheFirstIsGone() throws {
        let location = try TestDatabase.freshPostgresDatabase(on: try #require(TestDatabase.postgresURL))
        let logger = Logger(label: "writer-lock-test")
        var first: PostgresSQLDatabase? = try PostgresSQLDatabase(location, writerLock: 42, logger: logger)
        #expect(throws: StorageError.self) { try PostgresSQLDatabase(location, writerLock: 42, logger: logger) }
        // Readers and other stores are not affected.
        _ = try PostgresSQLDatabase(location, logger: logger)
        _ = try PostgresSQLDatabase(location, writerLock: 43, logger: logger)
        #expect(first != nil)
        first = nil  // closes its connection, which releases the lock
        _ = try PostgresSQLDatabase(location, writerLock: 42, logger: logger)
    }
}
