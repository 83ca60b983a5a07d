import ArgumentParser

/// leadctl: the investment officer's command-line client.
@main
struct Leadctl: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leadctl",
        abstract: "LeadTracker 招商线索 client: submit leads, move them through stages, read recommendations and reports.",
        subcommands: [
            Submit.self, ImportCommand.self, ExportCommand.self, Show.self, List.self, Advance.self, Sign.self,
            Increase.self,
            VoidCommand.self, EditCommand.self, MilestoneCommand.self, FundsCommand.self, FollowUpCommand.self,
            Assign.self, Plan.self, Board.self, OrderCommand.self,
            Acknowledge.self, Answer.self, Orders.self, Inbox.self, Read.self, Review.self,
            History.self, PipelineCommand.self, Duplicates.self, RecommendationCommand.self, Prospects.self,
            Report.self, Conflicts.self, Decide.self, Register.self, Registrations.self, Status.self, Audit.self,
            Keys.self,
        ]
    )
}
