import AccessPolicy
import LeadMessages
import LeadMessagesTesting
import Testing

@testable import Intake

/// What each change does to a lead, decided without a database: the core intake's store writes.
@Suite struct LeadCommandTests {
    let now: Timestamp
    let wangmin = Caller(identity: "wangmin", role: .officer)
    let supervisor = Caller(identity: "chief", role: .supervisor)

    init() throws { now = try instant("2023-03-06T10:00:00+08:00") }

    func lead(stage: Stage = .negotiating, signing: Signing? = nil, owner: String = "wangmin") throws -> Lead {
        let valid = try LeadValidator.validate(
            LeadSubmission(companyName: "中建七局", headquarters: "郑州", projectName: "数据中心")
        ).get()
        var lead = Lead.new(valid, number: 7, by: Caller(identity: owner, role: .officer), at: now)
        lead.stage = stage
        lead.signing = signing
        return lead
    }

    func signing(_ amount: String, _ at: String) throws -> Signing {
        Signing(amountYuan: try MoneyParser.parse(amount).get(), signedAt: try instant(at))
    }

    @Test func aNewLeadIsNumberedOwnedAndFollowedByItsSubmitter() throws {
        let new = try lead(stage: .lead)
        #expect(new.leadId == "L-000007")
        #expect(new.owner == "wangmin")
        #expect(new.officer == "wangmin")
        #expect(new.stage == .lead)
    }

    @Test func advancingStampsWhoAndWhenAndKeepsNoPreviousSigning() throws {
        let command = try LeadCommand.parse(AdvanceLead(leadId: "L-000007", stage: "在谈")).get()
        let later = try instant("2023-03-07T09:00:00+08:00")
        let change = try #require(try command.decide(on: try lead(stage: .contacted), by: wangmin, at: later).get())
        #expect(change.lead.stage == .negotiating)
        #expect(change.lead.updatedAt == later)
        #expect(change.lead.updatedBy == "wangmin")
        #expect(change.event == .leadUpdated)
        #expect(change.previousSigning == nil)
        #expect(change.auditDetail == "contacted → negotiating")
        // Already there: no change, no event.
        #expect(try command.decide(on: try lead(stage: .negotiating), by: wangmin, at: later).get() == nil)
    }

    @Test func signingTwiceCorrectsAndTheSameSigningChangesNothing() throws {
        let first = try signing("12亿", "2023-03-05T16:30:00+08:00")
        let command = try LeadCommand.parse(
            SignLead(leadId: "L-7", amount: "12.3亿", signedAt: "2023-03-05T16:30:00+08:00"), now: now
        ).get()
        let change = try #require(
            try command.decide(on: try lead(stage: .signed, signing: first), by: wangmin, at: now).get())
        #expect(change.lead.signing?.amountYuan.yuanString == "1230000000")
        #expect(change.previousSigning == first)
        #expect(change.event == .leadSigned)
        #expect(change.auditDetail.hasPrefix("correction of 1200000000"))
        #expect(try command.decide(on: change.lead, by: wangmin, at: now).get() == nil)
    }

    @Test func anIncreaseAddsAndAVoidTakesTheProjectBackToNegotiating() throws {
        let signed = try lead(stage: .started, signing: try signing("5亿", "2023-03-01T10:00:00+08:00"))
        let increase = try LeadCommand.parse(
            IncreaseCapital(leadId: "L-000007", amount: "2亿", increasedAt: "2023-03-02T10:00:00+08:00"), now: now
        ).get()
        let increased = try #require(try increase.decide(on: signed, by: supervisor, at: now).get())
        #expect(increased.lead.capitalIncreases?.count == 1)
        #expect(increased.lead.stage == .started)
        #expect(increased.event == .leadSigned)
        let void = try LeadCommand.parse(VoidSigning(leadId: "L-000007", reason: "录入错误")).get()
        let voided = try #require(try void.decide(on: increased.lead, by: supervisor, at: now).get())
        #expect(voided.lead.signing == nil)
        #expect(voided.lead.capitalIncreases == nil)
        #expect(voided.lead.stage == .negotiating)
        #expect(voided.previousSigning == signed.signing)
    }

    @Test func refusalsNameTheirFieldAndChangeNothing() throws {
        let early = try LeadCommand.parse(
            IncreaseCapital(leadId: "L-000007", amount: "2亿", increasedAt: "2023-02-01T10:00:00+08:00"), now: now
        ).get()
        let signed = try lead(stage: .signed, signing: try signing("5亿", "2023-03-01T10:00:00+08:00"))
        #expect(throws: ErrorBody.self) { try early.decide(on: signed, by: wangmin, at: now).get() }
        let other = try lead(owner: "lisi")
        let advance = try LeadCommand.parse(AdvanceLead(leadId: "L-000007", stage: "dropped")).get()
        guard case .failure(let forbidden) = advance.decide(on: other, by: wangmin, at: now) else {
            Issue.record("an officer changed another officer's lead")
            return
        }
        #expect(forbidden.code == .forbidden)
        #expect(try advance.decide(on: other, by: supervisor, at: now).get()?.lead.stage == .dropped)
        guard
            case .failure(let bad) = LeadCommand.parse(
                SignLead(leadId: "L-000007", amount: "0", signedAt: "x"), now: now)
        else {
            Issue.record("a zero signing was accepted")
            return
        }
        #expect(bad.field == "amount")
        let void = try LeadCommand.parse(VoidSigning(leadId: "L-7", reason: nil)).get()
        guard case .failure(let unsigned) = void.decide(on: try lead(), by: wangmin, at: now) else {
            Issue.record("an unsigned lead was voided")
            return
        }
        #expect(unsigned.code == .invalidTransition)
    }
}

/// Protocol 1.8: follow-ups, responsibility and plans, decided without a database.
@Suite struct SupervisionCommandTests {
    let now: Timestamp
    let wangmin = Caller(identity: "wangmin", role: .officer)
    let chief = Caller(identity: "chief", role: .supervisor)

    init() throws { now = try instant("2023-03-06T10:00:00+08:00") }

    func lead() throws -> Lead {
        let valid = try LeadValidator.validate(
            LeadSubmission(companyName: "比亚迪", headquarters: "深圳", projectName: "电池基地")
        ).get()
        return Lead.new(valid, number: 3, by: wangmin, at: now)
    }

    func followUp(
        on: String = "2023-03-05", kind: String = "外出招商", destination: String? = "深圳", next: String? = "2023-03-20"
    ) -> RecordFollowUp {
        RecordFollowUp(
            leadId: "L-3", on: on, kind: kind, people: "王总", destination: destination, summary: "洽谈电池基地选址",
            nextFollowUpOn: next)
    }

    @Test func aFollowUpIsRecordedByItsCallerAndCounted() throws {
        let command = try LeadCommand.parse(followUp(), now: now).get()
        let change = try #require(try command.decide(on: try lead(), by: wangmin, at: now).get())
        #expect(change.followUp?.recordedBy == "wangmin")
        #expect(change.followUp?.kind == .outbound)
        #expect(
            change.lead.followUps
                == FollowUpSummary(
                    count: 1, trips: 1, lastOn: try date("2023-03-05"), nextOn: CivilDate("2023-03-20")))
        #expect(change.event == .leadUpdated)
        // A later call; an earlier-dated one recorded afterwards keeps the latest dates.
        let call = try LeadCommand.parse(
            followUp(on: "2023-03-06T09:00:00+08:00", kind: "call", destination: nil, next: nil), now: now
        ).get()
        let second = try #require(try call.decide(on: change.lead, by: wangmin, at: now).get())
        #expect(
            second.lead.followUps == FollowUpSummary(count: 2, trips: 1, lastOn: try date("2023-03-06"), nextOn: nil))
        let late = try LeadCommand.parse(followUp(on: "2023-02-01", kind: "visit", next: nil), now: now).get()
        let third = try #require(try late.decide(on: second.lead, by: wangmin, at: now).get())
        #expect(third.lead.followUps?.lastOn == CivilDate("2023-03-06"))
        #expect(third.lead.followUps?.count == 3)
    }

    @Test(arguments: [
        ("on", RecordFollowUp(leadId: "L-3", on: "2023-03-07", kind: "call", summary: "s")),  // tomorrow in Beijing
        ("on", RecordFollowUp(leadId: "L-3", on: "3月5日", kind: "call", summary: "s")),
        ("kind", RecordFollowUp(leadId: "L-3", on: "2023-03-05", kind: "飞鸽传书", summary: "s")),
        ("destination", RecordFollowUp(leadId: "L-3", on: "2023-03-05", kind: "outbound", summary: "s")),
        ("summary", RecordFollowUp(leadId: "L-3", on: "2023-03-05", kind: "call", summary: "　")),
        (
            "nextFollowUpOn",
            RecordFollowUp(leadId: "L-3", on: "2023-03-05", kind: "call", summary: "s", nextFollowUpOn: "2023-03-04")
        ),
    ])
    func badFollowUpsAreRefusedByField(field: String, command: RecordFollowUp) {
        guard case .failure(let error) = LeadCommand.parse(command, now: now) else {
            Issue.record("\(field): accepted")
            return
        }
        #expect(error.field == field)
    }

    @Test func assigningSetsClearsAndTransfersOwnership() throws {
        let assign = try LeadCommand.parse(
            AssignLead(
                leadId: "L-3", leader: "李副区长", unit: "一科", team: ["王敏", " ", "张伟"], owner: "lina", officer: "李娜",
                reason: "工作调整")
        ).get()
        let change = try #require(try assign.decide(on: try lead(), by: chief, at: now).get())
        #expect(change.lead.responsibility == Responsibility(leader: "李副区长", unit: "一科", team: ["王敏", "张伟"]))
        #expect(change.lead.owner == "lina")
        #expect(change.lead.officer == "李娜")
        #expect(change.auditDetail.contains("owner: wangmin → lina"))
        #expect(change.auditDetail.hasSuffix("(工作调整)"))
        // The new owner works on it; the old one may not.
        let plan = try LeadCommand.parse(PlanMilestones(leadId: "L-3", signBy: "2023-06-30")).get()
        #expect(try plan.decide(on: change.lead, by: Caller(identity: "lina", role: .officer), at: now).get() != nil)
        guard case .failure(let forbidden) = plan.decide(on: change.lead, by: wangmin, at: now) else {
            Issue.record("the former owner changed the lead")
            return
        }
        #expect(forbidden.code == .forbidden)
        // An empty unit clears it; the same assignment again changes nothing.
        let clear = try LeadCommand.parse(AssignLead(leadId: "L-3", unit: "", reason: "撤销")).get()
        let cleared = try #require(try clear.decide(on: change.lead, by: chief, at: now).get())
        #expect(cleared.lead.responsibility?.unit == nil)
        #expect(try clear.decide(on: cleared.lead, by: chief, at: now).get() == nil)
    }

    @Test func assignmentsNeedAReasonAndSomethingToAssign() {
        for (command, field) in [
            (AssignLead(leadId: "L-3", leader: "李", reason: " "), "reason"),
            (AssignLead(leadId: "L-3", reason: "调整"), "leader"),
            (AssignLead(leadId: "L-3", owner: "li na", reason: "调整"), "owner"),
            (AssignLead(leadId: "L-3", owner: "", reason: "调整"), "owner"),
        ] {
            guard case .failure(let error) = LeadCommand.parse(command) else {
                Issue.record("\(command) accepted")
                continue
            }
            #expect(error.field == field)
        }
    }

    @Test func plansKeepTheirOrder() throws {
        let plan = try LeadCommand.parse(PlanMilestones(leadId: "L-3", signBy: "2023-06-30", startBy: "2023-09-30"))
            .get()
        let planned = try #require(try plan.decide(on: try lead(), by: wangmin, at: now).get())
        #expect(planned.lead.plan == MilestonePlan(signBy: CivilDate("2023-06-30"), startBy: CivilDate("2023-09-30")))
        #expect(planned.auditDetail == "signBy: — → 2023-06-30; startBy: — → 2023-09-30")
        let backwards = try LeadCommand.parse(PlanMilestones(leadId: "L-3", operateBy: "2023-08-01")).get()
        guard case .failure(let error) = backwards.decide(on: planned.lead, by: wangmin, at: now) else {
            Issue.record("a production date before the start date was accepted")
            return
        }
        #expect(error.field == "operateBy")
        let cleared = try LeadCommand.parse(PlanMilestones(leadId: "L-3", signBy: "", startBy: "")).get()
        #expect(try cleared.decide(on: planned.lead, by: wangmin, at: now).get()?.lead.plan == nil)
        guard case .failure(let empty) = LeadCommand.parse(PlanMilestones(leadId: "L-3")) else {
            Issue.record("an empty plan was accepted")
            return
        }
        #expect(empty.code == .missingField)
    }
}
