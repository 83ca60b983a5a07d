import Foundation
import GRDB

/// Opens a service's SQLite database under its data directory, set for durability: WAL with
/// `synchronous = FULL`, so a committed transaction survives a crash or power loss before any
/// acknowledgement is sent.
public enum DatabaseOpener {
    public static func open(directory: String, name: String) throws -> DatabaseQueue {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        let path = (directory as NSString).appendingPathComponent(name + ".sqlite")
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.writeWithoutTransaction { db in _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") }
        return queue
    }

    /// A private in-memory database, for tests of a store.
    public static func inMemory() throws -> DatabaseQueue { try DatabaseQueue() }
}
