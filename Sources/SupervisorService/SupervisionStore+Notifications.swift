import AccessPolicy
import LeadMessages
import ServiceKit
import Storage
import Supervision

/// Notifications: each kept once per id with its inbox lines and its deliveries (the outbox), in
/// the transaction of the change that caused it, so a cause is never lost and never notified twice.
extension SupervisionStore {
    /// Records `notification` unless its id is known. Returns whether it was new.
    @discardableResult
    static func notify(
        _ notification: LeadNotification, settings: NotificationSettings, _ db: any SQLConnection
    ) throws -> Bool {
        var notification = notification
        // A 包联领导 is written as a name (李副区长): the person the configuration names so gets it.
        notification.recipients = Notices.unique(notification.recipients.map(settings.identity(named:)))
        guard
            let number = try db.int64(
                """
                INSERT INTO notification (notificationId, leadId, kind, record) VALUES (?, ?, ?, ?)
                ON CONFLICT (notificationId) DO NOTHING RETURNING number
                """, notification.notificationId, notification.leadId, notification.kind.rawValue,
                try StoredJSON.string(notification))
        else { return false }
        for recipient in notification.recipients {
            try db.execute("INSERT INTO inbox (recipient, number) VALUES (?, ?)", recipient, number)
        }
        for delivery in settings.deliveries(for: notification) {
            try db.execute(
                """
                INSERT INTO delivery (number, channel, address, state) VALUES (?, ?, ?, 'waiting')
                ON CONFLICT (number, channel, address) DO NOTHING
                """, number, delivery.channel, delivery.address)
        }
        return true
    }

    /// Notes the lights of the leads that changed since the last call, notifying those that got
    /// worse, and reminding of follow-ups due tomorrow (set after the day's sweep).
    func noteChanged(_ leadIds: Set<String>, on board: LightBoard, now: Timestamp) throws {
        try database.write { db in
            for leadId in leadIds.sorted() {
                guard let lead = board.lead(leadId) else { continue }
                let previous = try db.string("SELECT color FROM light_notice WHERE leadId = ?", leadId)
                    .flatMap(LightColor.init(rawValue:))
                try Self.noteLight(
                    lead, board.light(of: leadId), previous: previous, today: board.asOf, settings: notifications,
                    now: now, db)
                if board.light(of: leadId) != nil, let due = Notices.followUpDue(lead, on: board.asOf, at: now) {
                    try Self.notify(due, settings: notifications, db)
                }
            }
        }
    }

    /// Notes every lead's light (the day turned, or the service started), and the follow-ups due
    /// tomorrow, in one transaction.
    func noteAll(on board: LightBoard, now: Timestamp) throws {
        let today = board.asOf
        try database.write { db in
            var noted: [String: LightColor] = [:]
            for row in try db.query("SELECT leadId, color FROM light_notice") {
                noted[try row.string("leadId")] = LightColor(rawValue: try row.string("color"))
            }
            for lead in board.allLeads {
                let previous = noted.removeValue(forKey: lead.leadId)
                try Self.noteLight(
                    lead, board.light(of: lead.leadId), previous: previous, today: today, settings: notifications,
                    now: now, db)
                if board.light(of: lead.leadId) != nil, let due = Notices.followUpDue(lead, on: today, at: now) {
                    try Self.notify(due, settings: notifications, db)
                }
            }
            for gone in noted.keys { try db.execute("DELETE FROM light_notice WHERE leadId = ?", gone) }
        }
    }

    private static func noteLight(
        _ lead: SupervisedLead, _ light: LeadLight?, previous: LightColor?, today: CivilDate,
        settings: NotificationSettings, now: Timestamp, _ db: any SQLConnection
    ) throws {
        let color = light?.color ?? .green
        if color != (previous ?? .green) {
            if color == .green {
                try db.execute("DELETE FROM light_notice WHERE leadId = ?", lead.leadId)
            } else {
                try db.execute(
                    """
                    INSERT INTO light_notice (leadId, color) VALUES (?, ?)
                    ON CONFLICT (leadId) DO UPDATE SET color = excluded.color
                    """, lead.leadId, color.rawValue)
            }
        }
        if let notice = Notices.light(lead, light, previous: previous, on: today, at: now) {
            try notify(notice, settings: settings, db)
        }
    }

    /// The caller's inbox, newest first.
    public func inbox(_ query: InboxQuery, for caller: Caller) -> Result<InboxPage, ErrorBody> {
        .handling {
            let (limit, offset) = try Self.page(limit: query.limit, offset: query.offset)
            return try database.read { db in
                try Self.inboxPage(caller.identity, unreadOnly: query.unread == true, limit: limit, offset: offset, db)
            }
        }
    }

    /// Marks the caller's notifications read; all or none (an id that is not theirs refuses the lot).
    public func markRead(_ request: MarkRead, for caller: Caller, now: Timestamp) -> Result<InboxPage, ErrorBody> {
        let ids = request.notificationIds ?? []
        guard request.all == true || !ids.isEmpty else {
            return .failure(
                ErrorBody(.missingField, field: "notificationIds", "name the notifications, or all / 请指定要标记已读的通知"))
        }
        guard ids.count <= 500 else {
            return .failure(ErrorBody(.invalidField, field: "notificationIds", "at most 500 at a time / 每次最多500条"))
        }
        return .handling {
            try database.write { db in
                let stamp = now.description
                if request.all == true {
                    try db.execute(
                        "UPDATE inbox SET readAt = ? WHERE recipient = ? AND readAt IS NULL", stamp, caller.identity)
                }
                for id in ids {
                    guard
                        let number = try db.int64(
                            """
                            SELECT inbox.number FROM inbox JOIN notification ON notification.number = inbox.number
                            WHERE notification.notificationId = ? AND inbox.recipient = ?
                            """, id, caller.identity)
                    else {
                        throw ErrorBody(
                            .notFound, field: "notificationIds", "no notification \(id) of yours / 找不到通知 \(id)")
                    }
                    try db.execute(
                        "UPDATE inbox SET readAt = ? WHERE recipient = ? AND number = ? AND readAt IS NULL", stamp,
                        caller.identity, number)
                }
                return try Self.inboxPage(caller.identity, unreadOnly: false, limit: 50, offset: 0, db)
            }
        }
    }

    private static func inboxPage(
        _ recipient: String, unreadOnly: Bool, limit: Int, offset: Int, _ db: any SQLConnection
    ) throws -> InboxPage {
        let unread = try db.int64("SELECT COUNT(*) FROM inbox WHERE recipient = ? AND readAt IS NULL", recipient) ?? 0
        let filter = unreadOnly ? " AND inbox.readAt IS NULL" : ""
        let total =
            unreadOnly ? unread : try db.int64("SELECT COUNT(*) FROM inbox WHERE recipient = ?", recipient) ?? 0
        let items = try db.query(
            """
            SELECT notification.record, inbox.readAt FROM inbox JOIN notification ON notification.number = inbox.number
            WHERE inbox.recipient = ?\(filter) ORDER BY inbox.number DESC LIMIT ? OFFSET ?
            """, recipient, limit, offset
        ).map { row in
            InboxItem(
                notification: try StoredJSON.decode(LeadNotification.self, from: try row.string("record")),
                readAt: try row.optionalString("readAt").flatMap(Timestamp.init(rfc3339:)))
        }
        return InboxPage(unread: Int(unread), total: Int(total), items: items)
    }
}
