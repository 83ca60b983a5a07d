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
