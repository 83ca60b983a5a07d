import LeadMessages
import Matching

/// A lead as the city knows it from a district's stream: enough to find the same company or
/// project in another district, never more than a conflict notice may say.
public struct DistrictLead: Sendable, Equatable {
    /// The district's code in the city's configuration (`huiji`, `jinshui` …).
    public var district: String
    public var leadId: String
    public var companyName: String
    public var projectName: String
    /// When the district's intake stored it (`createdAt` of its `lead.created`, on that intake's
    /// clock): what 首报首谈 compares, whenever the city heard of it.
    public var reportedAt: Timestamp
    /// The matcher's normalized company key: 中建七局（郑州）有限公司 and 中建七局 are one company.
    public let companyKey: String

    /// - Parameter companyKey: the key when already known (a store keeps it), else made from the name.
    public init(
        district: String, leadId: String, companyName: String, projectName: String, reportedAt: Timestamp,
        companyKey: String? = nil
    ) {
        self.district = district
        self.leadId = leadId
        self.companyName = companyName
        self.projectName = projectName
        self.reportedAt = reportedAt
        self.companyKey = companyKey ?? CompanyKey.make(companyName)
    }
}

/// Two districts pursuing one company (or one project of it): who reported first keeps priority.
public struct Conflict: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// The same company, different projects.
        case sameCompany = "same-company"
        /// The same company and a project similar enough to be the same one.
        case sameProject = "same-project"
    }

    public var kind: Kind
    public var companyKey: String
    /// The lead reported first (首报): its district keeps priority unless the city decides otherwise.
    public var first: DistrictLead
    public var second: DistrictLead
}

/// The city's index of every district's leads by company, and the rule that finds conflicts.
/// Pure: the city service feeds it the leads it applies, in any order, and stores what it returns.
public struct ConflictIndex: Sendable {
    /// At or above this project-name similarity, the same company's two projects are one project
    /// (the matcher's `likelyDuplicateSimilarity`).
    public let sameProjectSimilarity: Double
    private var byCompany: [String: [DistrictLead]] = [:]

    public init(sameProjectSimilarity: Double) {
        self.sameProjectSimilarity = sameProjectSimilarity
    }

    /// Adds a lead; returns its conflicts with other districts' leads of the same company, the
    /// earlier report first in each. A lead seen again (a replayed event) adds nothing.
    public mutating func add(_ lead: DistrictLead) -> [Conflict] {
        let key = lead.companyKey
        guard !key.isEmpty else { return [] }
        var known = byCompany[key, default: []]
        if let index = known.firstIndex(where: { $0.district == lead.district && $0.leadId == lead.leadId }) {
            known[index] = lead
            byCompany[key] = known
            return []
        }
        let conflicts = Self.conflicts(of: lead, among: known, sameProjectSimilarity: sameProjectSimilarity)
        known.append(lead)
        byCompany[key] = known
        return conflicts
    }

    /// The rule itself, for a store that keeps the index in its tables: `lead`'s conflicts with
    /// `known`, leads of the same company key (a lead of its own district is never one).
    public static func conflicts(of lead: DistrictLead, among known: [DistrictLead], sameProjectSimilarity: Double)
        -> [Conflict]
    {
        let key = lead.companyKey
        guard !key.isEmpty else { return [] }
        let own = ProjectSimilarity.bigrams(lead.projectName)
        return known.filter { $0.district != lead.district && $0.companyKey == key }.map { other in
            let (first, second) = firstReported(other, lead)
            let similarity = ProjectSimilarity.score(own, ProjectSimilarity.bigrams(other.projectName))
            return Conflict(
                kind: similarity >= sameProjectSimilarity ? .sameProject : .sameCompany, companyKey: key,
                first: first, second: second)
        }
    }

    /// The conflicts between `lead`'s district and each other district pursuing its company: one
    /// per district pair however many leads each has (a popular company courted by many
    /// districts makes a notice per district, not per lead). Its kind is same-project when any
    /// pair of their leads is one project; its pair of leads is the earliest first report among them.
    public static func districtConflicts(
        of lead: DistrictLead, among known: [DistrictLead], sameProjectSimilarity: Double
    ) -> [Conflict] {
        let pairs = conflicts(of: lead, among: known, sameProjectSimilarity: sameProjectSimilarity)
        let byDistrict = Dictionary(grouping: pairs) {
            $0.first.district == lead.district ? $0.second.district : $0.first.district
        }
        return byDistrict.keys.sorted().compactMap { district in
            guard let group = byDistrict[district] else { return nil }
            let sameProject = group.contains { $0.kind == .sameProject }
            // The earliest first report, then the other district's earliest (its first report).
            guard
                var chosen = group.min(by: {
                    Self.isEarlier($0.first, than: $1.first)
                        || ($0.first == $1.first && Self.isEarlier($0.second, than: $1.second))
                })
            else { return nil }
            chosen.kind = sameProject ? .sameProject : .sameCompany
            return chosen
        }
    }

    /// Whether `one` was reported before `other` (首报首谈's order).
    public static func isEarlier(_ one: DistrictLead, than other: DistrictLead) -> Bool {
        let (first, _) = firstReported(one, other)
        return first == one && one != other
    }

    /// 首报首谈: the earlier intake time; on the same instant, the lower district code (stated, so
    /// that every city computes the same answer).
    public static func firstReported(_ one: DistrictLead, _ other: DistrictLead) -> (DistrictLead, DistrictLead) {
        let oneFirst =
            one.reportedAt.epochMilliseconds != other.reportedAt.epochMilliseconds
            ? one.reportedAt.epochMilliseconds < other.reportedAt.epochMilliseconds
            : one.district < other.district
        return oneFirst ? (one, other) : (other, one)
    }
}
