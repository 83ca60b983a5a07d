import Foundation
import LeadMessages
import Logging
import Reporting
import ServiceClient
import ServiceKit

/// Freezes weeks as they close and writes each published report to files, in every format.
final class WeekFreezer {
    private let store: ReporterStore
    private let policy: FreezePolicy
    private let targets: AnnualTargets
    private let scheme: AssessmentScheme
    private let directory: String
    private let clock: ServiceClock
    private let logger: Logger
    private var nextCheck: Int64 = 0
    /// The last year whose 年考核 is known frozen: the check is a write transaction, so it runs only
    /// when a new year has closed since, not every second.
    private var assessedThrough: Int?

    init(
        store: ReporterStore, policy: FreezePolicy, targets: AnnualTargets, scheme: AssessmentScheme,
        directory: String, clock: ServiceClock, logger: Logger
    ) {
        self.scheme = scheme
        self.clock = clock
        self.store = store
        self.policy = policy
        self.targets = targets
        self.directory = directory
        self.logger = logger
    }

    /// Checks at most once a second; freezing happens only once the consumer has caught up, so a
    /// published report includes everything intake had.
    func freezeIfDue() {
        let now = MonotonicClock.milliseconds()
        guard now >= nextCheck else { return }
        nextCheck = now + 1_000
        do {
            for report in try store.freezeClosedWeeks(now: clock.now(), policy: policy, targets: targets) {
                try write(report)
                logger.info(
                    "week frozen", metadata: ["week": "\(report.period)", "projects": "\(report.signedProjects)"])
            }
            let closed = clock.now().businessDate.year - 1
            if assessedThrough.map({ $0 < closed }) ?? true {
                for assessment in try store.freezeClosedYears(now: clock.now(), scheme: scheme) {
                    try write(assessment)
                    logger.info(
                        "年考核 frozen", metadata: ["year": "\(assessment.year)", "units": "\(assessment.units.count)"])
                }
                assessedThrough = closed
            }
        } catch {
            logger.error("freezing failed; will retry", metadata: ["error": "\(error)"])
        }
    }

    /// `assessment/2023.json` under the reports directory: the year's published 年考核.
    func write(_ assessment: AssessmentReport) throws {
        let folder = URL(fileURLWithPath: directory).appendingPathComponent("assessment")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("\(assessment.year).json")
        try StoredJSON.data(assessment, pretty: true).write(to: file, options: .atomic)
    }

    /// `weekly/2023-W10.json`, `.md`, `.csv` and `.html` (Chinese) under the reports directory.
    func write(_ report: PeriodReport) throws {
        let folder = URL(fileURLWithPath: directory).appendingPathComponent("weekly")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for format in [ReportFormat.json, .md, .csv, .html] {
            let file = folder.appendingPathComponent("\(report.period).\(format.rawValue)")
            try Data(ReportRenderer.render(report, as: format).utf8).write(to: file, options: .atomic)
        }
    }
}
