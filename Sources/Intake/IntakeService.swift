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
        let securityOptions = setup.security
        return ServiceLoop(name: Self.name, logger: logger) { stop in
            let database = try DatabaseOpener.open(directory: dataDirectory, name: "intake")
            let store = try IntakeStore(database: database)
            let context = try ZMQContext()
            defer { context.shutdown() }
            let security = try ServiceSecurity(
                context: context, options: securityOptions, service: Self.name,
                endpoints: [endpoints.intakeCommands, endpoints.intakeEvents], logger: logger)
            let counters = ServiceCounters()
            let commands = try CommandServer(
                context: context, endpoint: endpoints.intakeCommands, security: security, counters: counters,
                logger: logger)
            let publisher = try EventRelay(
                context: context, endpoint: endpoints.intakeEvents, store: store, security: security,
                counters: counters,
                logger: logger)
            var dispatcher = IntakeHandlers(store: store, counters: counters, startedAt: .now()).dispatcher()
            try ServiceAudit(database: store.database, service: Self.name).install(on: &dispatcher)
            logger.info(
                "ready",
                metadata: [
                    "commands": "\(commands.boundEndpoint)", "events": "\(publisher.boundEndpoint)",
                    "dataDir": "\(dataDirectory)",
                ])
            var poller = ZMQPoller()
            poller.add(commands.socket)
            if let zap = security.zapSocket { poller.add(zap) }
            while !stop.isStopped {
                let ready = try poller.poll(timeoutMilliseconds: 100)
                if ready.count > 1, ready[1] { try security.serveZAP() }
                // Group commit: the waiting commands share one transaction; replies follow its commit.
                if ready[0] { try commands.serveWaiting(dispatcher: dispatcher, batch: store.batch) }
                security.reloadIfChanged()
                // Relay after every batch: the ack went out after the commit, the event follows it.
                try publisher.relayCommitted()
                try publisher.heartbeatIfDue()
            }
        }
    }
}
