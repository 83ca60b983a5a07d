/// Where a consumer stands in intake's event sequence, and what to do with the next thing it
/// hears. Pure: the replaying subscriber's decisions, tested without sockets.
public struct ConsumerPosition: Sendable, Equatable {
    /// The last sequence whose effect is stored (in the same transaction as the effect).
    public private(set) var lastApplied: Int64
    /// The newest sequence intake is known to have (from heartbeats, events and replay pages).
    public private(set) var knownHead: Int64

    public init(lastApplied: Int64) {
        self.lastApplied = lastApplied
        self.knownHead = lastApplied
    }

    public enum Decision: Equatable, Sendable {
        /// The next event in order: apply it.
        case apply
        /// Already applied (a replayed or re-delivered duplicate): drop it.
        case skip
        /// Events are missing before this one: replay from intake first.
        case replay
    }

    public mutating func decide(eventSequence sequence: Int64) -> Decision {
        knownHead = max(knownHead, sequence)
        if sequence <= lastApplied { return .skip }
        return sequence == lastApplied + 1 ? .apply : .replay
    }

    /// A heartbeat: returns true when it shows events this consumer has not applied.
    public mutating func heard(head: Int64) -> Bool {
        knownHead = max(knownHead, head)
        return isBehind
    }

    public mutating func applied(_ sequence: Int64) {
        lastApplied = max(lastApplied, sequence)
        knownHead = max(knownHead, sequence)
    }

    public var isBehind: Bool { knownHead > lastApplied }
    public var lag: Int64 { knownHead - lastApplied }
}
