/// How many terminal columns text takes: East Asian wide and fullwidth characters (汉字, 、。，
/// fullwidth digits) take two, combining marks none, the rest one. The one rule for every
/// aligned column the project prints (leadctl's tables, the text report).
public enum DisplayWidth {
    public static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + columns($1) }
    }

    /// `text` followed by spaces up to `width` columns (never cut).
    public static func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - of(text)))
    }

    static func columns(_ scalar: Unicode.Scalar) -> Int {
        if scalar.properties.generalCategory == .nonspacingMark { return 0 }
        return wideRanges.contains { $0.contains(scalar.value) } ? 2 : 1
    }

    /// The wide (W) and fullwidth (F) blocks of Unicode's East Asian Width property that Chinese
    /// text uses.
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,  // Hangul Jamo
        0x2E80...0x303E,  // CJK radicals, Kangxi, CJK symbols and punctuation (、。「」)
        0x3041...0x33FF,  // kana, bopomofo, CJK compatibility
        0x3400...0x4DBF,  // CJK extension A
        0x4E00...0x9FFF,  // CJK unified ideographs
        0xA000...0xA4CF,  // Yi
        0xAC00...0xD7A3,  // Hangul syllables
        0xF900...0xFAFF,  // CJK compatibility ideographs
        0xFE30...0xFE4F,  // CJK compatibility forms
        0xFF00...0xFF60,  // fullwidth forms (，１２ａ)
        0xFFE0...0xFFE6,  // fullwidth signs (￥)
        0x20000...0x3FFFD,  // CJK extensions B and later
    ]
}
