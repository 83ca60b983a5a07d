import ArgumentParser
import LeadMessages
import ReporterService
import Reporting
import ServiceKit

/// lead-reporter: the weekly signing totals against the annual target.
@main
struct LeadReporterCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lead-reporter", abstract: "Keeps signing totals per ISO week and year; answers report queries.")

    @OptionGroup var options: ServiceOptions

    func run() async throws {
        try await options.runService(named: ReporterService.name) { setup in
            ReporterService(setup: setup, targets: try TargetSettings.targets(from: setup.settings)).makeLoop()
        }
    }
}

/// Reads `"targets": {"2023": {"projects": 29, "amount": "371亿"}}` from the configuration file;
/// without it, the 2023 work plan's target.
enum TargetSettings {
    static func targets(from settings: Settings) throws -> AnnualTargets {
        guard case .object(let years)? = settings.file["targets"] else { return .workPlan2023 }
        var byYear: [Int: AnnualTarget] = [:]
        for (yearText, value) in years {
            guard let year = Int(yearText), case .object(let fields) = value,
                case .number(let projects)? = fields["projects"], case .string(let amountText)? = fields["amount"],
                case .success(let amount) = MoneyParser.parse(amountText)
            else {
                throw SettingsError(
                    message:
                        "targets.\(yearText) must be {\"projects\": N, \"amount\": \"371亿\"} in the configuration file")
            }
            byYear[year] = AnnualTarget(projects: Int(projects), amount: amount)
        }
        return AnnualTargets(byYear: byYear)
    }
}
