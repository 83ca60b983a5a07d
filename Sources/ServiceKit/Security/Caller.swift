import LeadMessages

/// What a principal may do, as the authorized-keys file says.
public enum Role: String, Codable, Sendable, CaseIterable {
    /// 招商专员: submits leads and works on their own.
    case officer
    /// 科室负责人: reads and changes every lead, runs reports, reads the audit log.
    case supervisor
    /// Another LeadTracker service: replays events and reads status, nothing else.
    case service
}

/// Who sent a request: the identity and role the ZAP handler established for the connection,
/// never anything the message body says.
public struct Caller: Sendable, Equatable {
    public var identity: String
    public var role: Role

    public init(identity: String, role: Role) {
        self.identity = identity
        self.role = role
    }

    /// The caller of every request when security is switched off (`--insecure-plaintext`, loopback only).
    public static let plaintext = Caller(identity: "plaintext", role: .supervisor)
}

/// Which message types each role may send: the per-role allowlist, checked before any handler.
public enum AccessPolicy {
    static let officer: Set<MessageType> = [
        .leadSubmit, .leadAdvance, .leadSign, .leadIncrease, .leadVoid, .leadImport, .leadGet, .leadList,
        .recommendationGet,
        .prospectsQuery, .serviceStatus,
    ]
    // Supervisors read everything, the event stream included (and plaintext mode's callers are
    // supervisors, so consumers there must be able to replay).
    static let supervisor: Set<MessageType> = officer.union([.reportWeekly, .reportPeriod, .auditQuery, .eventsReplay])
    static let service: Set<MessageType> = [.eventsReplay, .serviceStatus]

    public static func allows(_ role: Role, _ type: MessageType) -> Bool {
        switch role {
        case .officer: officer.contains(type)
        case .supervisor: supervisor.contains(type)
        case .service: service.contains(type)
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
