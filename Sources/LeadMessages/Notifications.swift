/// Why a notification was sent (protocol 1.9).
public enum NotificationKind: String, WireValue {
    /// A lead's light turned yellow (转黄灯).
    case lightYellow = "light-yellow"
    /// A lead's light turned red (转红灯).
    case lightRed = "light-red"
    /// A 督办 order was addressed to the recipient.
    case orderIssued = "order-issued"
    /// An order went past its deadline unanswered and was escalated.
    case orderOverdue = "order-overdue"
    /// A lead's next follow-up is due tomorrow.
    case followUpDue = "follow-up-due"
    /// Another district pursues the lead's company (protocol 1.11, from lead-city).
    case cityConflict = "city-conflict"

    public var chineseLabel: String {
        switch self {
        case .lightYellow: "黄灯预警"
        case .lightRed: "红灯预警"
        case .orderIssued: "督办下达"
        case .orderOverdue: "督办逾期"
        case .followUpDue: "跟进提醒"
        case .cityConflict: "跨区冲突"
        }
    }

    public var englishLabel: String {
        switch self {
        case .lightYellow: "Turned yellow"
        case .lightRed: "Turned red"
        case .orderIssued: "Order issued"
        case .orderOverdue: "Order overdue"
        case .followUpDue: "Follow-up due"
        case .cityConflict: "Cross-district conflict"
        }
    }
}

/// One notification: what happened, to whom, once. Its id is made from its cause (the lead and
/// the day it turned red, the order and its level), so the same cause never notifies twice.
public struct LeadNotification: Codable, Sendable, Equatable {
    /// `N-L-000042-red-2023-06-01`, `N-D-000003-issued`, …
    public var notificationId: String
    public var kind: NotificationKind
    /// The identities it is for (as in `authorized_keys`).
    public var recipients: [String]
    public var leadId: String
    public var orderId: String?
    /// One line, Chinese: the subject of the email, the first line of the group message.
    public var title: String
    /// The rest, Chinese.
    public var text: String
    public var createdAt: Timestamp

    public init(
        notificationId: String, kind: NotificationKind, recipients: [String], leadId: String, orderId: String? = nil,
        title: String, text: String, createdAt: Timestamp
    ) {
        self.notificationId = notificationId
        self.kind = kind
        self.recipients = recipients
        self.leadId = leadId
        self.orderId = orderId
        self.title = title
        self.text = text
        self.createdAt = createdAt
    }
}

/// `supervision.inbox` (protocol 1.9): the caller's notifications, newest first.
public struct InboxQuery: Codable, Sendable, Equatable {
    /// Only those not yet marked read.
    public var unread: Bool?
    public var offset: Int?
    /// 1–500; default 50.
    public var limit: Int?

    public init(unread: Bool? = nil, offset: Int? = nil, limit: Int? = nil) {
        self.unread = unread
        self.offset = offset
        self.limit = limit
    }
}

/// One notification in a person's inbox.
public struct InboxItem: Codable, Sendable, Equatable {
    public var notification: LeadNotification
    /// When the recipient marked it read; nil while unread.
    public var readAt: Timestamp?

    public init(notification: LeadNotification, readAt: Timestamp?) {
        self.notification = notification
        self.readAt = readAt
    }
}

/// The `ok` reply to `supervision.inbox` and `supervision.read`.
public struct InboxPage: Codable, Sendable, Equatable {
    /// The caller's unread notifications, in all.
    public var unread: Int
    /// Those matching the query, before paging.
    public var total: Int
    public var items: [InboxItem]

    public init(unread: Int, total: Int, items: [InboxItem]) {
        self.unread = unread
        self.total = total
        self.items = items
    }
}

/// `supervision.read` (protocol 1.9): mark the caller's notifications read; the reply is the
/// first page of the inbox after it. Ids that are not the caller's are refused (`not-found`).
public struct MarkRead: Codable, Sendable, Equatable {
    /// The notifications to mark; empty with `all`.
    public var notificationIds: [String]?
    /// Every unread notification of the caller's.
    public var all: Bool?

    public init(notificationIds: [String]? = nil, all: Bool? = nil) {
        self.notificationIds = notificationIds
        self.all = all
    }
}

/// How far one delivery channel is behind (protocol 1.9, in lead-supervisor's `service.status`).
public struct ChannelBacklog: Codable, Sendable, Equatable {
    /// Deliveries waiting (not yet accepted by the channel).
    public var waiting: Int
    /// Deliveries the channel refused for good (a bad address); kept, not retried.
    public var rejected: Int
    /// When the oldest waiting one was made.
    public var oldestWaitingSince: Timestamp?
    /// The last error the channel gave, while anything waits.
    public var lastError: String?

    public init(waiting: Int, rejected: Int, oldestWaitingSince: Timestamp? = nil, lastError: String? = nil) {
        self.waiting = waiting
        self.rejected = rejected
        self.oldestWaitingSince = oldestWaitingSince
        self.lastError = lastError
    }
}
