/// Finds which of many short patterns occur in a short text in one pass: patterns are bucketed by
/// their first scalar, so each position of the text is checked only against the patterns that
/// can start there. The matcher's texts are a company name or an address (tens of scalars) and
/// its patterns thousands of aliases, place names and keywords; a `String.contains` per pattern
/// was most of its time.
struct PatternIndex: Sendable {
    private var buckets: [UInt32: [(pattern: [UInt32], id: Int)]] = [:]

    /// `patterns[i]` is reported as id `i`; an empty pattern never matches.
    init(_ patterns: [String]) {
        for (id, pattern) in patterns.enumerated() {
            let scalars = Self.scalars(pattern)
            guard let first = scalars.first else { continue }
            buckets[first, default: []].append((scalars, id))
        }
    }

    static func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    /// The ids of the patterns that occur anywhere in `text`.
    func occurring(in text: [UInt32]) -> Set<Int> {
        var found: Set<Int> = []
        for start in text.indices {
            guard let candidates = buckets[text[start]] else { continue }
            for (pattern, id) in candidates where Self.hasPrefix(text, from: start, pattern) { found.insert(id) }
        }
        return found
    }

    static func hasPrefix(_ text: [UInt32], from start: Int, _ pattern: [UInt32]) -> Bool {
        guard text.count - start >= pattern.count else { return false }
        for offset in pattern.indices where text[start + offset] != pattern[offset] { return false }
        return true
    }
}
