/// `supervision.monthly` (protocol 1.9, supervisors): the 月督查 of a month.
public struct MonthlyReviewQuery: Codable, Sendable, Equatable {
    /// `2023-06`.
    public var month: String

    public init(month: String) { self.month = month }
}

/// A yellow or red lead at the review's day, with the reason.
public struct ReviewLead: Codable, Sendable, Equatable {
    public var leadId: String
    public var companyName: String
    public var projectName: String
    public var stage: Stage
    /// 责任单位; nil when none is assigned (listed as 未分包).
    public var unit: String?
    public var officer: String?
    public var leader: String?
    public var color: LightColor
    /// The worst reason (the one that set the color).
    public var reason: LightReason

    public init(
        leadId: String, companyName: String, projectName: String, stage: Stage, unit: String?, officer: String?,
        leader: String?, color: LightColor, reason: LightReason
    ) {
        self.leadId = leadId
        self.companyName = companyName
        self.projectName = projectName
        self.stage = stage
        self.unit = unit
        self.officer = officer
        self.leader = leader
        self.color = color
        self.reason = reason
    }
}

/// Red and yellow leads of one unit or officer.
public struct ReviewCount: Codable, Sendable, Equatable {
    /// The unit or the officer; `未分包` / `未指定` when none.
    public var key: String
    public var red: Int
    public var yellow: Int

    public init(key: String, red: Int, yellow: Int) {
        self.key = key
        self.red = red
        self.yellow = yellow
    }
}

/// Follow-ups recorded by one person in the month.
public struct ReviewFollowUps: Codable, Sendable, Equatable {
    /// The identity that recorded them.
    public var recordedBy: String
    public var count: Int
    /// 外出招商 among them.
    public var trips: Int

    public init(recordedBy: String, count: Int, trips: Int) {
        self.recordedBy = recordedBy
        self.count = count
        self.trips = trips
    }
}

/// The `ok` reply to `supervision.monthly`: the 月督查 report. A closed month's report is frozen
/// at the close (the first day after it, once the supervisor has caught up) and never changes
/// after; the open month's is computed as of the supervisor's today.
public struct MonthlyReview: Codable, Sendable, Equatable {
    public var month: String
    public var start: CivilDate
    public var end: CivilDate
    /// The day the lights were taken: the month's last day, or today while the month is open.
    public var asOf: CivilDate
    /// When it was frozen; nil for the open month (or a month that closed before the supervisor ran).
    public var frozenAt: Timestamp?
    /// The rules' edition the lights were taken by.
    public var rules: String
    /// Active leads on `asOf`, red and yellow.
    public var red: Int
    public var yellow: Int
    /// Every red and yellow lead, red first, the longest overdue first.
    public var leads: [ReviewLead]
    public var byUnit: [ReviewCount]
    public var byOfficer: [ReviewCount]
    /// Orders issued in the month, and older ones still open at its start, oldest first, each in its
    /// state when the review was computed (for a frozen review: at the freeze).
    public var orders: [SupervisionOrder]
    /// Orders issued in the month.
    public var ordersIssued: Int
    /// Of the listed orders, answered by the review's time; and overdue unanswered.
    public var ordersAnswered: Int
    public var ordersOverdue: Int
    /// Follow-ups dated in the month, and the 外出招商 among them.
    public var followUps: Int
    public var trips: Int
    /// The cities visited on those trips, each once, in order of first visit.
    public var tripDestinations: [String]
    public var followUpsBy: [ReviewFollowUps]

    public init(
        month: String, start: CivilDate, end: CivilDate, asOf: CivilDate, frozenAt: Timestamp?, rules: String, red: Int,
        yellow: Int, leads: [ReviewLead], byUnit: [ReviewCount], byOfficer: [ReviewCount], orders: [SupervisionOrder],
        ordersIssued: Int, ordersAnswered: Int, ordersOverdue: Int, followUps: Int, trips: Int,
        tripDestinations: [String], followUpsBy: [ReviewFollowUps]
    ) {
        self.month = month
        self.start = start
        self.end = end
        self.asOf = asOf
        self.frozenAt = frozenAt
        self.rules = rules
        self.red = red
        self.yellow = yellow
        self.leads = leads
        self.byUnit = byUnit
        self.byOfficer = byOfficer
        self.orders = orders
        self.ordersIssued = ordersIssued
        self.ordersAnswered = ordersAnswered
        self.ordersOverdue = ordersOverdue
        self.followUps = followUps
        self.trips = trips
        self.tripDestinations = tripDestinations
        self.followUpsBy = followUpsBy
    }
}

/// `supervision.weekly` (protocol 1.9, supervisors): the supervision line of a week's report.
public struct WeeklySupervisionQuery: Codable, Sendable, Equatable {
    /// `2023-W10`; nil: this week.
    public var week: String?

    public init(week: String? = nil) { self.week = week }
}

/// The `ok` reply to `supervision.weekly`: what the weekly report says of supervision. Frozen
/// when the week closes, like the report itself; the open week's is as of today.
public struct SupervisionLine: Codable, Sendable, Equatable {
    public var week: String
    public var start: CivilDate
    public var end: CivilDate
    public var asOf: CivilDate
    public var frozenAt: Timestamp?
    /// Active leads red and yellow on `asOf`.
    public var red: Int
    public var yellow: Int
    /// 督办 orders issued in the week, and those overdue unanswered on `asOf`.
    public var ordersIssued: Int
    public var ordersOverdue: Int
    /// Follow-ups dated in the week, and the 外出招商 among them.
    public var followUps: Int
    public var trips: Int

    public init(
        week: String, start: CivilDate, end: CivilDate, asOf: CivilDate, frozenAt: Timestamp?, red: Int, yellow: Int,
        ordersIssued: Int, ordersOverdue: Int, followUps: Int, trips: Int
    ) {
        self.week = week
        self.start = start
        self.end = end
        self.asOf = asOf
        self.frozenAt = frozenAt
        self.red = red
        self.yellow = yellow
        self.ordersIssued = ordersIssued
        self.ordersOverdue = ordersOverdue
        self.followUps = followUps
        self.trips = trips
    }

    /// 督办：红灯 2 个，黄灯 3 个；本周下达督办 1 件，逾期未反馈 1 件；跟进 5 次（外出招商 1 次）
    public var chineseText: String {
        "督办：红灯 \(red) 个，黄灯 \(yellow) 个；本周下达督办 \(ordersIssued) 件，逾期未反馈 \(ordersOverdue) 件；"
            + "跟进 \(followUps) 次（外出招商 \(trips) 次）"
    }
}
