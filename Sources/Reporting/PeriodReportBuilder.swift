import LeadMessages

/// What a report is made of, summed from the stored aggregates by the reporter's store.
public struct ReportInputs: Sendable {
    public var period: ReportPeriod
    /// Each dimension's values summed over the period's days.
    public var periodCells: [ReportDimension: [String: CellAmount]]
    /// Daily totals (`total` dimension) of the previous year's 1 January through the period's end.
    public var dailyTotals: [Int64: CellAmount]
    public var projects: [SignedProject]
    public var capitalIncreases: [IncreaseLine]
    public var pipeline: [PipelineRow]
    public var corrections: [CorrectionLine]
    public var basedOnSequence: Int64
    /// lead-city's reports: a breakdown by district after the others (protocol 1.11).
    public var byDistrict = false

    public init(
        period: ReportPeriod, periodCells: [ReportDimension: [String: CellAmount]], dailyTotals: [Int64: CellAmount],
        projects: [SignedProject], capitalIncreases: [IncreaseLine], pipeline: [PipelineRow],
        corrections: [CorrectionLine], basedOnSequence: Int64
    ) {
        self.period = period
        self.periodCells = periodCells
        self.dailyTotals = dailyTotals
        self.projects = projects
        self.capitalIncreases = capitalIncreases
        self.pipeline = pipeline
        self.corrections = corrections
        self.basedOnSequence = basedOnSequence
    }

    /// The first day `dailyTotals` must cover for a report of `period`.
    public static func firstDailyDay(for period: ReportPeriod) -> Int64 {
        (CivilDate(year: period.end.year - 1, month: 1, day: 1) ?? period.start).daysSinceEpoch
    }
}

/// Assembles a period report: totals, year-to-date, target pace, year over year, breakdowns and the
/// cumulative series. Pure.
///
/// The year-to-date is the calendar year of the period's last day, from 1 January through that day
/// (a report of 2022-W52, which ends on Sunday 2023-01-01, shows 2023's first day).
public enum PeriodReportBuilder {
    public static func build(
        _ inputs: ReportInputs, targets: AnnualTargets, frozenAt: Timestamp? = nil, indicators: IndicatorInputs? = nil
    ) -> PeriodReport {
        let period = inputs.period
        let year = period.end.year
        let total = inputs.periodCells[.total]?["all"] ?? .zero
        let ytd = sum(inputs.dailyTotals, from: startOfYear(year), through: period.end)
        let target = targets.target(for: year)
        let dimensions = ReportDimension.breakdowns + (inputs.byDistrict ? [.district] : [])
        let breakdowns = dimensions.map { dimension in
            Breakdown(
                dimension: dimension.rawValue,
                rows: (inputs.periodCells[dimension] ?? [:]).filter { !$0.value.isZero }
                    .sorted { ($0.value.fen, $0.key) > ($1.value.fen, $1.key) }
                    .map {
                        BreakdownRow(value: $0.key, projects: $0.value.projects, amountYuan: Money(fen: $0.value.fen))
                    })
        }
        return PeriodReport(
            kind: period.kind, period: period.key, start: period.start.description, end: period.end.description,
            week: period.isoWeek, signedProjects: total.projects, signedAmountYuan: Money(fen: total.fen),
            capitalIncreaseYuan: Money(fen: inputs.periodCells[.increase]?["all"]?.fen ?? 0), year: year,
            ytdProjects: ytd.projects, ytdAmountYuan: Money(fen: ytd.fen), targetProjects: target?.projects,
            targetAmountYuan: target?.amount, progress: target.map { progress(ytd, target: $0, through: period.end) },
            yearOverYear: yearOverYear(inputs.dailyTotals, ytd: ytd, through: period.end, targets: targets),
            breakdowns: breakdowns, projects: inputs.projects.sorted { $0.signedAt < $1.signedAt },
            capitalIncreases: inputs.capitalIncreases.sorted { $0.increasedAt < $1.increasedAt },
            pipeline: inputs.pipeline, corrections: inputs.corrections,
            series: series(inputs.dailyTotals, through: period.end, target: target, funds: indicators?.dailyFunds),
            frozenAt: frozenAt, basedOnSequence: inputs.basedOnSequence,
            indicators: indicators.map { IndicatorBuilder.build($0, period: period, target: target) })
    }

    /// The share of the year elapsed by the end of `date`: days from 1 January through `date`.
    static func yearFraction(through date: CivilDate) -> (elapsed: Int64, days: Int64) {
        let first = startOfYear(date.year).daysSinceEpoch
        let next = startOfYear(date.year + 1).daysSinceEpoch
        return (date.daysSinceEpoch - first + 1, next - first)
    }

    static func progress(_ ytd: CellAmount, target: AnnualFigure, through date: CivilDate) -> Progress {
        let (elapsed, days) = yearFraction(through: date)
        let paceProjects = Double(target.projects) * Double(elapsed) / Double(days)
        // Pace in fen, rounded half up, exactly: target × elapsed ÷ days.
        let paceFen = (target.amount.fen.multipliedFullWidth(by: elapsed), days)
        let paceAmount = Money(fen: divideRounded(paceFen.0, by: paceFen.1))
        let amountVersusPace = Money(fen: ytd.fen - paceAmount.fen)
        return Progress(
            paceProjects: oneDecimal(paceProjects), paceAmountYuan: paceAmount,
            projectsPercent: percent(Int64(ytd.projects), of: Int64(target.projects)),
            amountPercent: percent(ytd.fen, of: target.amount.fen),
            projectsVersusPace: oneDecimal(Double(ytd.projects) - paceProjects), amountVersusPaceYuan: amountVersusPace,
            status: amountVersusPace.fen > 0 ? "ahead" : amountVersusPace.fen < 0 ? "behind" : "on-pace")
    }

    static func yearOverYear(
        _ daily: [Int64: CellAmount], ytd: CellAmount, through date: CivilDate, targets: AnnualTargets
    )
        -> YearOverYear
    {
        let previous = date.year - 1
        // The same day last year; 29 February falls back to the 28th.
        let sameDay =
            CivilDate(
                year: previous, month: date.month,
                day: min(date.day, CivilDate.daysIn(month: date.month, year: previous)))
            ?? startOfYear(previous)
        let previousYtd = sum(daily, from: startOfYear(previous), through: sameDay)
        let stored = sum(daily, from: startOfYear(previous), through: startOfYear(date.year).adding(days: -1))
        let whole =
            targets.actual(for: previous) ?? AnnualFigure(projects: stored.projects, amount: Money(fen: stored.fen))
        return YearOverYear(
            previousYear: previous, previousYtdProjects: previousYtd.projects,
            previousYtdAmountYuan: Money(fen: previousYtd.fen), previousYearProjects: whole.projects,
            previousYearAmountYuan: whole.amount,
            amountGrowthPercent: previousYtd.fen == 0
                ? nil : oneDecimal(Double(ytd.fen - previousYtd.fen) * 100 / Double(previousYtd.fen)))
    }

    /// Cumulative signings at every Sunday of the year up to `date`, and at `date` itself; with
    /// `funds`, the year's cumulative funds in place beside them.
    static func series(
        _ daily: [Int64: CellAmount], through date: CivilDate, target: AnnualFigure?, funds: [Int64: Int64]? = nil
    ) -> [SeriesPoint] {
        var points: [SeriesPoint] = []
        var running = CellAmount.zero
        let first = startOfYear(date.year).daysSinceEpoch
        for day in first...date.daysSinceEpoch {
            running = running + (daily[day] ?? .zero)
            let civil = CivilDate(daysSinceEpoch: day)
            guard civil.isoWeekday == 7 || day == date.daysSinceEpoch else { continue }
            var paceProjects: Double?
            var paceAmount: Money?
            if let target {
                let pace = progress(running, target: target, through: civil)
                paceProjects = pace.paceProjects
                paceAmount = pace.paceAmountYuan
            }
            points.append(
                SeriesPoint(
                    date: civil.description, cumulativeProjects: running.projects,
                    cumulativeAmountYuan: Money(fen: running.fen), paceProjects: paceProjects,
                    paceAmountYuan: paceAmount,
                    cumulativeFundsInPlaceYuan: funds.map {
                        Money(fen: IndicatorBuilder.cumulativeFunds($0, through: civil))
                    },
                    paceFundsInPlaceYuan: funds == nil
                        ? nil : target?.fundsInPlace.map { IndicatorBuilder.pace($0, through: civil) }))
        }
        return points
    }

    static func sum(_ daily: [Int64: CellAmount], from start: CivilDate, through end: CivilDate) -> CellAmount {
        guard start <= end else { return .zero }
        return daily.reduce(into: CellAmount.zero) { total, entry in
            if entry.key >= start.daysSinceEpoch && entry.key <= end.daysSinceEpoch { total = total + entry.value }
        }
    }

    static func startOfYear(_ year: Int) -> CivilDate {
        CivilDate(year: year, month: 1, day: 1) ?? CivilDate(daysSinceEpoch: 0)
    }

    static func percent(_ part: Int64, of whole: Int64) -> Double {
        whole == 0 ? 0 : oneDecimal(Double(part) * 100 / Double(whole))
    }

    static func oneDecimal(_ value: Double) -> Double { (value * 10).rounded() / 10 }

    /// (high, low) ÷ divisor, rounded half up; the quotient fits in Int64 for any sane target.
    static func divideRounded(_ dividend: (high: Int64, low: UInt64), by divisor: Int64) -> Int64 {
        let (quotient, remainder) = divisor.dividingFullWidth(dividend)
        return remainder * 2 >= divisor ? quotient + 1 : quotient
    }
}
