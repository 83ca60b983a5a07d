import Foundation

/// Configuration from, in order of precedence: command-line flags, `LEADTRACKER_*` environment
/// variables, a JSON configuration file, built-in defaults.
public struct Settings: Sendable {
    /// The configuration file's top-level values (strings, numbers or nested objects).
    public let file: [String: JSONValue]
    private let environment: [String: String]

    public init(configFile: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        self.environment = environment
        let path = configFile ?? environment["LEADTRACKER_CONFIG"]
        guard let path else {
            file = [:]
            return
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw SettingsError(message: "cannot read configuration file \(path): \(error.localizedDescription)")
        }
        guard case .object(let values) = try? JSONDecoder().decode(JSONValue.self, from: data) else {
            throw SettingsError(message: "configuration file \(path) is not a JSON object")
        }
        file = values
    }

    /// A flag's value if given, else `LEADTRACKER_<NAME>` (key in upper snake case), else the file's
    /// `key`, else `fallback`.
    public func string(_ key: String, flag: String?, default fallback: String) -> String {
        if let flag { return flag }
        if let value = environment[Self.environmentName(key)], !value.isEmpty { return value }
        if case .string(let value)? = file[key] { return value }
        return fallback
    }

    /// A yes/no setting: `LEADTRACKER_<NAME>=1|true`, or `true`/`"1"` in the file.
    public func flag(_ key: String) -> Bool {
        if let value = environment[Self.environmentName(key)] { return value == "1" || value.lowercased() == "true" }
        switch file[key] {
        case .bool(let value)?: return value
        case .string(let value)?: return value == "1" || value.lowercased() == "true"
        default: return false
        }
    }

    public func endpoints(
        intakeCommands: String? = nil, intakeEvents: String? = nil, matcherQueries: String? = nil,
        reporterQueries: String? = nil, supervisorQueries: String? = nil, cityQueries: String? = nil
    ) -> Endpoints {
        let defaults = Endpoints.defaults
        return Endpoints(
            intakeCommands: string("intakeCommands", flag: intakeCommands, default: defaults.intakeCommands),
            intakeEvents: string("intakeEvents", flag: intakeEvents, default: defaults.intakeEvents),
            matcherQueries: string("matcherQueries", flag: matcherQueries, default: defaults.matcherQueries),
            reporterQueries: string("reporterQueries", flag: reporterQueries, default: defaults.reporterQueries),
            supervisorQueries: string(
                "supervisorQueries", flag: supervisorQueries, default: defaults.supervisorQueries),
            cityQueries: string("cityQueries", flag: cityQueries, default: defaults.cityQueries)
        )
    }

    /// `intakeCommands` → `LEADTRACKER_INTAKE_COMMANDS`.
    static func environmentName(_ key: String) -> String {
        var name = "LEADTRACKER_"
        for character in key {
            if character.isUppercase { name.append("_") }
            name.append(contentsOf: character.uppercased())
        }
        return name
    }
}

public struct SettingsError: Error, CustomStringConvertible {
    public let message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}

/// Any JSON value, for configuration files whose shape grows over time.
public enum JSONValue: Codable, Sendable, Equatable {
    case string(String), number(Double), bool(Bool), object([String: JSONValue]), array([JSONValue]), null

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .null: try container.encodeNil()
        }
    }
}
