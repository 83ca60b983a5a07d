/// Business dates are taken in Asia/Shanghai.
///
/// China has kept UTC+8 with no daylight saving time since 1991, so the zone is a fixed offset
/// for every date this product handles; computing it directly keeps the calendar pure and free
/// of the host's time-zone database.
public enum BusinessCalendar {
    public static let offsetMinutes: Int32 = 480

    public static func date(of instant: Timestamp) -> CivilDate {
        let local = instant.epochSeconds + Int64(offsetMinutes) * 60
        return CivilDate(daysSinceEpoch: local.floorDividedBy(86_400).quotient)
    }

    public static func week(of instant: Timestamp) -> ISOWeek { ISOWeek(containing: date(of: instant)) }

    /// `2023-03-05 23:30`: an instant as people in Beijing read it (seconds only when not zero).
    public static func dateTime(of instant: Timestamp) -> String {
        let local = instant.epochSeconds + Int64(offsetMinutes) * 60
        let second = local.floorDividedBy(86_400).remainder
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let time = "\(two(second / 3600)):\(two(second / 60 % 60))" + (second % 60 == 0 ? "" : ":\(two(second % 60))")
        return "\(date(of: instant)) \(time)"
    }

    /// 00:00 of `date` in Beijing.
    public static func startOfDay(_ date: CivilDate) -> Timestamp {
        Timestamp(epochSeconds: date.daysSinceEpoch * 86_400 - Int64(offsetMinutes) * 60, offsetMinutes: offsetMinutes)
    }
}
