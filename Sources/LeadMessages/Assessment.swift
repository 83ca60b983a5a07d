/// `report.assessment` (protocol 1.10): the 年考核 of a year, by the configured scheme.
public struct AssessmentQuery: Codable, Sendable, Equatable {
    /// `2023`; omit for the current year in Beijing (scored as of today).
    public var year: Int?
    public init(year: Int? = nil) { self.year = year }
}

/// The `ok` reply to `report.assessment`: each 责任单位 and each officer scored, with the
/// breakdown of every score, ranked. A closed year is frozen as published.
public struct AssessmentReport: Codable, Sendable, Equatable {
    public var year: Int
    /// The last day counted: 31 December, or today for the current year.
    public var asOf: CivilDate
    public var scheme: SchemeInfo
    public var units: [AssessmentScore]
    public var officers: [AssessmentScore]
    /// Set once the year has closed and the assessment was frozen.
    public var frozenAt: Timestamp?
    public var basedOnSequence: Int64

    public init(
        year: Int, asOf: CivilDate, scheme: SchemeInfo, units: [AssessmentScore], officers: [AssessmentScore],
        frozenAt: Timestamp?, basedOnSequence: Int64
    ) {
        self.year = year
        self.asOf = asOf
        self.scheme = scheme
        self.units = units
        self.officers = officers
        self.frozenAt = frozenAt
        self.basedOnSequence = basedOnSequence
    }
}

/// Which scheme scored, so a published score can be traced to its rules.
public struct SchemeInfo: Codable, Sendable, Equatable {
    public var name: String
    public var version: String
    /// The date the scheme took effect.
    public var effective: CivilDate
    /// Where its weights and deductions come from.
    public var sources: [String]

    public init(name: String, version: String, effective: CivilDate, sources: [String]) {
        self.name = name
        self.version = version
        self.effective = effective
        self.sources = sources
    }
}

/// One unit's or officer's score: the items and deductions that make it up.
public struct AssessmentScore: Codable, Sendable, Equatable {
    /// Competition ranking: equal scores share a rank, and the next rank skips.
    public var rank: Int
    public var name: String
    /// Items minus deductions, two decimals, never below zero.
    public var score: Double
    public var items: [ScoreItem]
    public var deductions: [ScoreDeduction]

    public init(rank: Int, name: String, score: Double, items: [ScoreItem], deductions: [ScoreDeduction]) {
        self.rank = rank
        self.name = name
        self.score = score
        self.items = items
        self.deductions = deductions
    }
}

/// One scored item: the actual figure against its reference, and the points it earned.
public struct ScoreItem: Codable, Sendable, Equatable {
    public var item: String
    public var label: String
    public var weight: Double
    /// `count` (projects, contacts) or `yuan`: how `actual` and `reference` read.
    public var unit: String
    /// A count, or an amount in yuan (decimal string) for amount items.
    public var actual: String
    /// `target`: against the unit's or officer's own target in the scheme; `best`: against the
    /// best among those scored.
    public var basis: String
    /// The target or the best figure, in the same unit as `actual`.
    public var reference: String
    /// weight × min(actual ÷ reference, 1), two decimals; zero when the reference is zero.
    public var points: Double

    public init(
        item: String, label: String, weight: Double, unit: String, actual: String, basis: String, reference: String,
        points: Double
    ) {
        self.item = item
        self.label = label
        self.weight = weight
        self.unit = unit
        self.actual = actual
        self.basis = basis
        self.reference = reference
        self.points = points
    }
}

/// Points taken off: so many per occurrence, up to a cap.
public struct ScoreDeduction: Codable, Sendable, Equatable {
    public var item: String
    public var label: String
    public var count: Int
    public var pointsEach: Double
    public var points: Double

    public init(item: String, label: String, count: Int, pointsEach: Double, points: Double) {
        self.item = item
        self.label = label
        self.count = count
        self.pointsEach = pointsEach
        self.points = points
    }
}
