import LeadMessages

/// Which message types each role may send: the per-role allowlist, checked before any handler.
public enum AccessPolicy {
    static let officer: Set<MessageType> = [
        .leadSubmit, .leadAdvance, .leadSign, .leadIncrease, .leadVoid, .leadImport, .leadGet, .leadList,
        .leadHistory, .leadFollowUp, .leadPlan, .leadEdit, .leadMilestone, .leadFunds, .supervisionBoard,
        .supervisionAcknowledge,
        .supervisionAnswer, .supervisionOrders, .supervisionInbox, .supervisionRead, .recommendationGet,
        .prospectsQuery, .pipelineQuery,
        .duplicatesCheck,
        .serviceStatus,
    ]
    // Supervisors read everything, the event stream included (and plaintext mode's callers are
    // supervisors, so consumers there must be able to replay).
    static let supervisor: Set<MessageType> = officer.union([
        .reportWeekly, .reportPeriod, .reportRounds, .reportAssessment, .auditQuery, .eventsReplay, .leadAssign,
        .supervisionOrder, .supervisionMonthly,
        .supervisionWeekly, .cityConflicts, .cityNotices, .cityRegister, .cityRegistrations, .cityDecide,
    ])
    /// (1.11) A district's lead-supervisor fetches its district's conflict notices from lead-city,
    /// and its lead-intake the city's registrations of its projects.
    static let service: Set<MessageType> = [.eventsReplay, .serviceStatus, .cityNotices, .cityRegistrations]
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
