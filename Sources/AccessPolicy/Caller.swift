import LeadMessages

/// Who sent a request: the identity and role the ZAP handler established for the connection,
/// never anything the message body says.
public struct Caller: Sendable, Equatable {
    public var identity: String
    public var role: Role
    /// The gateway the request came through, when a person acts through the web console.
    public var via: String?

    public init(identity: String, role: Role, via: String? = nil) {
        self.identity = identity
        self.role = role
        self.via = via
    }

    /// The person a gateway acts for, or why `onBehalfOf` may not be used by this caller.
    public func acting(for person: OnBehalfOf) -> Result<Caller, ErrorBody> {
        guard role == .gateway else {
            return .failure(
                ErrorBody(.forbidden, field: "onBehalfOf", "only a gateway may act on behalf of someone / 仅网关可代表他人操作"))
        }
        guard let personRole = Role(rawValue: person.role), personRole == .officer || personRole == .supervisor else {
            return .failure(
                ErrorBody(.invalidField, field: "onBehalfOf.role", "onBehalfOf.role must be officer or supervisor"))
        }
        let identity = person.identity
        guard !identity.isEmpty, identity.unicodeScalars.count <= 64, !identity.contains(where: \.isWhitespace) else {
            return .failure(
                ErrorBody(
                    .invalidField, field: "onBehalfOf.identity",
                    "onBehalfOf.identity must be 1–64 characters without spaces"))
        }
        return .success(Caller(identity: identity, role: personRole, via: self.identity))
    }

    /// The caller of every request when security is switched off (`--insecure-plaintext`, loopback only).
    public static let plaintext = Caller(identity: "plaintext", role: .supervisor)
}
