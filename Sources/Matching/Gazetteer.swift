import LeadMessages

/// Finds where a headquarters is, from `geography.json`. A city (or a district or new area, which
/// belongs to its city) beats its province; among those, the longest name matched wins; a tie
/// between different cities goes to the one in a province the text also names, else is
/// ambiguous, and a province that does not decide the region on its
/// own (广东省: GBA or not depends on the city) gives `unknown` — never a guess.
public struct Gazetteer: Sendable {
    struct IndexedPlace: Sendable {
        var place: Place
        var chinese: [(alias: String, folded: [Character], string: String)]
        var english: [(alias: String, tokens: [String])]
    }

    private let places: [IndexedPlace]
    /// Every Chinese alias of every place, flattened: (place, alias) by pattern id.
    private let chineseAliases: [(place: Int, alias: String, length: Int)]
    private let chineseIndex: PatternIndex

    public init(data: ReferenceData) {
        places = data.geography.places.map { record in
            let place = Place(
                name: record.name, province: record.province, city: record.city,
                region: record.region.flatMap(Region.init(rawValue:)), aliases: record.aliases)
            return IndexedPlace(
                place: place,
                chinese: record.aliases.filter(NameFolding.isChinese).map {
                    ($0, Array(NameFolding.fold($0)), NameFolding.fold($0))
                },
                english: record.aliases.filter { !NameFolding.isChinese($0) }.map { ($0, NameFolding.tokens($0)) })
        }
        chineseAliases = places.enumerated().flatMap { index, place in
            place.chinese.map { (index, $0.alias, $0.folded.count) }
        }
        chineseIndex = PatternIndex(places.flatMap { $0.chinese.map(\.string) })
    }

    public struct Match: Sendable, Equatable {
        public var place: Place
        public var matchedText: String
    }

    /// The place named in `text`, or nil when none is, or when two different cities tie.
    public func locate(_ text: String) -> Match? {
        let tokens = NameFolding.tokens(text)
        let tokenSet = Set(tokens)
        var best: [Int: (alias: String, length: Int)] = [:]
        for id in chineseIndex.occurring(in: PatternIndex.scalars(NameFolding.fold(text))) {
            let (place, alias, length) = chineseAliases[id]
            if length > (best[place]?.length ?? 0) { best[place] = (alias, length) }
        }
        for (index, indexed) in places.enumerated() {
            for (alias, aliasTokens) in indexed.english where aliasTokens.first.map(tokenSet.contains) == true {
                let length = aliasTokens.joined(separator: " ").count
                if length > (best[index]?.length ?? 0), !NameFolding.offsets(of: aliasTokens, in: tokens).isEmpty {
                    best[index] = (alias, length)
                }
            }
        }
        let hits = best.sorted { $0.key < $1.key }.map { index, found in
            (match: Match(place: places[index].place, matchedText: found.alias), length: found.length)
        }
        let specific = hits.filter { $0.match.place.city != nil }
        let pool = specific.isEmpty ? hits : specific
        guard let top = pool.map(\.length).max() else { return nil }
        var winners = pool.filter { $0.length == top }
        // A tie between cities is settled by the province the text also names: 浙江宁波 contains
        // 江宁 (Nanjing) as well as 宁波, but only 宁波 is in 浙江.
        let provincesNamed = Set(hits.filter { $0.match.place.city == nil }.map(\.match.place.province))
        let consistent = winners.filter { provincesNamed.contains($0.match.place.province) }
        if !consistent.isEmpty { winners = consistent }
        let cities = Set(winners.map { "\($0.match.place.province)/\($0.match.place.city ?? "")" })
        return cities.count == 1 ? winners.first?.match : nil
    }
}
