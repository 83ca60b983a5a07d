/// The SQL a store writes is the common subset of SQLite and PostgreSQL: `?` placeholders,
/// `INSERT … ON CONFLICT … DO UPDATE/NOTHING`, `RETURNING`, one statement per call. Where the two
/// differ (column types, triggers), a migration asks the connection for its `dialect`.
public enum SQLDialect: String, Sendable {
    case sqlite
    case postgres
}

/// A connection inside a read or a transaction, valid only during the closure it is passed to.
public protocol SQLConnection: AnyObject {
    var dialect: SQLDialect { get }
    /// Runs one statement.
    func execute(_ sql: String, _ arguments: [SQLValue]) throws
    /// Runs one statement and returns every row.
    func query(_ sql: String, _ arguments: [SQLValue]) throws -> [SQLRow]
    /// Runs `body` in a savepoint: rolled back alone when it throws, leaving the transaction open.
    func inSavepoint<T>(_ body: () throws -> T) throws -> T
}

/// A service's database. Used from one thread at a time (the service's loop), like its sockets.
public protocol SQLDatabase: AnyObject {
    var dialect: SQLDialect { get }
    /// Reads outside a transaction of the caller's.
    func read<T>(_ body: (any SQLConnection) throws -> T) throws -> T
    /// Runs `body` in a transaction that commits, durably, when it returns and rolls back when it throws.
    func write<T>(_ body: (any SQLConnection) throws -> T) throws -> T
}

// The arguments are mapped with a closure, not a key path: a key path is built anew on every
// call, which cost more than the statement's own work on intake's hot path.
extension SQLConnection {
    public func execute(_ sql: String, _ arguments: any SQLArgument...) throws {
        try execute(sql, arguments.map { $0.sqlValue })
    }

    public func query(_ sql: String, _ arguments: any SQLArgument...) throws -> [SQLRow] {
        try query(sql, arguments.map { $0.sqlValue })
    }

    /// The first row, if any.
    public func row(_ sql: String, _ arguments: any SQLArgument...) throws -> SQLRow? {
        try query(sql, arguments.map { $0.sqlValue }).first
    }

    /// The first column of every row, as text.
    public func strings(_ sql: String, _ arguments: any SQLArgument...) throws -> [String] {
        try query(sql, arguments.map { $0.sqlValue }).map { row in
            guard case .text(let text) = row.values.first else { throw StorageError("\(sql): not text") }
            return text
        }
    }

    /// The first column of the first row as text (nil without a row or for NULL).
    public func string(_ sql: String, _ arguments: any SQLArgument...) throws -> String? {
        guard let row = try query(sql, arguments.map { $0.sqlValue }).first, let first = row.values.first else {
            return nil
        }
        switch first {
        case .text(let text): return text
        case .null: return nil
        default: throw StorageError("\(sql): not text")
        }
    }

    /// The first column of the first row as an integer (nil without a row or for NULL).
    public func int64(_ sql: String, _ arguments: any SQLArgument...) throws -> Int64? {
        guard let row = try query(sql, arguments.map { $0.sqlValue }).first, !row.values.isEmpty else { return nil }
        return try row.optionalInt64(row.names[0])
    }

    /// Runs several statements in order (a migration's DDL).
    public func run(_ statements: [String]) throws {
        for statement in statements { try execute(statement, []) }
    }
}
