/// `audit.query` (protocol 1.3): entries of a service's audit log, newest last.
public struct AuditQuery: Codable, Sendable, Equatable {
    public var leadId: String?
    public var identity: String?
    /// RFC 3339; only entries at or after it.
    public var since: String?
    /// 1…1000; default 200. The newest entries that match.
    public var limit: Int?

    public init(leadId: String? = nil, identity: String? = nil, since: String? = nil, limit: Int? = nil) {
        self.leadId = leadId
        self.identity = identity
        self.since = since
        self.limit = limit
    }
}

/// One line of the append-only audit log: who did what, when, to which lead, and how it ended.
public struct AuditEntry: Codable, Sendable, Equatable {
    public var at: Timestamp
    /// The service that wrote it.
    public var service: String
    /// The transport identity (never the message body's), or `unknown` for a connection whose key
    /// was revoked.
    public var identity: String
    public var role: String?
    /// The message type (`lead.sign`, …).
    public var action: String
    public var leadId: String?
    /// `ok`, `denied`, or an error code.
    public var outcome: String
    public var detail: String?

    /// (1.5) The gateway the person acted through (the web console's identity); absent otherwise.
    public var via: String?

    public init(
        at: Timestamp, service: String, identity: String, role: String?, action: String, leadId: String?,
        outcome: String,
        detail: String?, via: String? = nil
    ) {
        self.via = via
        self.at = at
        self.service = service
        self.identity = identity
        self.role = role
        self.action = action
        self.leadId = leadId
        self.outcome = outcome
        self.detail = detail
    }
}

/// The `ok` reply to `audit.query`.
public struct AuditPage: Codable, Sendable, Equatable {
    public var entries: [AuditEntry]
    public init(entries: [AuditEntry]) { self.entries = entries }
}
