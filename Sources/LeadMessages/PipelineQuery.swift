/// `pipeline.query` (protocol 1.6, matcher): the leads with how the matcher classified them,
/// filtered and sorted, a page at a time. Filters are typed as officers type them (wire value,
/// Chinese or English label); all are optional. Officers see only their own leads.
public struct PipelineQuery: Codable, Sendable, Equatable {
    public var stage: String?
    public var region: String?
    public var enterpriseClass: String?
    public var industry: String?
    /// `A`, `B` or `C`.
    public var tier: String?
    /// The officer named on the lead (负责人), exactly.
    public var officer: String?
    /// The carrier park named on the lead, exactly.
    public var park: String?
    /// Part of the company or project name.
    public var text: String?
    /// `PipelineSort`'s wire value; default `lead` (the lead number).
    public var sort: String?
    /// Largest first; default false.
    public var descending: Bool?
    /// Rows to skip, 0–1,000,000; default 0.
    public var offset: Int?
    /// 1–500; default 50.
    public var limit: Int?

    public init(
        stage: String? = nil, region: String? = nil, enterpriseClass: String? = nil, industry: String? = nil,
        tier: String? = nil, officer: String? = nil, park: String? = nil, text: String? = nil, sort: String? = nil,
        descending: Bool? = nil, offset: Int? = nil, limit: Int? = nil
    ) {
        self.stage = stage
        self.region = region
        self.enterpriseClass = enterpriseClass
        self.industry = industry
        self.tier = tier
        self.officer = officer
        self.park = park
        self.text = text
        self.sort = sort
        self.descending = descending
        self.offset = offset
        self.limit = limit
    }
}

/// What `pipeline.query` can sort by.
public enum PipelineSort: String, WireValue {
    case lead, company, amount, score, stage, updated
    /// Protocol 1.10: by signed amount, by signing date, by the latest follow-up.
    case signedAmount = "signed-amount"
    case signed
    case followUp = "follow-up"

    public var chineseLabel: String {
        switch self {
        case .lead: "编号"
        case .company: "企业"
        case .amount: "投资额"
        case .score: "评分"
        case .stage: "阶段"
        case .updated: "更新时间"
        case .signedAmount: "签约金额"
        case .signed: "签约时间"
        case .followUp: "最近跟进"
        }
    }

    public var englishLabel: String {
        switch self {
        case .lead: "Lead"
        case .company: "Company"
        case .amount: "Amount"
        case .score: "Score"
        case .stage: "Stage"
        case .updated: "Updated"
        case .signedAmount: "Signed amount"
        case .signed: "Signed on"
        case .followUp: "Last follow-up"
        }
    }
}

/// The `ok` reply to `pipeline.query`.
public struct PipelineView: Codable, Sendable, Equatable {
    public var leads: [PipelineLead]
    /// How many leads match the filters, before `offset` and `limit`.
    public var total: Int
    public var offset: Int
    /// The last intake event the matcher had applied: the view may lag intake by a moment.
    public var basedOnSequence: Int64

    public init(leads: [PipelineLead], total: Int, offset: Int, basedOnSequence: Int64) {
        self.leads = leads
        self.total = total
        self.offset = offset
        self.basedOnSequence = basedOnSequence
    }
}

/// One lead of the pipeline as the matcher sees it.
public struct PipelineLead: Codable, Sendable, Equatable {
    public var leadId: String
    public var companyName: String
    public var projectName: String
    public var stage: Stage
    public var region: Region
    public var enterpriseClasses: [EnterpriseClass]
    /// The officer's choice, or the matcher's inference.
    public var industry: Industry
    public var tier: Tier
    public var score: Int
    public var estimatedInvestmentYuan: Money?
    public var officer: String?
    public var carrierPark: String?
    public var updatedAt: Timestamp
    /// Protocol 1.10: the signing (amount with increases, and the instant), and the latest follow-up's date.
    public var signedAmountYuan: Money?
    public var signedAt: Timestamp?
    public var lastFollowUpOn: CivilDate?

    public init(
        leadId: String, companyName: String, projectName: String, stage: Stage, region: Region,
        enterpriseClasses: [EnterpriseClass], industry: Industry, tier: Tier, score: Int,
        estimatedInvestmentYuan: Money?, officer: String?, carrierPark: String?, updatedAt: Timestamp,
        signedAmountYuan: Money? = nil, signedAt: Timestamp? = nil, lastFollowUpOn: CivilDate? = nil
    ) {
        self.signedAmountYuan = signedAmountYuan
        self.signedAt = signedAt
        self.lastFollowUpOn = lastFollowUpOn
        self.leadId = leadId
        self.companyName = companyName
        self.projectName = projectName
        self.stage = stage
        self.region = region
        self.enterpriseClasses = enterpriseClasses
        self.industry = industry
        self.tier = tier
        self.score = score
        self.estimatedInvestmentYuan = estimatedInvestmentYuan
        self.officer = officer
        self.carrierPark = carrierPark
        self.updatedAt = updatedAt
    }
}

/// `duplicates.check` (protocol 1.6, matcher): the leads a new one would duplicate, asked before
/// it is saved so the officer can open the existing lead instead.
public struct DuplicateCheck: Codable, Sendable, Equatable {
    public var companyName: String
    public var projectName: String

    public init(companyName: String, projectName: String) {
        self.companyName = companyName
        self.projectName = projectName
    }
}

/// The `ok` reply to `duplicates.check`: the same company's latest leads, most similar project
/// first, as a recommendation's `possibleDuplicates` would list them.
public struct DuplicateCheckResult: Codable, Sendable, Equatable {
    public var possibleDuplicates: [DuplicateLead]

    public init(possibleDuplicates: [DuplicateLead]) { self.possibleDuplicates = possibleDuplicates }
}
