import ArgumentParser
import Foundation
import LeadMessages
import ReporterService
import Reporting
import ServiceClient
import ServiceKit

/// lead-reporter: the weekly signing totals against the annual target.
@main
struct LeadReporterCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lead-reporter",
        abstract: "Keeps signing totals by day and dimension; answers report queries; freezes weeks as they close.")

    @OptionGroup var options: ServiceOptions

    @Option(help: "Where frozen weekly reports are written (env LEADTRACKER_REPORTS_DIR; default DATA_DIR/reports).")
    var reportsDir: String?

    func run() async throws {
        try await options.runService(named: ReporterService.name) { setup in
            let settings = setup.settings
            let reports = settings.string(
                "reportsDir", flag: reportsDir,
                default: URL(fileURLWithPath: setup.dataDirectory).appendingPathComponent("reports").path)
            return ReporterService(
                setup: setup, targets: try ReporterSettings.targets(from: settings),
                scheme: try AssessmentScheme.load(),
                freezePolicy: try ReporterSettings.freezePolicy(from: settings), reportsDirectory: reports
            ).makeLoop()
        }
    }
}
