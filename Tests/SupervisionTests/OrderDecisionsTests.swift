import AccessPolicy
import LeadMessages
import LeadMessagesTesting
import Testing

@testable import Supervision

/// 督办 orders: who may issue, acknowledge and answer them, and how they escalate past the deadline.
@Suite struct OrderDecisionsTests {
    let now: Timestamp
    let chief = Caller(identity: "chief", role: .supervisor)
    let wangmin = Caller(identity: "wangmin", role: .officer)
    let lina = Caller(identity: "lina", role: .officer)
    let units = Units(members: ["一科": ["wangmin"]])
    let rules: SupervisionRules.Orders
    let lead: SupervisedLead

    init() throws {
        now = try instant("2023-03-06T10:00:00+08:00")
        rules = try SupervisionRules.load(overrideDirectory: nil).orders
        let day = try date("2023-03-01")
        lead = SupervisedLead(
            leadId: "L-000007", companyName: "中建七局", projectName: "数据中心", stage: .negotiating, officer: "王敏",
            owner: "wangmin", responsibility: Responsibility(leader: "李副区长", unit: "一科"), plan: nil, createdOn: day,
            stageSince: day, entered: ["negotiating": day], followUps: nil)
    }

    func issue(_ command: IssueOrder, by caller: Caller? = nil) -> Result<SupervisionOrder, ErrorBody> {
        OrderDecisions.issue(command, on: lead, number: 3, by: caller ?? chief, units: units, now: now)
    }

    @Test func aSupervisorIssuesToAKnownUnitWithADeadlineNotPassed() throws {
        let order = try issue(IssueOrder(leadId: "L-7", unit: "一科", request: "协调用地指标", deadline: "2023-03-13")).get()
        #expect(order.orderId == "D-000003")
        #expect(order.leader == "李副区长")
        #expect(order.level == .blue)
        #expect(order.state == .issued)
        for (command, field) in [
            (IssueOrder(leadId: "L-7", unit: "二科", request: "r", deadline: "2023-03-13"), "unit"),
            (IssueOrder(leadId: "L-7", request: "r", deadline: "2023-03-13"), "unit"),
            (IssueOrder(leadId: "L-7", unit: "一科", request: "r", deadline: "2023-03-05"), "deadline"),
            (IssueOrder(leadId: "L-7", unit: "一科", request: "r", deadline: "下周一"), "deadline"),
            (IssueOrder(leadId: "L-7", unit: "一科", request: " ", deadline: "2023-03-13"), "request"),
        ] {
            guard case .failure(let error) = issue(command) else {
                Issue.record("\(command) accepted")
                continue
            }
            #expect(error.field == field)
        }
        guard
            case .failure(let officer) = issue(
                IssueOrder(leadId: "L-7", unit: "一科", request: "r", deadline: "2023-03-13"), by: wangmin)
        else {
            Issue.record("an officer issued an order")
            return
        }
        #expect(officer.code == .forbidden)
    }

    @Test func onlyTheAddresseeAcknowledgesAndAnswers() throws {
        let order = try issue(IssueOrder(leadId: "L-7", unit: "一科", request: "协调用地", deadline: "2023-03-13")).get()
        guard case .failure(let stranger) = OrderDecisions.acknowledge(order, by: lina, units: units, now: now) else {
            Issue.record("someone outside the unit acknowledged")
            return
        }
        #expect(stranger.code == .forbidden)
        let signed = try #require(try OrderDecisions.acknowledge(order, by: wangmin, units: units, now: now).get())
        #expect(signed.state == .acknowledged)
        #expect(try OrderDecisions.acknowledge(signed, by: wangmin, units: units, now: now).get() == nil)
        let answered = try OrderDecisions.answer(signed, "已协调国土部门", by: wangmin, units: units, now: now).get()
        #expect(answered.state == .answered)
        #expect(answered.answeredBy == "wangmin")
        guard case .failure(let twice) = OrderDecisions.answer(answered, "again", by: wangmin, units: units, now: now)
        else {
            Issue.record("answered twice")
            return
        }
        #expect(twice.code == .invalidTransition)
        // A person addressee answers without belonging to a unit.
        let personal = try issue(IssueOrder(leadId: "L-7", person: "lina", request: "回访", deadline: "2023-03-13")).get()
        #expect(try OrderDecisions.answer(personal, "已回访", by: lina, units: units, now: now).get().state == .answered)
    }

    @Test func anUnansweredOrderEscalatesBlueYellowRedThenToTheLeader() throws {
        let order = try issue(IssueOrder(leadId: "L-7", unit: "一科", request: "协调", deadline: "2023-03-13")).get()
        let deadline = try date("2023-03-13")
        #expect(OrderDecisions.escalated(order, rules: rules, today: deadline) == nil)
        let yellow = try #require(OrderDecisions.escalated(order, rules: rules, today: deadline.adding(days: 1)))
        #expect(yellow.level == .yellow)
        #expect(OrderDecisions.escalated(yellow, rules: rules, today: deadline.adding(days: 2)) == nil)
        // Seen only on day 20 (the service was down): every step, each on its own day.
        let late = try #require(OrderDecisions.escalated(order, rules: rules, today: deadline.adding(days: 20)))
        #expect(late.level == .leader)
        #expect(
            late.escalations == [
                OrderEscalation(level: .yellow, on: deadline.adding(days: 1)),
                OrderEscalation(level: .red, on: deadline.adding(days: 7)),
                OrderEscalation(level: .leader, on: deadline.adding(days: 14)),
            ])
        let answered = try OrderDecisions.answer(yellow, "已办", by: wangmin, units: units, now: now).get()
        #expect(OrderDecisions.escalated(answered, rules: rules, today: deadline.adding(days: 30)) == nil)
    }
}
