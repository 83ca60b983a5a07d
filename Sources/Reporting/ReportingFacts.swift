import LeadMessages

/// How the matcher classified a lead: what the reporter's breakdowns need from it.
public struct Classification: Codable, Sendable, Equatable {
    public var region: Region
    public var enterpriseClasses: [EnterpriseClass]
    public var industry: Industry

    public init(region: Region, enterpriseClasses: [EnterpriseClass], industry: Industry) {
        self.region = region
        self.enterpriseClasses = enterpriseClasses
        self.industry = industry
    }
}

/// What the reporter keeps of one lead: enough to know every aggregate cell it counts in.
public struct ReportingFacts: Codable, Sendable, Equatable {
    public var leadId: String
    public var companyName: String
    public var projectName: String
    public var stage: Stage
    public var signing: Signing?
    public var capitalIncreases: [CapitalIncrease]
    public var channel: Channel?
    public var officer: String?
    public var carrierPark: String?
    public var classification: Classification

    public init(lead: Lead, classification: Classification) {
        leadId = lead.leadId
        companyName = lead.companyName
        projectName = lead.projectName
        stage = lead.stage
        signing = lead.signing
        // An increase only counts on a signed project.
        capitalIncreases = lead.signing == nil ? [] : (lead.capitalIncreases ?? [])
        channel = lead.channel
        officer = lead.officer
        carrierPark = lead.carrierPark
        self.classification = classification
    }

    /// The signed amount with every capital increase.
    public var totalSignedFen: Int64 {
        guard let signing else { return 0 }
        return capitalIncreases.reduce(signing.amountYuan.fen) { $0 + $1.amountYuan.fen }
    }
}
