import LeadMessages
import Logging
import ZeroMQ

/// The loop of a service that follows intake's events and answers queries: catch up first, then
/// wait on its sockets, serving queries, ZAP requests and events as they come. It answers
/// `service.status` with the consumer's state and `audit.query` from its audit log.
/// `onTick` runs between waits, at least every 100 ms. With `metricsListen`, it also serves its
/// Prometheus metrics.
///
/// lead-city follows several intakes: one consumer per district stream, each polled and replayed
/// on its own; its status then sums their positions and lists each (`streams`).
public enum SubscriberLoop {
    public static func run(
        service: String, stop: StopSignal, context: ZMQContext, security: ServiceSecurity, audit: ServiceAudit,
        queries: CommandServer, consumers: [EventConsumer], dispatcher: RequestDispatcher, metricsListen: String?,
        logger: Logger, backlog: (() throws -> [String: ChannelBacklog])? = nil,
        streams: (() -> [StreamStatus])? = nil, onTick: () -> Void = {}
    ) throws {
        let startedAt = Timestamp.now()
        let queryCounters = dispatcher.counters
        // Each consumer counts its own events; the status shows the sums.
        let counters = [queryCounters] + consumers.map(\.counters)
        let applied = { consumers.reduce(Int64(0)) { $0 + $1.state.lastApplied } }
        let lag = { consumers.reduce(Int64(0)) { $0 + $1.state.lag } }
        var dispatcher = dispatcher
        dispatcher.on(.serviceStatus, EmptyBody.self) { _, _ in
            Result.handling {
                ServiceStatus(
                    service: service, lastSequence: applied(), lag: lag(), startedAt: startedAt,
                    counters: counters.reduce(into: [:]) { $0.merge($1.values, uniquingKeysWith: +) },
                    latencies: queryCounters.latencySummaries, backlog: try backlog?(), streams: streams?())
            }
        }
        audit.install(on: &dispatcher)
        let metrics = try ServiceMetrics(
            service: service, context: context, listen: metricsListen, counters: counters, logger: logger
        ) {
            var gauges = [
                "last_sequence": Double(applied()), "lag": Double(lag()),
                "started_at_seconds": Double(startedAt.epochSeconds),
            ]
            // A channel's backlog: notifications_waiting_email, notifications_rejected_webhook, …
            for (channel, waiting) in (try? backlog?()) ?? [:] {
                gauges["notifications_waiting_\(channel)"] = Double(waiting.waiting)
                gauges["notifications_rejected_\(channel)"] = Double(waiting.rejected)
            }
            return gauges
        }
        // Answer ZAP first: the catch-up's own connection to intake does not need it, but queries
        // arriving meanwhile do.
        try security.serveZAP()
        for consumer in consumers { consumer.catchUp() }
        while !stop.isStopped {
            // Built each turn: a consumer's replay socket is there only while its reply is awaited,
            // and the reply wakes the loop (no spinning while catching up).
            var poller = ZMQPoller()
            poller.add(queries.socket)
            let subscriberIndices = consumers.map { poller.add($0.subscriber) }
            let replayIndices = consumers.map { $0.awaitedReplySocket.map { poller.add($0) } }
            let zapIndex = security.zapSocket.map { poller.add($0) }
            let metricsIndex = metrics.socket.map { poller.add($0) }
            let ready = try poller.poll(timeoutMilliseconds: 100)
            if let zapIndex, ready[zapIndex] { try security.serveZAP() }
            if let metricsIndex, ready[metricsIndex] { try metrics.serveWaiting() }
            // At most a page of events per stream and turn, as in a replay, so a query (or the
            // handshake of a new connection) waits for a page of events, not thousands.
            for (consumer, index) in zip(consumers, subscriberIndices) where ready[index] {
                try consumer.drainSubscriber(budget: consumer.pageSize)
            }
            for (consumer, index) in zip(consumers, replayIndices) {
                guard let index, ready[index] else { continue }
                consumer.receiveReplay()
                // lead-city applies a page of each district per turn: queries are answered between
                // the pages, not after twenty of them.
                if consumers.count > 1 { _ = try queries.serveWaiting(dispatcher: dispatcher) }
            }
            if ready[0] { try queries.serveWaiting(dispatcher: dispatcher) }
            security.reloadIfChanged()
            for consumer in consumers { consumer.tick() }
            onTick()
        }
    }
}
