import Foundation
import LeadMessages
import Reporting
import StorageTesting
import Testing

@testable import ReporterService

/// A page of events applied at once (facts read and written once per lead, cells summed) leaves
/// the store exactly as applying its events one by one does, whatever the page's events do to
/// the same leads: created, signed, corrected, increased, voided and signed again.
@Suite struct ReporterPageTests {
    let classification = Classification(region: .yangtzeRiverDelta, enterpriseClasses: [.centralSOE], industry: .other)

    func events() throws -> [LeadEvent] {
        var sequence: Int64 = 0
        var events: [LeadEvent] = []
        func at(_ day: Int) throws -> Timestamp {
            try #require(Timestamp(rfc3339: "2023-03-\(10 + day)T10:00:00+08:00"))
        }
        for round in 0..<4 {
            for index in 1...6 {
                let created = try at(0)
                var lead = Lead(
                    leadId: LeadID.make(Int64(index)), companyName: "企业\(index)", headquarters: "上海",
                    projectName: "项目\(index)", industry: nil, description: nil, estimatedInvestmentYuan: nil,
                    channel: .targeted, parentCompany: nil, officer: "王敏", stage: .contacted, signing: nil,
                    createdAt: created, updatedAt: try at(round))
                switch (index + round) % 4 {
                case 1:
                    lead.stage = .signed
                    lead.signing = Signing(
                        amountYuan: Money(fen: Int64(index * 100_000 + round)), signedAt: try at(round))
                case 2:
                    lead.stage = .signed
                    lead.signing = Signing(amountYuan: Money(fen: 500_000), signedAt: try at(1))
                    lead.capitalIncreases = [
                        CapitalIncrease(amountYuan: Money(fen: 7_000), increasedAt: try at(round + 1))
                    ]
                case 3: lead.stage = .negotiating
                default: break
                }
                sequence += 1
                events.append(LeadEvent(sequence: sequence, lead: lead))
            }
        }
        return events
    }

    func snapshot(_ store: ReporterStore) throws -> String {
        let report = try store.report(try #require(ReportPeriod("2023")), targets: .workPlan2023)
        let rows = try store.database.read { db in
            try db.query("SELECT leadId, record, signDay, signFen, contractFen FROM facts ORDER BY leadId").map {
                "\($0.values)"
            }
                + db.query(
                    // A cell that nets to zero within a page is never written; reports read none as zero.
                    "SELECT * FROM cell WHERE projects <> 0 OR fen <> 0 ORDER BY measure, dimension, day, value"
                ).map { "\($0.values)" }
                + db.query("SELECT * FROM stage_total WHERE leads <> 0 OR fen <> 0 ORDER BY stage").map {
                    "\($0.values)"
                }
                + db.query("SELECT leadId, day, record FROM increase ORDER BY leadId, day").map { "\($0.values)" }
        }
        return String(decoding: StoredJSON.bytes(report), as: UTF8.self) + rows.joined(separator: "\n")
    }

    @Test func aPageLeavesTheStoreAsItsEventsOneByOneDo() throws {
        let events = try events()
        let now = try #require(Timestamp(rfc3339: "2023-04-01T10:00:00+08:00"))
        let oneByOne = try ReporterStore(database: try TestDatabase.make())
        for event in events { try oneByOne.apply(event, classification: classification, at: now) }
        let paged = try ReporterStore(database: try TestDatabase.make())
        // Pages of different sizes, so a lead's events fall in one page and across pages.
        var rest = events[...]
        for size in [1, 5, 7, 11] {
            try paged.apply(rest.prefix(size).map { ($0, classification) }, at: now)
            rest = rest.dropFirst(size)
        }
        #expect(rest.isEmpty)
        let expected = try snapshot(oneByOne)
        #expect(try snapshot(paged) == expected)
        #expect(expected.contains("signedProjects") && expected.contains("increase"))
        #expect(try paged.lastSequence() == Int64(events.count))
        // And what it leaves is right: six leads, each counted once by stage, and the three whose
        // last event signed them (2, 3 and 6) the year's signings.
        let (leads, staged) = try paged.database.read { db in
            (
                try db.query("SELECT leadId FROM facts").count,
                try db.query("SELECT leads FROM stage_total").reduce(Int64(0)) { $0 + (try $1.int64("leads")) }
            )
        }
        #expect(leads == 6 && staged == 6)
        let year = try paged.report(try #require(ReportPeriod("2023")), targets: .workPlan2023)
        #expect(year.signedProjects == 3)
    }
}
