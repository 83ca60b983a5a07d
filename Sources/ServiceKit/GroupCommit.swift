import GRDB

/// A service's database with group commit: a burst of work (the requests waiting on a socket, the
/// events waiting on a subscription) runs in one transaction, each unit in its own savepoint, so
/// the burst costs one fsync instead of one per unit. Outside a burst, `write` is an ordinary
/// durable transaction.
///
/// Whoever acknowledges work done inside `batch` must do it after `batch` returns: only then is it
/// on disk. Used from the service's loop thread only (DatabaseQueue is not reentrant, and this
/// class is how nested writes reach the open transaction instead of deadlocking on it).
public final class GroupCommit: @unchecked Sendable {
    public let queue: DatabaseQueue
    private var current: Database?

    public init(_ queue: DatabaseQueue) { self.queue = queue }

    /// Whether a batch is open (its writes are not yet durable).
    public var inBatch: Bool { current != nil }

    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        if let current { return try body(current) }
        return try queue.read(body)
    }

    /// One unit of work: a savepoint inside an open batch (rolled back alone if `body` throws),
    /// else a transaction of its own.
    public func write<T>(_ body: (Database) throws -> T) throws -> T {
        guard let current else { return try queue.write(body) }
        var result: T?
        try current.inSavepoint {
            result = try body(current)
            return .commit
        }
        guard let result else { preconditionFailure("a committed savepoint has a result") }
        return result
    }

    /// Runs `body` in one transaction; its units commit together when it returns. Nested calls
    /// join the open batch.
    public func batch(_ body: () throws -> Void) throws {
        guard current == nil else { return try body() }
        try queue.write { db in
            current = db
            defer { current = nil }
            try body()
        }
    }
}
