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

/// The reporter's part of the configuration file:
/// `"targets": {"2023": {"projects": 29, "amount": "371亿", "fundsInPlace": "150亿"}}`, `"actuals": {"2022": {…}}`,
/// `"freezeFrom": "2023-W01"`, `"freezeDelayMinutes": 0`. Without targets and actuals, the
/// 2023 work plan's.
enum ReporterSettings {
    static func targets(from settings: Settings) throws -> AnnualTargets {
        let defaults = AnnualTargets.workPlan2023
        return AnnualTargets(
            targets: try figures("targets", settings) ?? defaults.targets,
            actuals: try figures("actuals", settings) ?? defaults.actuals)
    }

    static func freezePolicy(from settings: Settings) throws -> FreezePolicy {
        var policy = FreezePolicy()
        if case .string(let text)? = settings.file["freezeFrom"] {
            guard let week = ISOWeek(text) else {
                throw SettingsError(message: "freezeFrom must be an ISO week like 2023-W01")
            }
            policy.from = week
        }
        if case .number(let minutes)? = settings.file["freezeDelayMinutes"] { policy.delayMinutes = Int64(minutes) }
        return policy
    }

    private static func figures(_ key: String, _ settings: Settings) throws -> [Int: AnnualFigure]? {
        guard case .object(let years)? = settings.file[key] else { return nil }
        var byYear: [Int: AnnualFigure] = [:]
        for (yearText, value) in years {
            guard let year = Int(yearText), case .object(let fields) = value,
                case .number(let projects)? = fields["projects"], case .string(let amountText)? = fields["amount"],
                case .success(let amount) = MoneyParser.parse(amountText)
            else {
                throw SettingsError(
                    message:
                        "\(key).\(yearText) must be {\"projects\": N, \"amount\": \"371亿\"} in the configuration file")
            }
            var funds: Money?
            if let value = fields["fundsInPlace"] {
                guard case .string(let text) = value, case .success(let parsed) = MoneyParser.parse(text) else {
                    throw SettingsError(
                        message:
                            "\(key).\(yearText).fundsInPlace must be an amount like \"150亿\" in the configuration file")
                }
                funds = parsed
            }
            byYear[year] = AnnualFigure(projects: Int(projects), amount: amount, fundsInPlace: funds)
        }
        return byYear
    }
}
