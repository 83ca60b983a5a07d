import LeadMessages
import Logging
import ServiceKit
import ZeroMQ

/// lead-intake: answers officers' commands on its ROUTER, stores leads with their events, and
/// relays committed events from the outbox to its PUB socket, with a heartbeat every second.
public struct IntakeService {
    public static let name = "lead-intake"

    public let setup: ServiceSetup

    public init(setup: ServiceSetup) { self.setup = setup }

    public func makeLoop() -> ServiceLoop {
        let (endpoints, dataDirectory, logger) = (setup.endpoints, setup.dataDirectory, setup.logger)
        return ServiceLoop(name: Self.name, logger: logger) { stop in
            let store = try IntakeStore(database: try DatabaseOpener.open(directory: dataDirectory, name: "intake"))
            let context = try ZMQContext()
            defer { context.shutdown() }
            let counters = ServiceCounters()
            let commands = try CommandServer(
                context: context, endpoint: endpoints.intakeCommands, counters: counters, logger: logger)
            let publisher = try EventRelay(
                context: context, endpoint: endpoints.intakeEvents, store: store, counters: counters, logger: logger)
            let dispatcher = IntakeHandlers(store: store, counters: counters, startedAt: .now()).dispatcher()
            logger.info(
                "ready",
                metadata: [
                    "commands": "\(commands.boundEndpoint)", "events": "\(publisher.boundEndpoint)",
                    "dataDir": "\(dataDirectory)",
                ])
            var poller = ZMQPoller()
            poller.add(commands.socket)
            while !stop.isStopped {
                if try poller.poll(timeoutMilliseconds: 100)[0] {
                    try commands.serveWaiting(reply: dispatcher.reply(to:))
                }
                // Relay after every batch: the ack went out after the commit, the event follows it.
                try publisher.relayCommitted()
                try publisher.heartbeatIfDue()
            }
        }
    }
}
