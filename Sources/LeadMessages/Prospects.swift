/// `prospects.query` (protocol 1.4): who should we approach? Filters are typed as officers type
/// them (wire value, Chinese or English label); all are optional.
public struct ProspectQuery: Codable, Sendable, Equatable {
    public var industry: String?
    public var region: String?
    public var enterpriseClass: String?
    /// 1–200; default 20.
    public var limit: Int?
    /// Ranked prospects to skip first (protocol 1.9), 0–100,000; default 0: the pages after the first.
    public var offset: Int?

    public init(
        industry: String? = nil, region: String? = nil, enterpriseClass: String? = nil, limit: Int? = nil,
        offset: Int? = nil
    ) {
        self.industry = industry
        self.region = region
        self.enterpriseClass = enterpriseClass
        self.limit = limit
        self.offset = offset
    }
}

/// The `ok` reply to `prospects.query`: reference enterprises not yet in the pipeline, best first.
public struct ProspectList: Codable, Sendable, Equatable {
    public var prospects: [Prospect]
    /// How many matched the filters before `limit`.
    public var total: Int
    /// How many matched but are already in the pipeline (excluded).
    public var inPipeline: Int
    /// The reference data editions the catalogue comes from.
    public var editions: [String: String]

    public init(prospects: [Prospect], total: Int, inPipeline: Int, editions: [String: String]) {
        self.prospects = prospects
        self.total = total
        self.inPipeline = inPipeline
        self.editions = editions
    }
}

/// One enterprise of the 招商图谱 with its score and reasons.
public struct Prospect: Codable, Sendable, Equatable {
    public var name: String
    public var english: String?
    public var enterpriseClasses: [EnterpriseClass]
    public var industries: [Industry]
    public var headquarters: String?
    public var region: Region
    public var score: Int
    public var strategies: [Strategy]
    public var suggestedPark: String?
    public var reasons: [String]
    /// `unverified` when the list is not sure of the entry (a probable Global 500 member).
    public var confidence: String?

    public init(
        name: String, english: String?, enterpriseClasses: [EnterpriseClass], industries: [Industry],
        headquarters: String?, region: Region, score: Int, strategies: [Strategy], suggestedPark: String?,
        reasons: [String], confidence: String?
    ) {
        self.name = name
        self.english = english
        self.enterpriseClasses = enterpriseClasses
        self.industries = industries
        self.headquarters = headquarters
        self.region = region
        self.score = score
        self.strategies = strategies
        self.suggestedPark = suggestedPark
        self.reasons = reasons
        self.confidence = confidence
    }
}
