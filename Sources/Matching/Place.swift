import LeadMessages

/// A place a headquarters can be matched to: a prefecture-level city (or a district/new area
/// that belongs to one), or a whole province-level unit.
public struct Place: Sendable, Equatable {
    public var name: String
    public var province: String
    /// nil for a province-level entry that names no city.
    public var city: String?
    /// The region, or nil when the province alone does not decide it (Guangdong: GBA or not by city).
    public var region: Region?
    /// Every way of writing it that we match: Chinese full and short names, pinyin, English.
    public var aliases: [String]

    public var display: String { city.map { $0 == province ? $0 : "\($0), \(province)" } ?? province }
}
