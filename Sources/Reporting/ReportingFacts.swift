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
    /// 责任单位 (protocol 1.8), for the breakdowns and the 年考核 (absent in facts stored before 1.10).
    public var unit: String?
    /// 开工 … 上规 as recorded (protocol 1.10).
    public var milestones: ProjectMilestones?
    /// Funds in place as they stand after corrections (protocol 1.10).
    public var funds: [FundsEntry]?
    /// The planned 开工 date, for the deduction of a project not started by it.
    public var plannedStart: CivilDate?
    /// Signings of this lead that were voided, each kept once: 履约率 and the 年考核 count them.
    public var voidedSignings: [VoidedSigning]?
    /// The district the lead comes from: set by lead-city only (protocol 1.11), so its cells have
    /// a district dimension beside the others.
    public var district: String?

    /// The facts of `lead` now; `previous` (the facts before this event) carries the voided
    /// signings forward and notices a new one.
    public init(lead: Lead, classification: Classification, previous: ReportingFacts? = nil, district: String? = nil) {
        leadId = lead.leadId
        self.district = district
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
        unit = lead.responsibility?.unit
        milestones = lead.signing == nil ? nil : lead.milestones
        funds = lead.signing == nil ? nil : lead.funds?.entries
        plannedStart = lead.plan?.startBy
        var voided = previous?.voidedSignings ?? []
        if let before = previous?.signing, lead.signing == nil {
            voided.append(
                VoidedSigning(
                    signedOn: before.signedAt.businessDate, voidedOn: lead.updatedAt.businessDate,
                    amountYuan: before.amountYuan))
        }
        voidedSignings = voided.isEmpty ? nil : voided
    }

    /// The signed amount with every capital increase.
    public var totalSignedFen: Int64 {
        guard let signing else { return 0 }
        return capitalIncreases.reduce(signing.amountYuan.fen) { $0 + $1.amountYuan.fen }
    }
}

/// A signing that was voided (作废): it no longer counts as a project, but a bureau still asks how
/// many signings fell through (履约率) and deducts them in the 年考核.
public struct VoidedSigning: Codable, Sendable, Equatable {
    public var signedOn: CivilDate
    public var voidedOn: CivilDate
    public var amountYuan: Money
}
