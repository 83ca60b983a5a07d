import LeadMessages

/// Infers one of the six leading industries from a project's name and description, by the
/// keywords of `industry-lexicon.json` (documented there, one list per industry, no keyword in
/// two). The officer's choice always wins; this only fills the gap.
public struct IndustryLexicon: Sendable {
    private let industries: [(Industry, [Keyword])]
    private let tags: [(String, [Keyword])]
    private let lexiconEdition: String
    /// Every Chinese keyword, folded, for one pass over a text.
    private let keywordIndex: PatternIndex
    private let chineseKeywords: [String]

    /// A keyword folded once: Chinese ones match inside the text, English ones (VR, 5G …) only as
    /// whole words.
    struct Keyword: Sendable {
        var text: String
        var folded: String
        var tokens: [String]
        var chinese: Bool

        init(_ text: String) {
            self.text = text
            folded = NameFolding.fold(text)
            tokens = NameFolding.tokens(text)
            chinese = NameFolding.isChinese(text)
        }

        func occurs(in prepared: Prepared) -> Bool {
            chinese
                ? prepared.occurring.contains(folded) : !NameFolding.offsets(of: tokens, in: prepared.tokens).isEmpty
        }
    }

    /// A text prepared once: its word tokens and the Chinese keywords it contains.
    struct Prepared {
        var tokens: [String]
        var occurring: Set<String>
    }

    public init(data: ReferenceData) {
        industries = data.lexicon.industries.compactMap { entry in
            Industry(rawValue: entry.industry).map { ($0, entry.keywords.map(Keyword.init)) }
        }
        tags = data.lexicon.frontierTags.map { ($0.tag, $0.keywords.map(Keyword.init)) }
        lexiconEdition = data.lexicon.edition
        chineseKeywords = Array(
            Set((industries.flatMap(\.1) + tags.flatMap(\.1)).filter(\.chinese).map(\.folded)))
        keywordIndex = PatternIndex(chineseKeywords)
    }

    private func prepare(_ text: String) -> Prepared {
        let found = keywordIndex.occurring(in: PatternIndex.scalars(NameFolding.fold(text)))
        return Prepared(tokens: NameFolding.tokens(text), occurring: Set(found.map { chineseKeywords[$0] }))
    }

    public struct Inference: Sendable, Equatable {
        public var industry: Industry
        /// The keywords that decided it; empty for `other`.
        public var keywords: [String]
    }

    /// The industry with the most keyword hits (ties: the longer keywords, then the file's order),
    /// or `other`. A hit inside a longer hit of any industry does not count: 工业互联网 is smart
    /// manufacturing, not 互联网; 新能源汽车 is not 新能源.
    public func infer(_ text: String) -> Inference {
        let prepared = prepare(text)
        let hits = industries.map { industry, words in (industry, words.filter { $0.occurs(in: prepared) }) }
        let all = hits.flatMap(\.1)
        var best = Inference(industry: .other, keywords: [])
        var bestLength = 0
        for (industry, words) in hits {
            let kept = words.filter { word in
                !all.contains { other in other.folded.count > word.folded.count && other.folded.contains(word.folded) }
            }
            let length = kept.reduce(0) { $0 + $1.folded.count }
            if kept.count > best.keywords.count || (kept.count == best.keywords.count && length > bestLength) {
                best = Inference(industry: industry, keywords: kept.map(\.text))
                bestLength = length
            }
        }
        return best.keywords.isEmpty ? Inference(industry: .other, keywords: []) : best
    }

    /// Frontier tags the work plan names, `metaverse` (元宇宙) and `blockchain` (区块链), each with
    /// the first keyword that found it.
    public func frontierTags(_ text: String) -> [(tag: String, keyword: String)] {
        let prepared = prepare(text)
        return tags.compactMap { tag, words in
            words.first { $0.occurs(in: prepared) }.map { (tag, $0.text) }
        }
    }

    public var edition: String { lexiconEdition }
}
