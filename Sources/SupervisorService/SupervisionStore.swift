import Foundation
import LeadMessages
import Storage
import Supervision

/// lead-supervisor's database: what it knows of each lead (`SupervisedLead`), and the last event
/// sequence applied, written in one transaction per event (or per batch of events).
public final class SupervisionStore {
    public let database: GroupCommit
    /// Where notifications go besides the inbox.
    public let notifications: NotificationSettings
    /// Goes up with every change of an order (issued, signed for, answered, escalated).
    var ordersVersion = 0
    /// Weekly lines computed for weeks not frozen, by week, with the board's and the orders'
    /// versions they were computed at (the console's weekly report asks on every view).
    var computedLines: [String: (board: Int, orders: Int, line: SupervisionLine)] = [:]

    public init(database: any SQLDatabase, notifications: NotificationSettings = NotificationSettings()) throws {
        self.database = GroupCommit(database)
        self.notifications = notifications
        try Self.migrator.migrate(database)
    }

    static var migrator: SQLMigrator {
        var migrator = SQLMigrator()
        migrator.register("v1") { db in
            try db.execute(
                db.dialect.ddl(
                    "CREATE TABLE supervised (leadId TEXT PRIMARY KEY, record TEXT NOT NULL, stage TEXT NOT NULL)"))
            try ConsumerCheckpoint.createTable(db)
            try ConsumerCheckpoint.addIntakeStore(db)
        }
        // v2: 督办 orders, the request ids that made or changed them, and the audit log they are recorded in.
        migrator.register("v2") { db in
            try db.run(
                [
                    """
                    CREATE TABLE supervision_order (
                        number INTEGER PRIMARY KEY AUTOINCREMENT, orderId TEXT NOT NULL UNIQUE, leadId TEXT NOT NULL,
                        state TEXT NOT NULL, deadline TEXT NOT NULL, record TEXT NOT NULL)
                    """,
                    "CREATE INDEX supervision_order_lead ON supervision_order (leadId, number)",
                    "CREATE INDEX supervision_order_state ON supervision_order (state, deadline)",
                    "CREATE TABLE order_request (requestId TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, orderId TEXT NOT NULL)",
                ].map(db.dialect.ddl))
            try AuditLog.createTable(db)
        }
        // v3: notifications (one per cause), each recipient's inbox, the outbox of deliveries by
        // channel, and the light each lead last notified of.
        migrator.register("v3") { db in
            try db.run(
                [
                    """
                    CREATE TABLE notification (
                        number INTEGER PRIMARY KEY AUTOINCREMENT, notificationId TEXT NOT NULL UNIQUE,
                        leadId TEXT NOT NULL, kind TEXT NOT NULL, record TEXT NOT NULL)
                    """,
                    """
                    CREATE TABLE inbox (
                        recipient TEXT NOT NULL, number INTEGER NOT NULL, readAt TEXT,
                        PRIMARY KEY (recipient, number))
                    """,
                    """
                    CREATE TABLE delivery (
                        number INTEGER NOT NULL, channel TEXT NOT NULL, address TEXT NOT NULL, state TEXT NOT NULL,
                        attempts INTEGER NOT NULL DEFAULT 0, lastError TEXT, deliveredAt TEXT,
                        PRIMARY KEY (number, channel, address))
                    """,
                    "CREATE INDEX delivery_state ON delivery (state, channel, number)",
                    "CREATE TABLE light_notice (leadId TEXT PRIMARY KEY, color TEXT NOT NULL)",
                ].map(db.dialect.ddl))
        }
        // v4: each follow-up (for the 月督查's monthly counts) and the frozen monthly reviews.
        migrator.register("v4") { db in
            try db.run(
                [
                    """
                    CREATE TABLE follow_up (
                        sequence INTEGER PRIMARY KEY, leadId TEXT NOT NULL, day TEXT NOT NULL, record TEXT NOT NULL)
                    """,
                    "CREATE INDEX follow_up_day ON follow_up (day)",
                    "CREATE TABLE monthly_review (month TEXT PRIMARY KEY, record TEXT NOT NULL)",
                    // A store from before v4 kept no follow-ups: its facts are rebuilt from intake's
                    // events, from the first (the month is frozen only once that replay caught up).
                    "DELETE FROM supervised",
                    "UPDATE consumer SET lastSequence = 0 WHERE id = 1",
                ].map(db.dialect.ddl))
        }
        // v5: the weekly report's supervision lines, frozen when their week closes.
        migrator.register("v5") { db in
            try db.execute(db.dialect.ddl("CREATE TABLE weekly_line (week TEXT PRIMARY KEY, record TEXT NOT NULL)"))
        }
        // v6 (protocol 1.11): the last conflict notice fetched from lead-city.
        migrator.register("v6") { db in
            try db.run(
                [
                    """
                    CREATE TABLE city_feed (
                        id INTEGER PRIMARY KEY CHECK (id = 1), lastNoticeId INTEGER NOT NULL, storeId TEXT)
                    """,
                    "INSERT INTO city_feed (id, lastNoticeId) VALUES (1, 0)",
                ].map(db.dialect.ddl))
        }
        return migrator
    }

    /// Applies one event: the lead's facts after it, and the sequence. Returns the facts.
    public func apply(_ event: LeadEvent) throws -> SupervisedLead {
        try database.write { db in
            let previous = try db.string("SELECT record FROM supervised WHERE leadId = ?", event.lead.leadId)
                .map { try StoredJSON.decode(SupervisedLead.self, from: $0) }
            let facts = SupervisedLead.applying(event, to: previous)
            try db.execute(
                """
                INSERT INTO supervised (leadId, record, stage) VALUES (?, ?, ?)
                ON CONFLICT (leadId) DO UPDATE SET record = excluded.record, stage = excluded.stage
                """, facts.leadId, try StoredJSON.string(facts), facts.stage.rawValue)
            if let followUp = event.followUp {
                let record = FollowUpRecord(
                    leadId: facts.leadId, on: followUp.on, kind: followUp.kind, destination: followUp.destination,
                    recordedBy: followUp.recordedBy)
                try db.execute(
                    "INSERT INTO follow_up (sequence, leadId, day, record) VALUES (?, ?, ?, ?) ON CONFLICT (sequence) DO NOTHING",
                    event.sequence, facts.leadId, followUp.on.description, try StoredJSON.string(record))
            }
            try ConsumerCheckpoint.record(event.sequence, db)
            return facts
        }
    }

    /// One lead's facts, if supervision has seen it.
    public func lead(_ leadId: String) throws -> SupervisedLead? {
        try database.read { db in try Self.lead(db, leadId) }
    }

    static func lead(_ db: any SQLConnection, _ leadId: String) throws -> SupervisedLead? {
        try db.string("SELECT record FROM supervised WHERE leadId = ?", leadId)
            .map { try StoredJSON.decode(SupervisedLead.self, from: $0) }
    }

    /// Every lead, for the board's cache at start (the rules decide which are active).
    public func allLeads() throws -> [SupervisedLead] {
        try database.read { db in
            try db.query("SELECT record FROM supervised").map {
                try StoredJSON.decode(SupervisedLead.self, from: try $0.string("record"))
            }
        }
    }
}
