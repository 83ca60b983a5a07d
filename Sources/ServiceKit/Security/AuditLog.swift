import Foundation
import GRDB
import LeadMessages

/// The append-only audit log in a service's own database: who did what, when. Triggers refuse
/// every UPDATE and DELETE, so not even a bug in this code can rewrite history.
public enum AuditLog {
    public static func createTable(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE IF NOT EXISTS audit (
                    id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, atMillis INTEGER NOT NULL,
                    identity TEXT NOT NULL, leadId TEXT, record TEXT NOT NULL);
                CREATE INDEX IF NOT EXISTS audit_identity ON audit(identity, id);
                CREATE INDEX IF NOT EXISTS audit_lead ON audit(leadId, id);
                CREATE TRIGGER IF NOT EXISTS audit_append_only_update BEFORE UPDATE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                CREATE TRIGGER IF NOT EXISTS audit_append_only_delete BEFORE DELETE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                """)
    }

    /// Appends inside the caller's transaction (with the change it records, when there is one).
    public static func append(_ entry: AuditEntry, _ db: Database) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try db.cachedStatement(sql: "INSERT INTO audit (at, atMillis, identity, leadId, record) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [
                entry.at.description, entry.at.epochMilliseconds, entry.identity, entry.leadId,
                String(decoding: try encoder.encode(entry), as: UTF8.self),
            ])
    }

    public static func query(_ query: AuditQuery, _ db: Database) throws -> [AuditEntry] {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let leadId = query.leadId {
            conditions.append("leadId = ?")
            arguments.append(LeadID.canonical(leadId) ?? leadId)
        }
        if let identity = query.identity {
            conditions.append("identity = ?")
            arguments.append(identity)
        }
        if let since = query.since {
            guard let instant = Timestamp(rfc3339: since) else {
                throw ErrorBody(
                    .invalidField, field: "since", "since must be a date or date-time like 2023-03-06 / 起始时间格式有误")
            }
            conditions.append("atMillis >= ?")
            arguments.append(instant.epochMilliseconds)
        }
        let limit = query.limit ?? 200
        guard (1...1_000).contains(limit) else {
            throw ErrorBody(.invalidField, field: "limit", "limit must be between 1 and 1000")
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let rows = try String.fetchAll(
            db, sql: "SELECT record FROM audit \(filter) ORDER BY id DESC LIMIT \(limit)",
            arguments: StatementArguments(arguments))
        return try rows.reversed().map { try JSONDecoder().decode(AuditEntry.self, from: Data($0.utf8)) }
    }
}

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
            do {
                return .success(AuditPage(entries: try database.read { db in try AuditLog.query(envelope.body, db) }))
            } catch let error as ErrorBody {
                return .failure(error)
            } catch {
                return .failure(ErrorBody(.internalError, "audit log unreadable: \(error)"))
            }
        }
    }
}
