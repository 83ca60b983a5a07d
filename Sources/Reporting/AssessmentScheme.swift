import Foundation
import LeadMessages

/// The 年考核 scheme (`assessment-scheme.json`): dated and versioned, each weight with its source,
/// checked at load so that a scheme whose weights do not add up to 100 stops the reporter at start
/// instead of publishing wrong scores.
public struct AssessmentScheme: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var id: String
        public var label: String
        public var measure: Measure
        /// Whether the item scores the number of projects (or contacts) or the amount.
        public var usesAmount: Bool
        public var weight: Double
    }

    public struct Deduction: Sendable, Equatable {
        public var id: String
        public var label: String
        public var measure: Measure
        public var pointsEach: Double
        /// The most a deduction takes off, whatever the count.
        public var maxPoints: Double
    }

    public var info: SchemeInfo
    public var items: [Item]
    public var deductions: [Deduction]
    /// Targets by unit and by officer, per item id: a count, or an amount in fen.
    public var unitTargets: [String: [String: Int64]]
    public var officerTargets: [String: [String: Int64]]

    /// The shipped file, or the override directory's copy (`LEADTRACKER_REFERENCE_DIR`).
    public static func load(overrideDirectory: String? = ReferenceFile.defaultOverrideDirectory) throws
        -> AssessmentScheme
    {
        let name = "assessment-scheme.json"
        let shipped = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources")
        guard let url = ReferenceFile.locate(name, overrideDirectory: overrideDirectory, shipped: shipped) else {
            throw AssessmentSchemeError(file: name, reason: "not found")
        }
        do {
            return try AssessmentScheme(json: try Data(contentsOf: url))
        } catch let error as AssessmentSchemeError {
            throw AssessmentSchemeError(file: url.path, reason: error.reason)
        } catch {
            throw AssessmentSchemeError(file: url.path, reason: "\(error)")
        }
    }

    /// Reads and checks a scheme file's content.
    public init(json: Data) throws {
        let file = try JSONDecoder().decode(File.self, from: json)
        func fail(_ reason: String) -> AssessmentSchemeError {
            AssessmentSchemeError(file: "assessment-scheme.json", reason: reason)
        }
        guard let effective = CivilDate(file.effective) else { throw fail("effective must be a date like 2023-01-01") }
        guard !file.name.trimmingWhitespace.isEmpty, !file.version.trimmingWhitespace.isEmpty else {
            throw fail("name and version must be set")
        }
        guard !file.sources.isEmpty else { throw fail("sources must say where the weights come from") }
        info = SchemeInfo(name: file.name, version: file.version, effective: effective, sources: file.sources)
        var seen: Set<String> = []
        items = try file.items.map { item in
            guard let measure = Measure(rawValue: item.measure) else {
                throw fail("item \(item.id): unknown measure '\(item.measure)'")
            }
            guard item.use == "projects" || item.use == "amount" else {
                throw fail("item \(item.id): use must be projects or amount")
            }
            guard item.weight > 0 else { throw fail("item \(item.id): weight must be above zero") }
            guard seen.insert(item.id).inserted else { throw fail("item \(item.id) appears twice") }
            return Item(
                id: item.id, label: item.label, measure: measure, usesAmount: item.use == "amount", weight: item.weight)
        }
        let total = items.reduce(0) { $0 + $1.weight }
        guard abs(total - 100) < 1e-9 else {
            throw fail("the items' weights add up to \(total), not 100")
        }
        deductions = try file.deductions.map { deduction in
            guard let measure = Measure(rawValue: deduction.measure) else {
                throw fail("deduction \(deduction.id): unknown measure '\(deduction.measure)'")
            }
            guard deduction.pointsEach > 0, deduction.max >= deduction.pointsEach else {
                throw fail("deduction \(deduction.id): pointsEach must be above zero and max at least pointsEach")
            }
            return Deduction(
                id: deduction.id, label: deduction.label, measure: measure, pointsEach: deduction.pointsEach,
                maxPoints: deduction.max)
        }
        let itemsById = Dictionary(uniqueKeysWithValues: items.map { ($0.id, $0) })
        func targets(_ table: [String: [String: TargetValue]]?, _ kind: String) throws -> [String: [String: Int64]] {
            try (table ?? [:]).mapValues { byItem in
                try byItem.reduce(into: [:]) { result, entry in
                    guard let item = itemsById[entry.key] else {
                        throw fail("targets.\(kind): unknown item '\(entry.key)'")
                    }
                    guard let value = entry.value.value(asAmount: item.usesAmount), value > 0 else {
                        throw fail(
                            "targets.\(kind).\(entry.key) must be \(item.usesAmount ? "an amount like \"50亿\"" : "a count above zero")"
                        )
                    }
                    result[entry.key] = value
                }
            }
        }
        unitTargets = try targets(file.targets?.units, "units")
        officerTargets = try targets(file.targets?.officers, "officers")
    }

    private struct File: Decodable {
        struct ItemFile: Decodable {
            var id: String
            var label: String
            var measure: String
            var use: String
            var weight: Double
        }

        struct DeductionFile: Decodable {
            var id: String
            var label: String
            var measure: String
            var pointsEach: Double
            var max: Double
        }

        struct Targets: Decodable {
            var units: [String: [String: TargetValue]]?
            var officers: [String: [String: TargetValue]]?
        }

        var name: String
        var version: String
        var effective: String
        var sources: [String]
        var items: [ItemFile]
        var deductions: [DeductionFile]
        var targets: Targets?
    }

    /// A target as written: a count (`12`) or an amount (`"50亿"`).
    private enum TargetValue: Decodable {
        case count(Int64)
        case amount(String)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let count = try? container.decode(Int64.self) {
                self = .count(count)
            } else {
                self = .amount(try container.decode(String.self))
            }
        }

        func value(asAmount: Bool) -> Int64? {
            switch (self, asAmount) {
            case (.count(let count), false): count
            case (.amount(let text), true): (try? MoneyParser.parse(text).get())?.fen
            default: nil
            }
        }
    }
}

public struct AssessmentSchemeError: Error, CustomStringConvertible {
    public var file: String
    public var reason: String
    public var description: String { "assessment scheme \(file): \(reason)" }
}
