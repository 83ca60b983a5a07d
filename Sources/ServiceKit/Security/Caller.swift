import LeadMessages

/// What a principal may do, as the authorized-keys file says.
public enum Role: String, Codable, Sendable, CaseIterable {
    /// 招商专员: submits leads and works on their own.
    case officer
    /// 科室负责人: reads and changes every lead, runs reports, reads the audit log.
    case supervisor
    /// Another LeadTracker service: replays events and reads status, nothing else.
    case service
    /// The web console (lead-web, 1.5): acts only on behalf of the person signed in to it, named
    /// in each request's `onBehalfOf`; on its own it may read status and nothing else.
    case gateway
}

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

/// Which message types each role may send: the per-role allowlist, checked before any handler.
public enum AccessPolicy {
    static let officer: Set<MessageType> = [
        .leadSubmit, .leadAdvance, .leadSign, .leadIncrease, .leadVoid, .leadImport, .leadGet, .leadList,
        .leadHistory, .recommendationGet, .prospectsQuery, .pipelineQuery, .duplicatesCheck, .serviceStatus,
    ]
    // Supervisors read everything, the event stream included (and plaintext mode's callers are
    // supervisors, so consumers there must be able to replay).
    static let supervisor: Set<MessageType> = officer.union([.reportWeekly, .reportPeriod, .auditQuery, .eventsReplay])
    static let service: Set<MessageType> = [.eventsReplay, .serviceStatus]
    static let gateway: Set<MessageType> = [.serviceStatus]

    public static func allows(_ role: Role, _ type: MessageType) -> Bool {
        switch role {
        case .officer: officer.contains(type)
        case .supervisor: supervisor.contains(type)
        case .service: service.contains(type)
        case .gateway: gateway.contains(type)
        }
    }

    /// The refusal when `caller` may not act on a lead that `owner` submitted: officers work on
    /// their own leads only.
    public static func checkOwnership(_ caller: Caller, owner: String?, leadId: String) -> ErrorBody? {
        guard caller.role == .officer, owner != caller.identity else { return nil }
        return ErrorBody(
            .forbidden, field: "leadId",
            "\(leadId) belongs to another officer; ask a supervisor / 该线索由其他专员负责，无权操作")
    }
}
