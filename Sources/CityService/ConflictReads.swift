import Federation
import Storage

/// What the conflict check reads, read once per page of one district's events however many of the
/// page's leads name the company: other districts' leads (they do not change while the page is
/// applied: the city applies one district's page at a time), and this district's conflicts, kept
/// as `record` changes them. A company every district courts was read again for each of its leads,
/// a score of queries each: a quarter of lead-city's time.
struct ConflictReads {
    /// One of the page district's conflicts over a company: its kind, and when its own side was reported.
    struct Known {
        var kind: String
        var ownSideMillis: Int64
    }

    private struct Pair: Hashable {
        var key: String
        var district: String
    }

    private var pursuers: [String: [String]] = [:]
    private var firstReports: [Pair: [DistrictLead]] = [:]
    private var latest: [Pair: [DistrictLead]] = [:]
    /// This district's conflicts by company key, then by the other district.
    private var conflicts: [String: [String: Known]] = [:]

    /// The districts other than `district` that pursue company `key`, one index seek each (a skip
    /// scan): a company courted by every district for years has thousands of rows, and DISTINCT
    /// read them all.
    mutating func pursuers(of key: String, besides district: String, _ db: any SQLConnection) throws -> [String] {
        if let known = pursuers[key] { return known }
        let found = try db.query(
            """
            WITH RECURSIVE pursuer(district) AS (
                SELECT MIN(district) FROM city_lead WHERE companyKey = ?
                UNION ALL
                SELECT (SELECT MIN(c.district) FROM city_lead c WHERE c.companyKey = ? AND c.district > p.district)
                FROM pursuer p WHERE p.district IS NOT NULL)
            SELECT district FROM pursuer WHERE district IS NOT NULL AND district <> ?
            """, key, key, district
        ).map { try $0.string("district") }
        pursuers[key] = found
        return found
    }

    /// `other`'s first report of company `key` (who has priority).
    mutating func firstReport(of key: String, in other: String, _ db: any SQLConnection) throws -> [DistrictLead] {
        try Self.leads(of: key, in: other, order: "reportedMillis LIMIT 1", cache: &firstReports, db)
    }

    /// `other`'s latest leads of company `key`, newest first (one of them may be the same project).
    mutating func latest(of key: String, in other: String, _ db: any SQLConnection) throws -> [DistrictLead] {
        try Self.leads(
            of: key, in: other, order: "reportedMillis DESC LIMIT \(CityStore.recentLimit)", cache: &latest, db)
    }

    private static func leads(
        of key: String, in other: String, order: String, cache: inout [Pair: [DistrictLead]], _ db: any SQLConnection
    ) throws -> [DistrictLead] {
        let pair = Pair(key: key, district: other)
        if let known = cache[pair] { return known }
        let found = try db.query(
            "SELECT \(CityStore.leadColumns) FROM city_lead WHERE companyKey = ? AND district = ? ORDER BY \(order)",
            key, other
        ).map(CityStore.districtLead)
        cache[pair] = found
        return found
    }

    /// `district`'s conflicts over company `key`, by the other district.
    mutating func conflicts(of key: String, district: String, _ db: any SQLConnection) throws -> [String: Known] {
        if let known = conflicts[key] { return known }
        var found: [String: Known] = [:]
        for row in try db.query(
            """
            SELECT lowDistrict, highDistrict, kind, firstDistrict, firstMillis, secondMillis FROM conflict
            WHERE companyKey = ? AND (lowDistrict = ? OR highDistrict = ?)
            """, key, district, district)
        {
            let low = try row.string("lowDistrict")
            let ownIsFirst = try row.string("firstDistrict") == district
            found[low == district ? try row.string("highDistrict") : low] = Known(
                kind: try row.string("kind"), ownSideMillis: try row.int64(ownIsFirst ? "firstMillis" : "secondMillis"))
        }
        conflicts[key] = found
        return found
    }

    /// Keeps a conflict of `district` as `record` stored it, with its two sides. An entry left
    /// behind would cost reads, never a wrong conflict: a conflict's kind never goes back from
    /// same-project and its own side only moves earlier, so a stale entry asks for more candidates
    /// than needed, and `record` merges them with the conflict as stored.
    mutating func noteConflict(
        key: String, _ kind: String, _ first: DistrictLead, _ second: DistrictLead, district: String
    ) {
        let (own, other) = first.district == district ? (first, second) : (second, first)
        // Only a company already read is kept; another is read from the store when first asked.
        guard conflicts[key] != nil else { return }
        conflicts[key]?[other.district] = Known(kind: kind, ownSideMillis: own.reportedAt.epochMilliseconds)
    }
}
