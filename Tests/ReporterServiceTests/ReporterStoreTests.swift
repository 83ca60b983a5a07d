import Foundation
import LeadMessages
import Reporting
import ServiceKit
import StorageTesting
import Testing

@testable import ReporterService

/// The reporter's store against the counting rules and freezing, with time under the test's control.
@Suite struct ReporterStoreTests {
    let store: ReporterStore
    let classification = Classification(
        region: .greaterBayArea, enterpriseClasses: [.hongKongFunded], industry: .modernCommerce)
    var sequence: Int64 = 0

    init() throws { store = try ReporterStore(database: try TestDatabase.make()) }

    func at(_ text: String) throws -> Timestamp { try #require(Timestamp(rfc3339: text)) }

    mutating func apply(
        _ id: String, signed amount: String?, at signedAt: String = "2023-03-06T10:00:00+08:00",
        increases: [(String, String)] = [], recordedAt: String = "2023-03-07T12:00:00+08:00"
    ) throws {
        sequence += 1
        let signing = try amount.map {
            Signing(amountYuan: try MoneyParser.parse($0).get(), signedAt: try at(signedAt))
        }
        let lead = Lead(
            leadId: id, companyName: "企业\(id)", headquarters: "香港", projectName: "项目", industry: nil, description: nil,
            estimatedInvestmentYuan: nil, channel: nil, parentCompany: nil, officer: nil,
            stage: signing == nil ? .negotiating : .signed, signing: signing,
            capitalIncreases: try increases.map {
                CapitalIncrease(amountYuan: try MoneyParser.parse($0.0).get(), increasedAt: try at($0.1))
            },
            createdAt: Timestamp(epochSeconds: 0), updatedAt: Timestamp(epochSeconds: 0))
        try store.apply(
            LeadEvent(sequence: sequence, lead: lead), classification: classification, at: try at(recordedAt))
    }

    func week(_ text: String) throws -> PeriodReport {
        try store.report(try #require(ReportPeriod(text)), targets: .workPlan2023)
    }

    @Test mutating func aPeriodListsAtMostTheLimitAndCountsEverything() throws {
        let count = PeriodReport.listLimit + 3
        for index in 1...count {
            sequence += 1
            let signedAt = try at("2023-03-06T10:00:00+08:00")
            let lead = Lead(
                leadId: LeadID.make(Int64(index)), companyName: "企业\(index)", headquarters: "香港", projectName: "项目",
                industry: nil, description: nil, estimatedInvestmentYuan: nil, channel: nil, parentCompany: nil,
                officer: nil, stage: .signed, signing: Signing(amountYuan: Money(fen: 100), signedAt: signedAt),
                createdAt: signedAt, updatedAt: signedAt)
            try store.apply(LeadEvent(sequence: sequence, lead: lead), classification: classification, at: signedAt)
        }
        let report = try week("2023-W10")
        #expect(report.signedProjects == count)
        #expect(report.projects.count == PeriodReport.listLimit)
        #expect(report.projectsOmitted == 3)
        #expect(report.signedAmountYuan == Money(fen: Int64(count) * 100))
        let rounds = try store.rounds(try #require(ReportPeriod("2023-Q1")))
        #expect(rounds.signed.projects == count && rounds.signed.lines.count == PeriodReport.listLimit)
        #expect(rounds.signed.omitted == 3 && rounds.signed.contractYuan == Money(fen: Int64(count) * 100))
        let table = ReportRenderer.render(report, as: .table)
        #expect(table.contains("另有 3 个项目未列出"))
    }

    @Test mutating func countingRulesThroughTheStore() throws {
        try apply("L-1", signed: "10亿")
        try apply("L-2", signed: "0.1亿")
        try apply("L-2", signed: "0.2亿")  // corrected: replaces
        try apply("L-1", signed: "10亿", increases: [("2亿", "2023-03-08T09:00:00+08:00")])  // increase: no project
        let report = try week("2023-W10")
        #expect(report.signedProjects == 2)
        #expect(report.signedAmountYuan.yuanString == "1220000000")
        #expect(report.capitalIncreaseYuan.yuanString == "200000000")
        #expect(report.capitalIncreases.map(\.leadId) == ["L-1"])
        #expect(
            report.pipeline == [PipelineRow(stage: .signed, leads: 2, signedAmountYuan: Money(fen: 1_220_000_000_00))])
        #expect(report.basedOnSequence == 4)
        try apply("L-2", signed: nil)  // voided
        #expect(try week("2023-W10").signedProjects == 1)
        #expect(try week("2023-W10").signedAmountYuan.yuanString == "1200000000")
        #expect(try store.lastSequence() == 5)
    }

    @Test mutating func aClosedWeekIsFrozenAndCorrectionsGoToTheNextReport() throws {
        try apply("L-1", signed: "10亿")
        let policy = FreezePolicy(from: ISOWeek("2023-W10"))
        // Sunday evening: W10 is still open.
        #expect(
            try store.freezeClosedWeeks(
                now: try at("2023-03-12T23:59:00+08:00"), policy: policy, targets: .workPlan2023
            ).isEmpty)
        // Monday 00:00 Beijing closes it.
        let frozen = try store.freezeClosedWeeks(
            now: try at("2023-03-13T00:00:00+08:00"), policy: policy, targets: .workPlan2023)
        #expect(frozen.map(\.period) == ["2023-W10"])
        #expect(frozen.first?.frozenAt != nil)

        // A late correction of W10 does not rewrite it: it shows in W11's report.
        try apply("L-1", signed: "12亿", recordedAt: "2023-03-14T10:00:00+08:00")
        try apply("L-9", signed: "1亿", at: "2023-03-10T10:00:00+08:00", recordedAt: "2023-03-14T11:00:00+08:00")
        let published = try week("2023-W10")
        #expect(published.signedAmountYuan.yuanString == "1000000000")
        #expect(published.signedProjects == 1)
        let next = try week("2023-W11")
        #expect(next.corrections.map(\.kind) == ["corrected", "late"])
        #expect(next.corrections.map(\.affectedWeek.description) == ["2023-W10", "2023-W10"])
        #expect(next.corrections.map(\.amountDeltaYuan.yuanString) == ["200000000", "100000000"])
        #expect(next.ytdAmountYuan.yuanString == "1300000000")  // the year-to-date is live
        // The month (never frozen) is live too.
        #expect(
            try store.report(try #require(ReportPeriod("2023-03")), targets: .workPlan2023).signedAmountYuan.yuanString
                == "1300000000")

        // Closing W11 publishes it with its corrections; the week after starts clean.
        let second = try store.freezeClosedWeeks(
            now: try at("2023-03-20T08:00:00+08:00"), policy: policy, targets: .workPlan2023)
        #expect(second.map(\.period) == ["2023-W11"])
        #expect(second.first?.corrections.count == 2)
        #expect(try week("2023-W12").corrections.isEmpty)
    }

    @Test func freezingStartsWhereConfiguredOrWhenTheReporterFirstRan() throws {
        let first = try store.freezeStart(configured: nil, now: try at("2026-11-27T10:00:00+08:00"))
        #expect(first.description == "2026-W48")
        // Fixed at first start: a later configuration does not move it.
        #expect(
            try store.freezeStart(configured: ISOWeek("2020-W01"), now: try at("2027-01-01T10:00:00+08:00")) == first)
    }

    @Test mutating func frozenReportsAreWrittenInEveryFormat() throws {
        try apply("L-1", signed: "10亿")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("reports-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let reports = try store.freezeClosedWeeks(
            now: try at("2023-03-13T00:00:00+08:00"), policy: FreezePolicy(from: ISOWeek("2023-W10")),
            targets: .workPlan2023)
        let freezer = WeekFreezer(
            store: store, policy: FreezePolicy(), targets: .workPlan2023, scheme: try AssessmentScheme.load(),
            directory: directory.path,
            clock: .system, logger: .init(label: "test"))
        try freezer.write(try #require(reports.first))
        for format in ["json", "md", "csv", "html"] {
            let file = directory.appendingPathComponent("weekly/2023-W10.\(format)")
            #expect(FileManager.default.fileExists(atPath: file.path), "\(format) missing")
        }
    }
}
