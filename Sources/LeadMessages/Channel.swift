/// How the lead was found: 定向招商, 以商招商, 以链招商.
public enum Channel: String, WireValue {
    case targeted
    case businessReferral = "business-referral"
    case industryChain = "industry-chain"

    public var chineseLabel: String {
        switch self {
        case .targeted: "定向招商"
        case .businessReferral: "以商招商"
        case .industryChain: "以链招商"
        }
    }

    public var englishLabel: String {
        switch self {
        case .targeted: "Targeted"
        case .businessReferral: "Business referral"
        case .industryChain: "Industry chain"
        }
    }
}
