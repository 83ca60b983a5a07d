import AccessPolicy
import LeadMessages
import Storage

/// A service's audit log: appends refusals on their own, and answers `audit.query`.
public final class ServiceAudit: Sendable {
    private let database: GroupCommit
    private let service: String

    /// - Parameter database: the service's store's database, so that a refusal recorded during a
    ///   burst joins that burst's transaction.
    public init(database: GroupCommit, service: String) throws {
        self.database = database
        self.service = service
        try database.write(AuditLog.createTable)
    }

    /// Appends an entry in a unit of its own (for refusals: nothing else changed).
    public func append(_ entry: AuditEntry) {
        try? database.write { db in try AuditLog.append(entry, db) }
    }

    /// Serves `audit.query` on `dispatcher` (supervisors only, by `AccessPolicy`) and records refusals.
    public func install(on dispatcher: inout RequestDispatcher) {
        dispatcher.onDenied = { [self] entry in append(entry) }
        dispatcher.on(.auditQuery, AuditQuery.self) { [database] envelope, _ in
            .handling { AuditPage(entries: try database.read { db in try AuditLog.query(envelope.body, db) }) }
        }
    }
}
