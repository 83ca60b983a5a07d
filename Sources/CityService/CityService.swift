import Foundation
import LeadMessages
import Logging
import Matching
import PostgresStorage
import ReporterService
import Reporting
import ServiceClient
import ServiceKit
import Storage
import ZeroMQ

/// lead-city: one city over many districts. It follows each district intake's event stream on
/// its own (a consumer per district: gap, replay, heartbeats, its own checkpoint), keeps the
/// city's figures with the reporter's counting rules and a district dimension, and finds the
/// conflicts between districts (首报首谈). A district never needs it: districts keep working when
/// the city is down, and the city catches up from their logs.
public struct CityService {
    public static let name = "lead-city"

    public let setup: ServiceSetup
    public let districts: [DistrictStream]
    /// The city's annual targets (the configuration's `targets`, as lead-reporter reads them).
    public let targets: AnnualTargets

    public init(setup: ServiceSetup, districts: [DistrictStream], targets: AnnualTargets) {
        self.setup = setup
        self.districts = districts
        self.targets = targets
    }

    public func makeLoop() -> ServiceLoop {
        let (setup, districts, targets) = (setup, districts, targets)
        return ServiceLoop(name: Self.name, logger: setup.logger) { stop in
            let logger = setup.logger
            let database = try StoreOpener.open(
                databaseURL: setup.databaseURL, directory: setup.dataDirectory, name: "city", logger: logger)
            let store = try CityStore(
                database: database, sameProjectSimilarity: try ReferenceData.loadRules().likelyDuplicateSimilarity,
                districtNames: Dictionary(uniqueKeysWithValues: districts.map { ($0.code, $0.name) }))
            // The districts' reporters classify with the same code and data: the breakdowns agree.
            let classifier = LeadClassifier(data: try ReferenceData.load())
            let context = try ZMQContext()
            defer { context.shutdown() }
            let queries = setup.endpoints.cityQueries
            let security = try ServiceSecurity(
                context: context, options: setup.security, service: Self.name,
                endpoints: [queries] + districts.flatMap { [$0.intakeCommands, $0.intakeEvents] }, logger: logger)
            let consumers = try districts.map { district in
                try Self.consumer(
                    of: district, store: store, classifier: classifier, context: context, security: security,
                    setup: setup)
            }
            let counters = ServiceCounters()
            let audit = try ServiceAudit(database: store.database, service: Self.name)
            let server = try CommandServer(
                context: context, endpoint: queries, security: security, counters: counters, logger: logger)
            var dispatcher = RequestDispatcher(sender: Self.name, counters: counters, clock: setup.clock)
            ReporterService.answerReports(on: &dispatcher, store: store.reporter, targets: targets, clock: setup.clock)
            CityHandlers.install(on: &dispatcher, store: store, districts: districts, audit: audit, clock: setup.clock)
            logger.info(
                "ready",
                metadata: [
                    "queries": "\(server.boundEndpoint)",
                    "districts": "\(districts.map(\.code).joined(separator: ","))",
                ])
            try SubscriberLoop.run(
                service: Self.name, stop: stop, context: context, security: security,
                audit: audit, queries: server,
                consumers: consumers, dispatcher: dispatcher, metricsListen: setup.metricsListen, logger: logger,
                streams: {
                    zip(districts, consumers).map { district, consumer in
                        StreamStatus(
                            district: district.code, name: district.name, lastSequence: consumer.state.lastApplied,
                            head: consumer.state.knownHead, intakeStore: consumer.state.intakeStore,
                            lastHeardAt: consumer.lastHeardAt)
                    }
                })
        }
    }

    /// The consumer of one district's stream, with its own checkpoint and the district's key.
    static func consumer(
        of district: DistrictStream, store: CityStore, classifier: LeadClassifier, context: ZMQContext,
        security: ServiceSecurity, setup: ServiceSetup
    ) throws -> EventConsumer {
        var logger = setup.logger
        logger[metadataKey: "district"] = "\(district.code)"
        let checkpoint = try store.checkpoint(district.code)
        return try EventConsumer(
            context: context, eventsEndpoint: district.intakeEvents, commandsEndpoint: district.intakeCommands,
            sender: Self.name, credentials: security.clientCredentials, intakeKey: district.intakeKey,
            lastApplied: checkpoint.lastSequence, intakeStore: checkpoint.intakeStore, logger: logger, pageSize: 1_000,
            batch: store.database.batch,
            rememberStore: { intakeStore in try store.recordIntakeStore(intakeStore, district: district.code) },
            apply: { events in
                try store.apply(events, from: district.code, at: setup.clock.now()) {
                    ReporterService.classification(events[$0].body.lead, classifier)
                }
            })
    }
}
