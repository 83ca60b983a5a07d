import AccessPolicy
import LeadMessages
import ServiceKit
import Storage
import StorageTesting
import Testing

@testable import Intake
@testable import IntakeService

@Suite struct IntakeStoreTests {
    let store: IntakeStore
    let now = Timestamp(epochSeconds: 1_678_420_800, offsetMinutes: 480)  // 2023-03-10T12:00:00+08:00
    let officer = Caller(identity: "wangmin", role: .officer)

    init() throws { store = try IntakeStore(database: try TestDatabase.make()) }

    func submit(_ company: String = "中建七局", requestId: String? = nil) -> Result<SubmitResult, ErrorBody> {
        store.submit(
            LeadSubmission(companyName: company, headquarters: "郑州", projectName: "数据中心", requestId: requestId),
            by: officer, now: now)
    }

    @Test func eachChangeCommitsItsEventWithTheNextSequence() throws {
        let first = try submit().get()
        _ = try submit("腾讯").get()
        _ = try store.advance(AdvanceLead(leadId: first.leadId, stage: "在谈"), by: officer, now: now).get()
        _ = try store.sign(
            SignLead(leadId: first.leadId, amount: "12.3亿", signedAt: "2023-03-05T23:30:00+08:00"), by: officer,
            now: now
        ).get()
        #expect(try store.headSequence() == 4)
        let events = try store.events(after: 0, limit: 10).map {
            try MessageCodec.decodeAny(LeadEvent.self, from: $0).get()
        }
        #expect(events.map(\.body.sequence) == [1, 2, 3, 4])
        #expect(events.map(\.type) == [.leadCreated, .leadCreated, .leadUpdated, .leadSigned])
        #expect(events[3].body.lead.stage == .signed)
        #expect(events[3].body.lead.signing?.amountYuan.yuanString == "1230000000")
    }

    /// Protocol 1.8: a follow-up is published beside the lead; a 流转 moves the lead into the new
    /// owner's list and out of the old one's.
    @Test func followUpsArePublishedAndAReassignedLeadMovesToItsNewOwner() throws {
        let lead = try submit().get().leadId
        _ = try store.followUp(
            RecordFollowUp(leadId: lead, on: "2023-03-09", kind: "拜访", summary: "面谈", nextFollowUpOn: "2023-03-16"),
            by: officer, now: now
        ).get()
        let supervisor = Caller(identity: "chief", role: .supervisor)
        guard
            case .failure(let forbidden) = store.assign(
                AssignLead(leadId: lead, owner: "lina", reason: "调整"), by: officer, now: now)
        else {
            Issue.record("an officer reassigned a lead")
            return
        }
        #expect(forbidden.code == .forbidden)
        let moved = try store.assign(
            AssignLead(leadId: lead, unit: "一科", owner: "lina", reason: "工作调整"), by: supervisor, now: now
        ).get()
        #expect(moved.owner == "lina")
        #expect(try store.list(stage: nil, owner: "wangmin", after: 0, limit: 10).isEmpty)
        #expect(try store.list(stage: nil, owner: "lina", after: 0, limit: 10).map(\.leadId) == [lead])
        let events = try store.events(after: 0, limit: 10).map {
            try MessageCodec.decodeAny(LeadEvent.self, from: $0).get().body
        }
        #expect(events.count == 3)
        #expect(events[1].followUp?.recordedBy == "wangmin")
        #expect(events[1].lead.followUps?.nextOn == CivilDate("2023-03-16"))
        #expect(events[2].lead.responsibility?.unit == "一科")
    }

    @Test func aRetriedRequestIdNeverDuplicates() throws {
        let first = try submit(requestId: "r-1").get()
        let again = try submit(requestId: "r-1").get()
        #expect(first.status == .accepted)
        #expect(again.status == .duplicate)
        #expect(again.leadId == first.leadId)
        #expect(try store.headSequence() == 1)
        #expect(try store.list(stage: nil, after: 0, limit: 10).count == 1)
    }

    @Test func aReusedRequestIdWithAnotherBodyIsAConflict() throws {
        _ = try submit(requestId: "r-1").get()
        guard case .failure(let error) = submit("另一家公司", requestId: "r-1") else {
            Issue.record("expected a conflict")
            return
        }
        #expect(error.code == .requestIdConflict)
        #expect(try store.headSequence() == 1)
    }

    @Test func badInputChangesNothing() throws {
        let lead = try submit().get()
        #expect(submit("").isFailure)
        #expect(
            store.sign(
                SignLead(leadId: lead.leadId, amount: "-1", signedAt: "2023-03-05T23:30:00+08:00"), by: officer,
                now: now
            )
            .isFailure)
        #expect(
            store.sign(
                SignLead(leadId: "L-999", amount: "1亿", signedAt: "2023-03-05T23:30:00+08:00"), by: officer, now: now
            )
            .isFailure)
        #expect(store.advance(AdvanceLead(leadId: lead.leadId, stage: "signed"), by: officer, now: now).isFailure)
        #expect(try store.headSequence() == 1)
        #expect(try store.lead(number: 1)?.stage == .lead)
    }

    @Test func aCorrectionReplacesTheSigningAndCarriesThePreviousOne() throws {
        let lead = try submit().get()
        _ = try store.sign(
            SignLead(leadId: lead.leadId, amount: "10亿", signedAt: "2023-03-05T23:30:00+08:00"), by: officer, now: now
        ).get()
        let corrected = try store.sign(
            SignLead(leadId: lead.leadId, amount: "12亿", signedAt: "2023-03-06T10:00:00+08:00"), by: officer, now: now
        ).get()
        #expect(corrected.signing?.amountYuan.yuanString == "1200000000")
        let last = try MessageCodec.decodeAny(LeadEvent.self, from: try store.events(after: 2, limit: 1)[0]).get()
        #expect(last.body.previousSigning?.amountYuan.yuanString == "1000000000")
        // The same signing again is not a change: no event.
        _ = try store.sign(
            SignLead(leadId: lead.leadId, amount: "12亿", signedAt: "2023-03-06T10:00:00+08:00"), by: officer, now: now
        ).get()
        #expect(try store.headSequence() == 3)
    }

    @Test func listingPagesByStage() throws {
        for index in 0..<5 { _ = try submit("公司\(index)").get() }
        _ = try store.advance(AdvanceLead(leadId: "L-000002", stage: "contacted"), by: officer, now: now).get()
        #expect(try store.list(stage: .contacted, after: 0, limit: 10).map(\.leadId) == ["L-000002"])
        #expect(try store.list(stage: nil, after: 2, limit: 2).map(\.leadId) == ["L-000003", "L-000004"])
    }
}

@Suite struct CapitalIncreaseAndVoidTests {
    let store: IntakeStore
    let now = Timestamp(epochSeconds: 1_678_420_800, offsetMinutes: 480)  // 2023-03-10T12:00:00+08:00
    let officer = Caller(identity: "wangmin", role: .officer)

    init() throws { store = try IntakeStore(database: try TestDatabase.make()) }

    func signedLead() throws -> String {
        let lead = try store.submit(
            LeadSubmission(companyName: "中建七局", headquarters: "郑州", projectName: "p"), by: officer, now: now
        )
        .get()
        _ = try store.sign(
            SignLead(leadId: lead.leadId, amount: "10亿", signedAt: "2023-03-06T10:00:00+08:00"), by: officer, now: now
        ).get()
        return lead.leadId
    }

    @Test func anIncreaseIsAppendedAndPublishedAsASigningEvent() throws {
        let id = try signedLead()
        let lead = try store.increase(
            IncreaseCapital(leadId: id, amount: "2亿", increasedAt: "2023-03-09T10:00:00+08:00"), by: officer, now: now
        ).get()
        #expect(lead.capitalIncreases?.map(\.amountYuan.yuanString) == ["200000000"])
        #expect(lead.stage == .signed)
        let event = try MessageCodec.decodeAny(LeadEvent.self, from: try store.events(after: 2, limit: 1)[0]).get()
        #expect(event.type == .leadSigned)
        #expect(event.body.lead.capitalIncreases?.count == 1)
    }

    @Test func anIncreaseNeedsASigningAndAValidDate() throws {
        let unsigned = try store.submit(
            LeadSubmission(companyName: "c", headquarters: "h", projectName: "p"), by: officer, now: now
        )
        .get()
        let refused = store.increase(
            IncreaseCapital(leadId: unsigned.leadId, amount: "1亿", increasedAt: "2023-03-09T10:00:00+08:00"),
            by: officer, now: now)
        #expect(refused.errorCode == .invalidTransition)
        let id = try signedLead()
        #expect(
            store.increase(
                IncreaseCapital(leadId: id, amount: "1亿", increasedAt: "2023-03-01T10:00:00+08:00"), by: officer,
                now: now
            ).errorCode == .invalidField)
        #expect(
            store.increase(
                IncreaseCapital(leadId: id, amount: "0", increasedAt: "2023-03-09T10:00:00+08:00"), by: officer,
                now: now
            )
            .errorCode == .invalidField)
    }

    @Test func aVoidTakesTheSigningBackToNegotiating() throws {
        let id = try signedLead()
        _ = try store.increase(
            IncreaseCapital(leadId: id, amount: "2亿", increasedAt: "2023-03-09T10:00:00+08:00"), by: officer, now: now
        ).get()
        let voided = try store.void(VoidSigning(leadId: id, reason: "录入错误"), by: officer, now: now).get()
        #expect(voided.signing == nil && voided.capitalIncreases == nil && voided.stage == .negotiating)
        #expect(store.void(VoidSigning(leadId: id), by: officer, now: now).errorCode == .invalidTransition)
        #expect(
            store.void(VoidSigning(leadId: id, reason: String(repeating: "长", count: 201)), by: officer, now: now)
                .errorCode
                == .invalidField)
    }
}

extension Result where Failure == ErrorBody {
    var errorCode: ErrorCode? { if case .failure(let error) = self { error.code } else { nil } }
}

@Suite struct OwnershipAndAuditTests {
    let store: IntakeStore
    let database: any SQLDatabase
    let now = Timestamp(epochSeconds: 1_678_420_800, offsetMinutes: 480)
    let wang = Caller(identity: "wangmin", role: .officer)
    let li = Caller(identity: "lina", role: .officer)
    let chief = Caller(identity: "chief", role: .supervisor)

    init() throws {
        database = try TestDatabase.make()
        store = try IntakeStore(database: database)
    }

    @Test func theOwnerIsTheTransportIdentityNotTheBody() throws {
        // The body names another officer; the lead is still owned by the caller.
        let lead = try store.submit(
            LeadSubmission(companyName: "中粮", headquarters: "北京", projectName: "p", officer: "lina"), by: wang, now: now
        ).get().lead
        #expect(lead.owner == "wangmin")
        #expect(lead.updatedBy == "wangmin")
        #expect(lead.officer == "lina")  // a display field, not an identity
    }

    @Test func officersChangeOnlyTheirOwnLeadsAndDenialsAreAudited() throws {
        let id = try store.submit(
            LeadSubmission(companyName: "中粮", headquarters: "北京", projectName: "p"), by: wang, now: now
        ).get().leadId
        let stolen = store.sign(
            SignLead(leadId: id, amount: "1亿", signedAt: "2023-03-06T10:00:00+08:00"), by: li, now: now)
        #expect(stolen.errorCode == .forbidden)
        #expect(store.advance(AdvanceLead(leadId: id, stage: "contacted"), by: li, now: now).errorCode == .forbidden)
        #expect(throws: ErrorBody.self) { try store.lead(number: 1, for: li) }
        #expect(try store.headSequence() == 1)  // nothing changed
        // A supervisor may.
        #expect(store.advance(AdvanceLead(leadId: id, stage: "contacted"), by: chief, now: now).errorCode == nil)
        #expect(try store.list(stage: nil, owner: "lina", after: 0, limit: 10).isEmpty)
        let entries = try database.read { db in try AuditLog.query(AuditQuery(leadId: id), db) }
        #expect(entries.map(\.outcome) == ["ok", "denied", "denied", "ok"])
        #expect(entries.map(\.identity) == ["wangmin", "lina", "lina", "chief"])
    }

    @Test func aRequestIdIsBoundToItsCaller() throws {
        _ = try store.submit(
            LeadSubmission(companyName: "c", headquarters: "h", projectName: "p", requestId: "r-1"), by: wang, now: now
        ).get()
        let other = store.submit(
            LeadSubmission(companyName: "c", headquarters: "h", projectName: "p", requestId: "r-1"), by: li, now: now)
        #expect(other.errorCode == .requestIdConflict)
    }

    @Test func theAuditLogIsAppendOnly() throws {
        _ = try store.submit(LeadSubmission(companyName: "c", headquarters: "h", projectName: "p"), by: wang, now: now)
            .get()
        #expect(throws: (any Error).self) { try database.write { db in try db.execute("DELETE FROM audit") } }
        #expect(throws: (any Error).self) {
            try database.write { db in try db.execute("UPDATE audit SET identity = 'x'") }
        }
    }
}
