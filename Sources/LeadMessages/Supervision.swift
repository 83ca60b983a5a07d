/// Who answers for a lead besides its officer (分包制度, 一项目一服务专班; protocol 1.8).
public struct Responsibility: Codable, Sendable, Equatable {
    /// 包联领导: the leader who answers for the project; escalations reach them last.
    public var leader: String?
    /// 责任单位: the unit responsible for the project.
    public var unit: String?
    /// 专班: the people on the project's service team.
    public var team: [String]?

    public init(leader: String? = nil, unit: String? = nil, team: [String]? = nil) {
        self.leader = leader
        self.unit = unit
        self.team = team
    }
}

/// The planned dates of a lead's next milestones, worked back from the goal (倒排工期; protocol
/// 1.8): Beijing business dates.
public struct MilestonePlan: Codable, Sendable, Equatable {
    /// 接洽: first contact with the company.
    public var contactBy: CivilDate?
    /// 签约: the signing.
    public var signBy: CivilDate?
    /// 开工: construction started.
    public var startBy: CivilDate?
    /// 投产: production started.
    public var operateBy: CivilDate?

    public init(
        contactBy: CivilDate? = nil, signBy: CivilDate? = nil, startBy: CivilDate? = nil, operateBy: CivilDate? = nil
    ) {
        self.contactBy = contactBy
        self.signBy = signBy
        self.startBy = startBy
        self.operateBy = operateBy
    }

    public var isEmpty: Bool { contactBy == nil && signBy == nil && startBy == nil && operateBy == nil }
}

/// How an officer was in touch with the company (跟进方式).
public enum FollowUpKind: String, WireValue {
    case call
    case visit
    case inspection
    case negotiation
    case ceremony
    /// 外出招商: a trip to the company's city; bureaus report these apart.
    case outbound
    case other

    public var chineseLabel: String {
        switch self {
        case .call: "电话"
        case .visit: "拜访"
        case .inspection: "来访考察"
        case .negotiation: "洽谈"
        case .ceremony: "签约仪式"
        case .outbound: "外出招商"
        case .other: "其他"
        }
    }

    public var englishLabel: String {
        switch self {
        case .call: "Call"
        case .visit: "Visit"
        case .inspection: "Inspection visit"
        case .negotiation: "Negotiation"
        case .ceremony: "Signing ceremony"
        case .outbound: "Outbound trip"
        case .other: "Other"
        }
    }
}

/// One contact with the company (跟进记录 / 拜访记录; protocol 1.8), as intake recorded it.
public struct FollowUp: Codable, Sendable, Equatable {
    /// The Beijing date of the contact.
    public var on: CivilDate
    public var kind: FollowUpKind
    /// Who was met.
    public var people: String?
    public var place: String?
    /// For an outbound trip (外出招商): the city visited.
    public var destination: String?
    public var summary: String
    public var nextStep: String?
    /// When to be in touch next; a reminder falls due the day before.
    public var nextOn: CivilDate?
    /// The identity that recorded it (the transport's, never the body's).
    public var recordedBy: String

    public init(
        on: CivilDate, kind: FollowUpKind, people: String? = nil, place: String? = nil, destination: String? = nil,
        summary: String, nextStep: String? = nil, nextOn: CivilDate? = nil, recordedBy: String
    ) {
        self.on = on
        self.kind = kind
        self.people = people
        self.place = place
        self.destination = destination
        self.summary = summary
        self.nextStep = nextStep
        self.nextOn = nextOn
        self.recordedBy = recordedBy
    }
}

/// A lead's follow-ups so far, as the lead carries them (protocol 1.8).
public struct FollowUpSummary: Codable, Sendable, Equatable {
    public var count: Int
    /// Outbound trips (外出招商) among them.
    public var trips: Int
    /// The latest contact's date.
    public var lastOn: CivilDate
    /// The next follow-up date the latest contact set, if any.
    public var nextOn: CivilDate?

    public init(count: Int, trips: Int, lastOn: CivilDate, nextOn: CivilDate?) {
        self.count = count
        self.trips = trips
        self.lastOn = lastOn
        self.nextOn = nextOn
    }

    /// The summary after one more follow-up (a follow-up dated before the latest keeps the latest's dates).
    public func adding(_ followUp: FollowUp) -> FollowUpSummary {
        let newest = followUp.on >= lastOn
        return FollowUpSummary(
            count: count + 1, trips: trips + (followUp.kind == .outbound ? 1 : 0),
            lastOn: newest ? followUp.on : lastOn, nextOn: newest ? followUp.nextOn : nextOn)
    }

    public static func first(_ followUp: FollowUp) -> FollowUpSummary {
        FollowUpSummary(
            count: 1, trips: followUp.kind == .outbound ? 1 : 0, lastOn: followUp.on, nextOn: followUp.nextOn)
    }
}
