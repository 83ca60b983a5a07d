import LeadMessages

/// A reporting period: an ISO week, a calendar month, quarter or year, as Beijing dates.
public struct ReportPeriod: Hashable, Sendable, CustomStringConvertible {
    public let kind: PeriodKind
    public let start: CivilDate
    public let end: CivilDate
    /// `2023-W10`, `2023-03`, `2023-Q1`, `2023`.
    public let key: String

    private init(kind: PeriodKind, start: CivilDate, end: CivilDate, key: String) {
        self.kind = kind
        self.start = start
        self.end = end
        self.key = key
    }

    public static func week(_ week: ISOWeek) -> ReportPeriod {
        ReportPeriod(kind: .week, start: week.monday, end: week.sunday, key: week.description)
    }

    public static func month(year: Int, month: Int) -> ReportPeriod? {
        guard let start = CivilDate(year: year, month: month, day: 1),
            let end = CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year))
        else { return nil }
        return ReportPeriod(
            kind: .month, start: start, end: end, key: "\(year)-" + (month < 10 ? "0" : "") + "\(month)")
    }

    public static func quarter(year: Int, quarter: Int) -> ReportPeriod? {
        guard (1...4).contains(quarter), let first = month(year: year, month: quarter * 3 - 2),
            let last = month(year: year, month: quarter * 3)
        else { return nil }
        return ReportPeriod(kind: .quarter, start: first.start, end: last.end, key: "\(year)-Q\(quarter)")
    }

    public static func year(_ year: Int) -> ReportPeriod? {
        guard let start = CivilDate(year: year, month: 1, day: 1), let end = CivilDate(year: year, month: 12, day: 31)
        else { return nil }
        return ReportPeriod(kind: .year, start: start, end: end, key: "\(year)")
    }

    /// The period of `kind` that contains `date`.
    public static func containing(_ date: CivilDate, kind: PeriodKind) -> ReportPeriod {
        let fallback = week(ISOWeek(containing: date))
        switch kind {
        case .week: return fallback
        case .month: return month(year: date.year, month: date.month) ?? fallback
        case .quarter: return quarter(year: date.year, quarter: (date.month + 2) / 3) ?? fallback
        case .year: return year(date.year) ?? fallback
        }
    }

    /// Parses `2023-W10`, `2023-03`, `2023-Q1` or `2023`.
    public init?(_ text: String) {
        let trimmed = text.trimmingWhitespace.uppercased()
        if trimmed.contains("W"), let week = ISOWeek(trimmed) {
            self = .week(week)
            return
        }
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
        if parts.count == 1, let period = ReportPeriod.year(year) {
            self = period
        } else if parts.count == 2, parts[1].hasPrefix("Q"), parts[1].count == 2,
            let quarter = Int(parts[1].dropFirst()), let period = ReportPeriod.quarter(year: year, quarter: quarter)
        {
            self = period
        } else if parts.count == 2, (1...2).contains(parts[1].count), let month = Int(parts[1]),
            let period = ReportPeriod.month(year: year, month: month)
        {
            self = period
        } else {
            return nil
        }
    }

    public var isoWeek: ISOWeek? { kind == .week ? ISOWeek(key) : nil }

    public func contains(_ date: CivilDate) -> Bool { start <= date && date <= end }

    public var description: String { key }
}
