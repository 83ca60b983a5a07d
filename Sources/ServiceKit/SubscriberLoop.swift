import ZeroMQ

/// The loop of a service that follows intake's events and answers queries: catch up first, then
/// wait on both sockets, serving queries and applying events as they come.
public enum SubscriberLoop {
    public static func run(
        stop: StopSignal, queries: CommandServer, consumer: EventConsumer, dispatcher: RequestDispatcher
    ) throws {
        consumer.catchUp()
        var poller = ZMQPoller()
        poller.add(queries.socket)
        poller.add(consumer.subscriber)
        while !stop.isStopped {
            let ready = try poller.poll(timeoutMilliseconds: 100)
            if ready[1] { try consumer.drainSubscriber() }
            if ready[0] { try queries.serveWaiting(reply: dispatcher.reply(to:)) }
            consumer.tick()
        }
    }
}
