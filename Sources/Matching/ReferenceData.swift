import Foundation
import LeadMessages

/// The matcher's reference data, read from JSON files that each name their edition and source:
/// `geography.json`, `central-soes.json`, `fortune-global-500.json`, `hong-kong-groups.json`,
/// `group-units.json`, `industry-lexicon.json`, `matching-rules.json`. The files shipped with the build are the defaults; a bureau updates
/// any of them without recompiling by putting its own copy in an override directory
/// (`LEADTRACKER_REFERENCE_DIR`).
public struct ReferenceData: Sendable {
    public struct PlaceRecord: Decodable, Sendable {
        var name: String
        var province: String
        var city: String?
        var level: String
        var region: String?
        var aliases: [String]
    }

    public struct EnterpriseRecord: Decodable, Sendable, Equatable {
        public var name: String
        var shortNames: [String]?
        var aliases: [String]?
        var english: String?
        var englishAliases: [String]?
        var subsidiaryPatterns: [String]?
        /// Short names that count only at the very start of a company name (中建: 中建七局, not 冀中建工).
        var startOnly: [String]?
        var sasacName: String?
        var confidence: String?
        public var industries: [String]?
        /// The head office's city (foreign groups: country and city), for the prospect map.
        public var headquarters: String?
        var rank: Int?

        var names: [String] {
            [name] + (shortNames ?? []) + (aliases ?? []) + [english ?? ""] + (englishAliases ?? [])
        }
    }

    struct FalsePositive: Decodable, Sendable {
        var text: String
        var blocks: [String]
    }

    struct AddressRule: Decodable, Sendable {
        var suffixes: [String]
        var exceptions: [String]
    }

    struct RegistrationMarkers: Decodable, Sendable {
        var namePrefixes: [String]
        var nameContains: [String]
        var englishSuffixes: [String]
    }

    struct EnterpriseFile: Decodable, Sendable {
        var edition: String
        var source: String
        var enterprises: [EnterpriseRecord]
        var falsePositives: [FalsePositive]?
        var addressRule: AddressRule?
        var registrationMarkers: RegistrationMarkers?
    }

    /// A company that belongs to a group on one of the three lists although its name may not say
    /// so (a listed arm, a second-tier unit, a Hong Kong group's mainland company).
    struct UnitRecord: Decodable, Sendable {
        var name: String
        var shortNames: [String]?
        var english: String?
        var stockCodes: [String]?
        /// The parent entry's `name` in the list `parentList` names.
        var parent: String
        /// `central-soes`, `fortune-global-500` or `hong-kong-groups`.
        var parentList: String
        var relation: String
        var source: String
        var asOf: String
    }

    struct UnitsFile: Decodable, Sendable {
        var edition: String
        var source: String
        var units: [UnitRecord]
    }

    struct GeographyFile: Decodable, Sendable {
        var edition: String
        var places: [PlaceRecord]
    }

    struct LexiconFile: Decodable, Sendable {
        struct IndustryKeywords: Decodable, Sendable {
            var industry: String
            var keywords: [String]
        }
        struct Tag: Decodable, Sendable {
            var tag: String
            var keywords: [String]
        }
        var edition: String
        var industries: [IndustryKeywords]
        var frontierTags: [Tag]
    }

    let geography: GeographyFile
    let centralSOEs: EnterpriseFile
    let fortuneGlobal500: EnterpriseFile
    let hongKongGroups: EnterpriseFile
    let groupUnits: UnitsFile
    let lexicon: LexiconFile
    public let rules: RecommendationRules

    /// The shipped files, each replaced by the override directory's copy when it has one.
    public static func load(overrideDirectory: String? = defaultOverrideDirectory) throws -> ReferenceData {
        func read<T: Decodable>(_ file: String, as type: T.Type) throws -> T {
            try readFile(file, as: type, overrideDirectory: overrideDirectory)
        }
        let data = ReferenceData(
            geography: try read("geography.json", as: GeographyFile.self),
            centralSOEs: try read("central-soes.json", as: EnterpriseFile.self),
            fortuneGlobal500: try read("fortune-global-500.json", as: EnterpriseFile.self),
            hongKongGroups: try read("hong-kong-groups.json", as: EnterpriseFile.self),
            groupUnits: try read("group-units.json", as: UnitsFile.self),
            lexicon: try read("industry-lexicon.json", as: LexiconFile.self),
            rules: try loadRules(overrideDirectory: overrideDirectory))
        // A unit whose parent is not on its list would give no class: a bureau's edited copy
        // must say so at start, not silently lose the unit.
        for unit in data.groupUnits.units where data.parent(of: unit) == nil {
            throw ReferenceDataError(
                file: "group-units.json",
                reason: "unit \(unit.name): parent \(unit.parent) is not an entry of \(unit.parentList).json")
        }
        return data
    }

    /// The list file a unit's `parentList` names and its parent's entry there.
    func parent(of unit: UnitRecord) -> (file: EnterpriseFile, entry: EnterpriseRecord)? {
        let file: EnterpriseFile? =
            switch unit.parentList {
            case "central-soes": centralSOEs
            case "fortune-global-500": fortuneGlobal500
            case "hong-kong-groups": hongKongGroups
            default: nil
            }
        guard let file, let entry = file.enterprises.first(where: { $0.name == unit.parent }) else { return nil }
        return (file, entry)
    }

    /// Only `matching-rules.json`, for readers that need a rule and not the lists (the ledger
    /// import's duplicate threshold).
    public static func loadRules(overrideDirectory: String? = defaultOverrideDirectory) throws -> RecommendationRules {
        try RecommendationRules(
            readFile("matching-rules.json", as: RecommendationRules.File.self, overrideDirectory: overrideDirectory))
    }

    public static var defaultOverrideDirectory: String? { ReferenceFile.defaultOverrideDirectory }

    private static func readFile<T: Decodable>(_ file: String, as: T.Type, overrideDirectory: String?) throws -> T {
        let shipped = Bundle.module.url(forResource: file, withExtension: nil, subdirectory: "Resources")
        guard let url = ReferenceFile.locate(file, overrideDirectory: overrideDirectory, shipped: shipped) else {
            throw ReferenceDataError(file: file, reason: "not found")
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
        } catch {
            throw ReferenceDataError(file: url.path, reason: "\(error)")
        }
    }

    /// Every entry of the three class lists with its class, for the prospect map.
    public var enterpriseEntries: [(EnterpriseClass, EnterpriseRecord)] {
        centralSOEs.enterprises.map { (.centralSOE, $0) } + hongKongGroups.enterprises.map { (.hongKongFunded, $0) }
            + fortuneGlobal500.enterprises.map { (.fortuneGlobal500, $0) }
    }

    /// The editions in use, for status and for evidence lines.
    public var editions: [String: String] {
        [
            "geography": geography.edition, "central-soe": centralSOEs.edition,
            "fortune-global-500": fortuneGlobal500.edition, "hong-kong-funded": hongKongGroups.edition,
            "group-units": groupUnits.edition,
            "industry-lexicon": lexicon.edition, "matching-rules": rules.edition,
        ]
    }
}

public struct ReferenceDataError: Error, CustomStringConvertible {
    public var file: String
    public var reason: String
    public var description: String { "reference data \(file): \(reason)" }
}
