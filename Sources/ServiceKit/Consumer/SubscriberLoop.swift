import LeadMessages
import Logging
import ZeroMQ

/// The loop of a service that follows intake's events and answers queries: catch up first, then
/// wait on its sockets, serving queries, ZAP requests and events as they come. It answers
/// `service.status` with the consumer's state and `audit.query` from its audit log.
/// `onTick` runs between waits, at least every 100 ms. With `metricsListen`, it also serves its
/// Prometheus metrics.
public enum SubscriberLoop {
    public static func run(
        service: String, stop: StopSignal, context: ZMQContext, security: ServiceSecurity, audit: ServiceAudit,
        queries: CommandServer, consumer: EventConsumer, dispatcher: RequestDispatcher, metricsListen: String?,
        logger: Logger, backlog: (() throws -> [String: ChannelBacklog])? = nil, onTick: () -> Void = {}
    ) throws {
        let startedAt = Timestamp.now()
        let queryCounters = dispatcher.counters
        let counters = [queryCounters, consumer.counters]
        var dispatcher = dispatcher
        dispatcher.on(.serviceStatus, EmptyBody.self) { _, _ in
            Result.handling {
                ServiceStatus(
                    service: service, lastSequence: consumer.state.lastApplied, lag: consumer.state.lag,
                    startedAt: startedAt,
                    counters: counters.reduce(into: [:]) { $0.merge($1.values) { first, _ in first } },
                    latencies: queryCounters.latencySummaries, backlog: try backlog?())
            }
        }
        audit.install(on: &dispatcher)
        let metrics = try ServiceMetrics(
            service: service, context: context, listen: metricsListen, counters: counters, logger: logger
        ) {
            var gauges = [
                "last_sequence": Double(consumer.state.lastApplied), "lag": Double(consumer.state.lag),
                "started_at_seconds": Double(startedAt.epochSeconds),
            ]
            // A channel's backlog: notifications_waiting_email, notifications_rejected_webhook, …
            for (channel, waiting) in (try? backlog?()) ?? [:] {
                gauges["notifications_waiting_\(channel)"] = Double(waiting.waiting)
                gauges["notifications_rejected_\(channel)"] = Double(waiting.rejected)
            }
            return gauges
        }
        var poller = ZMQPoller()
        poller.add(queries.socket)
        poller.add(consumer.subscriber)
        let zapIndex = security.zapSocket.map { poller.add($0) }
        let metricsIndex = metrics.socket.map { poller.add($0) }
        // Answer ZAP first: the catch-up's own connection to intake does not need it, but queries
        // arriving meanwhile do.
        try security.serveZAP()
        consumer.catchUp()
        while !stop.isStopped {
            // While catching up, do not wait: answer what is waiting, then replay the next page. (Not
            // while a failed replay waits for its retry: that would spin.)
            let ready = try poller.poll(timeoutMilliseconds: consumer.wantsNextPage ? 0 : 100)
            if let zapIndex, ready[zapIndex] { try security.serveZAP() }
            if let metricsIndex, ready[metricsIndex] { try metrics.serveWaiting() }
            // At most a page of events per turn, as in a replay, so a query (or the handshake of a
            // new connection) waits for a hundred events, not thousands.
            if ready[1] { try consumer.drainSubscriber(budget: EventConsumer.pageSize) }
            if ready[0] { try queries.serveWaiting(dispatcher: dispatcher) }
            security.reloadIfChanged()
            consumer.tick()
            onTick()
        }
    }
}
