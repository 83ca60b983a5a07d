import LeadMessages
import Logging
import ServiceClient
import ZeroMQ

/// Applies intake's events in sequence order, exactly once, whatever PUB/SUB drops.
///
/// The ZeroMQ Guide's Clone ordering: subscribe first, then replay what was missed over intake's
/// ROUTER (`events.replay`), dropping anything already applied. It replays on start, on a gap,
/// and when a heartbeat shows it is behind. `apply` must store the effect and the sequence in one
/// transaction, so a crash between the two cannot happen.
public final class EventConsumer {
    public let subscriber: ZMQSocket
    public private(set) var state: ConsumerStateMachine
    public let counters = ServiceCounters()
    /// When anything was last heard from intake (an event, a heartbeat, a replay page), on the
    /// wall clock: what `service.status` shows of an unreachable district (lead-city).
    public private(set) var lastHeardAt: Timestamp?
    /// The DEALER replays are asked on. A reply is awaited without blocking (the loop polls
    /// `awaitedReplySocket`), so an unreachable intake never holds up the loop: lead-city follows
    /// many intakes, and one cut off must not stall the others or the queries.
    private var replaySocket: ZMQSocket?
    private var pendingReplay: (id: String, deadline: Int64)?
    private let commandsEndpoint: String
    private let sender: String
    private let configureReplay: @Sendable (ZMQSocket) throws -> Void
    /// How long a replay's reply is awaited before the socket is dropped and the replay retried.
    public static let replayTimeoutMilliseconds: Int64 = 2_000
    private let apply: ([Envelope<LeadEvent>]) throws -> Void
    private let batch: (() throws -> Void) throws -> Void
    private let rememberStore: (String) throws -> Void
    private let logger: Logger
    private let context: ZMQContext
    /// Milliseconds on a clock that never jumps back; the state machine's only notion of time.
    private let clock: @Sendable () -> Int64
    /// Live events buffered on the subscription (about 2–3 KB each).
    public static let subscriptionBuffer = 10_000
    /// Events per replay page and per turn of the loop, applied as one unit: queries wait for a
    /// page. A hundred by default (the matcher classifies ~2,500 events a second); the reporter
    /// and lead-city, ten times faster per event, take pages of a thousand (fewer commits).
    public let pageSize: Int
    public static let defaultPageSize = 100

    /// - Parameters:
    ///   - lastApplied: the sequence stored with the consumer's data.
    ///   - intakeStore: the intake store the checkpoint says those events came from.
    ///   - rememberStore: records the intake store once learned, beside the checkpoint.
    ///   - batch: the store's group commit: the events waiting on the subscription, or a replay
    ///     page, are applied inside it, one transaction for all.
    ///   - apply: stores the effect of events in sequence order (a replay page, or what waited on
    ///     the subscription) and the last one's sequence, all or nothing.
    ///   - pageSize: events per replay page (at most intake's limit, 1,000).
    ///   - intakeKey: the name of the intake's public key in the keys directory (lead-city follows
    ///     several intakes, each with its own key).
    public init(
        context: ZMQContext, eventsEndpoint: String, commandsEndpoint: String, sender: String,
        credentials: ClientCredentials, intakeKey: String = "lead-intake", lastApplied: Int64,
        intakeStore: String? = nil, logger: Logger,
        clock: @escaping @Sendable () -> Int64 = MonotonicClock.milliseconds, pageSize: Int = defaultPageSize,
        batch: @escaping (() throws -> Void) throws -> Void = { try $0() },
        rememberStore: @escaping (String) throws -> Void = { _ in },
        apply: @escaping ([Envelope<LeadEvent>]) throws -> Void
    ) throws {
        subscriber = try context.socket(.sub)
        try credentials.configure(for: intakeKey)(subscriber)
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
        self.context = context
        self.commandsEndpoint = commandsEndpoint
        self.sender = sender
        configureReplay = credentials.configure(for: intakeKey)
        state = ConsumerStateMachine(lastApplied: lastApplied, intakeStore: intakeStore, now: clock())
        self.clock = clock
        self.pageSize = pageSize
        self.rememberStore = rememberStore
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
        let before = state
        do {
            try batch(body)
        } catch let error as ZMQError {
            state = before
            throw error
        } catch {
            state = before
            logger.error("batch of events not committed; will replay", metadata: ["error": "\(error)"])
        }
    }

    private func drain(budget: Int) throws {
        var handled = 0
        var events: [Envelope<LeadEvent>] = []
        defer { if handled > 0 { lastHeardAt = Timestamp.now() } }
        while handled < budget, let message = try subscriber.receive(dontWait: true, maxFrames: 2) {
            handled += 1
            guard message.frames.count == 2, let payload = message.frames.last else { continue }
            // An event in one reading; anything else (a heartbeat, a message the reader leaves)
            // header first, then body.
            if let event = MessageCodec.readEvent(payload) {
                accept(event, into: &events)
                continue
            }
            switch MessageCodec.decodeHeader(payload) {
            case .success(let header) where header.type == MessageType.intakeHeartbeat.rawValue:
                guard case .success(let beat) = MessageCodec.decode(Heartbeat.self, from: payload) else { continue }
                let report = ConsumerStateMachine.Report(
                    store: beat.body.storeId, head: beat.body.lastSequence, sentAt: beat.sentAt)
                // Behind: `tick` asks for the missing pages one at a time; queries are answered between.
                hear { state.heartbeat(report, now: clock()) }
            case .success(let header) where MessageType(rawValue: header.type)?.isEvent == true:
                guard case .success(let event) = MessageCodec.decode(LeadEvent.self, from: payload) else {
                    logger.error("undecodable event", metadata: ["type": "\(header.type)"])
                    continue
                }
                // A gap: the state now knows the head, and the loop replays the missing events page by
                // page. Replaying here, once per live event, would apply thousands of events before the
                // next query is answered.
                accept(event, into: &events)
            default:
                logger.warning("ignored published message that is not an event")
            }
        }
        try applyAll(events)
    }

    /// Takes an event the state machine wants next; it counts as applied from here on, and if
    /// the batch does not commit, `inBatch` puts the state back.
    private func accept(_ event: Envelope<LeadEvent>, into events: inout [Envelope<LeadEvent>]) {
        if accept(event) { events.append(event) }
    }

    private func accept(_ event: Envelope<LeadEvent>) -> Bool {
        guard state.event(sequence: event.body.sequence, sentAt: event.sentAt, now: clock()) == .apply else {
            return false
        }
        state.applied(event.body.sequence, sentAt: event.sentAt)
        return true
    }

    /// Applies accepted events as one unit: on failure nothing of them is stored, and the
    /// replay brings them again.
    private func applyAll(_ events: [Envelope<LeadEvent>]) throws {
        guard let first = events.first, let last = events.last else { return }
        do {
            try apply(events)
        } catch {
            logger.error(
                "events not applied",
                metadata: [
                    "sequences": "\(first.body.sequence)...\(last.body.sequence)",
                    "leadId": "\(first.body.lead.leadId)",
                    "error": "\(error)",
                ])
            throw error
        }
        counters.increment("events.applied", by: Int64(events.count))
    }

    /// Lets the state machine hear what intake said; records the intake store when it was just
    /// learned, and raises what it alarms about.
    private func hear(_ report: () -> ConsumerStateMachine.Alarm?) {
        let storeBefore = state.intakeStore
        let alarm = report()
        if storeBefore == nil, let store = state.intakeStore {
            do {
                try rememberStore(store)
            } catch {
                // Not fatal: the next start learns it again from intake.
                logger.error("intake store not recorded", metadata: ["store": "\(store)", "error": "\(error)"])
            }
        }
        guard let alarm else { return }
        raise(alarm)
    }

    /// Intake cannot be followed as it is: never roll back on our own; an operator decides.
    private func raise(_ alarm: ConsumerStateMachine.Alarm) {
        counters.increment("intake.alarms")
        switch alarm {
        case .intakeBehind(let intakeHead, let applied):
            logger.error(
                "intake is behind this consumer", metadata: ["intake": "\(intakeHead)", "applied": "\(applied)"])
        case .otherStore(let expected, let heard):
            logger.error(
                "intake's store is not the one this consumer follows",
                metadata: ["expected": "\(expected)", "heard": "\(heard)"])
        }
    }

    /// Asks intake for the next page of missed events, unless a reply is already awaited; the
    /// page is applied when its reply arrives (`receiveReplay`). The loop asks for the next page
    /// while this consumer is still behind, so queries are answered between pages.
    /// - Parameter after: the sequence to replay after: what is applied, unless a page being
    ///   applied goes further.
    public func catchUp(after: Int64? = nil) {
        guard pendingReplay == nil else { return }
        let envelope = Envelope(
            type: .eventsReplay, body: ReplayEvents(afterSequence: after ?? state.lastApplied, limit: pageSize),
            sender: sender)
        do {
            let socket = try replaySocket ?? makeReplaySocket()
            replaySocket = socket
            try socket.send([MessageCodec.encode(envelope)])
            pendingReplay = (envelope.id, clock() + Self.replayTimeoutMilliseconds)
        } catch {
            replayFailed("replay not sent: \(error)")
        }
    }

    /// The socket a replay's reply will arrive on, while one is awaited (the loop polls it).
    public var awaitedReplySocket: ZMQSocket? { pendingReplay == nil ? nil : replaySocket }

    /// Takes the awaited replay's reply if it has arrived, and applies its page.
    public func receiveReplay() {
        guard let socket = replaySocket, let pending = pendingReplay else { return }
        while let message = try? socket.receive(dontWait: true), let payload = message.frames.last {
            // A page in one reading; an error or anything the reader leaves, header first.
            if let page = MessageCodec.readPage(payload) {
                guard page.correlationId == pending.id else { continue }
                pendingReplay = nil
                // More to come from the same store: ask for the next page before applying this
                // one, so intake reads it meanwhile. Should this page not commit, that page's
                // events are gaps to the state machine and the replay starts again where it stands.
                if let last = page.body.events.last?.body.sequence, last < page.body.lastSequence,
                    !state.hearsOtherStore, state.intakeStore == nil || state.intakeStore == page.body.storeId
                {
                    catchUp(after: last)
                }
                return apply(page: page)
            }
            // A late reply to a try that was given up is skipped, never mistaken for this one.
            guard case .success(let header) = MessageCodec.decodeHeader(payload, maxBytes: .max),
                header.correlationId == pending.id
            else { continue }
            pendingReplay = nil
            if header.type == MessageType.error.rawValue {
                let error = MessageCodec.decodeAny(ErrorBody.self, from: payload).map(\.body)
                return replayFailed((try? error.get())?.message ?? "error reply")
            }
            switch MessageCodec.decodeAny(EventPage.self, from: payload) {
            case .success(let envelope): apply(page: envelope)
            case .failure(let error): replayFailed("undecodable replay page: \(error.message)")
            }
            return
        }
    }

    private func apply(page envelope: Envelope<EventPage>) {
        counters.increment("replay.pages")
        lastHeardAt = Timestamp.now()
        let page = envelope.body
        let report = ConsumerStateMachine.Report(store: page.storeId, head: page.lastSequence, sentAt: envelope.sentAt)
        hear { state.replayed(report, now: clock()) }
        // Another store's events would corrupt this consumer's data: an operator decides.
        guard !state.hearsOtherStore else { return }
        try? inBatch {
            // Usually every event of the page is wanted, and the page is applied as it came: a
            // page of a thousand events is a megabyte, not worth copying.
            var kept: [Envelope<LeadEvent>]?
            for (index, event) in page.events.enumerated() {
                let wanted = accept(event)
                if kept == nil, !wanted { kept = Array(page.events[..<index]) } else if wanted { kept?.append(event) }
            }
            try applyAll(kept ?? page.events)
        }
    }

    private func replayFailed(_ why: String) {
        counters.increment("replay.failures")
        logger.warning("replay failed; will retry", metadata: ["error": "\(why)", "intake": "\(commandsEndpoint)"])
        // Lazy Pirate: a socket that timed out may hold a stale reply; start afresh.
        replaySocket = nil
        pendingReplay = nil
        state.replayFailed(now: clock())
    }

    private func makeReplaySocket() throws -> ZMQSocket {
        let socket = try context.socket(.dealer)
        try socket.setLinger(milliseconds: 0)
        // A page may be large (a hundred events with the longest descriptions) but never unbounded.
        try socket.setMaxMessageSize(bytes: 256 << 20)
        try configureReplay(socket)
        try socket.connect(commandsEndpoint)
        return socket
    }

    /// Periodic work: give up an awaited replay past its time, replay when behind, retry a failed
    /// replay, or ask intake after a silence.
    public func tick() {
        if let pending = pendingReplay {
            if clock() >= pending.deadline { replayFailed("no reply within \(Self.replayTimeoutMilliseconds) ms") }
            return
        }
        switch state.nextStep(now: clock()) {
        case .none: return
        case .replay: catchUp()
        case .replayAfterSilence:
            logger.warning("no message from intake for 5 s; asking it directly")
            catchUp()
        }
    }
}
