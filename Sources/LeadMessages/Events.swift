/// The body of `lead.created`, `lead.updated` and `lead.signed`: the lead as it is after the change.
///
/// Carrying the whole record makes every consumer's handler idempotent: applying an event twice
/// leaves the same state as applying it once.
public struct LeadEvent: Codable, Sendable, Equatable {
    /// Gap-free, starting at 1, assigned in the same transaction as the change.
    public var sequence: Int64
    public var lead: Lead
    /// For `lead.signed` that corrects an earlier signing: the signing it replaces.
    public var previousSigning: Signing?
    /// For `lead.updated` after `lead.follow-up` (protocol 1.8): the contact recorded.
    public var followUp: FollowUp?

    public init(sequence: Int64, lead: Lead, previousSigning: Signing? = nil, followUp: FollowUp? = nil) {
        self.sequence = sequence
        self.lead = lead
        self.previousSigning = previousSigning
        self.followUp = followUp
    }
}

/// The body of `intake.heartbeat`, published every second so a consumer can see it is behind.
public struct Heartbeat: Codable, Sendable, Equatable {
    public var lastSequence: Int64
    /// The identity of intake's store (protocol 1.7): made once when the store is created, kept by
    /// its backups. A consumer follows one store; sequences of another mean nothing to it.
    public var storeId: String?

    public init(lastSequence: Int64, storeId: String? = nil) {
        self.lastSequence = lastSequence
        self.storeId = storeId
    }
}
