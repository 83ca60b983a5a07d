/// How far a 督办 order has been escalated: 蓝 → 黄 → 红, then to the lead's 包联领导 (protocol 1.8).
public enum OrderLevel: String, WireValue, Comparable {
    case blue, yellow, red, leader

    public var chineseLabel: String {
        switch self {
        case .blue: "蓝色督办"
        case .yellow: "黄色督办"
        case .red: "红色督办"
        case .leader: "包联领导督办"
        }
    }

    public var englishLabel: String {
        switch self {
        case .blue: "Blue"
        case .yellow: "Yellow"
        case .red: "Red"
        case .leader: "Leader in charge"
        }
    }

    var rank: Int {
        switch self {
        case .blue: 0
        case .yellow: 1
        case .red: 2
        case .leader: 3
        }
    }

    public static func < (lhs: OrderLevel, rhs: OrderLevel) -> Bool { lhs.rank < rhs.rank }
}

/// Where a 督办 order stands.
public enum OrderState: String, WireValue {
    case issued, acknowledged, answered

    public var chineseLabel: String {
        switch self {
        case .issued: "已下达"
        case .acknowledged: "已签收"
        case .answered: "已反馈"
        }
    }

    public var englishLabel: String {
        switch self {
        case .issued: "Issued"
        case .acknowledged: "Acknowledged"
        case .answered: "Answered"
        }
    }
}

/// A step up of an order's level, on the Beijing day it happened.
public struct OrderEscalation: Codable, Sendable, Equatable {
    public var level: OrderLevel
    public var on: CivilDate

    public init(level: OrderLevel, on: CivilDate) {
        self.level = level
        self.on = on
    }
}

/// A 督办单 (protocol 1.8): a supervisor's request about a lead to a unit or a person, with a deadline.
public struct SupervisionOrder: Codable, Sendable, Equatable {
    /// `D-000001`: assigned by lead-supervisor.
    public var orderId: String
    public var leadId: String
    public var companyName: String
    public var projectName: String
    /// The addressee: a responsible unit (its members answer), a person (an identity), or both.
    public var unit: String?
    public var person: String?
    /// The lead's 包联领导 when the order was issued: the last level reaches them.
    public var leader: String?
    public var request: String
    public var deadline: CivilDate
    public var issuedBy: String
    public var issuedAt: Timestamp
    public var state: OrderState
    public var level: OrderLevel
    public var acknowledgedBy: String?
    public var acknowledgedAt: Timestamp?
    public var answer: String?
    public var answeredBy: String?
    public var answeredAt: Timestamp?
    /// Each step up past the deadline, oldest first (absent before the first).
    public var escalations: [OrderEscalation]?

    public init(
        orderId: String, leadId: String, companyName: String, projectName: String, unit: String?, person: String?,
        leader: String?, request: String, deadline: CivilDate, issuedBy: String, issuedAt: Timestamp,
        state: OrderState = .issued, level: OrderLevel = .blue
    ) {
        self.orderId = orderId
        self.leadId = leadId
        self.companyName = companyName
        self.projectName = projectName
        self.unit = unit
        self.person = person
        self.leader = leader
        self.request = request
        self.deadline = deadline
        self.issuedBy = issuedBy
        self.issuedAt = issuedAt
        self.state = state
        self.level = level
    }
}

/// `supervision.order` (protocol 1.8, supervisors): issue a 督办单 on a lead.
public struct IssueOrder: Codable, Sendable, Equatable {
    public var leadId: String
    /// A responsible unit known to lead-supervisor's configuration.
    public var unit: String?
    /// A person's identity (as in `authorized_keys`).
    public var person: String?
    public var request: String
    /// `2023-03-20`: today or later.
    public var deadline: String
    public var requestId: String?

    public init(
        leadId: String, unit: String? = nil, person: String? = nil, request: String, deadline: String,
        requestId: String? = nil
    ) {
        self.leadId = leadId
        self.unit = unit
        self.person = person
        self.request = request
        self.deadline = deadline
        self.requestId = requestId
    }
}

/// `supervision.acknowledge` and `supervision.answer` (protocol 1.8): the addressee signs for an
/// order, or answers it (`answer` required then).
public struct OrderAction: Codable, Sendable, Equatable {
    public var orderId: String
    public var answer: String?
    public var requestId: String?

    public init(orderId: String, answer: String? = nil, requestId: String? = nil) {
        self.orderId = orderId
        self.answer = answer
        self.requestId = requestId
    }
}

/// `supervision.orders` (protocol 1.8): orders, newest first. Officers see the orders addressed to
/// them (or to a unit they belong to) and those on their own leads; supervisors see all.
public struct OrderQuery: Codable, Sendable, Equatable {
    public var leadId: String?
    /// `issued`, `acknowledged` or `answered` (or 已下达, 已签收, 已反馈).
    public var state: String?
    /// Only orders past their deadline and not answered.
    public var overdue: Bool?
    /// Only orders addressed to the caller.
    public var mine: Bool?
    public var offset: Int?
    public var limit: Int?

    public init(
        leadId: String? = nil, state: String? = nil, overdue: Bool? = nil, mine: Bool? = nil, offset: Int? = nil,
        limit: Int? = nil
    ) {
        self.leadId = leadId
        self.state = state
        self.overdue = overdue
        self.mine = mine
        self.offset = offset
        self.limit = limit
    }
}

/// The `ok` reply to `supervision.orders`.
public struct OrderPage: Codable, Sendable, Equatable {
    public var asOf: CivilDate
    public var total: Int
    public var orders: [SupervisionOrder]

    public init(asOf: CivilDate, total: Int, orders: [SupervisionOrder]) {
        self.asOf = asOf
        self.total = total
        self.orders = orders
    }
}
