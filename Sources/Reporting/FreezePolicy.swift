import LeadMessages

/// When weeks close: by default at the Monday 00:00 in Beijing that ends them.
public struct FreezePolicy: Sendable, Equatable {
    public var delayMinutes: Int64
    /// The first week to freeze; nil: the week the reporter first started in.
    public var from: ISOWeek?

    public init(delayMinutes: Int64 = 0, from: ISOWeek? = nil) {
        self.delayMinutes = delayMinutes
        self.from = from
    }

    public func closes(_ week: ISOWeek) -> Timestamp {
        let monday = BusinessCalendar.startOfDay(week.sunday.adding(days: 1))
        return Timestamp(epochSeconds: monday.epochSeconds + delayMinutes * 60, offsetMinutes: monday.offsetMinutes)
    }
}
