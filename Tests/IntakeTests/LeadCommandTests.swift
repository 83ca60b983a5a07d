import AccessPolicy
import LeadMessages
import Testing

@testable import Intake

/// What each change does to a lead, decided without a database: the core intake's store writes.
@Suite struct LeadCommandTests {
    let now = Timestamp(rfc3339: "2023-03-06T10:00:00+08:00")!
    let wangmin = Caller(identity: "wangmin", role: .officer)
    let supervisor = Caller(identity: "chief", role: .supervisor)

    func lead(stage: Stage = .negotiating, signing: Signing? = nil, owner: String = "wangmin") -> Lead {
        let valid = try! LeadValidator.validate(
            LeadSubmission(companyName: "中建七局", headquarters: "郑州", projectName: "数据中心")
        ).get()
        var lead = Lead.new(valid, number: 7, by: Caller(identity: owner, role: .officer), at: now)
        lead.stage = stage
        lead.signing = signing
        return lead
    }

    func signing(_ amount: String, _ at: String) -> Signing {
        Signing(amountYuan: try! MoneyParser.parse(amount).get(), signedAt: Timestamp(rfc3339: at)!)
    }

    @Test func aNewLeadIsNumberedOwnedAndFollowedByItsSubmitter() {
        let new = lead(stage: .lead)
        #expect(new.leadId == "L-000007")
        #expect(new.owner == "wangmin")
        #expect(new.officer == "wangmin")
        #expect(new.stage == .lead)
    }

    @Test func advancingStampsWhoAndWhenAndKeepsNoPreviousSigning() throws {
        let command = try LeadCommand.parse(AdvanceLead(leadId: "L-000007", stage: "在谈")).get()
        let later = Timestamp(rfc3339: "2023-03-07T09:00:00+08:00")!
        let change = try #require(try command.decide(on: lead(stage: .contacted), by: wangmin, at: later).get())
        #expect(change.lead.stage == .negotiating)
        #expect(change.lead.updatedAt == later)
        #expect(change.lead.updatedBy == "wangmin")
        #expect(change.event == .leadUpdated)
        #expect(change.previousSigning == nil)
        #expect(change.auditDetail == "contacted → negotiating")
        // Already there: no change, no event.
        #expect(try command.decide(on: lead(stage: .negotiating), by: wangmin, at: later).get() == nil)
    }

    @Test func signingTwiceCorrectsAndTheSameSigningChangesNothing() throws {
        let first = signing("12亿", "2023-03-05T16:30:00+08:00")
        let command = try LeadCommand.parse(
            SignLead(leadId: "L-7", amount: "12.3亿", signedAt: "2023-03-05T16:30:00+08:00"), now: now
        ).get()
        let change = try #require(
            try command.decide(on: lead(stage: .signed, signing: first), by: wangmin, at: now).get())
        #expect(change.lead.signing?.amountYuan.yuanString == "1230000000")
        #expect(change.previousSigning == first)
        #expect(change.event == .leadSigned)
        #expect(change.auditDetail.hasPrefix("correction of 1200000000"))
        #expect(try command.decide(on: change.lead, by: wangmin, at: now).get() == nil)
    }

    @Test func anIncreaseAddsAndAVoidTakesTheProjectBackToNegotiating() throws {
        let signed = lead(stage: .started, signing: signing("5亿", "2023-03-01T10:00:00+08:00"))
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
        let signed = lead(stage: .signed, signing: signing("5亿", "2023-03-01T10:00:00+08:00"))
        #expect(throws: ErrorBody.self) { try early.decide(on: signed, by: wangmin, at: now).get() }
        let other = lead(owner: "lisi")
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
        guard case .failure(let unsigned) = void.decide(on: lead(), by: wangmin, at: now) else {
            Issue.record("an unsigned lead was voided")
            return
        }
        #expect(unsigned.code == .invalidTransition)
    }
}
