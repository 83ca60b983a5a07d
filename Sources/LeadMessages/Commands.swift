/// `lead.submit`: a new lead as an officer typed it. Amounts stay text here; intake parses them.
public struct LeadSubmission: Codable, Sendable, Equatable {
    public var companyName: String
    public var headquarters: String
    public var projectName: String
    public var industry: String?
    public var description: String?
    /// As typed: `"12.3亿"`, `"4500万"`, `"123000000"`.
    public var estimatedInvestment: String?
    public var channel: String?
    public var parentCompany: String?
    public var officer: String?
    /// 载体园区, e.g. 花园口新兴产业园 (protocol 1.2).
    public var carrierPark: String?
    /// Declared ownership (protocol 1.4): mainland, hong-kong, macao, taiwan or foreign.
    public var ownership: String?
    /// Makes a retried submission idempotent: the same id returns the first result.
    public var requestId: String?

    public init(
        companyName: String, headquarters: String, projectName: String, industry: String? = nil,
        description: String? = nil, estimatedInvestment: String? = nil, channel: String? = nil,
        parentCompany: String? = nil, officer: String? = nil, carrierPark: String? = nil, ownership: String? = nil,
        requestId: String? = nil
    ) {
        self.companyName = companyName
        self.headquarters = headquarters
        self.projectName = projectName
        self.industry = industry
        self.description = description
        self.estimatedInvestment = estimatedInvestment
        self.channel = channel
        self.parentCompany = parentCompany
        self.officer = officer
        self.carrierPark = carrierPark
        self.ownership = ownership
        self.requestId = requestId
    }
}

/// `lead.advance`: move a lead to another stage (not `signed`: use `lead.sign`, which needs an amount).
public struct AdvanceLead: Codable, Sendable, Equatable {
    public var leadId: String
    public var stage: String
    public var requestId: String?

    public init(leadId: String, stage: String, requestId: String? = nil) {
        self.leadId = leadId
        self.stage = stage
        self.requestId = requestId
    }
}

/// `lead.sign`: record a signing (签约) with its amount and instant. Signing a signed lead
/// corrects the amount and date (a correction replaces, never adds).
public struct SignLead: Codable, Sendable, Equatable {
    public var leadId: String
    /// As typed: `"12.3亿"`.
    public var amount: String
    /// RFC 3339 with offset.
    public var signedAt: String
    public var requestId: String?

    public init(leadId: String, amount: String, signedAt: String, requestId: String? = nil) {
        self.leadId = leadId
        self.amount = amount
        self.signedAt = signedAt
        self.requestId = requestId
    }
}

/// `lead.increase` (protocol 1.2): a capital increase (增资) on a signed project.
public struct IncreaseCapital: Codable, Sendable, Equatable {
    public var leadId: String
    /// As typed: `"2亿"`.
    public var amount: String
    /// RFC 3339 with offset.
    public var increasedAt: String
    public var requestId: String?

    public init(leadId: String, amount: String, increasedAt: String, requestId: String? = nil) {
        self.leadId = leadId
        self.amount = amount
        self.increasedAt = increasedAt
        self.requestId = requestId
    }
}

/// `lead.void` (protocol 1.2): the signing was recorded in error or fell through; the project no
/// longer counts, and the lead goes back to `negotiating`.
public struct VoidSigning: Codable, Sendable, Equatable {
    public var leadId: String
    public var reason: String?
    public var requestId: String?

    public init(leadId: String, reason: String? = nil, requestId: String? = nil) {
        self.leadId = leadId
        self.reason = reason
        self.requestId = requestId
    }
}

/// `lead.get` and `recommendation.get`.
public struct LeadReference: Codable, Sendable, Equatable {
    public var leadId: String
    public init(leadId: String) { self.leadId = leadId }
}

/// `lead.list`: leads in id order, a page at a time.
public struct ListLeads: Codable, Sendable, Equatable {
    public var stage: String?
    /// Leads after this id (exclusive); omit for the first page.
    public var after: String?
    /// 1…500; default 100.
    public var limit: Int?

    public init(stage: String? = nil, after: String? = nil, limit: Int? = nil) {
        self.stage = stage
        self.after = after
        self.limit = limit
    }
}

/// `report.period` (protocol 1.2): the signing report of a week, month, quarter or year.
public struct PeriodReportQuery: Codable, Sendable, Equatable {
    /// `2023-W10`, `2023-03`, `2023-Q1` or `2023`; omit with `kind` for the current one in Beijing.
    public var period: String?
    /// `week`, `month`, `quarter` or `year`, when `period` is omitted.
    public var kind: String?

    public init(period: String? = nil, kind: String? = nil) {
        self.period = period
        self.kind = kind
    }
}

/// `report.weekly`: the signing report for one ISO week (default: the current Beijing week).
public struct WeeklyReportQuery: Codable, Sendable, Equatable {
    public var week: String?
    public init(week: String? = nil) { self.week = week }
}

/// `events.replay`: the events after a sequence number, a page at a time, for a consumer catching up.
public struct ReplayEvents: Codable, Sendable, Equatable {
    public var afterSequence: Int64
    /// 1…1000; default 500.
    public var limit: Int?

    public init(afterSequence: Int64, limit: Int? = nil) {
        self.afterSequence = afterSequence
        self.limit = limit
    }
}

/// `lead.follow-up` (protocol 1.8): record a contact with the company (跟进记录). Published as
/// `lead.updated` with the follow-up beside the lead.
public struct RecordFollowUp: Codable, Sendable, Equatable {
    public var leadId: String
    /// The contact's date, `2023-03-05` (Beijing), or a date-time with offset.
    public var on: String
    /// A FollowUpKind: wire value or label (电话, 拜访, 来访考察, 洽谈, 签约仪式, 外出招商, 其他).
    public var kind: String
    public var people: String?
    public var place: String?
    /// Required for an outbound trip (外出招商): the city visited.
    public var destination: String?
    public var summary: String
    public var nextStep: String?
    /// `2023-03-20`: when to be in touch next; not before `on`.
    public var nextFollowUpOn: String?
    public var requestId: String?

    public init(
        leadId: String, on: String, kind: String, people: String? = nil, place: String? = nil,
        destination: String? = nil, summary: String, nextStep: String? = nil, nextFollowUpOn: String? = nil,
        requestId: String? = nil
    ) {
        self.leadId = leadId
        self.on = on
        self.kind = kind
        self.people = people
        self.place = place
        self.destination = destination
        self.summary = summary
        self.nextStep = nextStep
        self.nextFollowUpOn = nextFollowUpOn
        self.requestId = requestId
    }
}

/// `lead.assign` (protocol 1.8, supervisors only): who answers for a lead — its 包联领导, 责任单位
/// and 专班 — and who owns it (流转: handing it to another officer). An absent field stays as it
/// is; an empty one clears it. The reason is recorded with the change.
public struct AssignLead: Codable, Sendable, Equatable {
    public var leadId: String
    public var leader: String?
    public var unit: String?
    public var team: [String]?
    /// The identity (as in `authorized_keys`) to hand the lead to; it becomes the lead's owner.
    public var owner: String?
    /// The officer's name as shown with the lead.
    public var officer: String?
    public var reason: String
    public var requestId: String?

    public init(
        leadId: String, leader: String? = nil, unit: String? = nil, team: [String]? = nil, owner: String? = nil,
        officer: String? = nil, reason: String, requestId: String? = nil
    ) {
        self.leadId = leadId
        self.leader = leader
        self.unit = unit
        self.team = team
        self.owner = owner
        self.officer = officer
        self.reason = reason
        self.requestId = requestId
    }
}

/// `lead.plan` (protocol 1.8): the planned dates of a lead's milestones (倒排工期), `2023-06-30`.
/// An absent date stays as it is; an empty one clears it.
public struct PlanMilestones: Codable, Sendable, Equatable {
    public var leadId: String
    public var contactBy: String?
    public var signBy: String?
    public var startBy: String?
    public var operateBy: String?
    public var requestId: String?

    public init(
        leadId: String, contactBy: String? = nil, signBy: String? = nil, startBy: String? = nil,
        operateBy: String? = nil, requestId: String? = nil
    ) {
        self.leadId = leadId
        self.contactBy = contactBy
        self.signBy = signBy
        self.startBy = startBy
        self.operateBy = operateBy
        self.requestId = requestId
    }
}
