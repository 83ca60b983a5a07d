import LeadMessages

/// Where a signing is counted: its ISO week and the calendar year of its Beijing date. A week
/// that spans New Year has two buckets (Sunday 2023-01-01 is 2022-W52 but 2023's year-to-date).
public struct BucketKey: Hashable, Comparable, Sendable {
    public var week: ISOWeek
    public var year: Int

    public init(week: ISOWeek, year: Int) {
        self.week = week
        self.year = year
    }

    public init(_ signedAt: Timestamp) {
        let date = signedAt.businessDate
        self.init(week: ISOWeek(containing: date), year: date.year)
    }

    public static func < (lhs: BucketKey, rhs: BucketKey) -> Bool { (lhs.week, lhs.year) < (rhs.week, rhs.year) }
}

/// A change to one bucket's totals.
public struct BucketDelta: Equatable, Sendable {
    public var key: BucketKey
    public var projects: Int
    public var amount: Money
}

/// The bureau's counting rules, as changes to bucket totals. Pure.
///
/// - A project counts once, at its first signing.
/// - A corrected signing replaces the earlier one, never adds: its amount and its date move.
public enum CountingRules {
    public static func deltas(previous: Signing?, current: Signing) -> [BucketDelta] {
        let newKey = BucketKey(current.signedAt)
        guard let previous else { return [BucketDelta(key: newKey, projects: 1, amount: current.amountYuan)] }
        let oldKey = BucketKey(previous.signedAt)
        if oldKey == newKey {
            let change = current.amountYuan.subtracting(previous.amountYuan) ?? .zero
            return change == .zero ? [] : [BucketDelta(key: newKey, projects: 0, amount: change)]
        }
        return [
            BucketDelta(key: oldKey, projects: -1, amount: Money(fen: -previous.amountYuan.fen)),
            BucketDelta(key: newKey, projects: 1, amount: current.amountYuan),
        ]
    }
}
