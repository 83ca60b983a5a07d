/// A service's database with group commit: a burst of work (the requests waiting on a socket, the
/// events waiting on a subscription) runs in one transaction, each unit in its own savepoint, so
/// the burst costs one fsync instead of one per unit. Outside a burst, `write` is an ordinary
/// durable transaction.
///
/// Whoever acknowledges work done inside `batch` must do it after `batch` returns: only then is it
/// on disk. Used from the service's loop thread only (a database connection is not reentrant, and
/// this class is how nested writes reach the open transaction instead of deadlocking on it).
public final class GroupCommit: @unchecked Sendable {
    public let database: any SQLDatabase
    private var current: (any SQLConnection)?
    /// Called whenever a unit, a batch or a transaction rolls back: a store that keeps numbers in
    /// memory (the next sequence) forgets them, since what it counted on is gone.
    public var onRollback: (() -> Void)?

    public init(_ database: any SQLDatabase) { self.database = database }

    /// Whether a batch is open (its writes are not yet durable).
    public var inBatch: Bool { current != nil }

    public var dialect: SQLDialect { database.dialect }

    public func read<T>(_ body: (any SQLConnection) throws -> T) throws -> T {
        if let current { return try body(current) }
        return try database.read(body)
    }

    /// One unit of work: a savepoint inside an open batch (rolled back alone if `body` throws),
    /// else a transaction of its own.
    public func write<T>(_ body: (any SQLConnection) throws -> T) throws -> T {
        try notingRollback {
            guard let current else { return try database.write(body) }
            return try current.inSavepoint { try body(current) }
        }
    }

    /// Runs `body` so that all its units stand or fall together: a savepoint inside an open batch,
    /// else a batch of its own. If `body` throws, none of its units is kept.
    public func atomically<T>(_ body: () throws -> T) throws -> T {
        if let current { return try notingRollback { try current.inSavepoint(body) } }
        var result: T?
        try batch { result = try body() }
        guard let result else { preconditionFailure("a committed batch has a result") }
        return result
    }

    /// Runs `body` in one transaction; its units commit together when it returns. Nested calls
    /// join the open batch.
    public func batch(_ body: () throws -> Void) throws {
        guard current == nil else { return try body() }
        try notingRollback {
            try database.write { db in
                current = db
                defer { current = nil }
                try body()
            }
        }
    }

    private func notingRollback<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            onRollback?()
            throw error
        }
    }
}
