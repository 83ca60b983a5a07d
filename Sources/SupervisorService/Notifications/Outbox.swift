import LeadMessages
import Storage

/// The deliveries waiting in the store, and what became of each. The delivery thread's side of
/// the notification tables (on its own connection; the loop thread only adds rows).
enum Outbox {
    struct Delivery {
        var number: Int64
        var channel: String
        var address: String
        var attempts: Int64
        var notification: LeadNotification
    }

    /// The oldest waiting deliveries of `channel`, oldest first.
    static func waiting(_ channel: String, limit: Int, _ db: any SQLConnection) throws -> [Delivery] {
        try db.query(
            """
            SELECT delivery.number, delivery.address, delivery.attempts, notification.record
            FROM delivery JOIN notification ON notification.number = delivery.number
            WHERE delivery.state = 'waiting' AND delivery.channel = ? ORDER BY delivery.number LIMIT ?
            """, channel, limit
        ).map { row in
            Delivery(
                number: try row.int64("number"), channel: channel, address: try row.string("address"),
                attempts: try row.int64("attempts"),
                notification: try StoredJSON.decode(LeadNotification.self, from: try row.string("record")))
        }
    }

    static func record(_ delivery: Delivery, _ outcome: DeliveryOutcome, at now: Timestamp, _ db: any SQLConnection)
        throws
    {
        let (state, error): (String, String?) =
            switch outcome {
            case .delivered: ("delivered", nil)
            case .retry(let why): ("waiting", why)
            case .rejected(let why): ("rejected", why)
            }
        try db.execute(
            """
            UPDATE delivery SET state = ?, attempts = attempts + 1, lastError = ?, deliveredAt = ?
            WHERE number = ? AND channel = ? AND address = ?
            """, state, error.map { String($0.prefix(500)) }, outcome == .delivered ? now.description : nil,
            delivery.number, delivery.channel, delivery.address)
    }

    /// Each channel's backlog: waiting and rejected deliveries, the oldest waiting one's age, the
    /// last error while anything waits.
    static func backlog(_ db: any SQLConnection) throws -> [String: ChannelBacklog] {
        var result: [String: ChannelBacklog] = [:]
        for row in try db.query(
            "SELECT channel, state, COUNT(*) AS n, MIN(number) AS oldest FROM delivery GROUP BY channel, state")
        {
            let channel = try row.string("channel")
            var backlog = result[channel] ?? ChannelBacklog(waiting: 0, rejected: 0)
            let count = Int(try row.int64("n"))
            switch try row.string("state") {
            case "waiting":
                backlog.waiting = count
                let oldest = try row.int64("oldest")
                backlog.oldestWaitingSince = try db.string(
                    "SELECT record FROM notification WHERE number = ?", oldest
                ).map { try StoredJSON.decode(LeadNotification.self, from: $0).createdAt }
                backlog.lastError = try db.string(
                    """
                    SELECT lastError FROM delivery WHERE channel = ? AND state = 'waiting' AND lastError IS NOT NULL
                    ORDER BY attempts DESC, number LIMIT 1
                    """, channel)
            case "rejected": backlog.rejected = count
            default: break
            }
            result[channel] = backlog
        }
        return result
    }
}
