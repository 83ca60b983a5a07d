import Federation
import Foundation
import LeadMessages
import ServiceKit
import Storage

/// Intake's database: the leads, the outbox of events, and the request ids already answered.
///
/// Every change and its event commit in one transaction (the transactional outbox), so an event
/// exists exactly when its change does, with a gap-free sequence. Used from one thread only.
public final class IntakeStore {
    public let database: GroupCommit
    let sender: String
    /// This store's identity, made when it was created (protocol 1.7): heartbeats and replay pages
    /// carry it, so a consumer notices when it is pointed at another intake database.
    public let storeId: String
    /// (1.11) When the district belongs to a city: a signing at or above the threshold needs the
    /// city's registration, else it is refused or flagged. Nil: no rule.
    public var registrationRule: RegistrationRule?
    /// While a batch is open: the last committed sequence, the most `events` may return (a
    /// consumer must never apply an event that might still roll back).
    private var replayCeiling: Int64?
    /// Within a batch, the newest lead number and event sequence, counted in memory so that a
    /// submission asks the database for neither (intake is its store's only writer). Forgotten
    /// whenever anything rolls back; then read again.
    private var newest: (lead: Int64, sequence: Int64)?
    /// The events the open batch appended, in order, for the relay to publish once it commits;
    /// nil once a rollback made the list unreliable (the relay then reads the outbox).
    private var appended: [OutboxEvent]? = []
    /// What the last committed batch appended, when known.
    private var committed: [OutboxEvent]?

    /// An event as the outbox holds it and the relay publishes it.
    public struct OutboxEvent {
        public var sequence: Int64
        public var type: String
        public var envelope: [UInt8]
    }

    public init(database: any SQLDatabase, sender: String = "lead-intake") throws {
        self.database = GroupCommit(database)
        self.sender = sender
        try Self.migrator.migrate(database)
        storeId = try database.read { db in try db.string("SELECT value FROM meta WHERE key = 'storeId'") } ?? ""
        self.database.onRollback = { [unowned self] in (newest, appended) = (nil, nil) }
    }

    /// Handles a burst of commands in one transaction (group commit); replies go out after it.
    public func batch(_ body: () throws -> Void) throws {
        committed = nil
        defer { (replayCeiling, newest, appended) = (nil, nil, []) }
        try database.batch {
            newest = try database.read { db in try (Self.newestLead(db), Self.newestSequence(db)) }
            replayCeiling = newest?.sequence
            try body()
        }
        committed = appended
    }

    /// The events of the batch that just committed, in order, if no rollback inside it made the
    /// list unreliable; each is handed out once.
    func takeCommitted() -> [OutboxEvent]? {
        defer { committed = nil }
        return committed
    }

    static var migrator: SQLMigrator {
        var migrator = SQLMigrator()
        migrator.register("v1") { db in
            try db.run([
                db.dialect.ddl(
                    "CREATE TABLE lead (id INTEGER PRIMARY KEY AUTOINCREMENT, stage TEXT NOT NULL, record TEXT NOT NULL)"
                ),
                "CREATE INDEX lead_stage ON lead(stage, id)",
                db.dialect.ddl(
                    """
                    CREATE TABLE event (
                        sequence INTEGER PRIMARY KEY, type TEXT NOT NULL, leadId TEXT NOT NULL, envelope BLOB NOT NULL)
                    """),
                "CREATE TABLE request (requestId TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, leadId TEXT NOT NULL)",
            ])
        }
        // v2: who owns each lead (the transport identity that submitted it), and the audit log.
        migrator.register("v2") { db in
            try db.run(["ALTER TABLE lead ADD COLUMN owner TEXT", "CREATE INDEX lead_owner ON lead(owner, id)"])
            try AuditLog.createTable(db)
        }
        // v3 (protocol 1.6): a lead's history is an index range, not a scan of the whole log.
        migrator.register("v3") { db in try db.execute("CREATE INDEX event_lead ON event(leadId, sequence)") }
        // v4 (protocol 1.7): the store's identity.
        migrator.register("v4") { db in
            try db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            try db.execute("INSERT INTO meta (key, value) VALUES ('storeId', ?)", UUID().uuidString.lowercased())
        }
        // v5 (protocol 1.11): the city's registrations of this district's projects, as last fetched.
        migrator.register("v5") { db in
            try db.run(
                [
                    "CREATE TABLE city_registration (leadId TEXT PRIMARY KEY, registrationId INTEGER NOT NULL, record TEXT NOT NULL)",
                    """
                    CREATE TABLE city_registration_feed (
                        id INTEGER PRIMARY KEY CHECK (id = 1), lastRegistrationId INTEGER NOT NULL, storeId TEXT)
                    """,
                    "INSERT INTO city_registration_feed (id, lastRegistrationId) VALUES (1, 0)",
                ].map(db.dialect.ddl))
        }
        return migrator
    }

    /// The newest event sequence (0 before the first).
    public func headSequence() throws -> Int64 {
        try database.read { db in try db.int64("SELECT COALESCE(MAX(sequence), 0) FROM event") ?? 0 }
    }

    public func lead(number: Int64) throws -> Lead? {
        try database.read { db in try Self.fetchLead(db, number: number) }
    }

    /// Leads in id order; `owner` restricts to one officer's leads.
    public func list(stage: Stage?, owner: String? = nil, after: Int64, limit: Int) throws -> [Lead] {
        try database.read { db in
            var conditions = ["id > ?"]
            var arguments: [SQLValue] = [.integer(after)]
            if let stage {
                conditions.append("stage = ?")
                arguments.append(.text(stage.rawValue))
            }
            if let owner {
                conditions.append("owner = ?")
                arguments.append(.text(owner))
            }
            arguments.append(.integer(Int64(limit)))
            return try db.query(
                "SELECT record FROM lead WHERE \(conditions.joined(separator: " AND ")) ORDER BY id LIMIT ?", arguments
            ).map { try Self.decodeLead($0.string("record")) }
        }
    }

    /// Event envelopes after `sequence`, as stored (and published), in order.
    public func events(after sequence: Int64, limit: Int) throws -> [[UInt8]] {
        try database.read { db in
            try db.query(
                "SELECT envelope FROM event WHERE sequence > ? AND sequence <= ? ORDER BY sequence LIMIT ?",
                sequence, replayCeiling ?? Int64.max, limit
            ).map { try $0.bytes("envelope") }
        }
    }

    /// The outbox after `sequence` as stored, with each event's sequence and type, for the relay.
    func outbox(after sequence: Int64, limit: Int) throws -> [OutboxEvent] {
        try database.read { db in
            try db.query(
                "SELECT sequence, type, envelope FROM event WHERE sequence > ? AND sequence <= ? ORDER BY sequence LIMIT ?",
                sequence, replayCeiling ?? Int64.max, limit
            ).map {
                OutboxEvent(
                    sequence: try $0.int64("sequence"), type: try $0.string("type"), envelope: try $0.bytes("envelope"))
            }
        }
    }

    /// Every event of one lead, oldest first (at most `limit`, the oldest ones).
    public func history(leadId: String, limit: Int) throws -> [LeadHistoryEntry] {
        try database.read { db in
            try db.query(
                "SELECT envelope FROM event WHERE leadId = ? ORDER BY sequence LIMIT ?", leadId, Int64(limit)
            ).map { row in
                let envelope = try MessageCodec.decodeAny(LeadEvent.self, from: row.bytes("envelope")).get()
                return LeadHistoryEntry(type: envelope.type, event: envelope.body)
            }
        }
    }

    // MARK: - Shared pieces for IntakeStore+Commands

    static func fetchLead(_ db: any SQLConnection, number: Int64) throws -> Lead? {
        try db.string("SELECT record FROM lead WHERE id = ?", number).map(decodeLead)
    }

    static func decodeLead(_ json: String) throws -> Lead {
        try StoredJSON.decode(Lead.self, from: json)
    }

    private static func newestLead(_ db: any SQLConnection) throws -> Int64 {
        try db.int64("SELECT COALESCE(MAX(id), 0) FROM lead") ?? 0
    }

    private static func newestSequence(_ db: any SQLConnection) throws -> Int64 {
        try db.int64("SELECT COALESCE(MAX(sequence), 0) FROM event") ?? 0
    }

    /// The number of the lead about to be inserted (inside the caller's transaction).
    func nextLeadNumber(_ db: any SQLConnection) throws -> Int64 {
        guard var counted = newest else { return try Self.newestLead(db) + 1 }
        counted.lead += 1
        newest = counted
        return counted.lead
    }

    private func nextSequence(_ db: any SQLConnection) throws -> Int64 {
        guard var counted = newest else { return try Self.newestSequence(db) + 1 }
        counted.sequence += 1
        newest = counted
        return counted.sequence
    }

    /// Appends the event for `lead` to the outbox with the next sequence, inside the caller's
    /// transaction. `leadJSON` is the lead as `save` wrote it: the event carries the same bytes.
    func appendEvent(
        _ db: any SQLConnection, type: MessageType, lead: Lead, leadJSON: [UInt8], previousSigning: Signing? = nil,
        followUp: FollowUp? = nil, at now: Timestamp
    ) throws {
        let sequence = try nextSequence(db)
        let event = LeadEvent(sequence: sequence, lead: lead, previousSigning: previousSigning, followUp: followUp)
        let envelope = Envelope(type: type, body: event, sender: sender, sentAt: now).wireJSON(
            body: event.wireJSON(lead: leadJSON))
        try db.execute(
            "INSERT INTO event (sequence, type, leadId, envelope) VALUES (?, ?, ?, ?)", sequence, type.rawValue,
            lead.leadId, envelope)
        if database.inBatch {
            appended?.append(OutboxEvent(sequence: sequence, type: type.rawValue, envelope: envelope))
        }
    }

    /// Inserts a new lead numbered `number`; returns its record's JSON, which its event carries too.
    func insert(_ db: any SQLConnection, _ lead: Lead, number: Int64) throws -> [UInt8] {
        let json = lead.wireJSON()
        try db.execute(
            "INSERT INTO lead (id, stage, record, owner) VALUES (?, ?, ?, ?)", number, lead.stage.rawValue,
            String(decoding: json, as: UTF8.self), lead.owner)
        return json
    }

    /// Writes the lead's record and the columns beside it that lists filter by (a 流转 changes the
    /// owner); returns the record's JSON, which the lead's event carries too.
    @discardableResult
    func save(_ db: any SQLConnection, _ lead: Lead, number: Int64) throws -> [UInt8] {
        let json = lead.wireJSON()
        try db.execute(
            "UPDATE lead SET stage = ?, record = ?, owner = ? WHERE id = ?", lead.stage.rawValue,
            String(decoding: json, as: UTF8.self), lead.owner, number)
        return json
    }
}
