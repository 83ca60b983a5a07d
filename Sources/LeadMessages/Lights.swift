/// A lead's light (红黄绿灯; protocol 1.8): how urgently it needs attention.
public enum LightColor: String, WireValue, Comparable {
    case green
    case yellow
    case red

    public var chineseLabel: String {
        switch self {
        case .green: "绿灯"
        case .yellow: "黄灯"
        case .red: "红灯"
        }
    }

    public var englishLabel: String {
        switch self {
        case .green: "Green"
        case .yellow: "Yellow"
        case .red: "Red"
        }
    }

    var rank: Int {
        switch self {
        case .green: 0
        case .yellow: 1
        case .red: 2
        }
    }

    public static func < (lhs: LightColor, rhs: LightColor) -> Bool { lhs.rank < rhs.rank }
}

/// Which rule of the supervision rules set a light.
public enum LightRule: String, WireValue {
    /// No follow-up and no progress for too long (超期未跟进).
    case stale
    /// A planned milestone date has passed without the milestone (超期未完成).
    case milestoneOverdue = "milestone-overdue"

    public var chineseLabel: String {
        switch self {
        case .stale: "长期未跟进"
        case .milestoneOverdue: "节点逾期"
        }
    }

    public var englishLabel: String {
        switch self {
        case .stale: "No activity"
        case .milestoneOverdue: "Milestone overdue"
        }
    }
}

/// A planned milestone (倒排工期 node).
public enum Milestone: String, WireValue {
    case contact, sign, start, operate

    public var chineseLabel: String {
        switch self {
        case .contact: "接洽"
        case .sign: "签约"
        case .start: "开工"
        case .operate: "投产"
        }
    }

    public var englishLabel: String {
        switch self {
        case .contact: "Contact"
        case .sign: "Signing"
        case .start: "Start of construction"
        case .operate: "Start of production"
        }
    }
}

/// Why a light is not green: the rule, since when, how many days, against which limit.
public struct LightReason: Codable, Sendable, Equatable {
    public var rule: LightRule
    public var color: LightColor
    /// When the condition began: the last activity (stale), the planned date (milestone).
    public var since: CivilDate
    /// Days from `since` to the day the light was computed.
    public var days: Int
    /// The limit in days that `days` passed to reach `color`.
    public var limitDays: Int
    /// For `milestone-overdue`: which milestone; and whether the date was planned or a default.
    public var milestone: Milestone?
    public var defaultDate: Bool?

    public init(
        rule: LightRule, color: LightColor, since: CivilDate, days: Int, limitDays: Int, milestone: Milestone? = nil,
        defaultDate: Bool? = nil
    ) {
        self.rule = rule
        self.color = color
        self.since = since
        self.days = days
        self.limitDays = limitDays
        self.milestone = milestone
        self.defaultDate = defaultDate
    }
}

/// A lead's light on a day, with every reason that is not green (worst first).
public struct LeadLight: Codable, Sendable, Equatable {
    public var color: LightColor
    public var reasons: [LightReason]
    /// Left alone past the rules' drop limit: suggest dropping it (建议终止).
    public var suggestDrop: Bool?

    public init(color: LightColor, reasons: [LightReason], suggestDrop: Bool? = nil) {
        self.color = color
        self.reasons = reasons
        self.suggestDrop = suggestDrop
    }
}

/// `supervision.board` (protocol 1.8, lead-supervisor): the active leads by light (挂图作战),
/// filtered, worst first. Filters read leniently; officers see only their own leads.
public struct BoardQuery: Codable, Sendable, Equatable {
    /// `green`, `yellow` or `red` (or 绿灯, 黄灯, 红灯).
    public var light: String?
    /// The responsible unit (责任单位), exactly.
    public var unit: String?
    /// The leader in charge (包联领导), exactly.
    public var leader: String?
    /// The officer named on the lead, exactly.
    public var officer: String?
    public var stage: String?
    /// One lead only.
    public var leadId: String?
    /// Only leads whose next follow-up is due by tomorrow (its date is before, on or the day after
    /// the board's day): the reminders an officer works through.
    public var due: Bool?
    public var offset: Int?
    /// 1–500; default 50.
    public var limit: Int?

    public init(
        light: String? = nil, unit: String? = nil, leader: String? = nil, officer: String? = nil,
        stage: String? = nil, leadId: String? = nil, due: Bool? = nil, offset: Int? = nil, limit: Int? = nil
    ) {
        self.due = due
        self.light = light
        self.unit = unit
        self.leader = leader
        self.officer = officer
        self.stage = stage
        self.leadId = leadId
        self.offset = offset
        self.limit = limit
    }
}

/// One row of the board: the lead as supervision sees it, and its light.
public struct BoardRow: Codable, Sendable, Equatable {
    public var leadId: String
    public var companyName: String
    public var projectName: String
    public var stage: Stage
    public var officer: String?
    public var owner: String?
    public var responsibility: Responsibility?
    public var plan: MilestonePlan?
    public var lastActivityOn: CivilDate
    public var nextFollowUpOn: CivilDate?
    public var light: LeadLight

    public init(
        leadId: String, companyName: String, projectName: String, stage: Stage, officer: String?, owner: String?,
        responsibility: Responsibility?, plan: MilestonePlan?, lastActivityOn: CivilDate, nextFollowUpOn: CivilDate?,
        light: LeadLight
    ) {
        self.leadId = leadId
        self.companyName = companyName
        self.projectName = projectName
        self.stage = stage
        self.officer = officer
        self.owner = owner
        self.responsibility = responsibility
        self.plan = plan
        self.lastActivityOn = lastActivityOn
        self.nextFollowUpOn = nextFollowUpOn
        self.light = light
    }
}

/// The `ok` reply to `supervision.board`.
public struct SupervisionBoard: Codable, Sendable, Equatable {
    /// The Beijing day the lights were computed for (the service's clock).
    public var asOf: CivilDate
    /// The rules' edition.
    public var rules: String
    /// Active leads by color, over every lead the filters other than `light` match.
    public var counts: [String: Int]
    /// Rows matching every filter, before paging.
    public var total: Int
    public var rows: [BoardRow]

    public init(asOf: CivilDate, rules: String, counts: [String: Int], total: Int, rows: [BoardRow]) {
        self.asOf = asOf
        self.rules = rules
        self.counts = counts
        self.total = total
        self.rows = rows
    }
}
