import LeadMessages
import Logging
import Reporting
import ServiceKit
import ZeroMQ

/// lead-reporter: follows intake's events, keeps signing totals per ISO week and year, answers
/// report queries.
public struct ReporterService {
    public static let name = "lead-reporter"

    public let setup: ServiceSetup
    public let targets: AnnualTargets

    public init(setup: ServiceSetup, targets: AnnualTargets) {
        self.setup = setup
        self.targets = targets
    }

    public func makeLoop() -> ServiceLoop {
        let (endpoints, dataDirectory, logger, targets) = (setup.endpoints, setup.dataDirectory, setup.logger, targets)
        return ServiceLoop(name: Self.name, logger: logger) { stop in
            let store = try ReporterStore(database: try DatabaseOpener.open(directory: dataDirectory, name: "reporter"))
            let context = try ZMQContext()
            defer { context.shutdown() }
            let consumer = try EventConsumer(
                context: context, eventsEndpoint: endpoints.intakeEvents, commandsEndpoint: endpoints.intakeCommands,
                sender: Self.name, lastApplied: try store.lastSequence(), logger: logger
            ) { event in try store.apply(event.body) }
            let counters = ServiceCounters()
            let queries = try CommandServer(
                context: context, endpoint: endpoints.reporterQueries, counters: counters, logger: logger)
            var dispatcher = RequestDispatcher(sender: Self.name, counters: counters)
            dispatcher.on(.reportWeekly, WeeklyReportQuery.self) { envelope in
                Self.weeklyReport(envelope.body, store: store, targets: targets)
            }
            logger.info("ready", metadata: ["queries": "\(queries.boundEndpoint)", "dataDir": "\(dataDirectory)"])
            try SubscriberLoop.run(
                service: Self.name, stop: stop, queries: queries, consumer: consumer, dispatcher: dispatcher)
        }
    }

    static func weeklyReport(_ query: WeeklyReportQuery, store: ReporterStore, targets: AnnualTargets)
        -> Result<WeeklyReport, ErrorBody>
    {
        let week: ISOWeek
        if let text = query.week {
            guard let parsed = ISOWeek(text) else {
                return .failure(
                    ErrorBody(
                        .invalidField, field: "week", "'\(text)' is not an ISO week like 2023-W10 / 周次格式应为 2023-W10"))
            }
            week = parsed
        } else {
            week = BusinessCalendar.week(of: .now())
        }
        do {
            return .success(try store.weeklyReport(week, targets: targets))
        } catch {
            return .failure(ErrorBody(.internalError, "storage error: \(error) / 存储错误"))
        }
    }
}
