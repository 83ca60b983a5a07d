import ArgumentParser
import CityService
import ReporterService
import Reporting
import ServiceKit

/// lead-city: a city's view over its districts' LeadTracker deployments.
@main
struct LeadCityCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lead-city",
        abstract:
            "Follows every district intake's events; answers the city's reports and the conflicts between districts (首报首谈)."
    )

    @OptionGroup var options: ServiceOptions

    func run() async throws {
        try await options.runService(named: CityService.name) { setup in
            // The city's own targets, or none: a district's work plan (the reporter's default) is
            // not the city's.
            let targets =
                setup.settings.file["targets"] == nil
                ? AnnualTargets(targets: [:]) : try ReporterSettings.targets(from: setup.settings)
            return CityService(
                setup: setup, districts: try CityDistricts.load(from: setup.settings), targets: targets
            ).makeLoop()
        }
    }
}
