import Foundation
import Logging
import PostgresStorage
import Storage

/// A fresh, empty database for one store test, on the backend the test run asks for: SQLite in
/// memory by default; with `LEADTRACKER_TEST_POSTGRES_URL` set (scripts/test sets it for its
/// second pass), a new PostgreSQL database on that server, so the same store suites run on both.
public enum TestDatabase {
    public static let postgresURLVariable = "LEADTRACKER_TEST_POSTGRES_URL"

    /// The server's URL when this run tests PostgreSQL.
    public static var postgresURL: String? {
        ProcessInfo.processInfo.environment[postgresURLVariable].flatMap { $0.isEmpty ? nil : $0 }
    }

    public static var backend: SQLDialect { postgresURL == nil ? .sqlite : .postgres }

    public static func make() throws -> any SQLDatabase {
        guard let postgresURL else { return try SQLiteDatabase.inMemory() }
        return try PostgresSQLDatabase(try freshPostgresDatabase(on: postgresURL), logger: logger)
    }

    /// Creates an empty database on the server at `url` and returns where it is.
    public static func freshPostgresDatabase(on url: String) throws -> PostgresLocation {
        guard var location = PostgresLocation(url: url) else {
            throw StorageError("\(postgresURLVariable) is not a postgres:// URL")
        }
        let name = "lt_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let server = try PostgresSQLDatabase(location, logger: logger)
        try server.read { db in try db.execute("CREATE DATABASE \(name)") }
        location.database = name
        return location
    }

    private static let logger = Logger(label: "store-tests")
}
