import LeadMessages

/// Totals of one bucket, as the reporter stores them.
public struct BucketTotals: Equatable, Sendable {
    public var key: BucketKey
    public var projects: Int
    public var amount: Money

    public init(key: BucketKey, projects: Int, amount: Money) {
        self.key = key
        self.projects = projects
        self.amount = amount
    }
}

/// Assembles the weekly report from bucket totals. Pure.
///
/// The week's numbers are its buckets (one or two years). The year-to-date is the calendar year
/// of the week's Sunday, through that Sunday: every bucket of that year up to this week.
public enum WeeklyReportBuilder {
    public static func build(
        week: ISOWeek, buckets: [BucketTotals], projects: [SignedProject], targets: AnnualTargets,
        basedOnSequence: Int64
    ) -> WeeklyReport {
        let year = week.sunday.year
        let inWeek = buckets.filter { $0.key.week == week }
        let toDate = buckets.filter { $0.key.year == year && $0.key.week <= week }
        let target = targets.target(for: year)
        return WeeklyReport(
            week: week, signedProjects: inWeek.reduce(0) { $0 + $1.projects }, signedAmountYuan: sum(inWeek),
            year: year, ytdProjects: toDate.reduce(0) { $0 + $1.projects }, ytdAmountYuan: sum(toDate),
            targetProjects: target?.projects, targetAmountYuan: target?.amount,
            projects: projects.sorted { $0.signedAt < $1.signedAt }, basedOnSequence: basedOnSequence)
    }

    private static func sum(_ buckets: [BucketTotals]) -> Money {
        Money(fen: buckets.reduce(0) { $0 + $1.amount.fen })
    }
}
