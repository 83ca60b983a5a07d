import Foundation

/// The order people expect of Chinese names in a list: by their pinyin (阿里巴巴, 比亚迪, 华为 …), not
/// by the code points of the characters. Latin letters, diacritics stripped and lowercased, with
/// the syllables separated by spaces so that a syllable boundary sorts before any letter.
public enum PinyinSortKey {
    public static func of(_ name: String) -> String {
        let latin = name.applyingTransform(.mandarinToLatin, reverse: false) ?? name
        let plain = latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin
        return plain.lowercased()
    }
}
