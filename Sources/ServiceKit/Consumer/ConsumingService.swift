import Foundation
import LeadMessages
import Logging
import PostgresStorage
import ServiceClient
import Storage
import ZeroMQ

/// What a service that follows intake's events brings of its own; `ServiceLoop.consuming` does
/// the rest (store, sockets, security, replaying consumer, status, audit, metrics, loop).
public struct ConsumerParts {
    /// The service's store's database: the consumer's batches, the checkpoint and the audit log.
    public var database: GroupCommit
    /// Stores the effect of events in sequence order (a replay page, or what waited on the
    /// subscription) and the last one's sequence (`ConsumerCheckpoint.record`), all or nothing.
    public var apply: ([Envelope<LeadEvent>]) throws -> Void
    /// Registers the queries the service answers (its socket's allowlist).
    public var handlers: (inout RequestDispatcher) -> Void
    /// Work between turns of the loop, told where the consumer stands (the reporter freezes weeks
    /// once it has caught up).
    public var onTick: (ConsumerStateMachine) -> Void
    /// Work on threads of its own beside the loop (lead-supervisor's deliveries), each told to
    /// stop when the loop stops; the service ends once they return.
    public var workers: [@Sendable (StopSignal) -> Void]
    /// Events per replay page, applied as one unit (`EventConsumer.pageSize`).
    public var pageSize = EventConsumer.defaultPageSize
    /// The notification channels' backlog, for `service.status` and the metrics (lead-supervisor).
    public var backlog: (() throws -> [String: ChannelBacklog])?

    /// - Parameter apply: stores one event's effect and its sequence in one unit of work; the
    ///   events of a page are applied one by one, all in the page's transaction.
    public init(
        database: GroupCommit, apply: @escaping (Envelope<LeadEvent>) throws -> Void,
        handlers: @escaping (inout RequestDispatcher) -> Void,
        onTick: @escaping (ConsumerStateMachine) -> Void = { _ in }, workers: [@Sendable (StopSignal) -> Void] = [],
        backlog: (() throws -> [String: ChannelBacklog])? = nil
    ) {
        self.init(
            database: database, applyPage: { events in for event in events { try apply(event) } }, handlers: handlers,
            onTick: onTick, workers: workers, backlog: backlog)
    }

    /// - Parameter applyPage: stores a page's effect at once (the reporter sums its cells over
    ///   the page and writes each once).
    public init(
        database: GroupCommit, applyPage: @escaping ([Envelope<LeadEvent>]) throws -> Void,
        handlers: @escaping (inout RequestDispatcher) -> Void,
        onTick: @escaping (ConsumerStateMachine) -> Void = { _ in }, workers: [@Sendable (StopSignal) -> Void] = [],
        backlog: (() throws -> [String: ChannelBacklog])? = nil
    ) {
        self.database = database
        self.apply = applyPage
        self.handlers = handlers
        self.onTick = onTick
        self.workers = workers
        self.backlog = backlog
    }
}

extension ServiceLoop {
    /// The loop of a service that follows intake's events and answers queries on `queries`.
    ///
    /// - Parameters:
    ///   - storeName: the store's name (`DATA_DIR/NAME.sqlite`, or its PostgreSQL database).
    ///   - build: makes the service's parts from its opened database and its setup (its clock,
    ///     logger and settings), on the loop's thread.
    public static func consuming(
        name: String, setup: ServiceSetup, storeName: String, queries: @escaping @Sendable (Endpoints) -> String,
        build: @escaping @Sendable (any SQLDatabase, ServiceSetup) throws -> ConsumerParts
    ) -> ServiceLoop {
        ServiceLoop(name: name, logger: setup.logger) { stop in
            let (endpoints, logger) = (setup.endpoints, setup.logger)
            let database = try StoreOpener.open(
                databaseURL: setup.databaseURL, directory: setup.dataDirectory, name: storeName, logger: logger)
            let parts = try build(database, setup)
            let context = try ZMQContext()
            defer { context.shutdown() }
            let security = try ServiceSecurity(
                context: context, options: setup.security, service: name,
                endpoints: [queries(endpoints), endpoints.intakeCommands, endpoints.intakeEvents],
                logger: logger)
            let consumer = try EventConsumer(
                context: context, eventsEndpoint: endpoints.intakeEvents, commandsEndpoint: endpoints.intakeCommands,
                sender: name, credentials: security.clientCredentials,
                lastApplied: try parts.database.read(ConsumerCheckpoint.lastSequence),
                intakeStore: try parts.database.read(ConsumerCheckpoint.intakeStore), logger: logger,
                pageSize: parts.pageSize,
                batch: parts.database.batch,
                rememberStore: { store in
                    try parts.database.write { db in try ConsumerCheckpoint.recordIntakeStore(store, db) }
                }, apply: parts.apply)
            let counters = ServiceCounters()
            let server = try CommandServer(
                context: context, endpoint: queries(endpoints), security: security, counters: counters,
                logger: logger)
            var dispatcher = RequestDispatcher(sender: name, counters: counters, clock: setup.clock)
            parts.handlers(&dispatcher)
            logger.info("ready", metadata: ["queries": "\(server.boundEndpoint)", "dataDir": "\(setup.dataDirectory)"])
            let workers = DispatchGroup()
            for work in parts.workers {
                workers.enter()
                let thread = Thread {
                    work(stop)
                    workers.leave()
                }
                thread.name = "\(name)-worker"
                thread.start()
            }
            // However the loop ends, the workers are told to stop and waited for.
            defer {
                stop.stop()
                workers.wait()
            }
            try SubscriberLoop.run(
                service: name, stop: stop, context: context, security: security,
                audit: try ServiceAudit(database: parts.database, service: name), queries: server,
                consumers: [consumer], dispatcher: dispatcher, metricsListen: setup.metricsListen, logger: logger,
                backlog: parts.backlog, onTick: { parts.onTick(consumer.state) })
        }
    }
}
