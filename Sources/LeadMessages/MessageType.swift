/// Every message type on the wire: the explicit allowlist. A type not listed here is refused
/// with `unknown-type` before its body is read. Names are never reused for another meaning.
public enum MessageType: String, Codable, CaseIterable, Sendable {
    // Commands to lead-intake
    case leadSubmit = "lead.submit"
    case leadAdvance = "lead.advance"
    case leadSign = "lead.sign"
    case leadIncrease = "lead.increase"
    case leadVoid = "lead.void"
    case leadImport = "lead.import"
    case leadGet = "lead.get"
    case leadList = "lead.list"
    case leadHistory = "lead.history"
    case leadFollowUp = "lead.follow-up"
    case leadAssign = "lead.assign"
    case leadPlan = "lead.plan"
    // After the signing, and editing a lead (1.10)
    case leadEdit = "lead.edit"
    case leadMilestone = "lead.milestone"
    case leadFunds = "lead.funds"
    case eventsReplay = "events.replay"
    // Queries to lead-matcher and lead-reporter
    case recommendationGet = "recommendation.get"
    case reportWeekly = "report.weekly"
    case reportPeriod = "report.period"
    case prospectsQuery = "prospects.query"
    case pipelineQuery = "pipeline.query"
    case duplicatesCheck = "duplicates.check"
    // After the signing, lead-reporter (1.10)
    case reportRounds = "report.rounds"
    case reportAssessment = "report.assessment"
    // Queries to lead-supervisor (1.8)
    case supervisionBoard = "supervision.board"
    case supervisionOrder = "supervision.order"
    case supervisionAcknowledge = "supervision.acknowledge"
    case supervisionAnswer = "supervision.answer"
    case supervisionOrders = "supervision.orders"
    // Notifications, lead-supervisor (1.9)
    case supervisionInbox = "supervision.inbox"
    case supervisionRead = "supervision.read"
    case supervisionMonthly = "supervision.monthly"
    case supervisionWeekly = "supervision.weekly"
    // Queries to lead-city (1.11)
    case cityConflicts = "city.conflicts"
    case cityNotices = "city.notices"
    case cityRegister = "city.register"
    case cityRegistrations = "city.registrations"
    case cityDecide = "city.decide"
    // Every service
    case serviceStatus = "service.status"
    case auditQuery = "audit.query"
    // Events published by lead-intake
    case leadCreated = "lead.created"
    case leadUpdated = "lead.updated"
    case leadSigned = "lead.signed"
    case intakeHeartbeat = "intake.heartbeat"
    // Replies
    case ok
    case error

    public var isEvent: Bool {
        switch self {
        case .leadCreated, .leadUpdated, .leadSigned: true
        default: false
        }
    }
}
