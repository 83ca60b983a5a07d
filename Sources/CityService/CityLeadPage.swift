import Federation
import LeadMessages
import Matching
import Storage

/// What the city keeps of one of a district's leads for conflicts (`city_lead`).
struct StoredCityLead: Equatable {
    var companyKey: String
    var companyName: String
    var projectName: String
    var unregisteredFen: Int64?
    var unregisteredAt: String?
}

/// A page of one district's events as the conflict check sees it: the district's stored leads
/// read for the whole page at once and kept current as its events are recorded, each company
/// name's key made once, and which of the page's companies another district pursues too (only
/// their leads can start a conflict; other districts' leads do not change while a page of this
/// one is applied).
struct CityLeadPage {
    let district: String
    private(set) var stored: [String: StoredCityLead?] = [:]
    /// The company key of each of the page's events, by its index in the page.
    private(set) var keys: [String] = []
    private(set) var elsewhere = Set<String>()
    /// What the conflict check reads of the page's companies, read once each.
    var reads = ConflictReads()
    /// Rows recorded but not yet written, one per lead (its latest), in the order first recorded.
    private var unwritten: [String: [SQLValue]] = [:]
    private var unwrittenOrder: [String] = []

    init(district: String, ids leadIds: [String], companyNames: [String], _ db: any SQLConnection) throws {
        self.district = district
        let ids = Array(Set(leadIds))
        stored.reserveCapacity(ids.count)
        for chunk in Self.chunks(ids) {
            for id in chunk { stored[id] = .some(nil) }
            for row in try db.query(
                """
                SELECT leadId, companyKey, companyName, projectName, unregisteredFen, unregisteredAt FROM city_lead
                WHERE district = ? AND leadId IN (\(Self.marks(chunk.count)))
                """, [.text(district)] + chunk.map(SQLValue.text))
            {
                let lead = StoredCityLead(
                    companyKey: try row.string("companyKey"), companyName: try row.string("companyName"),
                    projectName: try row.string("projectName"),
                    unregisteredFen: try row.optionalInt64("unregisteredFen"),
                    unregisteredAt: try row.optionalString("unregisteredAt"))
                stored[try row.string("leadId")] = lead
            }
        }
        // A lead whose company name the city has seen keeps its stored key. Keyed by index, not
        // by name: hashing a Chinese name (Unicode-normalized first) cost more than making its key.
        keys = zip(leadIds, companyNames).map { id, name in
            if let lead = stored[id] ?? nil, lead.companyName == name { return lead.companyKey }
            return CompanyKey.make(name)
        }
        let pageKeys = Array(Set(keys.filter { !$0.isEmpty }))
        for chunk in Self.chunks(pageKeys) {
            elsewhere.formUnion(
                try db.query(
                    """
                    SELECT DISTINCT companyKey FROM city_lead
                    WHERE district <> ? AND companyKey IN (\(Self.marks(chunk.count)))
                    """, [.text(district)] + chunk.map(SQLValue.text)
                ).map { try $0.string("companyKey") })
        }
    }

    /// Keeps `lead` as the page's record of `leadId`, its row written by `write`.
    mutating func recorded(_ leadId: String, _ lead: StoredCityLead, row: [SQLValue]) {
        stored[leadId] = lead
        if unwritten.updateValue(row, forKey: leadId) == nil { unwrittenOrder.append(leadId) }
    }

    /// Writes the rows recorded, a hundred per statement, at the end of the page (what reads them
    /// before, a conflict's notices, reads `stored`). A lead is in one statement once (PostgreSQL
    /// refuses an upsert that touches a row twice).
    mutating func write(_ db: any SQLConnection) throws {
        for start in stride(from: 0, to: unwrittenOrder.count, by: 100) {
            let ids = unwrittenOrder[start..<min(unwrittenOrder.count, start + 100)]
            let values = Array(repeating: "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", count: ids.count).joined(separator: ", ")
            try db.execute(
                """
                INSERT INTO city_lead (
                    district, leadId, companyKey, companyName, projectName, reportedAt, reportedMillis,
                    unregisteredFen, unregisteredAt, unregisteredMillis)
                VALUES \(values)
                ON CONFLICT (district, leadId) DO UPDATE SET companyKey = excluded.companyKey,
                    companyName = excluded.companyName, projectName = excluded.projectName,
                    unregisteredFen = excluded.unregisteredFen, unregisteredAt = excluded.unregisteredAt,
                    unregisteredMillis = excluded.unregisteredMillis
                """, ids.flatMap { unwritten[$0] ?? [] })
        }
        unwritten = [:]
        unwrittenOrder = []
    }

    /// Keys and ids per query: far below either database's limit on arguments.
    private static func chunks(_ values: [String]) -> [[String]] {
        stride(from: 0, to: values.count, by: 200).map { Array(values[$0..<min(values.count, $0 + 200)]) }
    }

    private static func marks(_ count: Int) -> String { Array(repeating: "?", count: count).joined(separator: ", ") }
}
