/// A closed vocabulary that travels as a kebab-case string and has Chinese and English labels.
///
/// `init(lenient:)` accepts what an officer types: the wire value, the Chinese label or the
/// English label, ignoring case, spaces and `_`/`-` differences.
public protocol WireValue: RawRepresentable, Codable, CaseIterable, Hashable, Sendable where RawValue == String {
    var chineseLabel: String { get }
    var englishLabel: String { get }
}

extension WireValue {
    public init?(lenient text: String) {
        let wanted = Self.fold(text)
        guard !wanted.isEmpty,
            let match = Self.allCases.first(where: { value in
                [value.rawValue, value.chineseLabel, value.englishLabel].contains { Self.fold($0) == wanted }
            })
        else { return nil }
        self = match
    }

    public func label(_ language: Language) -> String {
        language == .chinese ? chineseLabel : englishLabel
    }

    /// The wire values, for error messages that tell the officer what is accepted.
    public static var wireValueList: String { allCases.map(\.rawValue).joined(separator: ", ") }

    private static func fold(_ text: String) -> String {
        String(text.lowercased().filter { !$0.isWhitespace && $0 != "-" && $0 != "_" })
    }
}

/// The language of human-facing output.
public enum Language: String, Sendable, CaseIterable {
    case chinese = "zh"
    case english = "en"
}
