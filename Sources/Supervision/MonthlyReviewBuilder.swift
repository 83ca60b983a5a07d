import LeadMessages

/// One follow-up as supervision keeps it for the monthly counts.
public struct FollowUpRecord: Codable, Sendable, Equatable {
    public var leadId: String
    public var on: CivilDate
    public var kind: FollowUpKind
    public var destination: String?
    public var recordedBy: String

    public init(leadId: String, on: CivilDate, kind: FollowUpKind, destination: String?, recordedBy: String) {
        self.leadId = leadId
        self.on = on
        self.kind = kind
        self.destination = destination
        self.recordedBy = recordedBy
    }
}

/// A calendar month, `2023-06` (or, for the weekly line, an ISO week `2023-W10`).
public struct ReviewMonth: Equatable, Sendable, CustomStringConvertible {
    public let start: CivilDate
    public let end: CivilDate
    private var weekName: String?

    /// An ISO week, for the weekly report's supervision line.
    public init(week: ISOWeek) {
        start = week.monday
        end = week.sunday
        weekName = week.description
    }

    public init?(_ text: String) {
        let parts = text.trimmingWhitespace.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]),
            let start = CivilDate(year: year, month: month, day: 1),
            let end = CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year))
        else { return nil }
        self.start = start
        self.end = end
    }

    /// The month `day` falls in.
    public init(containing day: CivilDate) {
        start = CivilDate(daysSinceEpoch: day.daysSinceEpoch - Int64(day.day - 1))
        end = start.adding(days: Int64(CivilDate.daysIn(month: day.month, year: day.year) - 1))
    }

    public var previous: ReviewMonth { ReviewMonth(containing: start.adding(days: -1)) }

    public var description: String { weekName ?? String(start.description.prefix(7)) }
}

/// The 月督查 of a month (RULES.md §5.12): every red and yellow lead at the month's end (or today,
/// while it is open), counted by unit and officer; the month's 督办 orders; its follow-ups and
/// outbound trips. Pure: the leads, orders, follow-ups and the day are arguments.
public enum MonthlyReviewBuilder {
    public static let noUnit = "未分包"
    public static let noOfficer = "未指定"

    public static func make(
        _ month: ReviewMonth, today: CivilDate, leads: some Sequence<SupervisedLead>, rules: LightRules,
        orders: [SupervisionOrder], followUps: [FollowUpRecord], frozenAt: Timestamp?
    ) -> MonthlyReview {
        let asOf = min(month.end, today)
        let lit: [ReviewLead] = leads.compactMap { lead in
            guard let light = rules.light(lead, on: asOf), light.color != .green, let reason = light.reasons.first
            else { return nil }
            return ReviewLead(
                leadId: lead.leadId, companyName: lead.companyName, projectName: lead.projectName, stage: lead.stage,
                unit: lead.responsibility?.unit, officer: lead.officer ?? lead.owner,
                leader: lead.responsibility?.leader,
                color: light.color, reason: reason)
        }.sorted { a, b in
            if a.color != b.color { return a.color > b.color }
            if a.reason.days != b.reason.days { return a.reason.days > b.reason.days }
            return (LeadID.number(in: a.leadId) ?? 0) < (LeadID.number(in: b.leadId) ?? 0)
        }
        let listed = orders.filter { order in
            let issued = order.issuedAt.businessDate
            guard issued <= asOf else { return false }
            if issued >= month.start { return true }
            return order.state != .answered || (order.answeredAt?.businessDate ?? asOf) >= month.start
        }.sorted { $0.orderId < $1.orderId }
        let inMonth = followUps.filter { $0.on >= month.start && $0.on <= asOf }.sorted {
            ($0.on, $0.leadId) < ($1.on, $1.leadId)
        }
        let trips = inMonth.filter { $0.kind == .outbound }
        var destinations: [String] = []
        for trip in trips {
            if let city = trip.destination?.trimmingWhitespace, !city.isEmpty, !destinations.contains(city) {
                destinations.append(city)
            }
        }
        let by = Dictionary(grouping: inMonth, by: \.recordedBy).map { person, records in
            ReviewFollowUps(
                recordedBy: person, count: records.count, trips: records.filter { $0.kind == .outbound }.count)
        }.sorted { ($1.count, $0.recordedBy) < ($0.count, $1.recordedBy) }
        return MonthlyReview(
            month: month.description, start: month.start, end: month.end, asOf: asOf, frozenAt: frozenAt,
            rules: rules.rules.edition, red: lit.filter { $0.color == .red }.count,
            yellow: lit.filter { $0.color == .yellow }.count, leads: lit,
            byUnit: counts(lit) { $0.unit ?? noUnit }, byOfficer: counts(lit) { $0.officer ?? noOfficer },
            orders: listed, ordersIssued: listed.filter { $0.issuedAt.businessDate >= month.start }.count,
            ordersAnswered: listed.filter { $0.state == .answered }.count,
            ordersOverdue: listed.filter { $0.state != .answered && $0.deadline < asOf }.count,
            followUps: inMonth.count, trips: trips.count, tripDestinations: destinations, followUpsBy: by)
    }

    /// The weekly report's line: the same counts over a week.
    public static func line(_ review: MonthlyReview) -> SupervisionLine {
        SupervisionLine(
            week: review.month, start: review.start, end: review.end, asOf: review.asOf, frozenAt: review.frozenAt,
            red: review.red, yellow: review.yellow, ordersIssued: review.ordersIssued,
            ordersOverdue: review.ordersOverdue, followUps: review.followUps, trips: review.trips)
    }

    /// Red and yellow by `key`: the most red first, then the most yellow, then by name.
    static func counts(_ leads: [ReviewLead], _ key: (ReviewLead) -> String) -> [ReviewCount] {
        Dictionary(grouping: leads, by: key).map { name, group in
            ReviewCount(
                key: name, red: group.filter { $0.color == .red }.count,
                yellow: group.filter { $0.color == .yellow }.count)
        }.sorted { ($1.red, $1.yellow, $0.key) < ($0.red, $0.yellow, $1.key) }
    }
}
