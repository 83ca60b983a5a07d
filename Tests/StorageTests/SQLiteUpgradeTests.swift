import Foundation
import GRDB
import Storage
import Testing

/// Databases written by earlier versions, whose migrations GRDB's migrator recorded, carry on.
@Suite struct SQLiteUpgradeTests {
    @Test func migrationsRecordedByGRDBAreNotRunAgain() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lt-upgrade-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            let old = try SQLiteDatabase.open(directory: directory.path, name: "store")
            var grdb = DatabaseMigrator()
            grdb.registerMigration("v1") { db in try db.execute(sql: "CREATE TABLE lead (id INTEGER PRIMARY KEY)") }
            try grdb.migrate(old.queue)
        }
        let reopened = try SQLiteDatabase.open(directory: directory.path, name: "store")
        var migrator = SQLMigrator()
        var ran: [String] = []
        migrator.register("v1") { db in
            ran.append("v1")
            try db.execute("CREATE TABLE lead (id INTEGER PRIMARY KEY)")  // would fail: the table exists
        }
        migrator.register("v2") { db in
            ran.append("v2")
            try db.execute("ALTER TABLE lead ADD COLUMN owner TEXT")
        }
        try migrator.migrate(reopened)
        #expect(ran == ["v2"])
    }
}
