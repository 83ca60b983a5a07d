/// The protocol version this build speaks. Receivers accept any 1.x and refuse other majors.
public enum ProtocolVersion {
    public static let current = "1.11"
    public static let major = 1

    /// Whether a peer's version string is one this build understands.
    public static func isSupported(_ text: String) -> Bool {
        let parts = text.split(separator: ".")
        guard parts.count == 2, let major = Int(parts[0]), Int(parts[1]) != nil else { return false }
        return major == Self.major
    }
}

/// The header every message carries, readable without knowing its body's type.
public struct EnvelopeHeader: Codable, Sendable, Equatable {
    /// `"1.0"`: the wire protocol version (Protocols/README.md).
    public var `protocol`: String
    /// What the body is; decides how it is read.
    public var type: String
    /// Unique per message (a UUID string); a reply's `correlationId` names it.
    public var id: String
    public var correlationId: String?
    public var sentAt: Timestamp
    /// Who sent it, as the sender names itself (informational; never used for authorization).
    public var sender: String
    /// (1.5) The person a gateway (the web console) acts for; refused from any other caller.
    public var onBehalfOf: OnBehalfOf?
}

/// (1.5) The signed-in person a gateway acts for: the identity the services record and check
/// ownership against, and its role (`officer` or `supervisor`).
public struct OnBehalfOf: Codable, Sendable, Equatable {
    public var identity: String
    public var role: String

    public init(identity: String, role: String) {
        self.identity = identity
        self.role = role
    }
}

/// A whole message: the header fields plus a typed body.
public struct Envelope<Body: Codable & Sendable>: Codable, Sendable {
    public var `protocol`: String
    public var type: MessageType
    public var id: String
    public var correlationId: String?
    public var sentAt: Timestamp
    public var sender: String
    public var onBehalfOf: OnBehalfOf?
    public var body: Body

    public init(
        type: MessageType, body: Body, sender: String, id: String = MessageID.make(), correlationId: String? = nil,
        sentAt: Timestamp = .now(), onBehalfOf: OnBehalfOf? = nil
    ) {
        self.onBehalfOf = onBehalfOf
        self.protocol = ProtocolVersion.current
        self.type = type
        self.id = id
        self.correlationId = correlationId
        self.sentAt = sentAt
        self.sender = sender
        self.body = body
    }
}

/// Bodies with nothing in them (`service.status`): `{}`.
public struct EmptyBody: Codable, Sendable, Equatable {
    public init() {}

    /// Any members are ignored, but the body must be an object: `"body": 5` is `invalid-field body`.
    public init(from decoder: any Decoder) throws {
        _ = try decoder.container(keyedBy: AnyMember.self)
    }

    public func encode(to encoder: any Encoder) throws {
        _ = encoder.container(keyedBy: AnyMember.self)
    }

    private struct AnyMember: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
