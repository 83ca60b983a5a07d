/// The three target enterprise classes (三类企业). A company may be in several.
public enum EnterpriseClass: String, WireValue {
    case centralSOE = "central-soe"
    case hongKongFunded = "hong-kong-funded"
    case fortuneGlobal500 = "fortune-global-500"

    public var chineseLabel: String {
        switch self {
        case .centralSOE: "大型央企"
        case .hongKongFunded: "港资企业"
        case .fortuneGlobal500: "500强企业"
        }
    }

    public var englishLabel: String {
        switch self {
        case .centralSOE: "Central SOE"
        case .hongKongFunded: "Hong Kong-funded"
        case .fortuneGlobal500: "Fortune Global 500"
        }
    }
}
