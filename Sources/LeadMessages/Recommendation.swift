/// The `ok` reply to `recommendation.get`: how the matcher classified a lead and what it advises.
/// Fields from `tier` on are protocol 1.4.
public struct Recommendation: Codable, Sendable, Equatable {
    public var leadId: String
    public var region: Region
    /// The place the headquarters was matched to (`深圳市, 广东省`), when one was.
    public var matchedPlace: String?
    public var enterpriseClasses: [EnterpriseClass]
    public var industry: Industry
    /// `officer` when the officer chose the industry, `inferred` when the matcher did.
    public var industrySource: IndustrySource
    /// The tier mapped onto the 1.0 scale: A high, B medium, C low.
    public var priority: Priority
    /// What to do next, in Chinese and English.
    public var action: String
    /// Why: one line per piece of evidence, in Chinese and English.
    public var reasons: [String]
    /// The event sequence this recommendation reflects.
    public var basedOnSequence: Int64
    public var tier: Tier
    /// 0–100: the sum of `scoreFactors`, capped at 100.
    public var score: Int
    public var scoreFactors: [ScoreFactor]
    /// 招大引强, 招新引高, both, or neither.
    public var strategies: [Strategy]
    /// The carrier park whose industries fit, or the one the officer chose.
    public var suggestedPark: String?
    public var suggestedChannel: Channel?
    /// Frontier tags the work plan names (`metaverse`, `blockchain`).
    public var frontierTags: [String]
    /// The structured evidence behind `region`, `enterpriseClasses`, `industry` and the tags.
    public var evidence: [Evidence]
    /// Other leads for the same normalized company, most similar project first.
    public var possibleDuplicates: [DuplicateLead]

    public init(
        leadId: String, region: Region, matchedPlace: String?, enterpriseClasses: [EnterpriseClass], industry: Industry,
        industrySource: IndustrySource, priority: Priority, action: String, reasons: [String], basedOnSequence: Int64,
        tier: Tier, score: Int, scoreFactors: [ScoreFactor], strategies: [Strategy], suggestedPark: String?,
        suggestedChannel: Channel?, frontierTags: [String], evidence: [Evidence], possibleDuplicates: [DuplicateLead]
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
        self.tier = tier
        self.score = score
        self.scoreFactors = scoreFactors
        self.strategies = strategies
        self.suggestedPark = suggestedPark
        self.suggestedChannel = suggestedChannel
        self.frontierTags = frontierTags
        self.evidence = evidence
        self.possibleDuplicates = possibleDuplicates
    }
}

public enum IndustrySource: String, Codable, Sendable {
    case officer, inferred
}

public enum Priority: String, Codable, Sendable, CaseIterable {
    case high, medium, low
}

/// The priority tier: A (重点), B (专班), C (常规).
public enum Tier: String, Codable, Sendable, CaseIterable, Comparable {
    case a = "A"
    case b = "B"
    case c = "C"

    public var priority: Priority {
        switch self {
        case .a: .high
        case .b: .medium
        case .c: .low
        }
    }

    public static func < (lhs: Tier, rhs: Tier) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The two strategy tags of the work plan.
public enum Strategy: String, WireValue {
    case bigAndStrong = "big-and-strong"
    case newAndHigh = "new-and-high"

    public var chineseLabel: String { self == .bigAndStrong ? "招大引强" : "招新引高" }
    public var englishLabel: String { self == .bigAndStrong ? "Big and strong" : "New and high-tech" }
}

/// One term of the score: which rule, how many points, why.
public struct ScoreFactor: Codable, Sendable, Equatable {
    /// The rule's key in the rules file (`central-soe`, `target-region`, `investment` …).
    public var factor: String
    public var points: Int
    public var reason: String

    public init(factor: String, points: Int, reason: String) {
        self.factor = factor
        self.points = points
        self.reason = reason
    }
}

/// What a piece of evidence supports.
public enum EvidenceKind: String, Codable, Sendable {
    case region
    case enterpriseClass = "enterprise-class"
    case industry
    case frontierTag = "frontier-tag"
}

/// One piece of evidence: the wire value it supports, the text that matched, and the list entry.
public struct Evidence: Codable, Sendable, Equatable {
    public var kind: EvidenceKind
    /// The wire value supported: `greater-bay-area`, `central-soe`, `next-gen-it`, `metaverse`.
    public var value: String
    /// The text in the lead that matched (an alias, a place name, a keyword).
    public var matched: String
    /// The list entry or place matched (`中国建筑集团有限公司`, `深圳市, 广东省`).
    public var entry: String?
    /// The data file and its edition, or `officer`.
    public var source: String?
    /// True when the match was on the parent company the officer gave.
    public var viaParent: Bool?
    /// The entry's confidence in its list, when the list records one (`verified`, `unverified`).
    public var confidence: String?

    public init(
        kind: EvidenceKind, value: String, matched: String, entry: String? = nil, source: String? = nil,
        viaParent: Bool? = nil, confidence: String? = nil
    ) {
        self.kind = kind
        self.value = value
        self.matched = matched
        self.entry = entry
        self.source = source
        self.viaParent = viaParent
        self.confidence = confidence
    }
}

/// Another lead for the same company: flagged so two officers do not chase one project twice.
public struct DuplicateLead: Codable, Sendable, Equatable {
    /// `79%`: the project similarity for people.
    public var similarityPercent: String { "\(Int((projectSimilarity * 100).rounded()))%" }

    public var leadId: String
    public var companyName: String
    public var projectName: String
    public var stage: Stage
    /// 0–1: how alike the two project names are (character bigrams, Dice).
    public var projectSimilarity: Double
    /// True when the projects are alike enough to be one project.
    public var likelyDuplicate: Bool
    /// Protocol 1.8: the same project's other phase (一期/二期, 扩建): a project of its own, never a
    /// duplicate. Absent otherwise.
    public var anotherPhase: Bool?

    public init(
        leadId: String, companyName: String, projectName: String, stage: Stage, projectSimilarity: Double,
        likelyDuplicate: Bool, anotherPhase: Bool? = nil
    ) {
        self.leadId = leadId
        self.companyName = companyName
        self.projectName = projectName
        self.stage = stage
        self.projectSimilarity = projectSimilarity
        self.likelyDuplicate = likelyDuplicate
        self.anotherPhase = anotherPhase
    }
}
