import ArgumentParser
import Intake
import ServiceKit

/// lead-intake: the service officers submit leads to.
@main
struct LeadIntakeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lead-intake", abstract: "Accepts, validates and stores leads; publishes their events.")

    @OptionGroup var options: ServiceOptions

    func run() async throws {
        let settings = try options.settings()
        let logger = LoggingSetup.bootstrap(
            label: IntakeService.name, level: settings.string("logLevel", flag: options.logLevel, default: "info"))
        let service = IntakeService(
            endpoints: options.endpoints(settings), dataDirectory: options.dataDirectory(settings), logger: logger)
        try await ServiceRunner.run(service.makeLoop(), logger: logger)
    }
}
