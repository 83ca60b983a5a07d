/// Who owns the company, as the officer declares it (protocol 1.4). A declaration overrides the
/// matcher's inference of the Hong Kong–funded class: `hong-kong` makes a lead Hong Kong–funded,
/// any other value makes it not.
public enum Ownership: String, WireValue {
    case mainland
    case hongKong = "hong-kong"
    case macao
    case taiwan
    case foreign

    public var chineseLabel: String {
        switch self {
        case .mainland: "内资"
        case .hongKong: "港资"
        case .macao: "澳资"
        case .taiwan: "台资"
        case .foreign: "外资"
        }
    }

    public var englishLabel: String {
        switch self {
        case .mainland: "Mainland"
        case .hongKong: "Hong Kong"
        case .macao: "Macao"
        case .taiwan: "Taiwan"
        case .foreign: "Foreign"
        }
    }
}
