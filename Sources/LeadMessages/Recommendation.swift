/// The `ok` reply to `recommendation.get`: how the matcher classified a lead and what it advises.
public struct Recommendation: Codable, Sendable, Equatable {
    public var leadId: String
    public var region: Region
    /// The place the headquarters was matched to (`深圳市, 广东省`), when one was.
    public var matchedPlace: String?
    public var enterpriseClasses: [EnterpriseClass]
    public var industry: Industry
    /// `officer` when the officer chose the industry, `inferred` when the matcher did.
    public var industrySource: IndustrySource
    public var priority: Priority
    /// What to do next, in Chinese and English.
    public var action: String
    /// Why: one line per piece of evidence.
    public var reasons: [String]
    /// The event sequence this recommendation reflects.
    public var basedOnSequence: Int64

    public init(
        leadId: String, region: Region, matchedPlace: String?, enterpriseClasses: [EnterpriseClass], industry: Industry,
        industrySource: IndustrySource, priority: Priority, action: String, reasons: [String], basedOnSequence: Int64
    ) {
        self.leadId = leadId
        self.region = region
        self.matchedPlace = matchedPlace
        self.enterpriseClasses = enterpriseClasses
        self.industry = industry
        self.industrySource = industrySource
        self.priority = priority
        self.action = action
        self.reasons = reasons
        self.basedOnSequence = basedOnSequence
    }
}

public enum IndustrySource: String, Codable, Sendable {
    case officer, inferred
}

public enum Priority: String, Codable, Sendable, CaseIterable {
    case high, medium, low
}
