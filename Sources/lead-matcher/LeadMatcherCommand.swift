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
        try await options.runService(named: MatcherService.name) { MatcherService(setup: $0).makeLoop() }
    }
}
