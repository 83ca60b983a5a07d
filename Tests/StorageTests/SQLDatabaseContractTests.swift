import Storage
import StorageTesting
import Testing

/// What every store relies on from its database, checked on the backend of this run (SQLite, or
/// PostgreSQL when scripts/test's second pass sets LEADTRACKER_TEST_POSTGRES_URL).
@Suite struct SQLDatabaseContractTests {
    let database: any SQLDatabase

    init() throws {
        database = try TestDatabase.make()
        try database.write { db in
            try db.execute(
                db.dialect.ddl(
                    "CREATE TABLE item (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, amount INTEGER, data BLOB)"
                ))
        }
    }

    @Test func valuesRoundTripExactly() throws {
        let bytes: [UInt8] = [0, 1, 0xFF, 0x7F, 0x80]
        let id = try database.write { db in
            try db.int64(
                "INSERT INTO item (name, amount, data) VALUES (?, ?, ?) RETURNING id", "華為技術（深圳）· 12.3亿",
                Int64.max, bytes)
        }
        let row = try #require(try database.read { db in try db.row("SELECT * FROM item WHERE id = ?", id) })
        #expect(try row.string("name") == "華為技術（深圳）· 12.3亿")
        #expect(try row.int64("amount") == Int64.max)
        #expect(try row.bytes("data") == bytes)
        // Column names compare without case (PostgreSQL folds them).
        #expect(try row.int64("ID") == id)
    }

    @Test func nullsAreNil() throws {
        try database.write { db in try db.execute("INSERT INTO item (name, amount) VALUES (?, ?)", "x", SQLValue.null) }
        let row = try #require(try database.read { db in try db.row("SELECT amount, data FROM item") })
        #expect(try row.optionalInt64("amount") == nil)
        #expect(try row.value("data") == .null)
        #expect(throws: StorageError.self) { try row.int64("amount") }
    }

    @Test func emptyTextAndBytesAreValuesNotNull() throws {
        try database.write { db in try db.execute("INSERT INTO item (name, data) VALUES (?, ?)", "", [UInt8]()) }
        let row = try #require(try database.read { db in try db.row("SELECT name, data FROM item") })
        #expect(try row.value("name") == .text(""))
        #expect(try row.bytes("data") == [])
        #expect(try database.read { db in try db.int64("SELECT COUNT(*) FROM item WHERE data IS NULL") } == 0)
    }

    @Test func theWrongNumberOfArgumentsIsRefusedAndTheStatementServesAgain() throws {
        let insert = "INSERT INTO item (name, amount) VALUES (?, ?)"
        #expect(throws: (any Error).self) { try database.write { db in try db.execute(insert, "one") } }
        #expect(throws: (any Error).self) { try database.write { db in try db.execute(insert, "one", 1, 2) } }
        // The cached statement, bound anew, holds nothing of the refused calls.
        try database.write { db in try db.execute(insert, "two", 2) }
        let rows = try database.read { db in try db.query("SELECT name, amount FROM item", []) }
        #expect(rows.count == 1)
        #expect(try rows.first?.string("name") == "two" && rows.first?.int64("amount") == 2)
    }

    @Test func aFailedTransactionChangesNothing() throws {
        struct Refused: Error {}
        #expect(throws: Refused.self) {
            try database.write { db in
                try db.execute("INSERT INTO item (name) VALUES (?)", "lost")
                throw Refused()
            }
        }
        #expect(try database.read { db in try db.int64("SELECT COUNT(*) FROM item") } == 0)
    }

    @Test func aFailedSavepointRollsBackAloneAndTheTransactionGoesOn() throws {
        struct Refused: Error {}
        try database.write { db in
            try db.execute("INSERT INTO item (name) VALUES (?)", "kept")
            #expect(throws: Refused.self) {
                try db.inSavepoint {
                    try db.execute("INSERT INTO item (name) VALUES (?)", "rolled back")
                    throw Refused()
                }
            }
            // A statement that fails inside a savepoint must not poison the transaction either.
            #expect(throws: (any Error).self) {
                try db.inSavepoint { try db.execute("INSERT INTO item (name) VALUES (?)", SQLValue.null) }
            }
            try db.inSavepoint { try db.execute("INSERT INTO item (name) VALUES (?)", "also kept") }
        }
        #expect(
            try database.read { db in try db.strings("SELECT name FROM item ORDER BY id") } == ["kept", "also kept"])
    }

    @Test func upsertsAddToTheExistingRow() throws {
        try database.write { db in
            try db.execute("CREATE TABLE total (key TEXT PRIMARY KEY, n \(db.dialect.ddl("INTEGER")) NOT NULL)")
            for n in [3, 4] {
                try db.execute(
                    "INSERT INTO total (key, n) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET n = total.n + excluded.n",
                    "a", n)
            }
            try db.execute("INSERT INTO total (key, n) VALUES (?, ?) ON CONFLICT DO NOTHING", "a", 100)
        }
        #expect(try database.read { db in try db.int64("SELECT n FROM total WHERE key = 'a'") } == 7)
        // A SUM over BIGINT is NUMERIC in PostgreSQL: it still reads as an integer.
        #expect(try database.read { db in try db.int64("SELECT SUM(n) FROM total") } == 7)
    }

    @Test func aQuestionMarkInsideAStringIsNotAPlaceholder() throws {
        try database.write { db in try db.execute("INSERT INTO item (name, amount) VALUES ('why?', ?)", 1) }
        #expect(try database.read { db in try db.string("SELECT name FROM item WHERE amount = ?", 1) } == "why?")
    }

    @Test func migrationsRunOnceEachInOrder() throws {
        var runs: [String] = []
        var migrator = SQLMigrator()
        migrator.register("a") { db in
            runs.append("a")
            try db.execute("CREATE TABLE migrated (x TEXT)")
        }
        migrator.register("b") { db in
            runs.append("b")
            try db.execute("ALTER TABLE migrated ADD COLUMN y TEXT")
        }
        try migrator.migrate(database)
        try migrator.migrate(database)
        #expect(runs == ["a", "b"])
    }

    @Test func aFailedMigrationLeavesNoTrace() throws {
        struct Broken: Error {}
        var migrator = SQLMigrator()
        migrator.register("broken") { db in
            try db.execute("CREATE TABLE half (x TEXT)")
            throw Broken()
        }
        #expect(throws: Broken.self) { try migrator.migrate(database) }
        let applied = try database.read { db in try db.strings("SELECT identifier FROM grdb_migrations") }
        #expect(applied.isEmpty)
        #expect(throws: (any Error).self) { try database.read { db in try db.query("SELECT * FROM half") } }
    }
}
