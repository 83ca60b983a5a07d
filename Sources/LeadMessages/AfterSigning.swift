/// A milestone of a signed project (protocol 1.10): the steps a bureau tracks after the signing
/// until the project produces and is counted as a large enterprise.
public enum ProjectMilestone: String, WireValue, Comparable {
    /// 开工: construction started.
    case started
    /// 入库/入统: the project entered the fixed-asset investment statistics.
    case registered
    /// 投产: production started.
    case operating
    /// 达产: full production reached.
    case fullProduction = "full-production"
    /// 上规: the enterprise became an above-designated-size enterprise (规上企业).
    case aboveScale = "above-scale"

    public var chineseLabel: String {
        switch self {
        case .started: "开工"
        case .registered: "入统"
        case .operating: "投产"
        case .fullProduction: "达产"
        case .aboveScale: "上规"
        }
    }

    public var englishLabel: String {
        switch self {
        case .started: "Started"
        case .registered: "Registered"
        case .operating: "Operating"
        case .fullProduction: "Full production"
        case .aboveScale: "Above scale"
        }
    }

    /// The milestone that must come first, on the same day or earlier: 入统 and 投产 follow 开工,
    /// 达产 and 上规 follow 投产.
    public var requires: ProjectMilestone? {
        switch self {
        case .started: nil
        case .registered, .operating: .started
        case .fullProduction, .aboveScale: .operating
        }
    }

    /// The stage a lead reaches with this milestone, when it has one.
    public var stage: Stage? {
        switch self {
        case .started: .started
        case .operating: .operating
        case .registered, .fullProduction, .aboveScale: nil
        }
    }

    private var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    public static func < (lhs: ProjectMilestone, rhs: ProjectMilestone) -> Bool { lhs.order < rhs.order }
}

/// When a milestone was reached and what shows it (施工许可证、入库编号、投产仪式…).
public struct MilestoneRecord: Codable, Sendable, Equatable {
    /// The Beijing date the milestone was reached.
    public var on: CivilDate
    /// The evidence an officer can point to; a milestone without evidence is not recorded.
    public var evidence: String
    /// The identity that recorded it (the transport's).
    public var recordedBy: String

    public init(on: CivilDate, evidence: String, recordedBy: String) {
        self.on = on
        self.evidence = evidence
        self.recordedBy = recordedBy
    }
}

/// The milestones a signed project has reached (protocol 1.10; absent before the first).
public struct ProjectMilestones: Codable, Sendable, Equatable {
    public var started: MilestoneRecord?
    public var registered: MilestoneRecord?
    public var operating: MilestoneRecord?
    public var fullProduction: MilestoneRecord?
    public var aboveScale: MilestoneRecord?

    public init(
        started: MilestoneRecord? = nil, registered: MilestoneRecord? = nil, operating: MilestoneRecord? = nil,
        fullProduction: MilestoneRecord? = nil, aboveScale: MilestoneRecord? = nil
    ) {
        self.started = started
        self.registered = registered
        self.operating = operating
        self.fullProduction = fullProduction
        self.aboveScale = aboveScale
    }

    public subscript(milestone: ProjectMilestone) -> MilestoneRecord? {
        get {
            switch milestone {
            case .started: started
            case .registered: registered
            case .operating: operating
            case .fullProduction: fullProduction
            case .aboveScale: aboveScale
            }
        }
        set {
            switch milestone {
            case .started: started = newValue
            case .registered: registered = newValue
            case .operating: operating = newValue
            case .fullProduction: fullProduction = newValue
            case .aboveScale: aboveScale = newValue
            }
        }
    }

    /// The milestones reached, in their order.
    public var reached: [(ProjectMilestone, MilestoneRecord)] {
        ProjectMilestone.allCases.compactMap { milestone in self[milestone].map { (milestone, $0) } }
    }
}

/// Where funds in place came from, as 招商 statistics split them.
public enum FundsOrigin: String, WireValue {
    /// 国内省外: from another province.
    case outsideProvince = "outside-province"
    /// 市外省内: from elsewhere in the province.
    case outsideCity = "outside-city"
    /// 境外: from outside the mainland.
    case overseas

    public var chineseLabel: String {
        switch self {
        case .outsideProvince: "省外"
        case .outsideCity: "市外省内"
        case .overseas: "境外"
        }
    }

    public var englishLabel: String {
        switch self {
        case .outsideProvince: "Outside the province"
        case .outsideCity: "Outside the city"
        case .overseas: "Overseas"
        }
    }
}

/// One entry of funds actually in place (实际到位资金) on a signed project.
public struct FundsEntry: Codable, Sendable, Equatable {
    /// `F-3`: numbered per lead, never reused, so a correction can name the entry it replaces.
    public var entryId: String
    public var amountYuan: Money
    /// The Beijing date the funds arrived.
    public var on: CivilDate
    public var origin: FundsOrigin
    public var note: String?
    public var recordedBy: String
    public var recordedAt: Timestamp

    public init(
        entryId: String, amountYuan: Money, on: CivilDate, origin: FundsOrigin, note: String? = nil,
        recordedBy: String, recordedAt: Timestamp
    ) {
        self.entryId = entryId
        self.amountYuan = amountYuan
        self.on = on
        self.origin = origin
        self.note = note
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }
}

/// A project's funds in place (protocol 1.10; absent before the first entry): the entries as they
/// stand after corrections. The history of corrections is in the lead's history.
public struct FundsInPlace: Codable, Sendable, Equatable {
    public var entries: [FundsEntry]
    /// The number of the last entry ever recorded, so ids are never reused after a withdrawal.
    public var lastNumber: Int

    public init(entries: [FundsEntry], lastNumber: Int) {
        self.entries = entries
        self.lastNumber = lastNumber
    }

    /// Everything in place, to the fen.
    public var totalFen: Int64 { entries.reduce(0) { $0 + $1.amountYuan.fen } }

    /// Everything in place on or before `date`.
    public func totalFen(through date: CivilDate) -> Int64 {
        entries.reduce(0) { $0 + ($1.on <= date ? $1.amountYuan.fen : 0) }
    }

    public static func entryId(_ number: Int) -> String { "F-\(number)" }
}

extension Lead {
    /// The contract amount: the signing with every capital increase (zero before a signing).
    public var contractFen: Int64 {
        guard let signing else { return 0 }
        return (capitalIncreases ?? []).reduce(signing.amountYuan.fen) { $0 + $1.amountYuan.fen }
    }
}
