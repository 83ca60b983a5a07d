/// The six leading industries (六大主导产业), or `other`.
public enum Industry: String, WireValue {
    case nextGenIT = "next-gen-it"
    case dualCarbon = "dual-carbon"
    case smartManufacturing = "smart-manufacturing"
    case cultureTourism = "culture-tourism"
    case modernCommerce = "modern-commerce"
    case foodManufacturing = "food-manufacturing"
    case other

    public var chineseLabel: String {
        switch self {
        case .nextGenIT: "新一代信息技术"
        case .dualCarbon: "双碳科技"
        case .smartManufacturing: "智能制造"
        case .cultureTourism: "文化创意旅游"
        case .modernCommerce: "现代商贸服务"
        case .foodManufacturing: "食品制造"
        case .other: "其他产业"
        }
    }

    public var englishLabel: String {
        switch self {
        case .nextGenIT: "Next-generation IT"
        case .dualCarbon: "Dual-carbon technology"
        case .smartManufacturing: "Smart manufacturing"
        case .cultureTourism: "Culture and tourism"
        case .modernCommerce: "Modern commerce"
        case .foodManufacturing: "Food manufacturing"
        case .other: "Other"
        }
    }

    /// Emerging industries are the 招新引高 focus; traditional ones are upgraded.
    public var isEmerging: Bool { self == .nextGenIT || self == .dualCarbon || self == .smartManufacturing }
}
