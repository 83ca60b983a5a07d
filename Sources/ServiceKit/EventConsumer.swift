import LeadMessages
import Logging
import ZeroMQ

/// Applies intake's events in sequence order, exactly once, whatever PUB/SUB drops.
///
/// The ZeroMQ Guide's Clone ordering: subscribe first, then replay what was missed over intake's
/// ROUTER (`events.replay`), dropping anything already applied. It replays on start, on a gap,
/// and when a heartbeat shows it is behind. `apply` must store the effect and the sequence in one
/// transaction, so a crash between the two cannot happen.
public final class EventConsumer {
    public let subscriber: ZMQSocket
    public private(set) var position: ConsumerPosition
    public let counters = ServiceCounters()
    private let replayClient: RequestClient
    private let apply: (Envelope<LeadEvent>) throws -> Void
    private let batch: (() throws -> Void) throws -> Void
    private let logger: Logger
    private var nextCatchUpAttempt: Int64 = 0
    /// A replay failed (intake unreachable): try again every second until one succeeds, even with
    /// no heartbeat saying this consumer is behind (during a partition none arrives).
    private var replayFailed = false
    private var lastHeardFromIntake = MonotonicClock.milliseconds()
    private var resetDetector = IntakeResetDetector()
    /// Heartbeats come every second; this long without any message means the subscription may be
    /// broken, so ask intake directly.
    static let silenceMilliseconds: Int64 = 5_000
    /// Live events buffered on the subscription (about 2–3 KB each).
    public static let subscriptionBuffer = 10_000
    /// Events per replay page and per turn of the loop: one transaction each.
    public static let pageSize = 100

    /// - Parameters:
    ///   - lastApplied: the sequence stored with the consumer's data.
    ///   - batch: the store's group commit: the events waiting on the subscription, or a replay
    ///     page, are applied inside it, one transaction for all.
    ///   - apply: stores one event's effect and its sequence in one unit of work.
    public init(
        context: ZMQContext, eventsEndpoint: String, commandsEndpoint: String, sender: String,
        credentials: ClientCredentials, lastApplied: Int64, logger: Logger,
        batch: @escaping (() throws -> Void) throws -> Void = { try $0() },
        apply: @escaping (Envelope<LeadEvent>) throws -> Void
    ) throws {
        subscriber = try context.socket(.sub)
        try credentials.configure(for: "lead-intake")(subscriber)
        try subscriber.setMaxMessageSize(bytes: Int64(MessageCodec.maxRequestBytes))
        // A consumer that falls behind would otherwise hold intake's whole backlog in memory (at
        // 100,000 events, ~300 MB). Beyond this, libzmq drops; the gap is replayed from intake.
        try subscriber.setReceiveHighWaterMark(Int32(Self.subscriptionBuffer))
        // Dead peers are found by TCP keepalive, not ZMTP heartbeats: libzmq 4.3 aborts
        // (`_input_stopped`, stream_engine_base.cpp:417, zeromq/libzmq#3937) when a heartbeat
        // times out on a connection whose input is paused by a full receive queue, which a slow
        // consumer or a request flood produces.
        try subscriber.setTCPKeepalive(idleSeconds: 30, intervalSeconds: 10, count: 3)
        try subscriber.subscribe()
        try subscriber.connect(eventsEndpoint)
        replayClient = RequestClient(
            context: context, endpoint: commandsEndpoint, sender: sender, timeoutMilliseconds: 2_000, attempts: 1,
            configure: credentials.configure(for: "lead-intake"))
        position = ConsumerPosition(lastApplied: lastApplied)
        self.apply = apply
        self.batch = batch
        self.logger = logger
    }

    /// Handles the published messages waiting on the subscriber, without blocking, in one batch.
    public func drainSubscriber(budget: Int = 1_000) throws {
        try inBatch { try drain(budget: budget) }
    }

    /// Runs `body` in the store's batch; if the batch does not commit, forgets what it applied (the
    /// next replay brings those events again).
    private func inBatch(_ body: () throws -> Void) throws {
        let before = position
        do {
            try batch(body)
        } catch let error as ZMQError {
            position = before
            throw error
        } catch {
            position = before
            logger.error("batch of events not committed; will replay", metadata: ["error": "\(error)"])
        }
    }

    private func drain(budget: Int) throws {
        var handled = 0
        while handled < budget, let message = try subscriber.receive(dontWait: true, maxFrames: 2) {
            handled += 1
            guard message.frames.count == 2, let payload = message.frames.last else { continue }
            switch MessageCodec.decodeHeader(payload) {
            case .success(let header) where header.type == MessageType.intakeHeartbeat.rawValue:
                guard case .success(let beat) = MessageCodec.decode(Heartbeat.self, from: payload) else { continue }
                lastHeardFromIntake = MonotonicClock.milliseconds()
                if resetDetector.heard(
                    head: beat.body.lastSequence, applied: position.lastApplied, atMilliseconds: lastHeardFromIntake)
                {
                    // Intake's store was reset or restored from an older backup: never roll back on
                    // our own; an operator decides.
                    logger.error(
                        "intake is behind this consumer",
                        metadata: ["intake": "\(beat.body.lastSequence)", "applied": "\(position.lastApplied)"])
                }
                // Behind: the loop replays page by page (`wantsNextPage`), answering queries between.
                _ = position.heard(head: beat.body.lastSequence)
            case .success(let header) where MessageType(rawValue: header.type)?.isEvent == true:
                lastHeardFromIntake = MonotonicClock.milliseconds()
                guard case .success(let event) = MessageCodec.decode(LeadEvent.self, from: payload) else {
                    logger.error("undecodable event", metadata: ["type": "\(header.type)"])
                    continue
                }
                receive(event)
            default:
                logger.warning("ignored published message that is not an event")
            }
        }
    }

    private func receive(_ event: Envelope<LeadEvent>) {
        switch position.decide(eventSequence: event.body.sequence) {
        case .skip: return
        case .apply: applyOne(event)
        // A gap: the position now knows the head, and the loop replays the missing events page by
        // page. Replaying here, once per live event, would apply thousands of events before the
        // next query is answered.
        case .replay: return
        }
    }

    private func applyOne(_ event: Envelope<LeadEvent>) {
        do {
            try apply(event)
            position.applied(event.body.sequence)
            counters.increment("events.applied")
        } catch {
            // Not applied, not acknowledged: the next replay brings it again.
            logger.error(
                "event not applied",
                metadata: [
                    "sequence": "\(event.body.sequence)", "leadId": "\(event.body.lead.leadId)", "error": "\(error)",
                ])
        }
    }

    /// Replays one page of missed events from intake; `tick` asks for the next page while this
    /// consumer is still behind, so queries are answered between pages. When intake does not
    /// answer, tries again after a second, never spinning.
    public func catchUp() {
        let now = MonotonicClock.milliseconds()
        guard now >= nextCatchUpAttempt else { return }
        let page = replayClient.request(
            .eventsReplay, ReplayEvents(afterSequence: position.lastApplied, limit: Self.pageSize),
            expecting: EventPage.self)
        switch page {
        case .failure(let error):
            counters.increment("replay.failures")
            logger.warning("replay failed; will retry", metadata: ["error": "\(error.message)"])
            nextCatchUpAttempt = now + 1_000
            replayFailed = true
        case .success(let page):
            counters.increment("replay.pages")
            replayFailed = false
            _ = position.heard(head: page.lastSequence)
            try? inBatch {
                for event in page.events where position.decide(eventSequence: event.body.sequence) == .apply {
                    applyOne(event)
                }
            }
        }
    }

    /// Whether the next replay page is due now: behind, and not waiting out a failed attempt.
    public var wantsNextPage: Bool {
        position.isBehind && MonotonicClock.milliseconds() >= nextCatchUpAttempt
    }

    /// Periodic work: retry a catch-up that failed earlier; after a silence, ask intake directly.
    public func tick() {
        let now = MonotonicClock.milliseconds()
        if now - lastHeardFromIntake > Self.silenceMilliseconds {
            logger.warning("no message from intake for 5 s; asking it directly")
            lastHeardFromIntake = now
            catchUp()
        } else if position.isBehind || replayFailed {
            catchUp()
        }
    }

}
