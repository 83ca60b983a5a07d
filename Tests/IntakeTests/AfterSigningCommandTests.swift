import AccessPolicy
import LeadMessages
import LeadMessagesTesting
import Testing

@testable import Intake

/// Milestones, funds in place and edits, decided without a database (protocol 1.10).
@Suite struct AfterSigningCommandTests {
    let now: Timestamp
    let wangmin = Caller(identity: "wangmin", role: .officer)

    init() throws { now = try instant("2023-09-30T10:00:00+08:00") }

    /// A project signed on 2023-03-05 for 12亿.
    func signed() throws -> Lead {
        let valid = try LeadValidator.validate(
            LeadSubmission(
                companyName: "中建七局", headquarters: "郑州", projectName: "数据中心", estimatedInvestment: "10亿")
        ).get()
        var lead = Lead.new(valid, number: 7, by: wangmin, at: now)
        lead.stage = .signed
        lead.signing = Signing(
            amountYuan: try MoneyParser.parse("12亿").get(), signedAt: try instant("2023-03-05T16:30:00+08:00"))
        return lead
    }

    func milestone(_ kind: String, _ on: String, on lead: Lead, evidence: String = "施工许可证 410100-2023-001")
        -> Result<LeadChange?, ErrorBody>
    {
        LeadCommand.parse(RecordMilestone(leadId: "L-7", milestone: kind, on: on, evidence: evidence), now: now)
            .flatMap { $0.decide(on: lead, by: wangmin, at: now) }
    }

    func funds(
        _ amount: String, _ on: String, origin: String = "省外", corrects: String? = nil, reason: String? = nil,
        on lead: Lead
    ) -> Result<LeadChange?, ErrorBody> {
        LeadCommand.parse(
            RecordFunds(leadId: "L-7", amount: amount, on: on, origin: origin, corrects: corrects, reason: reason),
            now: now
        ).flatMap { $0.decide(on: lead, by: wangmin, at: now) }
    }

    @Test func startedThenOperatingMoveTheStageAndKeepDateAndEvidence() throws {
        let started = try #require(try milestone("开工", "2023-05-08", on: try signed()).get())
        #expect(started.lead.stage == .started)
        #expect(started.lead.milestones?.started?.on.description == "2023-05-08")
        #expect(started.lead.milestones?.started?.recordedBy == "wangmin")
        let operating = try #require(try milestone("operating", "2023-09-01", on: started.lead).get())
        #expect(operating.lead.stage == .operating)
        // 入统 after 开工 keeps the stage where it is.
        let registered = try #require(try milestone("入统", "2023-06-01", on: operating.lead).get())
        #expect(registered.lead.stage == .operating)
        #expect(registered.lead.milestones?.reached.map(\.0) == [.started, .registered, .operating])
    }

    @Test func milestonesOutOfOrderOrBeforeTheSigningOrInTheFutureAreRefused() throws {
        let lead = try signed()
        #expect(throws: ErrorBody.self) { try milestone("开工", "2023-03-04", on: lead).get() }
        #expect(milestone("开工", "2023-03-04", on: lead).failureField == "on")
        #expect(milestone("投产", "2023-06-01", on: lead).failureCode == .invalidTransition)
        #expect(milestone("达产", "2023-06-01", on: lead).failureCode == .invalidTransition)
        #expect(milestone("开工", "2023-10-01", on: lead).failureField == "on")
        #expect(milestone("开工", "2023-05-08", on: lead, evidence: "  ").failureCode == .missingField)
        #expect(milestone("竣工", "2023-05-08", on: lead).failureField == "milestone")
        var unsigned = lead
        unsigned.signing = nil
        unsigned.stage = .negotiating
        #expect(milestone("开工", "2023-05-08", on: unsigned).failureCode == .invalidTransition)
        // 投产 before 开工's date, and a correction of 开工 to after 投产.
        let started = try #require(try milestone("开工", "2023-05-08", on: lead).get()).lead
        #expect(milestone("投产", "2023-05-01", on: started).failureField == "on")
        let operating = try #require(try milestone("投产", "2023-08-01", on: started).get()).lead
        #expect(milestone("开工", "2023-08-02", on: operating).failureField == "on")
        // Correcting 开工's date earlier is fine, and the same record again changes nothing.
        #expect(try milestone("开工", "2023-05-02", on: operating).get()?.auditDetail.contains("correction") == true)
        #expect(try milestone("开工", "2023-05-08", on: operating).get() == nil)
    }

    @Test func fundsAddUpAndACorrectionReplacesTheEntry() throws {
        let first = try #require(try funds("3亿", "2023-04-10", on: try signed()).get()).lead
        let second = try #require(try funds("5000万", "2023-06-30", origin: "境外", on: first).get()).lead
        #expect(second.funds?.entries.map(\.entryId) == ["F-1", "F-2"])
        #expect(second.funds.map { Money(fen: $0.totalFen).yuanString } == "350000000")
        let corrected = try #require(
            try funds("3.2亿", "2023-04-10", corrects: "f-1", reason: "银行回单更正", on: second).get())
        #expect(corrected.lead.funds?.entries.map(\.amountYuan.yuanString) == ["320000000", "50000000"])
        #expect(corrected.auditDetail.contains("F-1 corrected: 300000000 yuan"))
        // Withdrawn: gone from the entries, its number never reused.
        let withdrawn = try #require(
            try funds("0", "2023-04-10", corrects: "F-1", reason: "重复录入", on: corrected.lead).get())
        #expect(withdrawn.lead.funds?.entries.map(\.entryId) == ["F-2"])
        let third = try #require(try funds("1亿", "2023-07-01", on: withdrawn.lead).get()).lead
        #expect(third.funds?.entries.map(\.entryId) == ["F-2", "F-3"])
    }

    @Test func badFundsAreRefusedWithTheirField() throws {
        let lead = try signed()
        #expect(funds("-1亿", "2023-04-10", on: lead).failureField == "amount")
        #expect(funds("0", "2023-04-10", on: lead).failureField == "amount")
        #expect(funds("", "2023-04-10", on: lead).failureCode == .missingField)
        // 121亿 on a 12亿 contract: a unit typed wrong.
        #expect(funds("121亿", "2023-04-10", on: lead).failureField == "amount")
        #expect(funds("1亿", "2023-03-01", on: lead).failureField == "on")
        #expect(funds("1亿", "2023-10-01", on: lead).failureField == "on")
        #expect(funds("1亿", "2023-04-10", origin: "火星", on: lead).failureField == "origin")
        #expect(funds("1亿", "2023-04-10", corrects: "F-9", reason: "x", on: lead).failureField == "corrects")
        #expect(funds("1亿", "2023-04-10", corrects: "F-1", on: lead).failureField == "reason")
        var unsigned = lead
        unsigned.signing = nil
        #expect(funds("1亿", "2023-04-10", on: unsigned).failureCode == .invalidTransition)
    }

    @Test func aSigningMayNotMovePastWhatFollowedIt() throws {
        let started = try #require(try milestone("开工", "2023-05-08", on: try signed()).get()).lead
        let later = try LeadCommand.parse(
            SignLead(leadId: "L-7", amount: "12亿", signedAt: "2023-06-01T10:00:00+08:00"), now: now
        ).get()
        #expect(later.decide(on: started, by: wangmin, at: now).failureField == "signedAt")
        // Voided, then signed again: the milestones stay, so the stage comes back with them.
        let void = try LeadCommand.parse(VoidSigning(leadId: "L-7", reason: "录错")).get()
        let voided = try #require(try void.decide(on: started, by: wangmin, at: now).get()).lead
        #expect(voided.stage == .negotiating && voided.milestones?.started != nil)
        let again = try LeadCommand.parse(
            SignLead(leadId: "L-7", amount: "12亿", signedAt: "2023-03-05T16:30:00+08:00"), now: now
        ).get()
        #expect(try again.decide(on: voided, by: wangmin, at: now).get()?.lead.stage == .started)
    }

    @Test func advancingToStartedRecordsTheDayReportedAndOperatingNeedsStartedFirst() throws {
        let advance = try LeadCommand.parse(AdvanceLead(leadId: "L-7", stage: "开工")).get()
        let started = try #require(try advance.decide(on: try signed(), by: wangmin, at: now).get()).lead
        #expect(started.milestones?.started?.on == now.businessDate)
        #expect(started.milestones?.started?.evidence == LeadCommand.stageChangeEvidence)
        let operate = try LeadCommand.parse(AdvanceLead(leadId: "L-7", stage: "投产")).get()
        #expect(throws: ErrorBody.self) { try operate.decide(on: try signed(), by: wangmin, at: now).get() }
        #expect(try operate.decide(on: started, by: wangmin, at: now).get()?.lead.stage == .operating)
    }

    @Test func anEditIsValidatedLikeASubmissionAndListsWhatChanged() throws {
        let lead = try signed()
        let edit = try LeadCommand.parse(
            EditLead(leadId: "L-7", companyName: " 中建七局（郑州）有限公司 ", industry: "新一代信息技术", description: "")
        ).get()
        let change = try #require(try edit.decide(on: lead, by: wangmin, at: now).get())
        #expect(change.lead.companyName == "中建七局（郑州）有限公司")
        #expect(change.lead.signing == lead.signing)
        #expect(change.auditDetail.hasPrefix("companyName: 中建七局 → 中建七局（郑州）有限公司"))
        let blank = try LeadCommand.parse(EditLead(leadId: "L-7", projectName: " ")).get()
        #expect(throws: ErrorBody.self) { try blank.decide(on: lead, by: wangmin, at: now).get() }
        let badAmount = try LeadCommand.parse(EditLead(leadId: "L-7", estimatedInvestment: "很多")).get()
        #expect(badAmount.decide(on: lead, by: wangmin, at: now).failureField == "estimatedInvestment")
        #expect(LeadCommand.parse(EditLead(leadId: "L-7")).failureCode == .missingField)
        // Another officer's lead is not theirs to edit.
        let other = Caller(identity: "lisi", role: .officer)
        #expect(edit.decide(on: lead, by: other, at: now).failureCode == .forbidden)
    }
}

extension Result where Failure == ErrorBody {
    var failureField: String? {
        if case .failure(let error) = self { return error.field }
        return nil
    }

    var failureCode: ErrorCode? {
        if case .failure(let error) = self { return error.code }
        return nil
    }
}
