/// `report.rounds` (protocol 1.10): a quarter's 三个一批 — 签约一批, 开工一批, 投产一批.
public struct RoundsQuery: Codable, Sendable, Equatable {
    /// `2023-Q2`; omit for the current quarter in Beijing.
    public var quarter: String?
    public init(quarter: String? = nil) { self.quarter = quarter }
}

/// The `ok` reply to `report.rounds`: the quarter's three lists. A project appears in the list of
/// each milestone it reached in the quarter, with the rounds of its earlier milestones, so a
/// project started in this round shows the round it was signed in.
public struct RoundsReport: Codable, Sendable, Equatable {
    /// `2023-Q2`, and its first and last Beijing dates.
    public var quarter: String
    public var start: String
    public var end: String
    /// 签约一批: projects signed in the quarter.
    public var signed: RoundList
    /// 开工一批: projects started (开工) in the quarter.
    public var started: RoundList
    /// 投产一批: projects in production (投产) from the quarter.
    public var operating: RoundList
    public var basedOnSequence: Int64

    public init(
        quarter: String, start: String, end: String, signed: RoundList, started: RoundList, operating: RoundList,
        basedOnSequence: Int64
    ) {
        self.quarter = quarter
        self.start = start
        self.end = end
        self.signed = signed
        self.started = started
        self.operating = operating
        self.basedOnSequence = basedOnSequence
    }
}

public struct RoundList: Codable, Sendable, Equatable {
    public var projects: Int
    /// The projects' contract amounts (signings with capital increases).
    public var contractYuan: Money
    /// In signing order; at most `PeriodReport.listLimit`, the totals counting every project.
    public var lines: [RoundLine]
    /// Projects beyond the limit, not listed (protocol 1.10).
    public var omitted: Int?

    public init(lines: [RoundLine]) {
        self.init(
            lines: lines, projects: lines.count, contractYuan: Money(fen: lines.reduce(0) { $0 + $1.contractYuan.fen }))
    }

    public init(lines: [RoundLine], projects: Int, contractYuan: Money) {
        self.projects = projects
        self.contractYuan = contractYuan
        self.lines = lines
        self.omitted = projects > lines.count ? projects - lines.count : nil
    }
}

/// One project of a round, with the round of each milestone it has reached.
public struct RoundLine: Codable, Sendable, Equatable {
    public var leadId: String
    public var companyName: String
    public var projectName: String
    public var contractYuan: Money
    public var signedOn: CivilDate
    /// The quarter of each milestone, `2023-Q1`.
    public var signedRound: String
    public var startedOn: CivilDate?
    public var startedRound: String?
    public var operatingOn: CivilDate?
    public var operatingRound: String?
    /// Funds in place by the quarter's end.
    public var fundsInPlaceYuan: Money

    public init(
        leadId: String, companyName: String, projectName: String, contractYuan: Money, signedOn: CivilDate,
        startedOn: CivilDate?, operatingOn: CivilDate?, fundsInPlaceYuan: Money
    ) {
        self.leadId = leadId
        self.companyName = companyName
        self.projectName = projectName
        self.contractYuan = contractYuan
        self.signedOn = signedOn
        self.signedRound = Self.round(of: signedOn)
        self.startedOn = startedOn
        self.startedRound = startedOn.map(Self.round(of:))
        self.operatingOn = operatingOn
        self.operatingRound = operatingOn.map(Self.round(of:))
        self.fundsInPlaceYuan = fundsInPlaceYuan
    }

    /// The quarter a date falls in, `2023-Q2`: a round of 三个一批.
    public static func round(of date: CivilDate) -> String { "\(date.year)-Q\((date.month - 1) / 3 + 1)" }
}
