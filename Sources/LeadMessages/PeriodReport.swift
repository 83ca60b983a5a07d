/// The `ok` reply to `report.period` and `report.weekly`: signings of one period against the annual
/// target, with breakdowns, the pipeline and the year's cumulative series (protocol 1.2; the
/// weekly keys of 1.0 — `week`, `weekStart`, `weekEnd`, `signedProjects`, … — are all still here).
public struct PeriodReport: Codable, Sendable, Equatable {
    public var kind: PeriodKind
    /// `2023-W10`, `2023-03`, `2023-Q1` or `2023`.
    public var period: String
    /// First and last Beijing dates of the period.
    public var start: String
    public var end: String
    /// Weekly reports only: the week and its Monday and Sunday.
    public var week: ISOWeek?
    public var weekStart: String?
    public var weekEnd: String?
    /// Projects counted in the period: first signings dated in it.
    public var signedProjects: Int
    /// Signed amount in the period: first signings, corrections to them, and capital increases.
    public var signedAmountYuan: Money
    /// The part of `signedAmountYuan` that is capital increases (增资) on earlier signings.
    public var capitalIncreaseYuan: Money
    /// The calendar year of the period's last day, which the year-to-date covers up to that day.
    public var year: Int
    public var ytdProjects: Int
    public var ytdAmountYuan: Money
    public var targetProjects: Int?
    public var targetAmountYuan: Money?
    public var progress: Progress?
    public var yearOverYear: YearOverYear
    /// Projects and amount of the period by region, enterprise class, industry, channel, officer, park.
    public var breakdowns: [Breakdown]
    public var projects: [SignedProject]
    public var capitalIncreases: [IncreaseLine]
    /// Every lead by its current stage: the 三个一批 (signed, started, operating) and the rest.
    public var pipeline: [PipelineRow]
    /// Changes to periods already published, reported here instead of rewriting them.
    public var corrections: [CorrectionLine]
    /// Cumulative signings of the year at each week's end, with the straight-line target pace.
    public var series: [SeriesPoint]
    /// Set when this is a frozen (published) weekly report.
    public var frozenAt: Timestamp?
    public var basedOnSequence: Int64
    /// After the signing: funds in place, milestones and the year's rates (protocol 1.10).
    public var indicators: PeriodIndicators?
    /// A quarterly report (季通报) presents the quarter's 三个一批 (protocol 1.10).
    public var rounds: RoundsReport?
    /// Protocol 1.10: the projects and capital increases of the period not listed, when there are
    /// more than `listLimit` (a province's year, not a district's); the totals count them all.
    public var projectsOmitted: Int?
    public var increasesOmitted: Int?

    /// The most projects (and increases, and funds lines, and lines of a 三个一批 list) a report lists.
    public static let listLimit = 1_000

    public init(
        kind: PeriodKind, period: String, start: String, end: String, week: ISOWeek?, signedProjects: Int,
        signedAmountYuan: Money, capitalIncreaseYuan: Money, year: Int, ytdProjects: Int, ytdAmountYuan: Money,
        targetProjects: Int?, targetAmountYuan: Money?, progress: Progress?, yearOverYear: YearOverYear,
        breakdowns: [Breakdown], projects: [SignedProject], capitalIncreases: [IncreaseLine], pipeline: [PipelineRow],
        corrections: [CorrectionLine], series: [SeriesPoint], frozenAt: Timestamp?, basedOnSequence: Int64,
        indicators: PeriodIndicators? = nil
    ) {
        self.kind = kind
        self.period = period
        self.start = start
        self.end = end
        self.week = week
        self.weekStart = week?.monday.description
        self.weekEnd = week?.sunday.description
        self.signedProjects = signedProjects
        self.signedAmountYuan = signedAmountYuan
        self.capitalIncreaseYuan = capitalIncreaseYuan
        self.year = year
        self.ytdProjects = ytdProjects
        self.ytdAmountYuan = ytdAmountYuan
        self.targetProjects = targetProjects
        self.targetAmountYuan = targetAmountYuan
        self.progress = progress
        self.yearOverYear = yearOverYear
        self.breakdowns = breakdowns
        self.projects = projects
        self.capitalIncreases = capitalIncreases
        self.pipeline = pipeline
        self.corrections = corrections
        self.series = series
        self.frozenAt = frozenAt
        self.basedOnSequence = basedOnSequence
        self.indicators = indicators
    }
}

public enum PeriodKind: String, Codable, Sendable, CaseIterable {
    case week, month, quarter, year
}

/// Year-to-date against the target and its straight-line pace at the period's end.
public struct Progress: Codable, Sendable, Equatable {
    /// Target × (days of the year elapsed by the period's end ÷ days in the year).
    public var paceProjects: Double
    public var paceAmountYuan: Money
    /// Year-to-date as a percentage of the annual target, one decimal.
    public var projectsPercent: Double
    public var amountPercent: Double
    /// Year-to-date minus pace: positive is ahead.
    public var projectsVersusPace: Double
    public var amountVersusPaceYuan: Money
    /// `ahead`, `behind` or `on-pace`, judged on the amount.
    public var status: String

    public init(
        paceProjects: Double, paceAmountYuan: Money, projectsPercent: Double, amountPercent: Double,
        projectsVersusPace: Double, amountVersusPaceYuan: Money, status: String
    ) {
        self.paceProjects = paceProjects
        self.paceAmountYuan = paceAmountYuan
        self.projectsPercent = projectsPercent
        self.amountPercent = amountPercent
        self.projectsVersusPace = projectsVersusPace
        self.amountVersusPaceYuan = amountVersusPaceYuan
        self.status = status
    }
}

/// This year-to-date against the same span of the previous year, and the previous year's total.
public struct YearOverYear: Codable, Sendable, Equatable {
    public var previousYear: Int
    /// From the stored signings of the previous year, 1 January to the same day.
    public var previousYtdProjects: Int
    public var previousYtdAmountYuan: Money
    /// The previous year's whole-year figure: the configured actual, else the stored signings.
    public var previousYearProjects: Int
    public var previousYearAmountYuan: Money
    /// Growth of the year-to-date amount over the previous year-to-date, percent, one decimal; nil
    /// when the previous year-to-date is zero.
    public var amountGrowthPercent: Double?

    public init(
        previousYear: Int, previousYtdProjects: Int, previousYtdAmountYuan: Money, previousYearProjects: Int,
        previousYearAmountYuan: Money, amountGrowthPercent: Double?
    ) {
        self.previousYear = previousYear
        self.previousYtdProjects = previousYtdProjects
        self.previousYtdAmountYuan = previousYtdAmountYuan
        self.previousYearProjects = previousYearProjects
        self.previousYearAmountYuan = previousYearAmountYuan
        self.amountGrowthPercent = amountGrowthPercent
    }
}

/// One dimension's split of the period: `region`, `enterprise-class`, `industry`, `channel`,
/// `officer` or `park`. A project in two enterprise classes counts in both rows.
public struct Breakdown: Codable, Sendable, Equatable {
    public var dimension: String
    public var rows: [BreakdownRow]

    public init(dimension: String, rows: [BreakdownRow]) {
        self.dimension = dimension
        self.rows = rows
    }
}

public struct BreakdownRow: Codable, Sendable, Equatable {
    /// A wire value (`greater-bay-area`), a name (an officer, a park), or `unspecified`.
    public var value: String
    public var projects: Int
    public var amountYuan: Money

    public init(value: String, projects: Int, amountYuan: Money) {
        self.value = value
        self.projects = projects
        self.amountYuan = amountYuan
    }
}

/// One project signed in the report's period.
public struct SignedProject: Codable, Sendable, Equatable {
    public var leadId: String
    public var companyName: String
    public var projectName: String
    public var amountYuan: Money
    public var signedAt: Timestamp
    /// The Beijing business date of the signing.
    public var signedOn: String

    public init(leadId: String, companyName: String, projectName: String, amountYuan: Money, signedAt: Timestamp) {
        self.leadId = leadId
        self.companyName = companyName
        self.projectName = projectName
        self.amountYuan = amountYuan
        self.signedAt = signedAt
        self.signedOn = signedAt.businessDate.description
    }
}

/// One capital increase dated in the report's period.
public struct IncreaseLine: Codable, Sendable, Equatable {
    public var leadId: String
    public var companyName: String
    public var projectName: String
    public var amountYuan: Money
    public var increasedAt: Timestamp
    public var increasedOn: String

    public init(leadId: String, companyName: String, projectName: String, amountYuan: Money, increasedAt: Timestamp) {
        self.leadId = leadId
        self.companyName = companyName
        self.projectName = projectName
        self.amountYuan = amountYuan
        self.increasedAt = increasedAt
        self.increasedOn = increasedAt.businessDate.description
    }
}

public struct PipelineRow: Codable, Sendable, Equatable {
    public var stage: Stage
    public var leads: Int
    /// Signed amount (with capital increases) of the leads in this stage.
    public var signedAmountYuan: Money

    public init(stage: Stage, leads: Int, signedAmountYuan: Money) {
        self.stage = stage
        self.leads = leads
        self.signedAmountYuan = signedAmountYuan
    }
}

/// A change to a week already published: `late` (a signing entered after its week closed),
/// `corrected` (amount changed), `moved` (date changed), `voided`, or `late-increase`.
public struct CorrectionLine: Codable, Sendable, Equatable {
    public var leadId: String
    public var companyName: String
    public var kind: String
    /// The published week whose numbers this changes.
    public var affectedWeek: ISOWeek
    public var projectsDelta: Int
    public var amountDeltaYuan: Money
    public var recordedAt: Timestamp

    public init(
        leadId: String, companyName: String, kind: String, affectedWeek: ISOWeek, projectsDelta: Int,
        amountDeltaYuan: Money, recordedAt: Timestamp
    ) {
        self.leadId = leadId
        self.companyName = companyName
        self.kind = kind
        self.affectedWeek = affectedWeek
        self.projectsDelta = projectsDelta
        self.amountDeltaYuan = amountDeltaYuan
        self.recordedAt = recordedAt
    }
}

/// The year's cumulative signings at a date (a week's Sunday, or the period's end).
public struct SeriesPoint: Codable, Sendable, Equatable {
    public var date: String
    public var cumulativeProjects: Int
    public var cumulativeAmountYuan: Money
    public var paceProjects: Double?
    public var paceAmountYuan: Money?
    /// Funds in place of the year by this date, and the target's pace for them (protocol 1.10).
    public var cumulativeFundsInPlaceYuan: Money?
    public var paceFundsInPlaceYuan: Money?

    public init(
        date: String, cumulativeProjects: Int, cumulativeAmountYuan: Money, paceProjects: Double?,
        paceAmountYuan: Money?, cumulativeFundsInPlaceYuan: Money? = nil, paceFundsInPlaceYuan: Money? = nil
    ) {
        self.date = date
        self.cumulativeProjects = cumulativeProjects
        self.cumulativeAmountYuan = cumulativeAmountYuan
        self.paceProjects = paceProjects
        self.paceAmountYuan = paceAmountYuan
        self.cumulativeFundsInPlaceYuan = cumulativeFundsInPlaceYuan
        self.paceFundsInPlaceYuan = paceFundsInPlaceYuan
    }
}
