import ServiceClient

/// One district lead-city follows: where its intake is and the name of its public key.
public struct DistrictStream: Sendable, Equatable {
    /// The code reports and conflicts name it by (`huiji`): lower-case letters, digits and `-`.
    public var code: String
    /// Its name for people (惠济区).
    public var name: String
    public var intakeCommands: String
    public var intakeEvents: String
    /// The district intake's public key in lead-city's keys directory: `KEY.pub`
    /// (default `lead-intake-CODE`).
    public var intakeKey: String
    /// The identity (in lead-city's authorized_keys) of the district's lead-supervisor, which
    /// fetches this district's conflict notices and no other's (default `lead-supervisor-CODE`).
    public var supervisorIdentity: String
    /// The identity of the district's lead-intake, which fetches this district's registrations
    /// (default `lead-intake-CODE`, the name its public key has here).
    public var intakeIdentity: String

    public init(
        code: String, name: String, intakeCommands: String, intakeEvents: String, intakeKey: String? = nil,
        supervisorIdentity: String? = nil
    ) {
        self.code = code
        self.name = name
        self.intakeCommands = intakeCommands
        self.intakeEvents = intakeEvents
        self.intakeKey = intakeKey ?? "lead-intake-\(code)"
        self.supervisorIdentity = supervisorIdentity ?? "lead-supervisor-\(code)"
        intakeIdentity = self.intakeKey
    }
}

/// lead-city's part of the configuration file: the districts it follows, in the order its
/// status lists them.
///
/// `"districts": [{"code": "huiji", "name": "惠济区", "intakeCommands": "tcp://10.0.1.5:7701",
/// "intakeEvents": "tcp://10.0.1.5:7702", "intakeKey": "lead-intake-huiji",
/// "supervisorIdentity": "lead-supervisor-huiji"}]`
public enum CityDistricts {
    public static func load(from settings: Settings) throws -> [DistrictStream] {
        guard case .array(let entries)? = settings.file["districts"], !entries.isEmpty else {
            throw SettingsError(
                message:
                    "lead-city needs \"districts\" in its configuration file: a list of {\"code\", \"name\", \"intakeCommands\", \"intakeEvents\"}"
            )
        }
        var districts: [DistrictStream] = []
        for (index, entry) in entries.enumerated() {
            guard case .object(let fields) = entry else {
                throw SettingsError(message: "districts[\(index)] must be an object")
            }
            func text(_ key: String, required: Bool = true) throws -> String? {
                if case .string(let value)? = fields[key], !value.isEmpty { return value }
                if required { throw SettingsError(message: "districts[\(index)].\(key) is missing") }
                return nil
            }
            guard let code = try text("code"), isValidCode(code) else {
                throw SettingsError(
                    message: "districts[\(index)].code must be lower-case letters, digits and - (like huiji)")
            }
            guard !districts.contains(where: { $0.code == code }) else {
                throw SettingsError(message: "districts[\(index)].code \(code) is listed twice")
            }
            districts.append(
                DistrictStream(
                    code: code, name: try text("name") ?? code, intakeCommands: try text("intakeCommands") ?? "",
                    intakeEvents: try text("intakeEvents") ?? "", intakeKey: try text("intakeKey", required: false),
                    supervisorIdentity: try text("supervisorIdentity", required: false)))
        }
        return districts
    }

    static func isValidCode(_ code: String) -> Bool {
        code.count <= 40
            && code.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
