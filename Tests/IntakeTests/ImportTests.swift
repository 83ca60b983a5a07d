import AccessPolicy
import LeadMessages
import ServiceKit
import Storage
import StorageTesting
import Testing

@testable import Intake
@testable import IntakeService

/// `lead.import`: a ledger's rows all stored, at their stages, or none.
@Suite struct ImportTests {
    let store: IntakeStore
    let now = Timestamp(epochSeconds: 1_679_284_800, offsetMinutes: 480)  // 2023-03-20T12:00:00+08:00
    let officer = Caller(identity: "wangmin", role: .officer)

    init() throws { store = try IntakeStore(database: try TestDatabase.make()) }

    func row(_ number: Int, _ company: String, stage: String? = nil, signing: ImportSigning? = nil) -> ImportRow {
        ImportRow(
            row: number, lead: LeadSubmission(companyName: company, headquarters: "河南郑州", projectName: "\(company)项目"),
            stage: stage, signing: signing)
    }

    var ledger: ImportLeads {
        ImportLeads(
            requestId: "ledger-1",
            rows: [
                row(
                    4, "中建七局", stage: "签约",
                    signing: ImportSigning(amount: "12.3亿", signedAt: "2023-03-05T00:00:00+08:00")),
                row(5, "华为技术", stage: "在谈"),
                row(
                    6, "国投电力", stage: "started",
                    signing: ImportSigning(amount: "5000万", signedAt: "2023-02-01T00:00:00+08:00")),
                row(8, "中粮集团"),
            ])
    }

    @Test func everyRowBecomesALeadAtItsStageWithItsEvents() throws {
        let result = try store.importLeads(ledger, by: officer, now: now).get()
        #expect(result.status == .accepted)
        #expect(result.leads.map(\.row) == [4, 5, 6, 8])
        #expect(result.leads.map(\.stage) == [.signed, .negotiating, .started, .lead])
        let leads = try store.list(stage: nil, after: 0, limit: 10)
        #expect(leads.map(\.owner) == Array(repeating: "wangmin", count: 4))
        #expect(leads[0].signing?.amountYuan == Money(fen: 123_000_000_000))
        #expect(leads[2].stage == .started)
        // created ×4, signed (row 4), updated (row 5), signed + updated (row 6)
        #expect(try store.headSequence() == 8)
    }

    @Test func aRetryAnswersWithTheSameLeadsAndStoresNothing() throws {
        let first = try store.importLeads(ledger, by: officer, now: now).get()
        let again = try store.importLeads(ledger, by: officer, now: now).get()
        #expect(again.status == .duplicate)
        #expect(again.leads == first.leads)
        #expect(try store.headSequence() == 8)
    }

    @Test func aBadRowRefusesTheWholeImportNamingTheRow() throws {
        var command = ledger
        command.rows[2].lead.companyName = " "
        let error = try #require(store.importLeads(command, by: officer, now: now).failure)
        #expect(error.code == .missingField)
        #expect(error.field == "rows[2].lead.companyName")
        #expect(error.message.hasPrefix("row 6 / 第6行:"))
        #expect(try store.headSequence() == 0)
    }

    @Test func aSigningWithoutASignedStageOrTheReverseIsRefused() throws {
        let signedWithoutSigning = ImportLeads(requestId: "a", rows: [row(3, "中粮", stage: "signed")])
        #expect(store.importLeads(signedWithoutSigning, by: officer, now: now).failure?.field == "rows[0].signing")
        let future = ImportLeads(
            requestId: "b",
            rows: [
                row(
                    3, "中粮", stage: "signed",
                    signing: ImportSigning(amount: "1亿", signedAt: "2030-01-01T00:00:00+08:00"))
            ])
        #expect(store.importLeads(future, by: officer, now: now).failure?.field == "rows[0].signing.signedAt")
        #expect(try store.headSequence() == 0)
    }

    @Test func aFailureWhileWritingRollsBackEveryRowButNotTheRestOfTheBatch() throws {
        _ = try store.importLeads(ImportLeads(requestId: "taken", rows: [row(2, "腾讯")]), by: officer, now: now).get()
        var earlier: Result<SubmitResult, ErrorBody>?
        var conflicting: Result<ImportResult, ErrorBody>?
        try store.batch {
            earlier = store.submit(
                LeadSubmission(companyName: "长江和记", headquarters: "香港", projectName: "冷链"), by: officer, now: now)
            // Row 0 reuses the id "taken#0" with another body: a conflict found only when writing.
            conflicting = store.importLeads(
                ImportLeads(requestId: "taken", rows: [row(2, "阿里巴巴"), row(3, "京东")]), by: officer, now: now)
        }
        #expect(conflicting?.failure?.code == .requestIdConflict)
        #expect(conflicting?.failure?.field == "rows[0].requestId")
        #expect(try earlier?.get().status == .accepted)
        let companies = try store.list(stage: nil, after: 0, limit: 10).map(\.companyName)
        #expect(companies == ["腾讯", "长江和记"])
    }

    /// Intake counts lead numbers and sequences in memory within a batch: a row stored and then
    /// rolled back with its import must leave no gap for the next submission.
    @Test func aRolledBackImportLeavesNoGapInLeadNumbersOrSequences() throws {
        let earlier = LeadSubmission(companyName: "腾讯", headquarters: "深圳", projectName: "云", requestId: "t3#1")
        _ = try store.submit(earlier, by: officer, now: now).get()
        var failed: Result<ImportResult, ErrorBody>?
        var after: Result<SubmitResult, ErrorBody>?
        try store.batch {
            // Row 0 is stored, row 1 reuses "t3#1" with another body: the whole import rolls back.
            failed = store.importLeads(
                ImportLeads(requestId: "t3", rows: [row(2, "阿里巴巴"), row(3, "京东")]), by: officer, now: now)
            after = store.submit(
                LeadSubmission(companyName: "长江和记", headquarters: "香港", projectName: "冷链"), by: officer, now: now)
        }
        #expect(failed?.failure?.code == .requestIdConflict)
        #expect(try after?.get().leadId == "L-000002")
        let sequences = try store.events(after: 0, limit: 10).map {
            try MessageCodec.decode(LeadEvent.self, from: $0).get().body.sequence
        }
        #expect(sequences == [1, 2])
        // The relay cannot trust what the batch appended (a unit rolled back): it reads the outbox.
        #expect(store.takeCommitted() == nil)
        try store.batch {
            _ = store.submit(
                LeadSubmission(companyName: "华润置地", headquarters: "香港", projectName: "万象城"), by: officer, now: now)
        }
        #expect(store.takeCommitted()?.map(\.sequence) == [3])
        #expect(store.takeCommitted() == nil)
    }

    @Test func sizeLimits() {
        #expect(
            store.importLeads(ImportLeads(requestId: "x", rows: []), by: officer, now: now).failure?.field == "rows")
    }
}

extension Result {
    var failure: Failure? { if case .failure(let error) = self { error } else { nil } }
}
