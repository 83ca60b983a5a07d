import Foundation

/// How names are compared: Chinese text folded (traditional to simplified characters, full-width
/// to half-width, case, spaces and punctuation removed), English split into lower-case word tokens
/// so aliases match whole words. Both sides of every comparison are folded the same way.
enum NameFolding {
    /// Traditional → simplified for every CJK unified ideograph, from ICU's Hant-Hans transform,
    /// computed once: 華為 and 华为, 新鴻基 and 新鸿基 fold alike (Hong Kong names are often
    /// traditional). Character by character, so both sides of a comparison fold the same way.
    static let simplifiedTable: [UInt32: Unicode.Scalar] = {
        let transform = StringTransform("Hant-Hans")
        var table: [UInt32: Unicode.Scalar] = [:]
        let block = (0x4E00...0x9FFF).compactMap(Unicode.Scalar.init)
        for start in stride(from: 0, to: block.count, by: 512) {
            let chunk = Array(block[start..<min(start + 512, block.count)])
            var view = String.UnicodeScalarView()
            view.append(contentsOf: chunk)
            var converted = Array((String(view).applyingTransform(transform, reverse: false) ?? "").unicodeScalars)
            if converted.count != chunk.count {
                // A rule spanned neighbours: convert this chunk one character at a time.
                converted = chunk.map {
                    String(Character($0)).applyingTransform(transform, reverse: false)?.unicodeScalars.first ?? $0
                }
            }
            for (traditional, simplified) in zip(chunk, converted) where traditional != simplified {
                table[traditional.value] = simplified
            }
        }
        return table
    }()

    /// `simplifiedTable` as an array over U+4E00…U+9FFF (the scalar itself where unchanged): a
    /// lookup per ideograph of every name folded, without hashing.
    static let simplifiedBlock: [UInt32] = (0x4E00...0x9FFF).map { simplifiedTable[UInt32($0)]?.value ?? UInt32($0) }

    static func simplified(_ text: String) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: text.unicodeScalars.map { simplifiedTable[$0.value] ?? $0 })
        return String(view)
    }

    static func fold(_ text: String) -> String { fastFold(text) ?? generalFold(text) }

    static func generalFold(_ text: String) -> String {
        let simplifiedText = isChinese(text) ? simplified(text) : text
        let compatible = simplifiedText.precomposedStringWithCompatibilityMapping.lowercased()
        return String(
            compatible.unicodeScalars.filter { !$0.properties.isWhitespace && !"-·・,，、".unicodeScalars.contains($0) }
                .map(Character.init))
    }

    static func tokens(_ text: String) -> [String] {
        if let fast = fastTokens(text) { return fast }
        let stripped = String(
            text.decomposedStringWithCompatibilityMapping.unicodeScalars.filter {
                !$0.properties.isDiacritic || $0.isASCII
            }
            .map(Character.init)
        ).lowercased()
        return stripped.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init)
    }

    // MARK: - Fast paths
    //
    // Officers type ASCII, CJK ideographs, full-width forms and CJK punctuation. For those
    // scalars the Unicode normalization above is a simple table (full-width → ASCII, U+3000 →
    // space, ideographs unchanged), done here without Foundation; any other scalar takes the
    // general path. Both paths give the same result on the scalars the fast one accepts.

    /// The scalar as the general path would leave it before lower-casing, or nil when the fast
    /// path does not cover it.
    @inline(__always)
    private static func normalizedScalar(_ value: UInt32) -> UInt32? {
        switch value {
        case 0...0x7F: value
        case 0xFF01...0xFF5E: value - 0xFEE0
        case 0x3000: 0x20
        case 0x3001...0x3011, 0x30FB, 0xB7: value
        case 0x3400...0x4DBF: value
        case 0x4E00...0x9FFF: simplifiedBlock[Int(value - 0x4E00)]
        default: nil
        }
    }

    static func fastFold(_ text: String) -> String? {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard let value = fastScalar(scalar.value) else { return nil }
            guard let value else { continue }
            guard let folded = Unicode.Scalar(value) else { return nil }
            out.append(folded)
        }
        return String(out)
    }

    /// One scalar as `fold` leaves it: `.some(nil)` when folding drops it (whitespace,
    /// punctuation), nil when the fast path does not cover it.
    @inline(__always)
    static func fastScalar(_ scalar: UInt32) -> UInt32?? {
        guard var value = normalizedScalar(scalar) else { return nil }
        switch value {
        case 0x09...0x0D, 0x20: return .some(nil)  // whitespace
        case 0...0x1F, 0x7F: return nil  // other controls: kept by the general path, left to it
        // - · ・ , ， 、: the general path drops them too.
        case 0x2D, 0xB7, 0x30FB, 0x2C, 0xFF0C, 0x3001: return .some(nil)
        default: break
        }
        if (0x41...0x5A).contains(value) { value += 0x20 }
        return .some(value)
    }

    private static func fastTokens(_ text: String) -> [String]? {
        var tokens: [String] = []
        var current: [UInt8] = []
        for scalar in text.unicodeScalars {
            guard let value = normalizedScalar(scalar.value) else { return nil }
            if value < 0x80, let byte = Optional(UInt8(value)),
                (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            {
                current.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
            } else if !current.isEmpty {
                tokens.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
        return tokens
    }

    static func isChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x3400...0x9FFF).contains($0.value) }
    }

    /// Every start offset (in Characters) of `needle` in `haystack`.
    static func offsets(of needle: [Character], in haystack: [Character]) -> [Int] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        return (0...(haystack.count - needle.count)).filter { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    /// Every start index of the token run `needle` in `haystack`.
    static func offsets(of needle: [String], in haystack: [String]) -> [Int] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        return (0...(haystack.count - needle.count)).filter { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
