import ArgumentParser
import MatcherService
import ServiceKit

/// lead-matcher: classifies every lead and recommends what to do.
@main
struct LeadMatcherCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lead-matcher", abstract: "Classifies leads by region, enterprise class and industry; recommends.")

    @OptionGroup var options: ServiceOptions

    func run() async throws {
        let settings = try options.settings()
        let logger = LoggingSetup.bootstrap(
            label: MatcherService.name, level: settings.string("logLevel", flag: options.logLevel, default: "info"))
        let service = MatcherService(
            endpoints: options.endpoints(settings), dataDirectory: options.dataDirectory(settings), logger: logger)
        try await ServiceRunner.run(service.makeLoop(), logger: logger)
    }
}
