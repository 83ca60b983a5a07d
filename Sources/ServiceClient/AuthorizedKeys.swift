import AccessPolicy
import Foundation
import ZeroMQ

/// The allowlist of client keys: one line per principal, `PUBLIC-KEY IDENTITY ROLE`, `#` comments.
///
///     # key                                      identity     role
///     rq:rM>}U?@Lns47E1%kR.o@n%FcmmsL/@{H8]yf7  wangmin      officer
///
/// Identities are unique; a key not listed never reaches the services' code.
public struct AuthorizedKeys: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var publicKey: String
        public var identity: String
        public var role: Role
    }

    public private(set) var entries: [Entry]

    public init(entries: [Entry] = []) { self.entries = entries }

    public static let fileName = "authorized_keys"

    /// Parses the file's text; a malformed line is an error naming its line, so a typo never
    /// silently locks someone out or lets someone in.
    public init(parsing text: String) throws {
        var entries: [Entry] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)  // CRLF files too
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard parts.count == 3, CurveKeyPair.isValidKey(parts[0]), let role = Role(rawValue: parts[2]) else {
                throw SecurityError(
                    "authorized_keys line \(index + 1): expected 'PUBLIC-KEY IDENTITY ROLE' with role officer, supervisor, service or gateway"
                )
            }
            guard !entries.contains(where: { $0.identity == parts[1] || $0.publicKey == parts[0] }) else {
                throw SecurityError("authorized_keys line \(index + 1): identity or key listed twice")
            }
            entries.append(Entry(publicKey: parts[0], identity: parts[1], role: role))
        }
        self.entries = entries
    }

    public func entry(forKey key: String) -> Entry? { entries.first { $0.publicKey == key } }
    public func entry(forIdentity identity: String) -> Entry? { entries.first { $0.identity == identity } }

    /// Adds or replaces the entry for `identity`.
    public mutating func authorize(publicKey: String, identity: String, role: Role) {
        entries.removeAll { $0.identity == identity || $0.publicKey == publicKey }
        entries.append(Entry(publicKey: publicKey, identity: identity, role: role))
    }

    /// Removes `identity`; returns whether it was there.
    @discardableResult
    public mutating func revoke(identity: String) -> Bool {
        let before = entries.count
        entries.removeAll { $0.identity == identity }
        return entries.count != before
    }

    public var text: String {
        "# LeadTracker authorized keys: PUBLIC-KEY IDENTITY ROLE (officer, supervisor, service, gateway)\n"
            + entries.map { "\($0.publicKey) \($0.identity) \($0.role.rawValue)" }.joined(separator: "\n") + "\n"
    }

    public static func load(directory: String) throws -> AuthorizedKeys {
        let file = URL(fileURLWithPath: directory).appendingPathComponent(fileName).path
        guard let data = FileManager.default.contents(atPath: file) else { return AuthorizedKeys() }
        return try AuthorizedKeys(parsing: String(decoding: data, as: UTF8.self))
    }

    /// Writes atomically (a reader never sees half a file).
    public func save(directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let file = URL(fileURLWithPath: directory).appendingPathComponent(Self.fileName)
        try Data(text.utf8).write(to: file, options: .atomic)
    }
}
