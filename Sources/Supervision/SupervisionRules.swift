import Foundation
import LeadMessages

/// The lights' rules (`supervision-rules.json`): dated, each with its source, checked at load so
/// that a bad value stops the service at start instead of coloring leads wrongly.
public struct SupervisionRules: Sendable, Equatable {
    public struct Stale: Sendable, Equatable {
        public var yellowAfterDays: Int
        public var redAfterDays: Int
        public var suggestDropAfterDays: Int
    }

    public struct Milestones: Sendable, Equatable {
        public var yellowAfterDaysLate: Int
        public var redAfterDaysLate: Int
    }

    /// When an unanswered 督办 order goes up a level: days past its deadline.
    public struct Orders: Sendable, Equatable {
        public var yellowAfterDaysOverdue: Int
        public var redAfterDaysOverdue: Int
        public var leaderAfterDaysOverdue: Int
    }

    public struct DefaultDate: Sendable, Equatable {
        public var milestone: Milestone
        public var afterEntering: Stage
        public var days: Int
    }

    public var edition: String
    public var activeStages: Set<Stage>
    public var stale: Stale
    public var milestones: Milestones
    public var defaultPlan: [DefaultDate]
    public var orders: Orders

    /// The shipped file, or the override directory's copy (`LEADTRACKER_REFERENCE_DIR`).
    public static func load(overrideDirectory: String? = ReferenceFile.defaultOverrideDirectory) throws
        -> SupervisionRules
    {
        let name = "supervision-rules.json"
        guard let url = ReferenceFile.locate(name, overrideDirectory: overrideDirectory, shipped: shippedFile) else {
            throw SupervisionRulesError(file: name, reason: "not found")
        }
        do {
            return try SupervisionRules(json: try Data(contentsOf: url))
        } catch let error as SupervisionRulesError {
            throw SupervisionRulesError(file: url.path, reason: error.reason)
        } catch {
            throw SupervisionRulesError(file: url.path, reason: "\(error)")
        }
    }

    /// The rules file shipped with the build.
    static var shippedFile: URL? {
        Bundle.module.url(forResource: "supervision-rules.json", withExtension: nil, subdirectory: "Resources")
    }

    /// Reads and checks a rules file's content.
    public init(json: Data) throws {
        let file = try JSONDecoder().decode(File.self, from: json)
        func fail(_ reason: String) -> SupervisionRulesError {
            SupervisionRulesError(file: "supervision-rules.json", reason: reason)
        }
        guard !file.edition.trimmingWhitespace.isEmpty else { throw fail("edition must name the rules' edition") }
        edition = file.edition
        activeStages = Set(
            try file.activeStages.map { text in
                guard let stage = Stage(rawValue: text) else { throw fail("activeStages: unknown stage '\(text)'") }
                return stage
            })
        guard !activeStages.isEmpty else { throw fail("activeStages must name at least one stage") }
        /// A rule's limits rise strictly from `lowest`, and the rule names where it comes from.
        func check(_ rule: String, _ names: [String], _ days: [Int], lowest: Int, source: String) throws {
            guard days.first.map({ $0 >= lowest }) ?? false, zip(days, days.dropFirst()).allSatisfy({ $0 < $1 }) else {
                throw fail("\(rule): \(lowest) <= \(names.joined(separator: " < ")) (got \(days))")
            }
            guard source.contains(where: { !$0.isWhitespace }) else { throw fail("\(rule): name its source") }
        }
        let (idle, late, overdue) = (file.stale, file.milestones, file.orders)
        try check(
            "stale", ["yellowAfterDays", "redAfterDays", "suggestDropAfterDays"],
            [idle.yellowAfterDays, idle.redAfterDays, idle.suggestDropAfterDays], lowest: 1, source: idle.source)
        try check(
            "milestones", ["yellowAfterDaysLate", "redAfterDaysLate"],
            [late.yellowAfterDaysLate, late.redAfterDaysLate],
            lowest: 0, source: late.source)
        try check(
            "orders", ["yellowAfterDaysOverdue", "redAfterDaysOverdue", "leaderAfterDaysOverdue"],
            [overdue.yellowAfterDaysOverdue, overdue.redAfterDaysOverdue, overdue.leaderAfterDaysOverdue], lowest: 1,
            source: overdue.source)
        stale = Stale(
            yellowAfterDays: idle.yellowAfterDays, redAfterDays: idle.redAfterDays,
            suggestDropAfterDays: idle.suggestDropAfterDays)
        milestones = Milestones(yellowAfterDaysLate: late.yellowAfterDaysLate, redAfterDaysLate: late.redAfterDaysLate)
        orders = Orders(
            yellowAfterDaysOverdue: overdue.yellowAfterDaysOverdue, redAfterDaysOverdue: overdue.redAfterDaysOverdue,
            leaderAfterDaysOverdue: overdue.leaderAfterDaysOverdue)
        defaultPlan = try file.defaultPlan.map { entry in
            guard let milestone = Milestone(rawValue: entry.milestone) else {
                throw fail("defaultPlan: unknown milestone '\(entry.milestone)'")
            }
            guard let stage = Stage(rawValue: entry.afterEntering) else {
                throw fail("defaultPlan: unknown stage '\(entry.afterEntering)'")
            }
            guard (1...3_650).contains(entry.days) else { throw fail("defaultPlan: days must be 1 to 3650") }
            guard entry.source.contains(where: { !$0.isWhitespace }) else { throw fail("defaultPlan: name its source") }
            return DefaultDate(milestone: milestone, afterEntering: stage, days: entry.days)
        }
    }

    struct File: Decodable {
        struct Stale: Decodable {
            var yellowAfterDays: Int
            var redAfterDays: Int
            var suggestDropAfterDays: Int
            var source: String
        }

        struct Milestones: Decodable {
            var yellowAfterDaysLate: Int
            var redAfterDaysLate: Int
            var source: String
        }

        struct Orders: Decodable {
            var yellowAfterDaysOverdue: Int
            var redAfterDaysOverdue: Int
            var leaderAfterDaysOverdue: Int
            var source: String
        }

        struct DefaultDate: Decodable {
            var milestone: String
            var afterEntering: String
            var days: Int
            var source: String
        }

        var edition: String
        var activeStages: [String]
        var stale: Stale
        var milestones: Milestones
        var defaultPlan: [DefaultDate]
        var orders: Orders
    }
}

public struct SupervisionRulesError: Error, CustomStringConvertible {
    public var file: String
    public var reason: String
    public var description: String { "supervision rules \(file): \(reason)" }
}
