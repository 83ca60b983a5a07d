import Foundation

/// The key two leads share when they name the same company however it was typed: folded
/// (full/half width, case, spaces), bracketed qualifiers dropped (（中国）, (深圳), （集团）), and
/// legal-form suffixes stripped (有限公司, 股份有限公司, 集团, Co., Ltd., Inc. …), repeatedly.
/// `华为技术有限公司`, `华为技术（深圳）有限公司` and `華為技術 有限公司` share one key.
public enum CompanyKey {
    static let chineseSuffixes = [
        "股份有限公司", "有限责任公司", "集团有限公司", "控股有限公司", "有限公司", "集团公司", "控股集团", "集团", "控股", "公司",
        "分公司", "总公司", "股份", "有限",
    ].map(NameFolding.fold)
    static let englishSuffixes: Set<String> = [
        "co", "company", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "group", "holdings", "holding",
        "plc", "llc", "gmbh", "ag", "sa", "se", "nv", "bv", "kk", "the",
    ]

    public static func make(_ name: String) -> String { fastKey(name) ?? generalKey(name) }

    /// The key as the steps below make it: brackets, then the English or the Chinese way.
    static func generalKey(_ name: String) -> String {
        let unbracketed = removingBrackets(name)
        if !NameFolding.isChinese(unbracketed) {
            var tokens = NameFolding.tokens(unbracketed)
            while let last = tokens.last, englishSuffixes.contains(last), tokens.count > 1 { tokens.removeLast() }
            while let first = tokens.first, first == "the", tokens.count > 1 { tokens.removeFirst() }
            return tokens.joined(separator: " ")
        }
        // On scalars, not Characters: a company name's key is made for every lead a city or the
        // duplicate check hears of, and counting and comparing Characters was most of its cost.
        var key = Array(NameFolding.fold(unbracketed).unicodeScalars.filter { !droppedScalars.contains($0.value) })
        var stripped = true
        while stripped {
            stripped = false
            for suffix in chineseSuffixScalars
            where key.count > suffix.count + 1 && key.suffix(suffix.count).elementsEqual(suffix) {
                key.removeLast(suffix.count)
                stripped = true
                break
            }
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: key)
        return String(text)
    }

    /// The same key in one pass over the name's scalars, for a Chinese name whose every scalar
    /// folds by `NameFolding.fastScalar` (what officers type); nil for anything else, which
    /// `generalKey` makes. lead-city makes a key for each company name it hears of: the general
    /// steps, each building a string, were a tenth of its time.
    static func fastKey(_ name: String) -> String? {
        var key: [UInt32] = []
        key.reserveCapacity(name.utf8.count)
        var depth = 0
        var chinese = false
        for scalar in name.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x28, 0xFF08, 0x5B, 0x3010, 0x3014:  // ( （ [ 【 〔, as `openingBrackets`
                depth += 1
                continue
            case 0x29, 0xFF09, 0x5D, 0x3011, 0x3015:  // ) ） ] 】 〕, as `closingBrackets`
                depth = max(0, depth - 1)
                continue
            default: break
            }
            guard depth == 0 else { continue }
            if (0x3400...0x9FFF).contains(value) { chinese = true }
            guard let folded = NameFolding.fastScalar(value) else { return nil }
            switch folded {
            case nil, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x2E, 0x26, 0x27, 0x22: continue  // as `droppedScalars`
            case let folded?: key.append(folded)
            }
        }
        guard chinese else { return nil }
        var end = key.count
        var stripped = true
        while stripped {
            stripped = false
            for suffix in chineseSuffixValues where end > suffix.count + 1 && endsWith(key, at: end, suffix) {
                end -= suffix.count
                stripped = true
                break
            }
        }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(end * 3)
        for value in key[..<end] { appendUTF8(value, to: &utf8) }
        return String(decoding: utf8, as: UTF8.self)
    }

    @inline(__always)
    private static func endsWith(_ key: [UInt32], at end: Int, _ suffix: [UInt32]) -> Bool {
        let start = end - suffix.count
        for offset in 0..<suffix.count where key[start + offset] != suffix[offset] { return false }
        return true
    }

    /// `value` (a valid scalar: what `NameFolding.fastScalar` gives) in UTF-8.
    @inline(__always)
    private static func appendUTF8(_ value: UInt32, to bytes: inout [UInt8]) {
        switch value {
        case 0..<0x80:
            bytes.append(UInt8(value))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | value >> 6))
            bytes.append(UInt8(0x80 | value & 0x3F))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | value >> 12))
            bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        default:
            bytes.append(UInt8(0xF0 | value >> 18))
            bytes.append(UInt8(0x80 | value >> 12 & 0x3F))
            bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        }
    }

    static let chineseSuffixValues = chineseSuffixScalars.map { $0.map(\.value) }
    static let chineseSuffixScalars = chineseSuffixes.map { Array($0.unicodeScalars) }
    static let droppedScalars = Set("()[]{}.&'\"".unicodeScalars.map(\.value))

    /// Drops every bracketed part, in any of the bracket styles officers type.
    static func removingBrackets(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var depth = 0
        for scalar in text.unicodeScalars {
            if openingBrackets.contains(scalar.value) {
                depth += 1
            } else if closingBrackets.contains(scalar.value) {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                result.append(scalar)
            }
        }
        return String(result)
    }

    static let openingBrackets = Set("(（[【〔".unicodeScalars.map(\.value))
    static let closingBrackets = Set(")）]】〕".unicodeScalars.map(\.value))
}

/// How alike two project names are: the Dice coefficient of their character bigrams after
/// folding, ignoring words every project name carries (项目, 建设 …). 1 is identical, 0 nothing shared.
public enum ProjectSimilarity {
    static let filler = ["建设项目", "项目", "建设", "工程"].map(NameFolding.fold)

    /// The words that make a project another phase of one already known (二期, 扩建): checked
    /// longest first. A phase is compared on the rest of the name, and never a duplicate.
    static let phaseWords: [String] = {
        let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "1", "2", "3", "4", "5", "6", "7", "8", "9"]
        return (numerals.map { $0 + "期" } + ["改扩建", "扩建", "扩产", "续建", "技改"])
            .map(NameFolding.fold).sorted { $0.count > $1.count }
    }()

    /// The phase words a project name carries (`鲲鹏中心二期` → `["二期"]`), in order.
    public static func phases(_ name: String) -> [String] {
        let folded = PatternIndex.scalars(NameFolding.fold(name))
        var found: [String] = []
        var index = 0
        while index < folded.count {
            if let word = phaseScalars.first(where: { PatternIndex.hasPrefix(folded, from: index, $0.1) }) {
                found.append(word.0)
                index += word.1.count
            } else {
                index += 1
            }
        }
        return found
    }

    /// Whether `a` and `b` name different phases of one project: alike once their phase words are
    /// set aside, and with other phase words (a 二期 beside the first phase, 扩建 beside the plant).
    public static func isAnotherPhase(_ a: String, _ b: String, threshold: Double) -> Bool {
        isAnotherPhase(a, b, similarity: score(a, b), threshold: threshold)
    }

    /// The same, for a caller that has their `score` already.
    public static func isAnotherPhase(
        _ a: String, _ b: String, similarity: @autoclosure () -> Double, threshold: Double
    )
        -> Bool
    {
        let (x, y) = (phases(a), phases(b))
        return x != y && !(x.isEmpty && y.isEmpty) && similarity() >= threshold
    }

    /// The duplicate rule (matching-rules.json's threshold): alike, and not another phase.
    public static func isLikelyDuplicate(_ a: String, _ b: String, threshold: Double) -> Bool {
        let similarity = score(a, b)
        return similarity >= threshold && !isAnotherPhase(a, b, similarity: similarity, threshold: threshold)
    }

    static let phaseScalars = phaseWords.map { ($0, PatternIndex.scalars($0)) }

    public static func score(_ a: String, _ b: String) -> Double { score(bigrams(a), bigrams(b)) }

    /// Dice's coefficient over two names' bigrams (`bigrams`): a caller comparing one name with
    /// many makes its bigrams once.
    public static func score(_ x: [UInt64], _ y: [UInt64]) -> Double {
        guard !x.isEmpty || !y.isEmpty else { return 1 }
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        // The bigrams both share, counted with multiplicity by walking the two sorted lists.
        let (sortedX, sortedY) = (x.sorted(), y.sorted())
        var (i, j, shared) = (0, 0, 0)
        while i < sortedX.count, j < sortedY.count {
            if sortedX[i] == sortedY[j] {
                shared += 1
                i += 1
                j += 1
            } else if sortedX[i] < sortedY[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return Double(2 * shared) / Double(x.count + y.count)
    }

    /// A project name's character pairs, folded, without filler (项目, 建设 …) and phase words.
    public static func bigrams(_ text: String) -> [UInt64] {
        var scalars = PatternIndex.scalars(NameFolding.fold(text))
        for word in fillerScalars + phaseScalars.map(\.1) { scalars = removing(word, from: scalars) }
        guard scalars.count > 1 else { return scalars.map(UInt64.init) }
        return (0..<(scalars.count - 1)).map { UInt64(scalars[$0]) << 32 | UInt64(scalars[$0 + 1]) }
    }

    static let fillerScalars = filler.map(PatternIndex.scalars)

    static func removing(_ word: [UInt32], from text: [UInt32]) -> [UInt32] {
        // Most names hold none of the words: they are returned as they are, not copied.
        guard let first = word.first, text.contains(first) else { return text }
        var result: [UInt32] = []
        var index = 0
        while index < text.count {
            if PatternIndex.hasPrefix(text, from: index, word) {
                index += word.count
            } else {
                result.append(text[index])
                index += 1
            }
        }
        return result
    }
}
