import Foundation
import LeadMessages
import Logging
import Matching
import PostgresStorage
import ServiceKit
import ZeroMQ

/// lead-matcher: follows intake's events, keeps one recommendation per lead, answers queries.
public struct MatcherService {
    public static let name = "lead-matcher"

    public let setup: ServiceSetup

    public init(setup: ServiceSetup) { self.setup = setup }

    public func makeLoop() -> ServiceLoop {
        let (endpoints, dataDirectory, logger) = (setup.endpoints, setup.dataDirectory, setup.logger)
        let (securityOptions, databaseURL, metricsListen) = (setup.security, setup.databaseURL, setup.metricsListen)
        return ServiceLoop(name: Self.name, logger: logger) { stop in
            let database = try StoreOpener.open(
                databaseURL: databaseURL, directory: dataDirectory, name: "matcher", logger: logger)
            let store = try MatcherStore(database: database)
            let data = try ReferenceData.load()
            let recommender = Recommender(data: data)
            let prospectMap = ProspectMap(data: data)
            if try store.resetIfReferenceChanged(editions: data.editions) {
                logger.notice("reference data or rules changed: recommending every lead anew from the event log")
            }
            let context = try ZMQContext()
            defer { context.shutdown() }
            let security = try ServiceSecurity(
                context: context, options: securityOptions, service: Self.name,
                endpoints: [endpoints.matcherQueries, endpoints.intakeCommands, endpoints.intakeEvents], logger: logger)
            let consumer = try EventConsumer(
                context: context, eventsEndpoint: endpoints.intakeEvents, commandsEndpoint: endpoints.intakeCommands,
                sender: Self.name, credentials: security.clientCredentials, lastApplied: try store.lastSequence(),
                logger: logger, batch: store.database.batch
            ) { event in
                let (recommendation, entry) = try recommender.recommend(
                    event.body.lead, sequence: event.body.sequence, pipeline: store)
                try store.store(recommendation, lead: event.body.lead, entry: entry, sequence: event.body.sequence)
            }
            let counters = ServiceCounters()
            let queries = try CommandServer(
                context: context, endpoint: endpoints.matcherQueries, security: security, counters: counters,
                logger: logger)
            var dispatcher = RequestDispatcher(sender: Self.name, counters: counters)
            dispatcher.on(.recommendationGet, LeadReference.self) { envelope, caller in
                Self.recommendation(envelope.body.leadId, for: caller, store: store)
            }
            dispatcher.on(.prospectsQuery, ProspectQuery.self) { envelope, _ in
                Self.prospects(envelope.body, map: prospectMap, store: store)
            }
            dispatcher.on(.pipelineQuery, PipelineQuery.self) { envelope, caller in
                Self.pipeline(envelope.body, for: caller, store: store)
            }
            dispatcher.on(.duplicatesCheck, DuplicateCheck.self) { envelope, _ in
                Self.duplicates(envelope.body, recommender: recommender, store: store)
            }
            logger.info("ready", metadata: ["queries": "\(queries.boundEndpoint)", "dataDir": "\(dataDirectory)"])
            try SubscriberLoop.run(
                service: Self.name, stop: stop, context: context, security: security,
                audit: try ServiceAudit(database: store.database, service: Self.name), queries: queries,
                consumer: consumer, dispatcher: dispatcher, metricsListen: metricsListen, logger: logger)
        }
    }

    static func recommendation(_ leadId: String, for caller: Caller, store: MatcherStore) -> Result<
        Recommendation, ErrorBody
    > {
        guard let canonical = LeadID.canonical(leadId) else {
            return .failure(
                ErrorBody(.invalidField, field: "leadId", "'\(leadId)' is not a lead id like L-000042 / 线索编号格式不正确"))
        }
        return storage { try store.recommendation(canonical) }.flatMap { stored in
            guard let (found, owner) = stored else {
                return .failure(
                    ErrorBody(.notFound, field: "leadId", "no recommendation for \(canonical) yet / 暂无该线索的推荐"))
            }
            if let error = AccessPolicy.checkOwnership(caller, owner: owner, leadId: canonical) {
                return .failure(error)
            }
            return .success(found)
        }
    }

    static func pipeline(_ query: PipelineQuery, for caller: Caller, store: MatcherStore) -> Result<
        PipelineView, ErrorBody
    > {
        PipelineFilter.read(query).flatMap { filter in
            storage { try store.pipeline(filter, owner: caller.role == .officer ? caller.identity : nil) }
        }
    }

    static func duplicates(_ check: DuplicateCheck, recommender: Recommender, store: MatcherStore) -> Result<
        DuplicateCheckResult, ErrorBody
    > {
        guard !check.companyName.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return .failure(ErrorBody(.missingField, field: "companyName", "companyName must not be empty / 企业名称不能为空"))
        }
        return storage {
            DuplicateCheckResult(possibleDuplicates: try recommender.possibleDuplicates(check, pipeline: store))
        }
    }

    private static func storage<Value>(_ body: () throws -> Value) -> Result<Value, ErrorBody> {
        do {
            return .success(try body())
        } catch {
            return .failure(ErrorBody(.internalError, "storage error: \(error) / 存储错误"))
        }
    }

    static func prospects(_ query: ProspectQuery, map: ProspectMap, store: MatcherStore) -> Result<
        ProspectList, ErrorBody
    > {
        storage { try store.groupsInPipeline() }.flatMap { groups in
            map.query(query, pipelineGroups: groups).mapError { error in
                switch error {
                case .invalid(let field, let message): ErrorBody(.invalidField, field: field, message)
                }
            }
        }
    }
}
