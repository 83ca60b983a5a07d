import Foundation
import LeadMessages

/// The append-only audit log in a service's own database: who did what, when. Triggers refuse
/// every UPDATE and DELETE, so not even a bug in this code can rewrite history.
public enum AuditLog {
    public static func createTable(_ db: any SQLConnection) throws {
        try db.execute(
            db.dialect.ddl(
                """
                CREATE TABLE IF NOT EXISTS audit (
                    id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, atMillis INTEGER NOT NULL,
                    identity TEXT NOT NULL, leadId TEXT, record TEXT NOT NULL)
                """))
        try db.execute("CREATE INDEX IF NOT EXISTS audit_identity ON audit(identity, id)")
        try db.execute("CREATE INDEX IF NOT EXISTS audit_lead ON audit(leadId, id)")
        switch db.dialect {
        case .sqlite:
            for verb in ["UPDATE", "DELETE"] {
                try db.execute(
                    """
                    CREATE TRIGGER IF NOT EXISTS audit_append_only_\(verb.lowercased()) BEFORE \(verb) ON audit
                        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END
                    """)
            }
        case .postgres:
            try db.execute(
                """
                CREATE OR REPLACE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$
                """)
            try db.execute("DROP TRIGGER IF EXISTS audit_append_only ON audit")
            try db.execute(
                """
                CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit
                    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only()
                """)
        }
    }

    /// Appends inside the caller's transaction (with the change it records, when there is one).
    public static func append(_ entry: AuditEntry, _ db: any SQLConnection) throws {
        try db.execute(
            "INSERT INTO audit (at, atMillis, identity, leadId, record) VALUES (?, ?, ?, ?, ?)",
            entry.at.description, entry.at.epochMilliseconds, entry.identity, entry.leadId,
            String(decoding: entry.wireJSON(), as: UTF8.self))
    }

    public static func query(_ query: AuditQuery, _ db: any SQLConnection) throws -> [AuditEntry] {
        var conditions: [String] = []
        var arguments: [SQLValue] = []
        if let leadId = query.leadId {
            conditions.append("leadId = ?")
            arguments.append(.text(LeadID.canonical(leadId) ?? leadId))
        }
        if let identity = query.identity {
            conditions.append("identity = ?")
            arguments.append(.text(identity))
        }
        if let since = query.since {
            guard let instant = Timestamp(rfc3339: since) else {
                throw ErrorBody(
                    .invalidField, field: "since", "since must be a date or date-time like 2023-03-06 / 起始时间格式有误")
            }
            conditions.append("atMillis >= ?")
            arguments.append(.integer(instant.epochMilliseconds))
        }
        let limit = query.limit ?? 200
        guard (1...1_000).contains(limit) else {
            throw ErrorBody(.invalidField, field: "limit", "limit must be between 1 and 1000")
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let rows = try db.query("SELECT record FROM audit \(filter) ORDER BY id DESC LIMIT \(limit)", arguments)
        return try rows.reversed().map {
            try JSONDecoder().decode(AuditEntry.self, from: Data(try $0.string("record").utf8))
        }
    }
}
