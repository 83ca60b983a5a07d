/// Where a lead stands: 线索 → 已接洽 → 在谈 → 签约 → 开工 → 投产, or 终止.
public enum Stage: String, WireValue, Comparable {
    case lead, contacted, negotiating, signed, started, operating, dropped

    public var chineseLabel: String {
        switch self {
        case .lead: "线索"
        case .contacted: "已接洽"
        case .negotiating: "在谈"
        case .signed: "签约"
        case .started: "开工"
        case .operating: "投产"
        case .dropped: "终止"
        }
    }

    public var englishLabel: String {
        switch self {
        case .lead: "Lead"
        case .contacted: "Contacted"
        case .negotiating: "Negotiating"
        case .signed: "Signed"
        case .started: "Started"
        case .operating: "Operating"
        case .dropped: "Dropped"
        }
    }

    private var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    public static func < (lhs: Stage, rhs: Stage) -> Bool { lhs.order < rhs.order }

    /// Stages at or after signing: the project has been signed.
    public var isSignedOrLater: Bool { self == .signed || self == .started || self == .operating }
}
