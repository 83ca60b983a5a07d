import Foundation
import Logging
import PostgresNIO
import Storage

/// A service's store in PostgreSQL: one connection, used from the service's loop thread, which
/// waits for each statement (the stores are synchronous, like SQLite's). A dropped connection is
/// opened again before the next read or transaction; the one in flight fails and is retried by
/// whoever sent it (an officer's client, the event consumer), never half-applied.
public final class PostgresSQLDatabase: SQLDatabase {
    public var dialect: SQLDialect { .postgres }
    private let location: PostgresLocation
    private let logger: Logger
    private var connection: PostgresConnection
    private var savepoints = 0
    /// The advisory lock this database's one writer holds for as long as its connection lives.
    private let writerLock: Int64?

    /// - Parameter writerLock: an advisory lock key that only one process may hold: a second
    ///   lead-intake on the same database is refused at start (both would number events).
    public init(_ location: PostgresLocation, writerLock: Int64? = nil, logger: Logger) throws {
        self.location = location
        self.logger = logger
        self.writerLock = writerLock
        connection = try Self.connect(location, logger: logger)
        try lockIfNeeded()
    }

    deinit { try? connection.close().wait() }

    public func read<T>(_ body: (any SQLConnection) throws -> T) throws -> T {
        try reconnectIfClosed()
        return try body(PostgresSQLConnection(self))
    }

    public func write<T>(_ body: (any SQLConnection) throws -> T) throws -> T {
        try reconnectIfClosed()
        let db = PostgresSQLConnection(self)
        try db.execute("BEGIN", [])
        do {
            let result = try body(db)
            try db.execute("COMMIT", [])
            return result
        } catch {
            try? db.execute("ROLLBACK", [])
            throw error
        }
    }

    func nextSavepoint() -> String {
        savepoints += 1
        return "lt_savepoint_\(savepoints)"
    }

    func run(_ sql: String, _ arguments: [SQLValue]) throws -> [SQLRow] {
        let numbered = PostgresPlaceholders.numbering(sql)
        guard numbered.placeholders == arguments.count else {
            throw StorageError("\(arguments.count) arguments for \(numbered.placeholders) parameters: \(sql)")
        }
        var binds = PostgresBindings(capacity: arguments.count)
        for argument in arguments {
            switch argument {
            case .null: binds.appendNull()
            case .integer(let number): binds.append(number)
            case .text(let text): binds.append(text)
            case .blob(let bytes): binds.append(ByteBuffer(bytes: bytes))
            }
        }
        let query = PostgresQuery(unsafeSQL: numbered.sql, binds: binds)
        do {
            let result = try connection.query(query, logger: logger).wait()
            let names = result.rows.first.map { row in row.map(\.columnName) } ?? []
            return try result.rows.map { row in SQLRow(names: names, values: try row.map(Self.value)) }
        } catch let error as PSQLError {
            throw StorageError(Self.describe(error, sql: sql))
        }
    }

    private func reconnectIfClosed() throws {
        guard connection.isClosed else { return }
        logger.warning("reconnecting to PostgreSQL", metadata: ["host": "\(location.host)"])
        connection = try Self.connect(location, logger: logger)
        try lockIfNeeded()
    }

    private func lockIfNeeded() throws {
        guard let writerLock else { return }
        let held = try run("SELECT pg_try_advisory_lock(?) AS held", [.integer(writerLock)]).first
        guard try held?.int64("held") == 1 else {
            throw StorageError(
                "another process holds the writer lock of \(location.redacted) (a second lead-intake?): refusing to start"
            )
        }
    }

    private static func connect(_ location: PostgresLocation, logger: Logger) throws -> PostgresConnection {
        do {
            return try PostgresConnection.connect(
                on: PostgresConnection.defaultEventLoopGroup.next(), configuration: try location.configuration(),
                id: 1, logger: logger
            ).wait()
        } catch let error as PSQLError {
            throw StorageError("cannot connect to PostgreSQL at \(location.redacted): \(describe(error, sql: nil))")
        }
    }

    private static func value(_ cell: PostgresCell) throws -> SQLValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8: return .integer(try cell.decode(Int64.self))
        case .bool: return .integer(try cell.decode(Bool.self) ? 1 : 0)
        case .bytea: return .blob(Array(buffer: try cell.decode(ByteBuffer.self)))
        // SUM over BIGINT is NUMERIC: kept as its exact decimal text, which reads as an integer.
        case .numeric: return .text(try cell.decode(Decimal.self).description)
        default: return .text(try cell.decode(String.self))
        }
    }

    /// PSQLError's own description hides the server's message (it may hold data); ours are
    /// statements of our own, so the message and SQLSTATE are what an operator needs.
    static func describe(_ error: PSQLError, sql: String?) -> String {
        var parts = ["PostgreSQL \(error.code)"]
        if let state = error.serverInfo?[.sqlState] { parts.append("SQLSTATE \(state)") }
        if let message = error.serverInfo?[.message] { parts.append(message) }
        if let detail = error.serverInfo?[.detail] { parts.append(detail) }
        if let underlying = error.underlying { parts.append("\(underlying)") }
        if let sql { parts.append("in: \(sql.prefix(120))") }
        return parts.joined(separator: ": ")
    }
}

/// The connection for one read or transaction.
final class PostgresSQLConnection: SQLConnection {
    private let database: PostgresSQLDatabase
    var dialect: SQLDialect { .postgres }

    init(_ database: PostgresSQLDatabase) { self.database = database }

    func execute(_ sql: String, _ arguments: [SQLValue]) throws { _ = try database.run(sql, arguments) }

    func query(_ sql: String, _ arguments: [SQLValue]) throws -> [SQLRow] { try database.run(sql, arguments) }

    func inSavepoint<T>(_ body: () throws -> T) throws -> T {
        let name = database.nextSavepoint()
        try execute("SAVEPOINT \(name)", [])
        do {
            let result = try body()
            try execute("RELEASE SAVEPOINT \(name)", [])
            return result
        } catch {
            try? execute("ROLLBACK TO SAVEPOINT \(name)", [])
            try? execute("RELEASE SAVEPOINT \(name)", [])
            throw error
        }
    }
}
