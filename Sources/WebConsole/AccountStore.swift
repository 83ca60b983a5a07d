import Foundation
import LeadMessages
import Storage

/// A person who signs in to the console: the identity the services know them by, and their role.
public struct Account: Sendable, Equatable {
    public var username: String
    public var displayName: String
    /// `officer` or `supervisor`.
    public var role: String
}

public struct WebSession: Sendable, Equatable {
    public var token: String
    public var account: Account
    /// Every form carries it; a POST without it is refused (CSRF).
    public var csrf: String
}

/// lead-web's own small database: accounts and sessions only — it holds no lead data.
public final class AccountStore: @unchecked Sendable {
    private let database: any SQLDatabase
    /// Sessions last a working day.
    public static let sessionSeconds: Int64 = 12 * 3600

    public init(database: any SQLDatabase) throws {
        self.database = database
        var migrator = SQLMigrator()
        migrator.register("v1") { db in
            try db.execute(
                """
                CREATE TABLE account (username TEXT PRIMARY KEY, displayName TEXT NOT NULL, role TEXT NOT NULL,
                    passwordHash TEXT NOT NULL, createdAt TEXT NOT NULL)
                """)
            try db.execute(
                db.dialect.ddl(
                    """
                    CREATE TABLE session (token TEXT PRIMARY KEY, username TEXT NOT NULL, csrf TEXT NOT NULL,
                        expiresAt INTEGER NOT NULL)
                    """))
        }
        try migrator.migrate(database)
    }

    /// Every account's display name by username (王敏 for wangmin), for pages that show who did what.
    public func displayNames() throws -> [String: String] {
        try database.read { db in
            Dictionary(
                try db.query("SELECT username, displayName FROM account").map {
                    (try $0.string("username"), try $0.string("displayName"))
                }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// Adds or replaces an account (a new password ends the person's sessions).
    public func save(username: String, displayName: String, role: String, password: String) throws {
        guard ["officer", "supervisor"].contains(role) else { throw StorageError("role must be officer or supervisor") }
        guard !username.isEmpty, username.count <= 64, !username.contains(where: \.isWhitespace) else {
            throw StorageError("a username is 1–64 characters without spaces")
        }
        guard password.count >= 10 else { throw StorageError("a password has at least 10 characters") }
        let hash = try PasswordHash.make(password)
        try database.write { db in
            try db.execute(
                """
                INSERT INTO account (username, displayName, role, passwordHash, createdAt) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (username) DO UPDATE SET displayName = excluded.displayName, role = excluded.role,
                    passwordHash = excluded.passwordHash
                """, username, displayName, role, hash, Timestamp.now().description)
            try db.execute("DELETE FROM session WHERE username = ?", username)
        }
    }

    /// The account when the password is right (the same work is done for an unknown name, so
    /// timing does not tell which names exist).
    public func verify(username: String, password: String) throws -> Account? {
        let row = try database.read { db in
            try db.row("SELECT username, displayName, role, passwordHash FROM account WHERE username = ?", username)
        }
        guard let row else {
            _ = PasswordHash.verify(password, against: Self.decoy)
            return nil
        }
        guard PasswordHash.verify(password, against: try row.string("passwordHash")) else { return nil }
        return Account(
            username: try row.string("username"), displayName: try row.string("displayName"),
            role: try row.string("role"))
    }

    public func startSession(for account: Account, now: Timestamp = .now()) throws -> WebSession {
        let session = WebSession(token: PasswordHash.token(), account: account, csrf: PasswordHash.token())
        try database.write { db in
            try db.execute("DELETE FROM session WHERE expiresAt < ?", now.epochSeconds)
            try db.execute(
                "INSERT INTO session (token, username, csrf, expiresAt) VALUES (?, ?, ?, ?)", session.token,
                account.username, session.csrf, now.epochSeconds + Self.sessionSeconds)
        }
        return session
    }

    public func session(token: String, now: Timestamp = .now()) throws -> WebSession? {
        guard token.count == 64 else { return nil }
        return try database.read { db in
            guard
                let row = try db.row(
                    """
                    SELECT s.token, s.csrf, a.username, a.displayName, a.role FROM session s
                    JOIN account a ON a.username = s.username WHERE s.token = ? AND s.expiresAt >= ?
                    """, token, now.epochSeconds)
            else { return nil }
            return WebSession(
                token: try row.string("token"),
                account: Account(
                    username: try row.string("username"), displayName: try row.string("displayName"),
                    role: try row.string("role")),
                csrf: try row.string("csrf"))
        }
    }

    public func endSession(token: String) throws {
        try database.write { db in try db.execute("DELETE FROM session WHERE token = ?", token) }
    }

    /// A hash of nothing anyone knows, verified against for unknown usernames.
    private static let decoy = (try? PasswordHash.make(PasswordHash.token())) ?? ""
}
