import LeadMessages

/// Where a consumer stands in intake's event stream, and what it must do next. Pure: every
/// decision of the replaying subscriber, with the time as an argument (milliseconds on the
/// consumer's monotonic clock), so the tests can replay any order and timing of messages.
///
/// Intake is judged by what its messages say, never by when they arrive: each message carries the
/// store it comes from and the instant intake sent it (its own clock), so a heartbeat that waited
/// out a partition in a TCP queue is recognized as old news however late it is delivered.
public struct ConsumerStateMachine: Sendable, Equatable {
    /// The last sequence whose effect is stored (in the same transaction as the effect).
    public private(set) var lastApplied: Int64
    /// The newest sequence intake is known to have (from heartbeats, events and replay pages).
    public private(set) var knownHead: Int64
    /// The intake store whose events this consumer applies: from the checkpoint, else learned from
    /// the first message that names one (the consumer then records it with its checkpoint).
    public private(set) var intakeStore: String?
    /// The newest instant, on intake's clock, at which intake is known to have had every event
    /// this consumer applied.
    private var confirmedAt: Timestamp?
    private var lastHeardAt: Int64
    /// A replay failed (intake unreachable): the next attempt is not before this.
    private var retryAt: Int64?
    private var alarmRaised = false
    /// The latest message named another store than `intakeStore`: its events mean nothing here, so
    /// none is applied (and replays wait a second between tries) until that store's messages return.
    public private(set) var hearsOtherStore = false

    /// Heartbeats come every second; this long without any message means the subscription may be
    /// broken, so ask intake directly.
    public static let silenceMilliseconds: Int64 = 5_000
    /// How long to wait after a failed replay before the next.
    public static let retryMilliseconds: Int64 = 1_000

    /// - Parameter intakeStore: the store whose events were applied, as the checkpoint recorded it.
    public init(lastApplied: Int64, intakeStore: String? = nil, now: Int64) {
        self.lastApplied = lastApplied
        self.intakeStore = intakeStore
        knownHead = lastApplied
        lastHeardAt = now
    }

    public var isBehind: Bool { knownHead > lastApplied }
    public var lag: Int64 { knownHead - lastApplied }

    /// What intake's message says about it: the store, the newest sequence it had, and when it said so.
    public struct Report: Sendable, Equatable {
        public var store: String?
        public var head: Int64
        public var sentAt: Timestamp

        public init(store: String?, head: Int64, sentAt: Timestamp) {
            self.store = store
            self.head = head
            self.sentAt = sentAt
        }
    }

    public enum EventDecision: Sendable, Equatable {
        /// The next event in order: apply it, then call `applied`.
        case apply
        /// Already applied (a replayed or re-delivered duplicate): drop it.
        case skip
        /// Events are missing before this one; the consumer replays them page by page (`nextStep`).
        case gap
    }

    /// Why intake cannot be followed: an operator must decide (never roll back on our own).
    public enum Alarm: Sendable, Equatable {
        /// Intake said, after it had every event this consumer applied, that it has fewer: its
        /// store was reset or restored from an older backup.
        case intakeBehind(intakeHead: Int64, applied: Int64)
        /// The messages come from another intake store than the one whose events were applied.
        case otherStore(expected: String, heard: String)
    }

    public mutating func event(sequence: Int64, sentAt: Timestamp, now: Int64) -> EventDecision {
        lastHeardAt = now
        if hearsOtherStore { return .gap }
        knownHead = max(knownHead, sequence)
        if sequence <= lastApplied { return .skip }
        return sequence == lastApplied + 1 ? .apply : .gap
    }

    /// Records an applied event. `sentAt` is the event's own instant: intake had it then.
    public mutating func applied(_ sequence: Int64, sentAt: Timestamp) {
        lastApplied = max(lastApplied, sequence)
        knownHead = max(knownHead, sequence)
        if sequence == lastApplied { confirm(sentAt) }
    }

    /// A heartbeat. Returns an alarm to raise, once per episode.
    public mutating func heartbeat(_ report: Report, now: Int64) -> Alarm? {
        lastHeardAt = now
        return hear(report)
    }

    /// A replay page arrived (its events are handed to `event` one by one after this).
    public mutating func replayed(_ report: Report, now: Int64) -> Alarm? {
        lastHeardAt = now
        let alarm = hear(report)
        retryAt = hearsOtherStore ? now + Self.retryMilliseconds : nil
        return alarm
    }

    public mutating func replayFailed(now: Int64) {
        retryAt = now + Self.retryMilliseconds
    }

    public enum Step: Sendable, Equatable {
        case none
        /// Ask intake for the next page of events after `lastApplied`.
        case replay
        /// The same, because nothing was heard from intake for `silenceMilliseconds`.
        case replayAfterSilence
    }

    /// The periodic decision: replay when behind, when a failed replay is due again, or after a silence.
    public mutating func nextStep(now: Int64) -> Step {
        if let retryAt, now < retryAt { return .none }
        if now - lastHeardAt > Self.silenceMilliseconds {
            lastHeardAt = now
            return .replayAfterSilence
        }
        return isBehind || retryAt != nil ? .replay : .none
    }

    private mutating func hear(_ report: Report) -> Alarm? {
        if let store = report.store {
            if let expected = intakeStore, expected != store {
                hearsOtherStore = true
                return raise(.otherStore(expected: expected, heard: store))
            }
            if intakeStore == nil { intakeStore = store }
            if hearsOtherStore {
                hearsOtherStore = false
                alarmRaised = false
            }
        }
        guard report.head < lastApplied else {
            knownHead = max(knownHead, report.head)
            confirm(report.sentAt)
            alarmRaised = false
            return nil
        }
        // Old news: sent before intake was seen to have everything applied here (a heartbeat queued
        // during a partition, delivered after the replay went further).
        if let confirmedAt, report.sentAt <= confirmedAt { return nil }
        return raise(.intakeBehind(intakeHead: report.head, applied: lastApplied))
    }

    private mutating func confirm(_ instant: Timestamp) {
        if confirmedAt.map({ instant > $0 }) ?? true { confirmedAt = instant }
    }

    private mutating func raise(_ alarm: Alarm) -> Alarm? {
        guard !alarmRaised else { return nil }
        alarmRaised = true
        return alarm
    }
}
