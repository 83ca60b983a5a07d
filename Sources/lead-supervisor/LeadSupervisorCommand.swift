import ArgumentParser
import ServiceKit
import Supervision
import SupervisorService

/// lead-supervisor: the lights (红黄绿灯) of every active lead, on the board (挂图作战).
@main
struct LeadSupervisorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lead-supervisor",
        abstract: "Lights every active lead by the supervision rules and answers the board (supervision.board).",
        discussion: """
            The rules are supervision-rules.json, shipped with the build; a bureau overrides it by putting its own copy in
            LEADTRACKER_REFERENCE_DIR. A rules file with a bad value stops the service at start.
            """)

    @OptionGroup var options: ServiceOptions

    func run() async throws {
        // Checked before anything listens: a bad rules file is an operator's error to read, not a crash loop.
        let rules = try SupervisionRules.load()
        try await options.runService(named: SupervisorService.name) {
            SupervisorService(setup: $0, rules: rules).makeLoop()
        }
    }
}
