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
    public static func load(
        overrideDirectory: String? = ProcessInfo.processInfo.environment["LEADTRACKER_REFERENCE_DIR"]
    ) throws -> SupervisionRules {
        let name = "supervision-rules.json"
        var candidates: [URL] = []
        if let overrideDirectory {
            candidates.append(URL(fileURLWithPath: overrideDirectory).appendingPathComponent(name))
        }
        if let shipped = shippedFile { candidates.append(shipped) }
        guard let url = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
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
        let staleDays = [file.stale.yellowAfterDays, file.stale.redAfterDays, file.stale.suggestDropAfterDays]
        guard staleDays.allSatisfy({ $0 > 0 }), staleDays == staleDays.sorted(), Set(staleDays).count == 3 else {
            throw fail("stale: yellowAfterDays < redAfterDays < suggestDropAfterDays, all above 0 (got \(staleDays))")
        }
        guard file.stale.source.contains(where: { !$0.isWhitespace }) else { throw fail("stale: name its source") }
        stale = Stale(
            yellowAfterDays: file.stale.yellowAfterDays, redAfterDays: file.stale.redAfterDays,
            suggestDropAfterDays: file.stale.suggestDropAfterDays)
        let late = file.milestones
        guard late.yellowAfterDaysLate >= 0, late.redAfterDaysLate > late.yellowAfterDaysLate else {
            throw fail(
                "milestones: 0 <= yellowAfterDaysLate < redAfterDaysLate (got \(late.yellowAfterDaysLate), \(late.redAfterDaysLate))"
            )
        }
        guard late.source.contains(where: { !$0.isWhitespace }) else { throw fail("milestones: name its source") }
        milestones = Milestones(yellowAfterDaysLate: late.yellowAfterDaysLate, redAfterDaysLate: late.redAfterDaysLate)
        let orderDays = [
            file.orders.yellowAfterDaysOverdue, file.orders.redAfterDaysOverdue, file.orders.leaderAfterDaysOverdue,
        ]
        guard orderDays.allSatisfy({ $0 > 0 }), orderDays == orderDays.sorted(), Set(orderDays).count == 3 else {
            throw fail(
                "orders: 0 < yellowAfterDaysOverdue < redAfterDaysOverdue < leaderAfterDaysOverdue (got \(orderDays))")
        }
        guard file.orders.source.contains(where: { !$0.isWhitespace }) else { throw fail("orders: name its source") }
        orders = Orders(
            yellowAfterDaysOverdue: orderDays[0], redAfterDaysOverdue: orderDays[1],
            leaderAfterDaysOverdue: orderDays[2])
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
