import ServiceClient

/// Where a district's city is, when it belongs to one (protocol 1.11): the configuration's
/// `"city": {"queries": "tcp://10.0.9.1:7741", "district": "huiji", "serverKey": "lead-city"}`.
/// lead-supervisor fetches its conflict notices there, lead-intake its registrations.
public struct CityLink: Sendable, Equatable {
    public var queries: String
    /// This district's code in the city's configuration.
    public var district: String
    /// lead-city's public key in this service's keys directory: `KEY.pub`.
    public var serverKey: String

    public init(queries: String, district: String, serverKey: String = "lead-city") {
        self.queries = queries
        self.district = district
        self.serverKey = serverKey
    }

    public static func from(_ settings: Settings) throws -> CityLink? {
        guard let value = settings.file["city"] else { return nil }
        guard case .object(let fields) = value, case .string(let queries)? = fields["queries"],
            case .string(let district)? = fields["district"], !queries.isEmpty, !district.isEmpty
        else {
            throw SettingsError(
                message:
                    "city must be {\"queries\": \"tcp://HOST:7741\", \"district\": \"CODE\"} in the configuration file")
        }
        var link = CityLink(queries: queries, district: district)
        if case .string(let key)? = fields["serverKey"], !key.isEmpty { link.serverKey = key }
        return link
    }
}
