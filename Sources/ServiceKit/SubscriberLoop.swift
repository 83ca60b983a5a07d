import LeadMessages
import ZeroMQ

/// The loop of a service that follows intake's events and answers queries: catch up first, then
/// wait on both sockets, serving queries and applying events as they come. It answers
/// `service.status` with the consumer's position. `onTick` runs between waits, at least every 100 ms.
public enum SubscriberLoop {
    public static func run(
        service: String, stop: StopSignal, queries: CommandServer, consumer: EventConsumer,
        dispatcher: RequestDispatcher, onTick: () -> Void = {}
    ) throws {
        let startedAt = Timestamp.now()
        let counters = [dispatcher.counters, consumer.counters]
        var dispatcher = dispatcher
        dispatcher.on(.serviceStatus, EmptyBody.self) { _ in
            .success(
                ServiceStatus(
                    service: service, lastSequence: consumer.position.lastApplied, lag: consumer.position.lag,
                    startedAt: startedAt,
                    counters: counters.reduce(into: [:]) { $0.merge($1.values) { first, _ in first } }))
        }
        consumer.catchUp()
        var poller = ZMQPoller()
        poller.add(queries.socket)
        poller.add(consumer.subscriber)
        while !stop.isStopped {
            let ready = try poller.poll(timeoutMilliseconds: 100)
            if ready[1] { try consumer.drainSubscriber() }
            if ready[0] { try queries.serveWaiting(reply: dispatcher.reply(to:)) }
            consumer.tick()
            onTick()
        }
    }
}
