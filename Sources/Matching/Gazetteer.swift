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
    }

    public struct Match: Sendable, Equatable {
        public var place: Place
        public var matchedText: String
    }

    /// The place named in `text`, or nil when none is, or when two different cities tie.
    public func locate(_ text: String) -> Match? {
        let foldedString = NameFolding.fold(text)
        let tokens = NameFolding.tokens(text)
        var hits: [(match: Match, length: Int)] = []
        for indexed in places {
            var best: (alias: String, length: Int)?
            for (alias, aliasFolded, aliasString) in indexed.chinese where aliasFolded.count > (best?.length ?? 0) {
                if foldedString.contains(aliasString) { best = (alias, aliasFolded.count) }
            }
            for (alias, aliasTokens) in indexed.english {
                let length = aliasTokens.joined(separator: " ").count
                if length > (best?.length ?? 0), !NameFolding.offsets(of: aliasTokens, in: tokens).isEmpty {
                    best = (alias, length)
                }
            }
            if let best { hits.append((Match(place: indexed.place, matchedText: best.alias), best.length)) }
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
