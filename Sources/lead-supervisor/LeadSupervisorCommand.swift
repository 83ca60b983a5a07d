import ArgumentParser
import ServiceClient
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
        try await options.runService(named: SupervisorService.name) { setup in
            SupervisorService(
                setup: setup, rules: rules, units: try SupervisorSettings.units(from: setup.settings),
                notifications: try NotificationSettings.from(setup.settings), city: try CityLink.from(setup.settings)
            ).makeLoop()
        }
    }
}

/// The supervisor's part of the configuration file: `"units": {"区投资促进局一科": ["wangmin", "lina"]}`,
/// the units 督办 orders may be addressed to and the identities that answer for each.
enum SupervisorSettings {
    static func units(from settings: Settings) throws -> Units {
        guard let value = settings.file["units"] else { return Units() }
        guard case .object(let units) = value else {
            throw SettingsError(message: "units must be {\"unit name\": [\"identity\", …]} in the configuration file")
        }
        var members: [String: Set<String>] = [:]
        for (unit, list) in units {
            guard case .array(let identities) = list else {
                throw SettingsError(message: "units.\(unit) must be a list of identities")
            }
            members[unit] = Set(
                try identities.map { value in
                    guard case .string(let identity) = value, !identity.isEmpty else {
                        throw SettingsError(message: "units.\(unit) must list identities as strings")
                    }
                    return identity
                })
        }
        return Units(members: members)
    }
}
