import LeadMessages

/// A lead as the recommender needs to see the rest of the pipeline: for duplicates (same
/// company key) and for 以商招商 (a signed lead of the same group).
public struct PipelineEntry: Sendable, Equatable {
    public var leadId: String
    public var companyName: String
    public var projectName: String
    public var stage: Stage
    public var companyKey: String
    /// The reference-list groups the company belongs to (`中国建筑集团有限公司`).
    public var groups: [String]

    public init(
        leadId: String, companyName: String, projectName: String, stage: Stage, companyKey: String, groups: [String]
    ) {
        self.leadId = leadId
        self.companyName = companyName
        self.projectName = projectName
        self.stage = stage
        self.companyKey = companyKey
        self.groups = groups
    }
}

/// What the recommender asks of the pipeline. The matcher answers from its database; offline
/// classification answers from the leads read so far.
public protocol PipelineLookup {
    /// Leads whose company key is `key`, other than `leadId`.
    func leads(companyKey key: String, excluding leadId: String) throws -> [PipelineEntry]
    /// Signed (or later) leads in any of `groups`, other than `leadId`.
    func signedLeads(inGroups groups: [String], excluding leadId: String) throws -> [PipelineEntry]
}

/// A pipeline held in memory, indexed like the matcher's tables: for offline classification of
/// large files and for tests.
public struct InMemoryPipeline: PipelineLookup {
    public private(set) var entries: [String: PipelineEntry] = [:]
    /// Lead ids per company key, in the order they were first seen.
    private var byCompany: [String: [String]] = [:]
    /// Signed (or later) lead ids per group.
    private var signedByGroup: [String: Set<String>] = [:]

    public init() {}

    public mutating func upsert(_ entry: PipelineEntry) {
        let old = entries[entry.leadId]
        if let old {
            if old.companyKey != entry.companyKey { byCompany[old.companyKey]?.removeAll { $0 == old.leadId } }
            for group in old.groups { signedByGroup[group]?.remove(old.leadId) }
        }
        entries[entry.leadId] = entry
        if old?.companyKey != entry.companyKey { byCompany[entry.companyKey, default: []].append(entry.leadId) }
        if entry.stage.isSignedOrLater {
            for group in entry.groups { signedByGroup[group, default: []].insert(entry.leadId) }
        }
    }

    /// The latest `Recommender.duplicateLimit` others, oldest first, like the matcher's query.
    public func leads(companyKey key: String, excluding leadId: String) -> [PipelineEntry] {
        (byCompany[key] ?? []).lazy.reversed().filter { $0 != leadId }.prefix(Recommender.duplicateLimit).reversed()
            .compactMap { entries[$0] }
    }

    public func signedLeads(inGroups groups: [String], excluding leadId: String) -> [PipelineEntry] {
        let ids = groups.reduce(into: Set<String>()) { $0.formUnion(signedByGroup[$1] ?? []) }
        return ids.filter { $0 != leadId }.sorted().compactMap { entries[$0] }
    }
}
