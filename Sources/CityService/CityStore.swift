import AccessPolicy
import Federation
import Foundation
import LeadMessages
import ReporterService
import Reporting
import Storage

/// lead-city's database: the reporter's cells over every district (with a district dimension),
/// a checkpoint per district stream, what the city knows of each lead to find conflicts, and the
/// conflicts found — each event's effect and its district's checkpoint in one transaction.
public final class CityStore {
    /// The reporting cells, through the same counting rules as a district's lead-reporter: the
    /// city's figures are the sum of the districts' by construction.
    public let reporter: ReporterStore
    public var database: GroupCommit { reporter.database }
    /// At or above this project-name similarity, two districts' leads of one company are one project.
    let sameProjectSimilarity: Double
    /// Each district's name by its code, for the notices that name the other district.
    let districtNames: [String: String]

    public init(database: any SQLDatabase, sameProjectSimilarity: Double, districtNames: [String: String] = [:])
        throws
    {
        reporter = try ReporterStore(database: database, byDistrict: true)
        self.sameProjectSimilarity = sameProjectSimilarity
        self.districtNames = districtNames
        try Self.migrator.migrate(database)
    }

    static var migrator: SQLMigrator {
        var migrator = SQLMigrator()
        // Named apart from the reporter's migrations, which share the table of applied names.
        migrator.register("city-v1") { db in
            try db.run(
                [
                    """
                    CREATE TABLE district_stream (
                        district TEXT PRIMARY KEY, lastSequence INTEGER NOT NULL, intakeStore TEXT)
                    """,
                    """
                    CREATE TABLE city_lead (
                        district TEXT NOT NULL, leadId TEXT NOT NULL, companyKey TEXT NOT NULL,
                        companyName TEXT NOT NULL, projectName TEXT NOT NULL, reportedAt TEXT NOT NULL,
                        reportedMillis INTEGER NOT NULL, PRIMARY KEY (district, leadId))
                    """,
                    "CREATE INDEX city_lead_company ON city_lead(companyKey, district, reportedMillis)",
                    // One conflict per company and pair of districts (low, high: the two codes in
                    // order), with the pair of leads that decides priority.
                    """
                    CREATE TABLE conflict (
                        id INTEGER PRIMARY KEY AUTOINCREMENT, companyKey TEXT NOT NULL, kind TEXT NOT NULL,
                        lowDistrict TEXT NOT NULL, highDistrict TEXT NOT NULL,
                        firstDistrict TEXT NOT NULL, firstLeadId TEXT NOT NULL, firstAt TEXT NOT NULL,
                        firstMillis INTEGER NOT NULL,
                        secondDistrict TEXT NOT NULL, secondLeadId TEXT NOT NULL, secondAt TEXT NOT NULL,
                        secondMillis INTEGER NOT NULL, detectedAt TEXT NOT NULL,
                        decision TEXT, UNIQUE (companyKey, lowDistrict, highDistrict))
                    """,
                    "CREATE INDEX conflict_first ON conflict(firstDistrict)",
                    "CREATE INDEX conflict_second ON conflict(secondDistrict)",
                    // Each district's notices, numbered in the order the city found them.
                    """
                    CREATE TABLE notice (
                        id INTEGER PRIMARY KEY AUTOINCREMENT, district TEXT NOT NULL, record TEXT NOT NULL)
                    """,
                    "CREATE INDEX notice_district ON notice(district, id)",
                ].map(db.dialect.ddl))
        }
        // v2: registrations of big projects, and each lead's signing when its district flagged it
        // as unregistered.
        migrator.register("city-v2") { db in
            // Registrations and decisions are audited in the transaction that records them.
            try AuditLog.createTable(db)
            try db.run(
                [
                    """
                    CREATE TABLE registration (
                        id INTEGER PRIMARY KEY AUTOINCREMENT, district TEXT NOT NULL, leadId TEXT NOT NULL,
                        record TEXT NOT NULL, UNIQUE (district, leadId))
                    """,
                    "CREATE INDEX registration_district ON registration(district, id)",
                    "ALTER TABLE city_lead ADD COLUMN unregisteredFen INTEGER",
                    "ALTER TABLE city_lead ADD COLUMN unregisteredAt TEXT",
                    "ALTER TABLE city_lead ADD COLUMN unregisteredMillis INTEGER",
                    """
                    CREATE INDEX city_lead_unregistered ON city_lead(unregisteredMillis)
                    WHERE unregisteredMillis IS NOT NULL
                    """,
                ].map(db.dialect.ddl))
        }
        // v3: the store's identity, which the districts' feeds compare (a rebuilt store numbers its
        // notices and registrations from 1 again).
        migrator.register("city-v3") { db in
            try db.execute("INSERT INTO meta (key, value) VALUES ('cityStoreId', ?)", UUID().uuidString.lowercased())
        }
        // v4: on SQLite, the city's leads clustered by their key (WITHOUT ROWID): a lead is written
        // to two trees instead of three (the rows, their key's index, the company index).
        migrator.register("city-v4") { db in
            guard db.dialect == .sqlite else { return }
            try db.run([
                """
                CREATE TABLE city_lead_clustered (
                    district TEXT NOT NULL, leadId TEXT NOT NULL, companyKey TEXT NOT NULL,
                    companyName TEXT NOT NULL, projectName TEXT NOT NULL, reportedAt TEXT NOT NULL,
                    reportedMillis INTEGER NOT NULL, unregisteredFen INTEGER, unregisteredAt TEXT,
                    unregisteredMillis INTEGER, PRIMARY KEY (district, leadId)) WITHOUT ROWID
                """,
                """
                INSERT INTO city_lead_clustered SELECT district, leadId, companyKey, companyName, projectName,
                    reportedAt, reportedMillis, unregisteredFen, unregisteredAt, unregisteredMillis FROM city_lead
                """,
                "DROP TABLE city_lead",
                "ALTER TABLE city_lead_clustered RENAME TO city_lead",
                "CREATE INDEX city_lead_company ON city_lead(companyKey, district, reportedMillis)",
                """
                CREATE INDEX city_lead_unregistered ON city_lead(unregisteredMillis)
                WHERE unregisteredMillis IS NOT NULL
                """,
            ])
        }
        return migrator
    }

    /// The event as the city counts it: ids, officers, units and parks are a district's own names,
    /// so they are qualified with it (`huiji/L-000012`, `huiji/王敏`); two districts' 招商一科 are
    /// two rows of the city's breakdown, not one.
    static func scoped(_ event: LeadEvent, to district: String) -> LeadEvent {
        var scoped = event
        let qualified = { (name: String) in Self.scoped(name, to: district) }
        scoped.lead.leadId = qualified(event.lead.leadId)
        scoped.lead.officer = event.lead.officer.map(qualified)
        scoped.lead.carrierPark = event.lead.carrierPark.map(qualified)
        scoped.lead.responsibility?.unit = event.lead.responsibility?.unit.map(qualified)
        return scoped
    }

    static func scoped(_ name: String, to district: String) -> String { "\(district)/\(name)" }

    /// This store's identity (protocol 1.11), in every page a district fetches.
    public func storeId() throws -> String {
        try database.read { db in try db.string("SELECT value FROM meta WHERE key = 'cityStoreId'") } ?? ""
    }

    /// Where the city stands in a district's stream.
    public func checkpoint(_ district: String) throws -> (lastSequence: Int64, intakeStore: String?) {
        try database.read { db in
            guard
                let row = try db.row(
                    "SELECT lastSequence, intakeStore FROM district_stream WHERE district = ?", district)
            else { return (0, nil) }
            return (try row.int64("lastSequence"), try row.optionalString("intakeStore"))
        }
    }

    public func recordIntakeStore(_ store: String, district: String) throws {
        try database.write { db in
            try db.execute(
                """
                INSERT INTO district_stream (district, lastSequence, intakeStore) VALUES (?, 0, ?)
                ON CONFLICT (district) DO UPDATE SET intakeStore = excluded.intakeStore
                """, district, store)
        }
    }

    /// Applies one event of `district`'s stream: its cells (the lead's id made `district/id`, so
    /// two districts' L-000001 stay apart), the conflicts it starts, and the district's checkpoint.
    public func apply(_ event: LeadEvent, from district: String, classification: Classification, at now: Timestamp)
        throws
    {
        try apply([(event, classification)], from: district, at: now)
    }

    /// Applies events of `district`'s stream in order, all or nothing: the leads' facts and
    /// cells written once for all of them (`ReporterPage`), their conflict records read at once
    /// (`CityLeadPage`), and the district's checkpoint once.
    public func apply(_ events: [(LeadEvent, Classification)], from district: String, at now: Timestamp) throws {
        try apply(events.map(\.0), from: district, at: now) { events[$0].1 }
    }

    /// Applies a page of `district`'s stream, the event at each index classified by `classify`.
    /// The events are read where they lie: a page of a thousand events is a megabyte, and copying
    /// it into new arrays (scoped, paired with classifications) cost the kernel a tenth of the
    /// city's time zeroing fresh pages.
    public func apply<Events: RandomAccessCollection>(
        _ events: Events, from district: String, at now: Timestamp, classify: (Events.Index) -> Classification
    ) throws where Events.Element: PageEvent {
        guard let last = events.last?.event.sequence else { return }
        try database.write { db in
            var page = ReporterPage()
            try page.load(events.map { Self.scoped($0.event.lead.leadId, to: district) }, db)
            var leads = try CityLeadPage(
                district: district, ids: events.map { $0.event.lead.leadId },
                companyNames: events.map { $0.event.lead.companyName }, db)
            for (offset, index) in events.indices.enumerated() {
                // One copy of the event (a thousand bytes and a few dozen references) instead of
                // one per use: copying is a tenth of the city's profile.
                let event = events[index].event
                try reporter.apply(
                    Self.scoped(event, to: district), classification: classify(index), district: district, at: now,
                    in: db, page: &page)
                try recordLead(db, page: &leads, event.lead, index: offset, at: now)
            }
            try page.write(db)
            try leads.write(db)
            try db.execute(
                """
                INSERT INTO district_stream (district, lastSequence) VALUES (?, ?)
                ON CONFLICT (district) DO UPDATE SET lastSequence = excluded.lastSequence
                """, district, last)
            // A report's `basedOnSequence` is the sum of the districts' positions; a stream is
            // applied without gaps, so each event adds one.
            try db.execute("UPDATE consumer SET lastSequence = lastSequence + ? WHERE id = 1", Int64(events.count))
        }
    }
}
