import Foundation
import LeadMessages
import Logging
import PostgresStorage
import ServiceClient
import ServiceKit
import ZeroMQ

/// lead-intake: answers officers' commands on its ROUTER, stores leads with their events, and
/// relays committed events from the outbox to its PUB socket, with a heartbeat every second.
public struct IntakeService {
    public static let name = "lead-intake"

    public let setup: ServiceSetup

    public init(setup: ServiceSetup) { self.setup = setup }

    public func makeLoop() -> ServiceLoop {
        let setup = setup
        let (endpoints, dataDirectory, logger) = (setup.endpoints, setup.dataDirectory, setup.logger)
        let (securityOptions, databaseURL, metricsListen) = (setup.security, setup.databaseURL, setup.metricsListen)
        let clock = setup.clock
        return ServiceLoop(name: Self.name, logger: logger) { stop in
            let database = try StoreOpener.open(
                databaseURL: databaseURL, directory: dataDirectory, name: "intake", singleWriter: true,
                logger: logger)
            let store = try IntakeStore(database: database)
            // (1.11) A district in a city: big signings need the city's registration, kept in a copy.
            let city = try CityLink.from(setup.settings)
            let registrations = try city.map { link in
                store.registrationRule = try RegistrationFeed.rule(setup.settings)
                return RegistrationFeed.poller(
                    link: link,
                    credentials: try ClientCredentials.load(
                        name: Self.name, directory: securityOptions.keysDirectory,
                        plaintext: securityOptions.insecurePlaintext),
                    setup: setup
                ) {
                    try StoreOpener.open(
                        databaseURL: databaseURL, directory: dataDirectory, name: "intake", logger: logger)
                }
            }
            let workers = DispatchGroup()
            if let registrations {
                workers.enter()
                let thread = Thread {
                    registrations.run(stop: stop)
                    workers.leave()
                }
                thread.name = "\(Self.name)-city"
                thread.start()
            }
            defer {
                stop.stop()
                workers.wait()
            }
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
                counters: counters, clock: clock)
            let startedAt = Timestamp.now()
            var dispatcher = IntakeHandlers(
                store: store, counters: counters, startedAt: startedAt, clock: clock, logger: logger
            ).dispatcher()
            let metrics = try ServiceMetrics(
                service: Self.name, context: context, listen: metricsListen, counters: [counters], logger: logger
            ) {
                [
                    "last_sequence": Double((try? store.headSequence()) ?? 0),
                    "started_at_seconds": Double(startedAt.epochSeconds),
                ]
            }
            try ServiceAudit(database: store.database, service: Self.name).install(on: &dispatcher)
            logger.info(
                "ready",
                metadata: [
                    "commands": "\(commands.boundEndpoint)", "events": "\(publisher.boundEndpoint)",
                    "dataDir": "\(dataDirectory)",
                ])
            var poller = ZMQPoller()
            poller.add(commands.socket)
            let zapIndex = security.zapSocket.map { poller.add($0) }
            let metricsIndex = metrics.socket.map { poller.add($0) }
            while !stop.isStopped {
                let ready = try poller.poll(timeoutMilliseconds: 100)
                if let zapIndex, ready[zapIndex] { try security.serveZAP() }
                if let metricsIndex, ready[metricsIndex] { try metrics.serveWaiting() }
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
