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

/// A pipeline held in memory: for offline classification and for tests.
public struct InMemoryPipeline: PipelineLookup {
    public private(set) var entries: [String: PipelineEntry] = [:]

    public init() {}

    public mutating func upsert(_ entry: PipelineEntry) { entries[entry.leadId] = entry }

    public func leads(companyKey key: String, excluding leadId: String) -> [PipelineEntry] {
        entries.values.filter { $0.companyKey == key && $0.leadId != leadId }.sorted { $0.leadId < $1.leadId }
    }

    public func signedLeads(inGroups groups: [String], excluding leadId: String) -> [PipelineEntry] {
        let wanted = Set(groups)
        return entries.values.filter { entry in
            entry.leadId != leadId && entry.stage.isSignedOrLater && entry.groups.contains(where: wanted.contains)
        }.sorted { $0.leadId < $1.leadId }
    }
}
