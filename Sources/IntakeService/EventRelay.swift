import LeadMessages
import Logging
import ServiceClient
import ServiceKit
import ZeroMQ

/// Publishes committed outbox events on the PUB socket in sequence order, and a heartbeat with
/// the newest sequence every second so consumers that missed a publication notice and replay.
final class EventRelay {
    private let socket: ZMQSocket
    let boundEndpoint: String
    private let store: IntakeStore
    private let counters: ServiceCounters
    private let clock: ServiceClock
    private var publishedThrough: Int64
    private var nextHeartbeat: Int64 = 0

    init(
        context: ZMQContext, endpoint: String, store: IntakeStore, security: ServiceSecurity, counters: ServiceCounters,
        clock: ServiceClock
    ) throws {
        socket = try context.socket(.pub)
        // Only services may subscribe: the events carry every lead.
        try security.secureServer(socket, domain: ZAPPolicy.eventsDomain)
        // Inbound traffic on a PUB socket is only subscriptions: tiny.
        try socket.setMaxMessageSize(bytes: 64 << 10)
        // PUB drops for a subscriber past its high-water mark; consumers detect the gap and replay.
        // Kept as small as the subscription's buffer: a lagging consumer must not make intake hold
        // its backlog in memory (measured: +45 MiB per 200,000 leads at 100,000).
        try socket.setSendHighWaterMark(Int32(EventConsumer.subscriptionBuffer))
        try socket.bind(endpoint)
        boundEndpoint = try socket.lastEndpoint()
        self.store = store
        self.counters = counters
        self.clock = clock
        // Events committed before this start reach consumers by replay, which they do on start.
        publishedThrough = try store.headSequence()
    }

    /// Publishes what was committed since the last call: the events the last batch appended when
    /// they follow on from what was published, else the outbox's rows (which carry the sequence
    /// and the type beside the envelope, so nothing is decoded on the way out).
    func relayCommitted() throws {
        if let batch = store.takeCommitted(), (batch.first?.sequence ?? publishedThrough + 1) == publishedThrough + 1 {
            for event in batch {
                try socket.send([Array(event.type.utf8), event.envelope])
                publishedThrough = event.sequence
                counters.increment("events.published")
            }
            return
        }
        while true {
            let pending = try store.outbox(after: publishedThrough, limit: 500)
            if pending.isEmpty { return }
            for event in pending {
                try socket.send([Array(event.type.utf8), event.envelope])
                publishedThrough = event.sequence
                counters.increment("events.published")
            }
        }
    }

    func heartbeatIfDue() throws {
        let now = MonotonicClock.milliseconds()
        guard now >= nextHeartbeat else { return }
        nextHeartbeat = now + 1_000
        let beat = Envelope(
            type: .intakeHeartbeat, body: Heartbeat(lastSequence: publishedThrough, storeId: store.storeId),
            sender: IntakeService.name, sentAt: clock.now())
        try socket.send([Array(MessageType.intakeHeartbeat.rawValue.utf8), MessageCodec.encode(beat)])
    }
}
