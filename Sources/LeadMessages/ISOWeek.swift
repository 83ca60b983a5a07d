import Foundation

/// An ISO 8601 week, Monday to Sunday: `2023-W10`. Its year is the ISO week-year, which differs
/// from the calendar year around New Year (Sunday 2023-01-01 is in 2022-W52).
public struct ISOWeek: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let week: Int

    public init?(year: Int, week: Int) {
        guard (1...9999).contains(year), (1...ISOWeek.weeksIn(year: year)).contains(week) else { return nil }
        self.year = year
        self.week = week
    }

    /// The week that contains `date`.
    public init(containing date: CivilDate) {
        // The ISO year is the year of the week's Thursday.
        let thursday = date.adding(days: Int64(4 - date.isoWeekday))
        let firstOfYear = CivilDate(daysSinceEpoch: thursday.daysSinceEpoch - Int64(ISOWeek.dayOfYear(thursday)) + 1)
        year = thursday.year
        week = Int((thursday.daysSinceEpoch - firstOfYear.daysSinceEpoch) / 7) + 1
    }

    /// Parses `2023-W10`, `2023W10` or `2023-w10`.
    public init?(_ text: String) {
        let upper = text.uppercased().replacingOccurrences(of: "-", with: "")
        let parts = upper.split(separator: "W", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, (1...2).contains(parts[1].count),
            let year = Int(parts[0]), let week = Int(parts[1])
        else { return nil }
        self.init(year: year, week: week)
    }

    public var monday: CivilDate {
        let january4 = CivilDate(daysSinceEpoch: ISOWeek.january4(year))
        return january4.adding(days: Int64(1 - january4.isoWeekday) + Int64(week - 1) * 7)
    }

    public var sunday: CivilDate { monday.adding(days: 6) }

    public func contains(_ date: CivilDate) -> Bool { ISOWeek(containing: date) == self }

    public var previous: ISOWeek { ISOWeek(containing: monday.adding(days: -7)) }
    public var next: ISOWeek { ISOWeek(containing: monday.adding(days: 7)) }

    public static func < (lhs: ISOWeek, rhs: ISOWeek) -> Bool { (lhs.year, lhs.week) < (rhs.year, rhs.week) }

    public var description: String { "\(year)-W" + (week < 10 ? "0" : "") + "\(week)" }

    /// 52 or 53: the week of 28 December is always the year's last.
    public static func weeksIn(year: Int) -> Int {
        guard let december28 = CivilDate(year: year, month: 12, day: 28) else { return 52 }
        return ISOWeek(containing: december28).week
    }

    private static func january4(_ year: Int) -> Int64 {
        CivilDate(year: year, month: 1, day: 4).map(\.daysSinceEpoch) ?? 0
    }

    private static func dayOfYear(_ date: CivilDate) -> Int {
        let january1 = CivilDate(year: date.year, month: 1, day: 1).map(\.daysSinceEpoch) ?? date.daysSinceEpoch
        return Int(date.daysSinceEpoch - january1) + 1
    }
}

extension ISOWeek: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let week = ISOWeek(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "not an ISO week like 2023-W10: \(text)")
        }
        self = week
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
