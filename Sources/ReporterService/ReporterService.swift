import LeadMessages
import Matching
import Reporting
import ServiceKit

/// lead-reporter: follows intake's events, keeps the signing aggregates, answers report queries,
/// and freezes each week's report when the week closes, writing it to its reports directory.
public struct ReporterService {
    public static let name = "lead-reporter"

    public let setup: ServiceSetup
    public let targets: AnnualTargets
    /// The 年考核 scheme, checked at start.
    public let scheme: AssessmentScheme
    public let freezePolicy: FreezePolicy
    /// Where frozen weekly reports are written (`weekly/2023-W10.{json,md,csv,html}`).
    public let reportsDirectory: String

    public init(
        setup: ServiceSetup, targets: AnnualTargets, scheme: AssessmentScheme, freezePolicy: FreezePolicy,
        reportsDirectory: String
    ) {
        self.setup = setup
        self.targets = targets
        self.scheme = scheme
        self.freezePolicy = freezePolicy
        self.reportsDirectory = reportsDirectory
    }

    public func makeLoop() -> ServiceLoop {
        let (targets, scheme, policy, reportsDirectory) = (targets, scheme, freezePolicy, reportsDirectory)
        return .consuming(name: Self.name, setup: setup, storeName: "reporter", queries: \.reporterQueries) {
            database, setup in
            let store = try ReporterStore(database: database)
            // The matcher's classification code and data, so breakdowns by region, class and
            // industry agree with the recommendations.
            let classifier = LeadClassifier(data: try ReferenceData.load())
            let freezer = WeekFreezer(
                store: store, policy: policy, targets: targets, scheme: scheme, directory: reportsDirectory,
                clock: setup.clock, logger: setup.logger)
            var parts = ConsumerParts(
                database: store.database,
                applyPage: { events in
                    try store.apply(events, at: setup.clock.now()) {
                        Self.classification(events[$0].body.lead, classifier)
                    }
                },
                handlers: { dispatcher in
                    Self.answerReports(on: &dispatcher, store: store, targets: targets, clock: setup.clock)
                    dispatcher.on(.reportRounds, RoundsQuery.self) { envelope, _ -> Result<RoundsReport, ErrorBody> in
                        let today = setup.clock.now().businessDate
                        guard let quarter = Self.quarter(envelope.body.quarter, today: today) else {
                            return .failure(
                                ErrorBody(
                                    .invalidField, field: "quarter",
                                    "'\(envelope.body.quarter ?? "")' is not a quarter like 2023-Q2 / 季度格式应为 2023-Q2"))
                        }
                        return .handling { try store.rounds(quarter) }
                    }
                    dispatcher.on(.reportAssessment, AssessmentQuery.self) {
                        envelope, _ -> Result<AssessmentReport, ErrorBody> in
                        let today = setup.clock.now().businessDate
                        let year = envelope.body.year ?? today.year
                        guard (2000...today.year).contains(year) else {
                            return .failure(
                                ErrorBody(
                                    .invalidField, field: "year",
                                    "year \(year) is not between 2000 and \(today.year) / 考核年度应在2000年至今年之间"))
                        }
                        return .handling { try store.assessment(year: year, today: today, scheme: scheme) }
                    }
                },
                // A published report must include everything intake had: freeze only once caught up.
                onTick: { state in if !state.isBehind { freezer.freezeIfDue() } })
            // A page's cells are summed and written once: the larger the page, the fewer writes.
            parts.pageSize = 1_000
            return parts
        }
    }

    /// `report.weekly` and `report.period`, from `store`'s cells: lead-reporter's and lead-city's.
    public static func answerReports(
        on dispatcher: inout RequestDispatcher, store: ReporterStore, targets: AnnualTargets, clock: ServiceClock
    ) {
        dispatcher.on(.reportWeekly, WeeklyReportQuery.self) { envelope, _ in
            Self.report(
                envelope.body.week, kind: .week, only: .week, field: "week",
                today: clock.now().businessDate,
                store: store, targets: targets)
        }
        dispatcher.on(.reportPeriod, PeriodReportQuery.self) {
            envelope, _ -> Result<PeriodReport, ErrorBody> in
            // A period's form decides its kind (2023-03 is a month); `kind` names the current
            // period to report when none is given (a week by default).
            var kind = PeriodKind.week
            if let text = envelope.body.kind {
                guard let given = PeriodKind(rawValue: text) else {
                    return .failure(
                        ErrorBody(
                            .invalidField, field: "kind",
                            "kind must be week, month, quarter or year / 报告类型有误"))
                }
                kind = given
            }
            return Self.report(
                envelope.body.period, kind: kind, field: "period",
                today: clock.now().businessDate, store: store, targets: targets)
        }
    }

    /// The quarter `text` names, or the current one.
    static func quarter(_ text: String?, today: CivilDate) -> ReportPeriod? {
        guard let text else { return ReportPeriod.containing(today, kind: .quarter) }
        guard let period = ReportPeriod(text.trimmingWhitespace), period.kind == .quarter else { return nil }
        return period
    }

    /// Only a signed project counts in the breakdowns, so only then is it worth classifying.
    public static func classification(_ lead: Lead, _ classifier: LeadClassifier) -> Classification {
        guard lead.signing != nil else {
            return Classification(region: .unknown, enterpriseClasses: [], industry: .other)
        }
        let facts = classifier.classify(lead)
        return Classification(
            region: facts.region, enterpriseClasses: facts.enterpriseClasses, industry: facts.industry)
    }

    /// The report of the period `text` names — its form decides the kind (`only`: it must be of
    /// that kind) — or, without one, of the current period of `kind`.
    static func report(
        _ text: String?, kind: PeriodKind, only: PeriodKind? = nil, field: String, today: CivilDate,
        store: ReporterStore, targets: AnnualTargets
    )
        -> Result<PeriodReport, ErrorBody>
    {
        let period: ReportPeriod
        if let text {
            guard let parsed = ReportPeriod(text), only.map({ $0 == parsed.kind }) ?? true else {
                return .failure(
                    ErrorBody(
                        .invalidField, field: field,
                        "'\(text)' is not a period like 2023-W10, 2023-03, 2023-Q1 or 2023 / 报告期格式应为 2023-W10、2023-03、2023-Q1 或 2023"
                    ))
            }
            period = parsed
        } else {
            period = ReportPeriod.containing(today, kind: kind)
        }
        return .handling { try store.report(period, targets: targets) }
    }
}
