import Storage

/// Where a district's feed stands in lead-city's numbering (notices, registrations): the last
/// number stored and the city store it came from, kept in a one-row table of the service's store
/// (`id = 1`, a position column, `storeId`).
public struct CityFeedPosition: Sendable {
    public let table: String
    public let column: String

    public init(table: String, column: String) {
        self.table = table
        self.column = column
    }

    /// The last number stored (0 before any) and the city store it came from.
    public func read(_ database: any SQLDatabase) throws -> (after: Int64, store: String?) {
        let row = try database.read { db in try db.row("SELECT \(column), storeId FROM \(table) WHERE id = 1") }
        return (try row?.int64(column) ?? 0, try row?.optionalString("storeId"))
    }

    /// What a page's `storeId` and last number say of the position. Returns nil when the page may
    /// be applied; else whether to ask again at once, having recorded the store (the first page
    /// heard) or gone back to 0: another store (lead-city rebuilt from nothing) numbers from 1
    /// again, and a store restored from a backup keeps its identity but has fewer numbers than
    /// were fetched from it. Either way nothing of the new numbering is skipped.
    public func restartIfNeeded(
        _ database: any SQLDatabase, known: (after: Int64, store: String?), pageStore: String?, pageLast: Int64
    ) throws -> Bool? {
        guard let store = pageStore, known.store != store || pageLast < known.after else { return nil }
        guard known.store != nil else {
            try database.write { db in try db.execute("UPDATE \(table) SET storeId = ? WHERE id = 1", store) }
            return true
        }
        try database.write { db in
            try db.execute("UPDATE \(table) SET \(column) = 0, storeId = ? WHERE id = 1", store)
        }
        return known.after > 0
    }

    /// Records the last number applied, inside the transaction that applied the page.
    public func record(_ number: Int64, _ db: any SQLConnection) throws {
        try db.execute("UPDATE \(table) SET \(column) = ? WHERE id = 1", number)
    }
}
