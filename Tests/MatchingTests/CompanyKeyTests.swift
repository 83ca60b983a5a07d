import Testing

@testable import Matching

/// The one-pass company key against the general steps it shortcuts.
@Suite struct CompanyKeyTests {
    /// Scalars officers type, and some the quick path leaves to the general one: ideographs
    /// (simplified and traditional), full-width forms, every bracket style, spaces, punctuation,
    /// legal-form suffixes, Latin letters, a kana and an accented letter.
    static let pieces = [
        "华为", "技术", "華為", "鴻基", "中国", "建筑", "有限公司", "股份有限公司", "集团", "控股", "公司", "分公司", "股份", "有限",
        "（", "）", "(", ")", "【", "】", "〔", "〕", "[", "]", "深圳", "北京", " ", "　", "·", "、", "-", "，", "&", ".",
        "Ｃｏ", "ＡＢＣ", "ABC", "abc", "Ltd", "'", "\"", "{", "}", "１２３", "9", "ア", "é", "の", "\t",
    ]

    @Test func theQuickPathMakesTheGeneralKeyOfEveryName() {
        var generator = SystemRandomNumberGenerator()
        var quick = 0
        for _ in 0..<20_000 {
            let count = Int.random(in: 1...7, using: &generator)
            let name = (0..<count).map { _ in Self.pieces.randomElement(using: &generator) ?? "" }.joined()
            let general = CompanyKey.generalKey(name)
            if let fast = CompanyKey.fastKey(name) {
                quick += 1
                #expect(fast == general, "\(name)")
            }
            #expect(CompanyKey.make(name) == general, "\(name)")
        }
        // Most generated names are Chinese and typed with covered scalars: the quick path is tried.
        #expect(quick > 5_000)
    }

    @Test func namesTheQuickPathLeaves() {
        #expect(CompanyKey.fastKey("Siemens (China) Co., Ltd.") == nil)  // not Chinese
        #expect(CompanyKey.fastKey("トヨタ中国") == nil)  // kana
        #expect(CompanyKey.fastKey("华为（深圳）有限公司") == "华为")
        #expect(CompanyKey.fastKey("華為技術 有限公司") == "华为技术")
    }
}

extension CompanyKeyTests {
    /// The quick path spells its sets out as cases: they must be the sets.
    @Test func theQuickPathsCasesAreTheSets() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let name = "华为" + String(Character(scalar)) + "技术"
            if let fast = CompanyKey.fastKey(name) { #expect(fast == CompanyKey.generalKey(name), "U+\(value)") }
        }
    }
}

extension CompanyKeyTests {
    /// Folding one scalar at a time the quick way gives what Foundation's normalization gives,
    /// for every scalar the quick way covers.
    @Test func theQuickFoldIsTheGeneralFold() {
        var covered = 0
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "华" + String(Character(scalar)) + "Ａb"
            guard let fast = NameFolding.fastFold(text) else { continue }
            covered += 1
            #expect(fast == NameFolding.generalFold(text), "U+\(String(value, radix: 16))")
        }
        #expect(covered > 20_000)
    }
}
