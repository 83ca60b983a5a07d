import LeadMessages

/// What the after-signing indicators are made of, summed from the cells by the reporter's store.
public struct IndicatorInputs: Sendable {
    /// Sums over the period's days, by measure, dimension and value (funds in place and milestones).
    public var periodCells: [Measure: [ReportDimension: [String: CellAmount]]]
    /// The cohort's sums (dimension `cohort`, the period's year), 1 January through the period's end.
    public var cohortCells: [Measure: CellAmount]
    /// Funds in place per Beijing day, 1 January of the period's year through its end.
    public var dailyFunds: [Int64: Int64]
    /// Projects with funds in place in the period (`fundsRate` is set by the builder).
    public var projects: [FundsLine]
    /// The period's funds entries whose projects are not listed.
    public var entriesOmitted: Int?

    public init(
        periodCells: [Measure: [ReportDimension: [String: CellAmount]]], cohortCells: [Measure: CellAmount],
        dailyFunds: [Int64: Int64], projects: [FundsLine], entriesOmitted: Int? = nil
    ) {
        self.entriesOmitted = entriesOmitted
        self.periodCells = periodCells
        self.cohortCells = cohortCells
        self.dailyFunds = dailyFunds
        self.projects = projects
    }

    /// The measures a period's indicators read, and the dimensions read of each.
    public static let periodMeasures: [(Measure, [ReportDimension])] =
        [(.funds, [.total, .origin] + ReportDimension.breakdowns)]
        + ProjectMilestone.allCases.map { (Measure.milestone($0), [.total]) }
    public static let cohortMeasures: [Measure] = [.signing, .started, .operating, .funds, .voided]
}

/// Funds in place, milestones and the year's rates for a period. Pure; the definitions are on
/// `PeriodIndicators`.
public enum IndicatorBuilder {
    public static func build(_ inputs: IndicatorInputs, period: ReportPeriod, target: AnnualFigure?)
        -> PeriodIndicators
    {
        let year = period.end.year
        let funds = inputs.periodCells[.funds] ?? [:]
        let periodFunds = funds[.total]?["all"] ?? .zero
        let ytd = inputs.dailyFunds.values.reduce(0, +)
        let fundsTarget = target?.fundsInPlace
        let cohort = inputs.cohortCells
        let signed = cohort[.signing] ?? .zero
        let started = cohort[.started]?.projects ?? 0
        let operating = cohort[.operating]?.projects ?? 0
        let cohortFunds = cohort[.funds]?.fen ?? 0
        let voided = cohort[.voided]?.projects ?? 0
        return PeriodIndicators(
            fundsInPlaceYuan: Money(fen: periodFunds.fen), fundsEntries: periodFunds.projects,
            ytdFundsInPlaceYuan: Money(fen: ytd), targetFundsInPlaceYuan: fundsTarget,
            fundsPercentOfTarget: fundsTarget.flatMap { percentOneDecimal(ytd, of: $0.fen) },
            fundsPaceYuan: fundsTarget.map { pace($0, through: period.end) },
            milestones: ProjectMilestone.allCases.map { milestone in
                MilestoneCount(
                    milestone: milestone,
                    projects: inputs.periodCells[.milestone(milestone)]?[.total]?["all"]?.projects ?? 0)
            },
            cohort: CohortIndicators(
                year: year, signedProjects: signed.projects, contractYuan: Money(fen: signed.fen),
                startedProjects: started, operatingProjects: operating, fundsInPlaceYuan: Money(fen: cohortFunds),
                voidedProjects: voided, startRate: percentOneDecimal(Int64(started), of: Int64(signed.projects)),
                operatingRate: percentOneDecimal(Int64(operating), of: Int64(signed.projects)),
                fundsRate: percentOneDecimal(cohortFunds, of: signed.fen),
                fulfilmentRate: percentOneDecimal(Int64(signed.projects), of: Int64(signed.projects + voided))),
            fundsBreakdowns: ([ReportDimension.origin] + ReportDimension.breakdowns).map { dimension in
                Breakdown(
                    dimension: dimension.rawValue,
                    rows: (funds[dimension] ?? [:]).filter { !$0.value.isZero }
                        .sorted { ($0.value.fen, $0.key) > ($1.value.fen, $1.key) }
                        .map {
                            BreakdownRow(
                                value: $0.key, projects: $0.value.projects, amountYuan: Money(fen: $0.value.fen))
                        })
            },
            projects: inputs.projects.map { line in
                var line = line
                line.fundsRate = percentOneDecimal(line.cumulativeFundsYuan.fen, of: line.contractYuan.fen)
                return line
            }.sorted { ($0.periodFundsYuan.fen, $1.leadId) > ($1.periodFundsYuan.fen, $0.leadId) },
            entriesOmitted: inputs.entriesOmitted)
    }

    /// The target's straight-line pace at the end of `date`, rounded half up to the fen.
    static func pace(_ target: Money, through date: CivilDate) -> Money {
        let (elapsed, days) = PeriodReportBuilder.yearFraction(through: date)
        return Money(
            fen: PeriodReportBuilder.divideRounded(target.fen.multipliedFullWidth(by: elapsed), by: days))
    }

    /// The year's cumulative funds in place at `date`.
    static func cumulativeFunds(_ daily: [Int64: Int64], through date: CivilDate) -> Int64 {
        daily.reduce(0) { $0 + ($1.key <= date.daysSinceEpoch ? $1.value : 0) }
    }
}
