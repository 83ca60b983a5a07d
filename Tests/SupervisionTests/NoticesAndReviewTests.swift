import Foundation
import LeadMessages
import LeadMessagesTesting
import Testing

@testable import Supervision

/// Who is told what, and the 月督查's arithmetic, on fixed days.
@Suite struct NoticesAndReviewTests {
    let rules: LightRules
    let created: CivilDate
    let now: Timestamp

    init() throws {
        rules = LightRules(rules: try SupervisionRules.load(overrideDirectory: nil))
        created = try date("2023-01-02")
        now = try instant("2023-04-03T09:00:00+08:00")
    }

    func lead(_ id: String = "L-000001", leader: String? = nil, unit: String? = nil, lastFollowUp: CivilDate? = nil)
        -> SupervisedLead
    {
        SupervisedLead(
            leadId: id, companyName: "比亚迪", projectName: "电池基地", stage: .contacted, officer: nil, owner: "wangmin",
            responsibility: Responsibility(leader: leader, unit: unit), plan: nil, createdOn: created,
            stageSince: created, entered: ["contacted": created],
            followUps: lastFollowUp.map { FollowUpSummary(count: 1, trips: 0, lastOn: $0, nextOn: nil) })
    }

    @Test func onlyAWorseLightNotifiesTheOfficerAndForRedTheLeader() throws {
        let idle = lead(leader: "lifuqu")
        let day60 = created.adding(days: 60)
        let yellow = try #require(Notices.light(idle, rules.light(idle, on: day60), previous: nil, on: day60, at: now))
        #expect(yellow.notificationId == "N-L-000001-yellow-2023-03-03")
        #expect(yellow.recipients == ["wangmin"])
        #expect(yellow.title == "【黄灯】L-000001 比亚迪")
        #expect(yellow.text.contains("已 60 天未跟进（黄灯线 60 天）"))
        // Still yellow the next day: nothing new. Red: the leader too.
        let day61 = created.adding(days: 61)
        #expect(Notices.light(idle, rules.light(idle, on: day61), previous: .yellow, on: day61, at: now) == nil)
        let day90 = created.adding(days: 90)
        let red = try #require(Notices.light(idle, rules.light(idle, on: day90), previous: .yellow, on: day90, at: now))
        #expect(red.kind == .lightRed && red.recipients == ["wangmin", "lifuqu"])
        // Better tells no one.
        let called = lead(lastFollowUp: day90)
        #expect(Notices.light(called, rules.light(called, on: day90), previous: .red, on: day90, at: now) == nil)
    }

    @Test func aReminderTheDayBeforeAndOrdersToTheUnitsMembers() throws {
        var due = lead()
        due.followUps = FollowUpSummary(count: 1, trips: 0, lastOn: created, nextOn: created.adding(days: 10))
        #expect(Notices.followUpDue(due, on: created.adding(days: 8), at: now) == nil)
        #expect(
            Notices.followUpDue(due, on: created.adding(days: 9), at: now)?.notificationId
                == "N-L-000001-due-2023-01-12")
        let order = SupervisionOrder(
            orderId: "D-000003", leadId: "L-000001", companyName: "比亚迪", projectName: "电池基地", unit: "一科",
            person: "lina", leader: "lifuqu", request: "协调用地", deadline: try date("2023-04-10"), issuedBy: "chief",
            issuedAt: now, level: .leader)
        let units = Units(members: ["一科": ["wangmin", "zhaolei"]])
        #expect(Notices.orderIssued(order, units: units, at: now)?.recipients == ["lina", "wangmin", "zhaolei"])
        let overdue = try #require(Notices.orderOverdue(order, units: units, at: now))
        #expect(overdue.notificationId == "N-D-000003-leader")
        #expect(overdue.recipients == ["lina", "wangmin", "zhaolei", "chief", "lifuqu"])
    }

    @Test func theMonthlyReviewCountsByUnitAndOfficerAndListsTheMonthsOrders() throws {
        let month = try #require(ReviewMonth("2023-03"))
        let (first, last) = (try date("2023-03-01"), try date("2023-03-31"))
        #expect(month.start == first && month.end == last)
        #expect(ReviewMonth("2023-13") == nil && ReviewMonth("2023/03") == nil)
        let leads = [
            lead("L-000001", unit: "一科"),  // idle since 01-02: 88 days on 03-31, yellow
            lead("L-000002", unit: "一科", lastFollowUp: try date("2023-03-20")),  // green
            lead("L-000003"),  // idle: yellow, no unit
        ]
        let issued = { (id: String, on: String, state: OrderState) throws -> SupervisionOrder in
            var order = SupervisionOrder(
                orderId: id, leadId: "L-000001", companyName: "比亚迪", projectName: "电池基地", unit: "一科", person: nil,
                leader: nil, request: "r", deadline: try date("2023-03-15"), issuedBy: "chief",
                issuedAt: try instant("\(on)T09:00:00+08:00"))
            order.state = state
            if state == .answered { order.answeredAt = try instant("\(on)T10:00:00+08:00") }
            return order
        }
        let orders = [
            try issued("D-000001", "2023-02-01", .answered),  // answered before the month: not listed
            try issued("D-000002", "2023-02-20", .issued),  // open at the month's start: listed
            try issued("D-000003", "2023-03-05", .answered),
        ]
        let followUps = [
            FollowUpRecord(
                leadId: "L-000002", on: try date("2023-03-20"), kind: .outbound, destination: "深圳",
                recordedBy: "wangmin"),
            FollowUpRecord(
                leadId: "L-000002", on: try date("2023-02-28"), kind: .call, destination: nil, recordedBy: "wangmin"),
        ]
        let review = MonthlyReviewBuilder.make(
            month, today: try date("2023-04-03"), leads: leads, rules: rules, orders: orders, followUps: followUps,
            frozenAt: nil)
        #expect(review.asOf == month.end)
        #expect(review.leads.map(\.leadId) == ["L-000001", "L-000003"])
        #expect(review.yellow == 2 && review.red == 0, "88 days idle on 03-31: yellow (red at 90)")
        #expect(
            review.byUnit == [ReviewCount(key: "一科", red: 0, yellow: 1), ReviewCount(key: "未分包", red: 0, yellow: 1)])
        #expect(review.orders.map(\.orderId) == ["D-000002", "D-000003"])
        #expect(review.ordersIssued == 1 && review.ordersAnswered == 1 && review.ordersOverdue == 1)
        #expect(review.followUps == 1 && review.trips == 1 && review.tripDestinations == ["深圳"])
        let csv = MonthlyReviewRenderer.csv(review)
        #expect(csv.hasPrefix("\u{FEFF}") && csv.contains("红黄灯项目"))
        #expect(MonthlyReviewRenderer.html(review).contains("<td>L-000003</td>"))
    }
}
