import Foundation

/// The order people expect of Chinese names in a list: by their pinyin (阿里巴巴, 比亚迪, 华为 …), not
/// by the code points of the characters. Latin letters, diacritics stripped and lowercased, with
/// the syllables separated by spaces so that a syllable boundary sorts before any letter
/// (西安 "xi an" before 仙 "xian").
///
/// ICU's transliterator turns each Han character into its syllable; it is slow to call (it was a
/// third of the matcher's time per event), so each character is transliterated once and kept.
public enum PinyinSortKey {
    /// The form of the key. The matcher stores keys, so a change of form must come with a new
    /// version: the matcher then recomputes every key (MatcherService adds it to its fingerprint).
    public static let version = "2"

    public static func of(_ name: String) -> String {
        var key = ""
        key.reserveCapacity(name.utf8.count * 2)
        var afterSyllable = false
        for character in name {
            if let ascii = character.asciiValue {
                if afterSyllable { key.append(" ") }
                key.unicodeScalars.append(Unicode.Scalar(ascii >= 65 && ascii <= 90 ? ascii + 32 : ascii))
                afterSyllable = false
                continue
            }
            let (text, isSyllable) = cache.latin(for: character)
            if isSyllable || afterSyllable, !key.isEmpty, key.last != " " { key.append(" ") }
            key += text
            afterSyllable = isSyllable
        }
        return key
    }

    private static let cache = Cache()

    /// Each character's Latin form, transliterated once.
    private final class Cache: @unchecked Sendable {
        private let lock = NSLock()
        private var forms: [Character: (String, Bool)] = [:]

        func latin(for character: Character) -> (text: String, isSyllable: Bool) {
            if let known = lock.withLock({ forms[character] }) { return known }
            let isSyllable = character.unicodeScalars.contains { $0.properties.isIdeographic }
            let source = String(character)
            let latin = source.applyingTransform(.mandarinToLatin, reverse: false) ?? source
            let plain = (latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin).lowercased()
            let form = (plain.trimmingCharacters(in: .whitespaces), isSyllable)
            lock.withLock { forms[character] = form }
            return form
        }
    }
}
