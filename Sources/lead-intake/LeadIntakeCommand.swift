import ArgumentParser
import IntakeService
import ServiceKit

/// lead-intake: the service officers submit leads to.
@main
struct LeadIntakeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lead-intake", abstract: "Accepts, validates and stores leads; publishes their events.")

    @OptionGroup var options: ServiceOptions

    func run() async throws {
        try await options.runService(named: IntakeService.name) { IntakeService(setup: $0).makeLoop() }
    }
}
