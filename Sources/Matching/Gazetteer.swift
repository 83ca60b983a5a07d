import LeadMessages

/// Finds where a headquarters is. The most specific, longest match wins: a city beats its
/// province (`广东深圳` is Shenzhen), and a province that does not decide the region on its own
/// (`广东省`) gives `unknown`, never a guess.
///
/// This is the starter table of the foundation: provinces, the cities of the three regions and
/// Guangdong, and well-known districts and new areas. The matching issue replaces it with dated
/// reference data files.
public struct Gazetteer: Sendable {
    let places: [Place]
    private let index: [(alias: String, place: Place)]

    public init(places: [Place] = GazetteerData.places) {
        self.places = places
        index = places.flatMap { place in place.aliases.map { (Gazetteer.fold($0), place) } }
            .filter { $0.0.count >= 2 }
            .sorted { $0.0.count > $1.0.count }
    }

    public struct Match: Sendable, Equatable {
        public var place: Place
        public var matchedText: String
    }

    /// The best place named in `text`, or nil.
    public func locate(_ text: String) -> Match? {
        let folded = Gazetteer.fold(text)
        guard !folded.isEmpty else { return nil }
        var best: Match?
        for (alias, place) in index where folded.contains(alias) {
            guard let current = best else {
                best = Match(place: place, matchedText: alias)
                continue
            }
            // A city is more specific than a province-level entry; otherwise the longer alias wins
            // (the index is sorted longest first, so the first hit of each kind is kept).
            if current.place.city == nil && place.city != nil { best = Match(place: place, matchedText: alias) }
        }
        return best
    }

    static func fold(_ text: String) -> String {
        String(text.lowercased().filter { !$0.isWhitespace && $0 != "-" && $0 != "·" && $0 != "," && $0 != "，" })
    }
}
