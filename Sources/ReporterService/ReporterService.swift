import Foundation
import LeadMessages
import Logging
import Matching
import PostgresStorage
import Reporting
import ServiceKit
import ZeroMQ

/// lead-reporter: follows intake's events, keeps the signing aggregates, answers report queries,
/// and freezes each week's report when the week closes, writing it to its reports directory.
public struct ReporterService {
    public static let name = "lead-reporter"

    public let setup: ServiceSetup
    public let targets: AnnualTargets
    public let freezePolicy: FreezePolicy
    /// Where frozen weekly reports are written (`weekly/2023-W10.{json,md,csv,html}`).
    public let reportsDirectory: String

    public init(setup: ServiceSetup, targets: AnnualTargets, freezePolicy: FreezePolicy, reportsDirectory: String) {
        self.setup = setup
        self.targets = targets
        self.freezePolicy = freezePolicy
        self.reportsDirectory = reportsDirectory
    }

    public func makeLoop() -> ServiceLoop {
        let (endpoints, dataDirectory, logger) = (setup.endpoints, setup.dataDirectory, setup.logger)
        let (targets, policy, reportsDirectory) = (targets, freezePolicy, reportsDirectory)
        let (securityOptions, databaseURL, metricsListen) = (setup.security, setup.databaseURL, setup.metricsListen)
        return ServiceLoop(name: Self.name, logger: logger) { stop in
            let database = try StoreOpener.open(
                databaseURL: databaseURL, directory: dataDirectory, name: "reporter", logger: logger)
            let store = try ReporterStore(database: database)
            // The matcher's classification code and data, so breakdowns by region, class and
            // industry agree with the recommendations.
            let classifier = LeadClassifier(data: try ReferenceData.load())
            let context = try ZMQContext()
            defer { context.shutdown() }
            let security = try ServiceSecurity(
                context: context, options: securityOptions, service: Self.name,
                endpoints: [endpoints.reporterQueries, endpoints.intakeCommands, endpoints.intakeEvents], logger: logger
            )
            let consumer = try EventConsumer(
                context: context, eventsEndpoint: endpoints.intakeEvents, commandsEndpoint: endpoints.intakeCommands,
                sender: Self.name, credentials: security.clientCredentials, lastApplied: try store.lastSequence(),
                logger: logger, batch: store.database.batch
            ) { event in
                // Only a signed project counts in the breakdowns, so only then is it worth classifying.
                var classification = Classification(region: .unknown, enterpriseClasses: [], industry: .other)
                if event.body.lead.signing != nil {
                    let facts = classifier.classify(event.body.lead)
                    classification = Classification(
                        region: facts.region, enterpriseClasses: facts.enterpriseClasses, industry: facts.industry)
                }
                try store.apply(event.body, classification: classification, at: .now())
            }
            let counters = ServiceCounters()
            let queries = try CommandServer(
                context: context, endpoint: endpoints.reporterQueries, security: security, counters: counters,
                logger: logger)
            var dispatcher = RequestDispatcher(sender: Self.name, counters: counters)
            dispatcher.on(.reportWeekly, WeeklyReportQuery.self) { envelope, _ in
                Self.report(envelope.body.week, kind: .week, field: "week", store: store, targets: targets)
            }
            dispatcher.on(.reportPeriod, PeriodReportQuery.self) { envelope, _ -> Result<PeriodReport, ErrorBody> in
                guard let kind = PeriodKind(rawValue: envelope.body.kind ?? "week") else {
                    return .failure(
                        ErrorBody(.invalidField, field: "kind", "kind must be week, month, quarter or year / 报告类型有误"))
                }
                return Self.report(envelope.body.period, kind: kind, field: "period", store: store, targets: targets)
            }
            let freezer = WeekFreezer(
                store: store, policy: policy, targets: targets, directory: reportsDirectory, logger: logger)
            logger.info("ready", metadata: ["queries": "\(queries.boundEndpoint)", "dataDir": "\(dataDirectory)"])
            try SubscriberLoop.run(
                service: Self.name, stop: stop, context: context, security: security,
                audit: try ServiceAudit(database: store.database, service: Self.name), queries: queries,
                consumer: consumer, dispatcher: dispatcher, metricsListen: metricsListen, logger: logger,
                onTick: { if !consumer.position.isBehind { freezer.freezeIfDue() } })
        }
    }

    static func report(_ text: String?, kind: PeriodKind, field: String, store: ReporterStore, targets: AnnualTargets)
        -> Result<PeriodReport, ErrorBody>
    {
        let period: ReportPeriod
        if let text {
            guard let parsed = ReportPeriod(text), kind == .week ? parsed.kind == .week : true else {
                return .failure(
                    ErrorBody(
                        .invalidField, field: field,
                        "'\(text)' is not a period like 2023-W10, 2023-03, 2023-Q1 or 2023 / 报告期格式应为 2023-W10、2023-03、2023-Q1 或 2023"
                    ))
            }
            period = parsed
        } else {
            period = ReportPeriod.containing(Timestamp.now().businessDate, kind: kind)
        }
        do {
            return .success(try store.report(period, targets: targets))
        } catch {
            return .failure(ErrorBody(.internalError, "storage error: \(error) / 存储错误"))
        }
    }
}
