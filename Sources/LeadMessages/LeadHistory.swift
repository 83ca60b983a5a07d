/// The `ok` reply to `lead.history` (protocol 1.6, intake; the request body is `LeadReference`):
/// every event of one lead, oldest first, each with the lead as it was after that change.
public struct LeadHistory: Codable, Sendable, Equatable {
    public var leadId: String
    public var entries: [LeadHistoryEntry]

    public init(leadId: String, entries: [LeadHistoryEntry]) {
        self.leadId = leadId
        self.entries = entries
    }
}

/// One change of a lead: the event's type (`lead.created`, `lead.updated`, `lead.signed`) and body.
public struct LeadHistoryEntry: Codable, Sendable, Equatable {
    public var type: MessageType
    public var event: LeadEvent

    public init(type: MessageType, event: LeadEvent) {
        self.type = type
        self.event = event
    }
}
