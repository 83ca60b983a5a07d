import LeadMessages

/// The recommender's weights and rules, from `matching-rules.json` (overridable like every
/// reference file): points per factor, tier thresholds, the 招大引强 threshold, the channel order,
/// the carrier parks and their industries, and the duplicate threshold. Amounts are written as
/// officers type them and parsed once, at load.
public struct RecommendationRules: Sendable {
    struct File: Decodable, Sendable {
        struct Weights: Decodable, Sendable {
            var targetRegion: Int
            var classes: [String: Int]
            var extraClass: Int
            var leadingIndustry: Int
            var emergingIndustry: Int
            var frontierTag: Int
            var relatedSigned: Int
            var investment: [Band]
        }
        struct Band: Decodable, Sendable {
            var atLeast: String
            var points: Int
        }
        struct Tiers: Decodable, Sendable {
            var A: Int
            var B: Int
        }
        struct Park: Decodable, Sendable {
            var name: String
            var industries: [String]
        }
        struct Prospects: Decodable, Sendable {
            var defaultLimit: Int
            var maxLimit: Int
        }
        var edition: String
        var weights: Weights
        var tiers: Tiers
        var bigAndStrongInvestment: String
        var channelOrder: [String]
        var parks: [Park]
        var likelyDuplicateSimilarity: Double
        var prospects: Prospects
    }

    public struct Park: Sendable, Equatable {
        public var name: String
        public var industries: [Industry]
    }

    public let edition: String
    let targetRegion: Int
    let classPoints: [EnterpriseClass: Int]
    let extraClass: Int
    let leadingIndustry: Int
    let emergingIndustry: Int
    let frontierTag: Int
    let relatedSigned: Int
    /// Highest band first.
    let investmentBands: [(atLeast: Money, text: String, points: Int)]
    let tierA: Int
    let tierB: Int
    let bigAndStrongInvestment: Money
    let channelOrder: [Channel]
    public let parks: [Park]
    /// Project similarity from which two leads of one company are likely the same project.
    public let likelyDuplicateSimilarity: Double
    public let defaultProspectLimit: Int
    public let maxProspectLimit: Int

    /// Checks what a JSON schema cannot: known wire values, parsable amounts, ordered thresholds.
    init(_ file: File) throws {
        func fail(_ reason: String) -> ReferenceDataError {
            ReferenceDataError(file: "matching-rules.json", reason: reason)
        }
        func money(_ text: String) throws -> Money {
            guard case .success(let value) = MoneyParser.parse(text) else { throw fail("'\(text)' is not an amount") }
            return value
        }
        edition = file.edition
        targetRegion = file.weights.targetRegion
        var classPoints: [EnterpriseClass: Int] = [:]
        for (key, points) in file.weights.classes {
            guard let enterpriseClass = EnterpriseClass(rawValue: key) else { throw fail("unknown class '\(key)'") }
            classPoints[enterpriseClass] = points
        }
        self.classPoints = classPoints
        extraClass = file.weights.extraClass
        leadingIndustry = file.weights.leadingIndustry
        emergingIndustry = file.weights.emergingIndustry
        frontierTag = file.weights.frontierTag
        relatedSigned = file.weights.relatedSigned
        investmentBands = try file.weights.investment.map { (try money($0.atLeast), $0.atLeast, $0.points) }
            .sorted { $0.0 > $1.0 }
        guard file.tiers.A > file.tiers.B else { throw fail("tiers.A must be above tiers.B") }
        tierA = file.tiers.A
        tierB = file.tiers.B
        bigAndStrongInvestment = try money(file.bigAndStrongInvestment)
        channelOrder = try file.channelOrder.map { key in
            guard let channel = Channel(rawValue: key) else { throw fail("unknown channel '\(key)'") }
            return channel
        }
        parks = try file.parks.map { park in
            Park(
                name: park.name,
                industries: try park.industries.map { key in
                    guard let industry = Industry(rawValue: key) else { throw fail("unknown industry '\(key)'") }
                    return industry
                })
        }
        guard (0...1).contains(file.likelyDuplicateSimilarity) else {
            throw fail("likelyDuplicateSimilarity must be between 0 and 1")
        }
        likelyDuplicateSimilarity = file.likelyDuplicateSimilarity
        guard file.prospects.defaultLimit >= 1, file.prospects.maxLimit >= file.prospects.defaultLimit else {
            throw fail("prospects limits must satisfy 1 <= defaultLimit <= maxLimit")
        }
        defaultProspectLimit = file.prospects.defaultLimit
        maxProspectLimit = file.prospects.maxLimit
    }

    func tier(_ score: Int) -> Tier { score >= tierA ? .a : score >= tierB ? .b : .c }

    /// The park that hosts the industry, if one does.
    public func park(for industry: Industry) -> Park? { parks.first { $0.industries.contains(industry) } }
}
