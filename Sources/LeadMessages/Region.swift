/// The three target regions (三大区域), plus `other` and `unknown` (a place we cannot resolve: never a guess).
public enum Region: String, WireValue {
    case jingjinji
    case yangtzeRiverDelta = "yangtze-river-delta"
    case greaterBayArea = "greater-bay-area"
    case other
    case unknown

    public var chineseLabel: String {
        switch self {
        case .jingjinji: "京津冀"
        case .yangtzeRiverDelta: "长三角"
        case .greaterBayArea: "大湾区"
        case .other: "其他地区"
        case .unknown: "无法识别"
        }
    }

    public var englishLabel: String {
        switch self {
        case .jingjinji: "Beijing–Tianjin–Hebei"
        case .yangtzeRiverDelta: "Yangtze River Delta"
        case .greaterBayArea: "Greater Bay Area"
        case .other: "Other"
        case .unknown: "Unknown"
        }
    }

    /// Whether this is one of the three target regions.
    public var isTarget: Bool { self == .jingjinji || self == .yangtzeRiverDelta || self == .greaterBayArea }
}
