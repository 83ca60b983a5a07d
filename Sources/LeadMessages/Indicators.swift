/// The after-signing indicators of a period report (protocol 1.10). Definitions, as the spec and
/// every report's notes state them:
/// - 实际到位资金 (funds in place) of a period: the funds-in-place entries dated in it, of every
///   project signed and not voided, whatever the year it was signed in.
/// - The cohort: the projects signed in the year of the period's last day, from 1 January
///   through that day, and not voided.
/// - 开工率 = cohort projects started (开工) by the period's end ÷ cohort projects.
/// - 投产率 = cohort projects in production (投产) by the period's end ÷ cohort projects.
/// - 资金到位率 = the cohort's funds in place dated by the period's end ÷ its contract amount
///   (signings and capital increases dated by then).
/// - 履约率 = cohort projects ÷ (cohort projects + the year's signings up to the period's end that
///   were voided since, as known when the report is made).
/// Rates are percentages rounded half up to one decimal, absent when the divisor is zero.
public struct PeriodIndicators: Codable, Sendable, Equatable {
    public var fundsInPlaceYuan: Money
    /// The entries counted in `fundsInPlaceYuan`.
    public var fundsEntries: Int
    /// 1 January of the period's year through its last day.
    public var ytdFundsInPlaceYuan: Money
    /// The configured annual target for funds in place, and the year-to-date against it.
    public var targetFundsInPlaceYuan: Money?
    public var fundsPercentOfTarget: Double?
    /// Target × (days elapsed ÷ days in the year), rounded half up to the fen.
    public var fundsPaceYuan: Money?
    /// Milestones reached in the period, every one of the five (zero included), in order.
    public var milestones: [MilestoneCount]
    public var cohort: CohortIndicators
    /// Funds in place of the period by origin, region, enterprise class, industry, unit, officer
    /// and park; a row's `projects` counts entries.
    public var fundsBreakdowns: [Breakdown]
    /// Contract against funds of the projects of the period's latest 1,000 entries (all of them at
    /// a district's scale), the most funds in the period first, at most `PeriodReport.listLimit`.
    public var projects: [FundsLine]
    /// The period's funds entries whose projects are not listed.
    public var entriesOmitted: Int?

    public init(
        fundsInPlaceYuan: Money, fundsEntries: Int, ytdFundsInPlaceYuan: Money, targetFundsInPlaceYuan: Money?,
        fundsPercentOfTarget: Double?, fundsPaceYuan: Money?, milestones: [MilestoneCount], cohort: CohortIndicators,
        fundsBreakdowns: [Breakdown], projects: [FundsLine], entriesOmitted: Int? = nil
    ) {
        self.entriesOmitted = entriesOmitted
        self.fundsInPlaceYuan = fundsInPlaceYuan
        self.fundsEntries = fundsEntries
        self.ytdFundsInPlaceYuan = ytdFundsInPlaceYuan
        self.targetFundsInPlaceYuan = targetFundsInPlaceYuan
        self.fundsPercentOfTarget = fundsPercentOfTarget
        self.fundsPaceYuan = fundsPaceYuan
        self.milestones = milestones
        self.cohort = cohort
        self.fundsBreakdowns = fundsBreakdowns
        self.projects = projects
    }
}

public struct MilestoneCount: Codable, Sendable, Equatable {
    public var milestone: ProjectMilestone
    public var projects: Int

    public init(milestone: ProjectMilestone, projects: Int) {
        self.milestone = milestone
        self.projects = projects
    }
}

/// The year's signed projects and how far they have come by the period's end.
public struct CohortIndicators: Codable, Sendable, Equatable {
    public var year: Int
    public var signedProjects: Int
    public var contractYuan: Money
    public var startedProjects: Int
    public var operatingProjects: Int
    public var fundsInPlaceYuan: Money
    public var voidedProjects: Int
    /// 开工率, 投产率, 资金到位率, 履约率: percent, one decimal.
    public var startRate: Double?
    public var operatingRate: Double?
    public var fundsRate: Double?
    public var fulfilmentRate: Double?

    public init(
        year: Int, signedProjects: Int, contractYuan: Money, startedProjects: Int, operatingProjects: Int,
        fundsInPlaceYuan: Money, voidedProjects: Int, startRate: Double?, operatingRate: Double?, fundsRate: Double?,
        fulfilmentRate: Double?
    ) {
        self.year = year
        self.signedProjects = signedProjects
        self.contractYuan = contractYuan
        self.startedProjects = startedProjects
        self.operatingProjects = operatingProjects
        self.fundsInPlaceYuan = fundsInPlaceYuan
        self.voidedProjects = voidedProjects
        self.startRate = startRate
        self.operatingRate = operatingRate
        self.fundsRate = fundsRate
        self.fulfilmentRate = fulfilmentRate
    }
}

/// One project's contract against its funds in place.
public struct FundsLine: Codable, Sendable, Equatable {
    public var leadId: String
    public var companyName: String
    public var projectName: String
    public var contractYuan: Money
    /// Dated in the period.
    public var periodFundsYuan: Money
    /// Dated on or before the period's end.
    public var cumulativeFundsYuan: Money
    /// cumulative ÷ contract, percent, one decimal.
    public var fundsRate: Double?

    public init(
        leadId: String, companyName: String, projectName: String, contractYuan: Money, periodFundsYuan: Money,
        cumulativeFundsYuan: Money, fundsRate: Double?
    ) {
        self.leadId = leadId
        self.companyName = companyName
        self.projectName = projectName
        self.contractYuan = contractYuan
        self.periodFundsYuan = periodFundsYuan
        self.cumulativeFundsYuan = cumulativeFundsYuan
        self.fundsRate = fundsRate
    }
}

/// A percentage of `part` in `whole`, rounded half up to one decimal, exactly (no floating point
/// until the result): nil when `whole` is zero.
public func percentOneDecimal(_ part: Int64, of whole: Int64) -> Double? {
    guard whole > 0, part >= 0 else { return nil }
    // part × 1000 ÷ whole, rounded half up, in 128 bits: sums of fen over a million projects
    // overflow 64 bits once multiplied.
    let product = part.multipliedFullWidth(by: 1000)
    let (quotient, remainder) = whole.dividingFullWidth((product.high, product.low))
    let tenths = remainder * 2 >= whole ? quotient + 1 : quotient
    return Double(tenths) / 10
}
