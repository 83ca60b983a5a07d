import LeadMessages

/// One year's signing figure: a target, or an actual result.
public struct AnnualFigure: Sendable, Equatable {
    public var projects: Int
    public var amount: Money
    /// Funds actually in place (实际到位资金) over the year, when a target is set for them.
    public var fundsInPlace: Money?

    public init(projects: Int, amount: Money, fundsInPlace: Money? = nil) {
        self.projects = projects
        self.amount = amount
        self.fundsInPlace = fundsInPlace
    }
}

/// Targets and known actual results by calendar year, from configuration. The defaults are the
/// Huiji District 2023 work plan's: target 29 projects and 371亿元; 2022 actual 27 and 363.8亿元.
public struct AnnualTargets: Sendable, Equatable {
    public var targets: [Int: AnnualFigure]
    public var actuals: [Int: AnnualFigure]

    public init(targets: [Int: AnnualFigure], actuals: [Int: AnnualFigure] = [:]) {
        self.targets = targets
        self.actuals = actuals
    }

    public static let workPlan2023 = AnnualTargets(
        targets: [2023: AnnualFigure(projects: 29, amount: Money(fen: 371 * 100_000_000 * 100))],
        actuals: [2022: AnnualFigure(projects: 27, amount: Money(fen: 36_380_000_000 * 100))])

    public func target(for year: Int) -> AnnualFigure? { targets[year] }
    public func actual(for year: Int) -> AnnualFigure? { actuals[year] }
}
