import Foundation

/// How names are compared: Chinese text folded (traditional to simplified characters, full-width
/// to half-width, case, spaces and punctuation removed), English split into lower-case word tokens
/// so aliases match whole words. Both sides of every comparison are folded the same way.
enum NameFolding {
    /// ICU's transform: 華為 and 华为, 新鴻基 and 新鸿基 fold alike (Hong Kong names are often traditional).
    static let simplified = StringTransform("Hant-Hans")

    static func fold(_ text: String) -> String {
        let simplifiedText = isChinese(text) ? text.applyingTransform(simplified, reverse: false) ?? text : text
        let compatible = simplifiedText.precomposedStringWithCompatibilityMapping.lowercased()
        return String(
            compatible.unicodeScalars.filter { !$0.properties.isWhitespace && !"-·・,，、".unicodeScalars.contains($0) }
                .map(Character.init))
    }

    static func tokens(_ text: String) -> [String] {
        let stripped = String(
            text.decomposedStringWithCompatibilityMapping.unicodeScalars.filter {
                !$0.properties.isDiacritic || $0.isASCII
            }
            .map(Character.init)
        ).lowercased()
        return stripped.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init)
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
