import LeadMessages

/// The annual signing target of one year.
public struct AnnualTarget: Sendable, Equatable {
    public var projects: Int
    public var amount: Money

    public init(projects: Int, amount: Money) {
        self.projects = projects
        self.amount = amount
    }
}

/// Targets by calendar year, from configuration. The 2023 work plan's target is the default.
public struct AnnualTargets: Sendable, Equatable {
    public var byYear: [Int: AnnualTarget]

    public init(byYear: [Int: AnnualTarget]) { self.byYear = byYear }

    /// 2023: 29 newly signed projects, 371亿元 (the Huiji District work plan).
    public static let workPlan2023 = AnnualTargets(byYear: [
        2023: AnnualTarget(projects: 29, amount: Money(fen: 371 * 100_000_000 * 100))
    ])

    public func target(for year: Int) -> AnnualTarget? { byYear[year] }
}
