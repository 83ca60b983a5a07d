import Foundation
import GRDB

/// The embedded default: a SQLite database through GRDB, set for durability (WAL with
/// `synchronous = FULL`: a committed transaction survives a crash or power loss before any
/// acknowledgement is sent). Statements are cached, since stores run the same few per event.
public final class SQLiteDatabase: SQLDatabase {
    public let queue: DatabaseQueue
    public var dialect: SQLDialect { .sqlite }

    public init(queue: DatabaseQueue) { self.queue = queue }

    /// Opens `DIRECTORY/NAME.sqlite`, creating the directory when needed.
    public static func open(directory: String, name: String) throws -> SQLiteDatabase {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            // A statement that writes many rows (a page's facts in one INSERT) inside a longer
            // transaction keeps the pages it changes in a statement journal, to undo it alone:
            // in a temporary file that was most of lead-city's writes (strace: 7 writes to it for
            // each to the log). In memory it is a copy, not a system call.
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
        }
        // A second connection to the same file (lead-supervisor's delivery thread) waits for the
        // other's transaction instead of failing at once with SQLITE_BUSY.
        configuration.busyMode = .timeout(10)
        let path = (directory as NSString).appendingPathComponent(name + ".sqlite")
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.writeWithoutTransaction { db in _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") }
        return SQLiteDatabase(queue: queue)
    }

    /// A private in-memory database, for tests of a store.
    public static func inMemory() throws -> SQLiteDatabase { SQLiteDatabase(queue: try DatabaseQueue()) }

    public func read<T>(_ body: (any SQLConnection) throws -> T) throws -> T {
        try queue.read { db in try body(SQLiteConnection(db)) }
    }

    public func write<T>(_ body: (any SQLConnection) throws -> T) throws -> T {
        try queue.write { db in try body(SQLiteConnection(db)) }
    }
}

/// GRDB's `Database` for the length of one closure.
final class SQLiteConnection: SQLConnection {
    private let db: Database
    var dialect: SQLDialect { .sqlite }

    init(_ db: Database) { self.db = db }

    func execute(_ sql: String, _ arguments: [SQLValue]) throws {
        let statement = try db.cachedStatement(sql: sql)
        try SQLiteStatementAccess.bind(arguments, to: statement)
        try statement.execute()
    }

    func query(_ sql: String, _ arguments: [SQLValue]) throws -> [SQLRow] {
        let statement = try db.cachedStatement(sql: sql)
        try SQLiteStatementAccess.bind(arguments, to: statement)
        let names = statement.columnNames
        // The cursor steps the statement; each row's columns are read off it where it stands.
        let cursor = try Row.fetchCursor(statement)
        var rows: [SQLRow] = []
        while try cursor.next() != nil {
            rows.append(SQLRow(names: names, values: SQLiteStatementAccess.values(of: statement, count: names.count)))
        }
        return rows
    }

    func inSavepoint<T>(_ body: () throws -> T) throws -> T {
        var result: T?
        try db.inSavepoint {
            result = try body()
            return .commit
        }
        guard let result else { preconditionFailure("a committed savepoint has a result") }
        return result
    }
}
