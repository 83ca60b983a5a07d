import Foundation
import LeadMessages

/// One reason a company is in a target class: which list, which entry, what matched.
public struct ClassEvidence: Sendable, Equatable {
    public var enterpriseClass: EnterpriseClass
    /// The entry's full name, or the rule (`headquartered in Hong Kong`).
    public var entry: String
    /// The list and its edition.
    public var source: String
    /// The alias, short name, English name or subsidiary pattern that matched, and where.
    public var matched: String
    public var viaParent: Bool
    /// The group a list entry belongs to (a Global 500 or Hong Kong entry linked to a central SOE
    /// names that SOE), so that units of one group are recognised as related; nil for a rule.
    public var group: String? = nil
    /// The entry's confidence in its list, when recorded.
    public var confidence: String? = nil
    /// The entry's main industries (wire values), when recorded.
    public var industries: [String] = []
}

/// Classifies a company against the three target lists from their data files. Names match as
/// folded Chinese substrings or whole English words; a match inside a known false positive
/// (京东方 is not 京东) or followed by an address suffix (华为路小吃店) does not count; a unit
/// inherits its group's classes (a subsidiary pattern such as 中建#局, or the parent the officer
/// gave); a Fortune or Hong Kong entry linked to a central SOE counts for both.
public struct EnterpriseDirectory: Sendable {
    struct Matcher: Sendable {
        var falsePositives: [(text: [Character], tokens: [String], blocks: Set<String>, chinese: Bool)]
        var suffixes: [[Character]]
        var exceptions: [[Character]]
    }

    private let soe: ReferenceData.EnterpriseFile
    private let fortune: ReferenceData.EnterpriseFile
    private let hongKong: ReferenceData.EnterpriseFile
    /// Each unit of group-units.json by its name: its class, parent entry and that entry's list.
    private let units: [String: UnitLink]
    private let unitsEdition: String
    private let indexed: [String: [IndexedEntry]]
    private let matcher: Matcher
    /// The Hong Kong registration markers, folded once.
    private let foldedMarkers: (prefixes: [String], contained: [String], englishSuffixes: [String])
    /// Every Chinese name, literal unit name and wildcard pattern prefix of every entry, folded:
    /// one pass over a company name finds which occur, so only those entries are looked at closely.
    private let nameIndex: PatternIndex
    /// Which entries (list key, index) carry each indexed name, and each English name's first word.
    private let nameOwners: [[(list: String, index: Int)]]
    private let englishOwners: [String: [(list: String, index: Int)]]

    /// A unit and the entry it belongs to.
    struct UnitLink: Sendable {
        var unit: ReferenceData.UnitRecord
        var enterpriseClass: EnterpriseClass
        var file: ReferenceData.EnterpriseFile
        var parent: ReferenceData.EnterpriseRecord
        /// The central SOE the unit belongs to: its parent, or the SOE its parent is linked to.
        var centralSOE: ReferenceData.EnterpriseRecord?
    }

    public init(data: ReferenceData) {
        soe = data.centralSOEs
        unitsEdition = data.groupUnits.edition
        var units: [String: UnitLink] = [:]
        for unit in data.groupUnits.units {
            guard let (file, parent) = data.parent(of: unit) else { continue }
            let enterpriseClass: EnterpriseClass =
                switch unit.parentList {
                case "central-soes": .centralSOE
                case "hong-kong-groups": .hongKongFunded
                default: .fortuneGlobal500
                }
            let centralSOE =
                enterpriseClass == .centralSOE
                ? parent : parent.sasacName.flatMap { name in data.centralSOEs.enterprises.first { $0.name == name } }
            units[unit.name] = UnitLink(
                unit: unit, enterpriseClass: enterpriseClass, file: file, parent: parent, centralSOE: centralSOE)
        }
        self.units = units
        fortune = data.fortuneGlobal500
        hongKong = data.hongKongGroups
        let files = [soe, fortune, hongKong]
        let rule = soe.addressRule
        matcher = Matcher(
            falsePositives: files.flatMap { $0.falsePositives ?? [] }.map {
                (
                    Array(NameFolding.fold($0.text)), NameFolding.tokens($0.text),
                    Set(
                        $0.blocks.map {
                            NameFolding.isChinese($0)
                                ? NameFolding.fold($0) : NameFolding.tokens($0).joined(separator: " ")
                        }),
                    NameFolding.isChinese($0.text)
                )
            },
            suffixes: (rule?.suffixes ?? []).map { Array(NameFolding.fold($0)) },
            exceptions: (rule?.exceptions ?? []).map { Array(NameFolding.fold($0)) })
        let markers = hongKong.registrationMarkers
        foldedMarkers = (
            (markers?.namePrefixes ?? []).map(NameFolding.fold), (markers?.nameContains ?? []).map(NameFolding.fold),
            (markers?.englishSuffixes ?? []).map { NameFolding.tokens($0).joined(separator: " ") }
        )
        // A start-only short name is start-only wherever it appears (中建 in the Global 500 file too).
        let startOnly = Set(files.flatMap { $0.enterprises.flatMap { $0.startOnly ?? [] } })
        let indexed = [
            "soe": soe.enterprises.map { IndexedEntry($0, startOnly: startOnly) },
            "fortune": fortune.enterprises.map { IndexedEntry($0, startOnly: startOnly) },
            "hongKong": hongKong.enterprises.map { IndexedEntry($0, startOnly: startOnly) },
            // A unit's names count only at the start of a company name: its branches and
            // subsidiaries begin with them, while another firm may end with one (北京三维天地科技股份
            // 有限公司 is not 天地科技股份有限公司).
            "units": data.groupUnits.units.map {
                IndexedEntry(
                    ReferenceData.EnterpriseRecord(name: $0.name, shortNames: $0.shortNames, english: $0.english),
                    startOnly: Set([$0.name] + ($0.shortNames ?? [])))
            },
        ]
        var ids: [String: Int] = [:]
        var owners: [[(list: String, index: Int)]] = []
        var english: [String: [(list: String, index: Int)]] = [:]
        var lists = indexed
        for (list, entries) in indexed {
            for (index, entry) in entries.enumerated() {
                let keys =
                    entry.chinese.map(\.string) + entry.literalPatterns.map(\.string) + entry.patterns.map(\.prefix)
                for key in keys where !key.isEmpty {
                    let id = ids[key] ?? owners.count
                    if id == owners.count {
                        ids[key] = id
                        owners.append([])
                    }
                    owners[id].append((list, index))
                }
                for name in entry.english { english[name.tokens[0], default: []].append((list, index)) }
                lists[list]?[index].resolve(ids)
            }
        }
        self.indexed = lists
        nameOwners = owners
        englishOwners = english
        nameIndex = PatternIndex(ids.sorted { $0.value < $1.value }.map(\.key))
    }

    /// The classes of a company, each with its evidence, in wire order (central SOE, Hong Kong, Global 500).
    /// A declared `ownership` overrides the Hong Kong inference.
    public func classify(
        companyName: String, parentCompany: String?, headquarters: Place?, ownership: Ownership? = nil
    )
        -> [ClassEvidence]
    {
        let names = [(companyName, false)] + (parentCompany.map { [($0, true)] } ?? [])
        let texts = names.map { (prepare($0.0), $0.1) }
        var evidence: [ClassEvidence] = []
        let soeHits = hits("soe", texts)
        for (entry, matched, viaParent) in soeHits {
            evidence.append(
                ClassEvidence(
                    enterpriseClass: .centralSOE, entry: entry.name, source: soe.edition, matched: matched,
                    viaParent: viaParent, group: entry.name, confidence: entry.confidence,
                    industries: entry.industries ?? []))
        }
        // A unit gives its parent's class; a parent linked to a central SOE gives that SOE too.
        let unitHits = hits("units", texts).compactMap { record, matched, viaParent in
            units[record.name].map { (link: $0, matched: matched, viaParent: viaParent) }
        }
        var soeNames = Set(soeHits.map(\.0.name))
        for hit in unitHits {
            guard let parent = hit.link.centralSOE, !soeNames.contains(parent.name) else { continue }
            soeNames.insert(parent.name)
            evidence.append(unitEvidence(hit.link, .centralSOE, parent, soe, hit.matched, hit.viaParent))
        }
        for (file, key, enterpriseClass) in [
            (hongKong, "hongKong", EnterpriseClass.hongKongFunded), (fortune, "fortune", .fortuneGlobal500),
        ] {
            var found = hits(key, texts)
            for entry in file.enterprises
            where entry.sasacName.map(soeNames.contains) == true && !found.contains(where: { $0.0 == entry }) {
                found.append((entry, "group \(entry.sasacName ?? "")", false))
            }
            for (entry, matched, viaParent) in found {
                evidence.append(
                    ClassEvidence(
                        enterpriseClass: enterpriseClass, entry: entry.name, source: file.edition, matched: matched,
                        viaParent: viaParent, group: entry.sasacName ?? entry.name, confidence: entry.confidence,
                        industries: entry.industries ?? []))
            }
            for hit in unitHits
            where hit.link.enterpriseClass == enterpriseClass && !found.contains(where: { $0.0 == hit.link.parent }) {
                found.append((hit.link.parent, hit.matched, hit.viaParent))
                evidence.append(
                    unitEvidence(hit.link, enterpriseClass, hit.link.parent, file, hit.matched, hit.viaParent))
            }
        }
        if headquarters?.province == "香港特别行政区" {
            evidence.append(
                ClassEvidence(
                    enterpriseClass: .hongKongFunded, entry: "headquartered in Hong Kong / 总部在香港",
                    source: hongKong.edition, matched: headquarters?.name ?? "香港", viaParent: false))
        }
        for (text, viaParent) in names where registeredInHongKong(text) {
            evidence.append(
                ClassEvidence(
                    enterpriseClass: .hongKongFunded, entry: "registered in Hong Kong / 香港注册", source: hongKong.edition,
                    matched: text, viaParent: viaParent))
        }
        if let ownership {
            evidence.removeAll { $0.enterpriseClass == .hongKongFunded }
            if ownership == .hongKong {
                evidence.append(
                    ClassEvidence(
                        enterpriseClass: .hongKongFunded, entry: "declared ownership / 申报港资", source: "officer",
                        matched: ownership.rawValue, viaParent: false))
            }
        }
        return EnterpriseClass.allCases.flatMap { wanted in evidence.filter { $0.enterpriseClass == wanted } }
    }

    /// The evidence of a unit's class: the parent entry and its list's edition, the unit table's
    /// edition, the unit's name and stock codes (why it belongs to the parent, and where that is
    /// written, are in the table).
    private func unitEvidence(
        _ link: UnitLink, _ enterpriseClass: EnterpriseClass, _ parent: ReferenceData.EnterpriseRecord,
        _ file: ReferenceData.EnterpriseFile, _ matched: String, _ viaParent: Bool
    ) -> ClassEvidence {
        let unit = link.unit
        let codes = unit.stockCodes.map { " " + $0.joined(separator: ", ") } ?? ""
        let named = matched == unit.name ? "\(unit.name)\(codes)" : "\(matched)（\(unit.name)\(codes)）"
        return ClassEvidence(
            enterpriseClass: enterpriseClass, entry: parent.name, source: "\(file.edition); \(unitsEdition)",
            matched: link.parent.name == parent.name ? named : "\(named) → \(link.parent.name)", viaParent: viaParent,
            group: parent.sasacName ?? parent.name, confidence: parent.confidence, industries: parent.industries ?? [])
    }

    /// A text prepared once for matching against every entry.
    struct PreparedText {
        var folded: [Character]
        var foldedString: String
        var tokens: [String]
        /// The ids of the indexed names and pattern prefixes that occur in the text.
        var occurring: Set<Int>
        /// The entries worth a closer look, by list: those with a name occurring in the text.
        var candidates: [String: Set<Int>]
    }

    private func prepare(_ text: String) -> PreparedText {
        let foldedString = NameFolding.fold(text)
        let tokens = NameFolding.tokens(text)
        let occurring = nameIndex.occurring(in: PatternIndex.scalars(foldedString))
        var candidates: [String: Set<Int>] = [:]
        for owner in occurring.flatMap({ nameOwners[$0] }) + tokens.flatMap({ englishOwners[$0] ?? [] }) {
            candidates[owner.list, default: []].insert(owner.index)
        }
        return PreparedText(
            folded: Array(foldedString), foldedString: foldedString, tokens: tokens, occurring: occurring,
            candidates: candidates)
    }

    /// An entry's names prepared once: folded Chinese names, English token runs, unit patterns.
    struct IndexedEntry: Sendable {
        var record: ReferenceData.EnterpriseRecord
        var chinese: [(name: String, folded: [Character], string: String, startOnly: Bool)]
        /// The index ids of `chinese`, `literalPatterns` and `patterns` prefixes, set by `resolve`.
        var chineseIDs: [Int] = []
        var literalIDs: [Int] = []
        var prefixIDs: [Int?] = []
        var english: [(name: String, tokens: [String])]
        var literalPatterns: [(name: String, folded: [Character], string: String)]
        var patterns: [(name: String, pattern: SubsidiaryPattern, prefix: String)]

        init(_ record: ReferenceData.EnterpriseRecord, startOnly: Set<String>) {
            self.record = record
            let names = record.names.filter { !$0.isEmpty }
            chinese = names.filter(NameFolding.isChinese).map {
                ($0, Array(NameFolding.fold($0)), NameFolding.fold($0), startOnly.contains($0))
            }
            english = names.filter { !NameFolding.isChinese($0) }.map { ($0, NameFolding.tokens($0)) }.filter {
                !$0.1.isEmpty
            }
            let units = record.subsidiaryPatterns ?? []
            literalPatterns = units.filter { !$0.contains("#") && !$0.contains("*") }.map {
                ($0, Array(NameFolding.fold($0)), NameFolding.fold($0))
            }
            patterns = units.filter { $0.contains("#") || $0.contains("*") }.map {
                ($0, SubsidiaryPattern($0), NameFolding.fold(String($0.prefix { $0 != "#" && $0 != "*" })))
            }
        }

        mutating func resolve(_ ids: [String: Int]) {
            chineseIDs = chinese.map { ids[$0.string] ?? -1 }
            literalIDs = literalPatterns.map { ids[$0.string] ?? -1 }
            prefixIDs = patterns.map { ids[$0.prefix] }
        }
    }

    /// The entries named in any of `texts`, in list order.
    private func hits(_ list: String, _ texts: [(PreparedText, Bool)])
        -> [(ReferenceData.EnterpriseRecord, String, Bool)]
    {
        guard let entries = indexed[list] else { return [] }
        let candidates = texts.reduce(into: Set<Int>()) { $0.formUnion($1.0.candidates[list] ?? []) }
        var found: [(ReferenceData.EnterpriseRecord, String, Bool)] = []
        for index in candidates.sorted() {
            for (text, viaParent) in texts where text.candidates[list]?.contains(index) == true {
                if let matched = hit(entries[index], in: text) {
                    found.append((entries[index].record, matched, viaParent))
                    break
                }
            }
        }
        return found
    }

    private func hit(_ entry: IndexedEntry, in text: PreparedText) -> String? {
        for (name, id) in zip(entry.chinese, entry.chineseIDs) where text.occurring.contains(id) {
            if chineseHits(name.folded, in: text.folded, atStartOnly: name.startOnly) {
                return name.name
            }
        }
        for name in entry.english where englishHits(name.tokens, in: text.tokens) {
            return name.name
        }
        for (name, id) in zip(entry.literalPatterns, entry.literalIDs)
        where text.occurring.contains(id) && chineseHits(name.folded, in: text.folded) {
            return name.name
        }
        for (pattern, id) in zip(entry.patterns, entry.prefixIDs)
        where id.map(text.occurring.contains) ?? true && pattern.pattern.matches(text.foldedString) {
            return pattern.name
        }
        return nil
    }

    private func chineseHits(_ needle: [Character], in haystack: [Character], atStartOnly: Bool = false) -> Bool {
        let key = String(needle)
        return NameFolding.offsets(of: needle, in: haystack).contains {
            (!atStartOnly || $0 == 0) && !blocked(key, haystack, $0, $0 + needle.count)
        }
    }

    private func englishHits(_ needle: [String], in haystack: [String]) -> Bool {
        let key = needle.joined(separator: " ")
        return NameFolding.offsets(of: needle, in: haystack).contains { start in
            !matcher.falsePositives.contains { fp in
                !fp.chinese && fp.blocks.contains(key)
                    && NameFolding.offsets(of: fp.tokens, in: haystack).contains {
                        $0 <= start && start + needle.count <= $0 + fp.tokens.count
                    }
            }
        }
    }

    /// Inside a known false positive, or followed by an address suffix (路, 街 …) that is not an exception.
    private func blocked(_ alias: String, _ text: [Character], _ start: Int, _ end: Int) -> Bool {
        for fp in matcher.falsePositives where fp.chinese && fp.blocks.contains(alias) {
            if NameFolding.offsets(of: fp.text, in: text).contains(where: { $0 <= start && end <= $0 + fp.text.count })
            {
                return true
            }
        }
        let rest = Array(text[end...])
        func starts(_ prefix: [Character]) -> Bool {
            rest.count >= prefix.count && Array(rest.prefix(prefix.count)) == prefix
        }
        return matcher.suffixes.contains(where: starts) && !matcher.exceptions.contains(where: starts)
    }

    private func registeredInHongKong(_ name: String) -> Bool {
        guard !name.isEmpty else { return false }
        let folded = NameFolding.fold(name)
        if foldedMarkers.prefixes.contains(where: { folded.hasPrefix($0) }) { return true }
        if foldedMarkers.contained.contains(where: { folded.contains($0) }) { return true }
        let tokens = NameFolding.tokens(name).joined(separator: " ")
        return foldedMarkers.englishSuffixes.contains { tokens.hasSuffix($0) }
    }
}

/// A unit-name pattern: `#` a run of Chinese numerals (中建#局), `*` a run of Chinese characters (国网*省电力).
struct SubsidiaryPattern {
    private let expression: NSRegularExpression?

    init(_ pattern: String) {
        var regex = ""
        for character in pattern {
            switch character {
            case "#": regex += "[一二三四五六七八九十]+"
            case "*": regex += "[\\u3400-\\u9fff]+"
            default: regex += NSRegularExpression.escapedPattern(for: NameFolding.fold(String(character)))
            }
        }
        expression = try? NSRegularExpression(pattern: regex)
    }

    func matches(_ folded: String) -> Bool {
        guard let expression else { return false }
        return expression.firstMatch(in: folded, range: NSRange(folded.startIndex..., in: folded)) != nil
    }
}
