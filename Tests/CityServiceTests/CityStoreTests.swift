import AccessPolicy
import Foundation
import LeadMessages
import LeadMessagesTesting
import Reporting
import StorageTesting
import Testing

@testable import CityService

/// The city's store: conflicts kept per company and pair of districts with 首报首谈 priority
/// whatever order the districts' streams are heard in, the notices each district gets, the
/// city's decision standing, and registrations.
@Suite struct CityStoreTests {
    let store: CityStore
    var sequences: [String: Int64] = [:]
    let unclassified = Classification(region: .unknown, enterpriseClasses: [], industry: .other)

    init() throws {
        store = try CityStore(
            database: try TestDatabase.make(), sameProjectSimilarity: 0.6,
            districtNames: ["huiji": "惠济区", "jinshui": "金水区", "erqi": "二七区"])
    }

    /// Lead `number` of `district`, reported `minute` minutes into the day, applied as its
    /// district's next event.
    mutating func hear(_ district: String, _ number: Int64, _ company: String, _ project: String, minute: Int64)
        throws
    {
        sequences[district, default: 0] += 1
        let created = Timestamp(epochSeconds: 1_678_000_000 + minute * 60, offsetMinutes: 480)
        let lead = Lead(
            leadId: LeadID.make(number), companyName: company, headquarters: "北京", projectName: project, industry: nil,
            description: nil, estimatedInvestmentYuan: nil, channel: nil, parentCompany: nil, officer: nil,
            stage: .lead, signing: nil, createdAt: created, updatedAt: created)
        try store.apply(
            LeadEvent(sequence: sequences[district, default: 0], lead: lead), from: district,
            classification: unclassified, at: created)
    }

    func notices(_ district: String) throws -> [CityNotice] {
        try store.notices(district: district, after: 0, limit: 500).notices
    }

    @Test mutating func priorityIsTheEarliestReportWhateverOrderTheStreamsAreHeardIn() throws {
        // 惠济 reports F at 60, 金水 G at 90: 惠济 first.
        try hear("huiji", 1, "中建七局", "数据中心", minute: 60)
        try hear("jinshui", 1, "中建七局有限公司", "物流园", minute: 90)
        var conflict = try #require(try store.conflicts(district: nil, limit: 10).conflicts.first)
        #expect(conflict.first.district == "huiji" && conflict.kind == "same-company")
        #expect(try notices("huiji").map(\.priority) == ["yours"])
        #expect(try notices("jinshui").map(\.priority) == ["theirs"])
        // 惠济's earlier lead E (30) is heard late: 惠济 still first, now with E; nobody is told again.
        try hear("huiji", 2, "中建七局", "人才公寓", minute: 30)
        conflict = try #require(try store.conflicts(district: nil, limit: 10).conflicts.first)
        #expect(conflict.first.leadId == "L-000002")
        #expect(try notices("jinshui").count == 1)
        // 金水's Y (45) and 惠济's X (100): 惠济's E (30) is still the earliest report.
        try hear("jinshui", 2, "中建七局", "装配式建筑产业园", minute: 45)
        try hear("huiji", 3, "中建七局", "装配式建筑产业园项目", minute: 100)
        conflict = try #require(try store.conflicts(district: nil, limit: 10).conflicts.first)
        #expect(conflict.first.district == "huiji" && conflict.first.leadId == "L-000002")
        #expect(conflict.second.leadId == "L-000002")  // 金水's earliest, Y
        #expect(conflict.kind == "same-project")  // X and Y are one project; it never goes back
        #expect(try store.conflicts(district: nil, limit: 10).total == 1)
        #expect(try notices("jinshui").count == 1)
    }

    @Test mutating func eachSideIsItsDistrictsEarliestReportOnceTheConflictIsOneProject() throws {
        try hear("huiji", 1, "中建七局", "装配式建筑产业园", minute: 60)
        try hear("jinshui", 1, "中建七局", "装配式建筑产业园项目", minute: 90)
        #expect(try store.conflicts(district: nil, limit: 10).conflicts.first?.kind == "same-project")
        // Each district's earlier lead, heard late: both sides move; 惠济 still first, nobody told again.
        try hear("jinshui", 2, "中建七局", "物流园", minute: 70)
        try hear("huiji", 2, "中建七局", "人才公寓", minute: 20)
        let conflict = try #require(try store.conflicts(district: nil, limit: 10).conflicts.first)
        #expect(conflict.first.district == "huiji" && conflict.first.leadId == "L-000002")
        #expect(conflict.second.leadId == "L-000002" && conflict.kind == "same-project")
        #expect(try notices("huiji").count == 1 && notices("jinshui").count == 1)
    }

    @Test mutating func aDistrictHeardLateWithTheEarliestReportTakesPriorityAndBothAreTold() throws {
        try hear("jinshui", 1, "比亚迪股份有限公司", "电池", minute: 90)
        try hear("huiji", 1, "比亚迪", "整车", minute: 60)  // heard second, reported first
        #expect(try store.conflicts(district: nil, limit: 10).conflicts.first?.first.district == "huiji")
        try hear("erqi", 1, "比亚迪", "零部件", minute: 100)
        try hear("erqi", 2, "比亚迪", "储能", minute: 10)  // 二七's earlier lead, heard late
        let withErqi = try store.conflicts(district: "erqi", limit: 10).conflicts
        #expect(withErqi.count == 2)
        #expect(withErqi.allSatisfy { $0.first.district == "erqi" && $0.first.leadId == "L-000002" })
        // 惠济 was told "yours" against 二七, then "theirs" when 二七's earlier report was heard.
        #expect(try notices("huiji").filter { $0.otherDistrict == "erqi" }.map(\.priority) == ["yours", "theirs"])
    }

    @Test mutating func theCitysDecisionStandsAndIsToldToBoth() throws {
        try hear("huiji", 1, "宁德时代新能源科技股份有限公司", "储能电池", minute: 10)
        try hear("jinshui", 1, "宁德时代新能源科技有限公司", "储能电池项目", minute: 20)
        let conflict = try #require(try store.conflicts(district: nil, limit: 10).conflicts.first)
        let decider = Caller(identity: "city-chief", role: .supervisor)
        let decided = try store.decide(
            DecideConflict(conflictId: conflict.conflictId, keeps: "jinshui", reason: "用地已预审"), by: decider,
            at: Timestamp(epochSeconds: 1_678_100_000))
        #expect(decided.decision?.keeps == "jinshui")
        #expect(try notices("jinshui").last?.priority == "yours")
        #expect(try notices("jinshui").last?.decisionReason == "用地已预审")
        // An even earlier report of 惠济's heard later does not undo the decision.
        try hear("huiji", 2, "宁德时代新能源科技股份有限公司", "研发中心", minute: 1)
        #expect(try notices("jinshui").count == 2)
        #expect(throws: ErrorBody.self) {
            try store.decide(
                DecideConflict(conflictId: conflict.conflictId, keeps: "erqi", reason: "x"), by: decider,
                at: Timestamp(epochSeconds: 1_678_100_000))
        }
    }

    /// A page finds what its events find one at a time. The conflict check reads once per page
    /// what other districts hold of a company and keeps the page district's conflicts as it
    /// changes them; a page of one event reads everything afresh, so the two must agree on every
    /// conflict and notice, whatever the streams hold (later leads heard first, one project and
    /// many, a district courting a company twice in one page).
    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6, 7, 8])
    func aPageFindsWhatItsEventsFindOneByOne(seed: UInt64) throws {
        var random = SeededRandom(seed: SeededRandom.seed(fallback: seed))
        let districts = ["huiji", "jinshui", "erqi"]
        let companies = ["中建七局", "中建七局有限公司", "比亚迪股份有限公司", "宁德时代", "郑州某食品有限公司"]
        let projects = ["数据中心", "数据中心项目", "物流园", "装配式建筑产业园", "储能电池", "储能电池二期"]
        var numbers: [String: Int64] = [:]
        var reported: [String: Timestamp] = [:]
        var events: [(district: String, event: LeadEvent)] = []
        for _ in 0..<160 {
            let district = districts.randomElement(using: &random) ?? "huiji"
            // One event in four updates an earlier lead of its district (its company or project renamed).
            let update = (numbers[district] ?? 0) > 0 && Int.random(in: 0..<4, using: &random) == 0
            if !update { numbers[district, default: 0] += 1 }
            let number =
                update ? Int64.random(in: 1...(numbers[district] ?? 1), using: &random) : numbers[district] ?? 1
            // A lead keeps the time its district's intake first stored it.
            let created =
                reported["\(district)/\(number)"]
                ?? Timestamp(
                    epochSeconds: 1_678_000_000 + Int64.random(in: 0..<600, using: &random) * 60, offsetMinutes: 480)
            reported["\(district)/\(number)"] = created
            let lead = Lead(
                leadId: LeadID.make(number), companyName: companies.randomElement(using: &random) ?? "",
                headquarters: "北京", projectName: projects.randomElement(using: &random) ?? "", industry: nil,
                description: nil, estimatedInvestmentYuan: nil, channel: nil, parentCompany: nil, officer: nil,
                stage: .lead, signing: nil, createdAt: created, updatedAt: created)
            let sequence = Int64(events.filter { $0.district == district }.count + 1)
            events.append((district, LeadEvent(sequence: sequence, lead: lead)))
        }
        let now = Timestamp(epochSeconds: 1_678_100_000, offsetMinutes: 480)
        let oneByOne = try CityStore(
            database: try TestDatabase.make(), sameProjectSimilarity: 0.6, districtNames: ["huiji": "惠济区"])
        for (district, event) in events {
            try oneByOne.apply(event, from: district, classification: unclassified, at: now)
        }
        // Runs of one district's events, cut at random lengths, as the city's pages.
        let paged = try CityStore(
            database: try TestDatabase.make(), sameProjectSimilarity: 0.6, districtNames: ["huiji": "惠济区"])
        var start = 0
        while start < events.count {
            var end = start + 1
            let most = Int.random(in: 1...40, using: &random)
            while end < events.count, end - start < most, events[end].district == events[start].district { end += 1 }
            try paged.apply(
                events[start..<end].map { ($0.event, unclassified) }, from: events[start].district, at: now)
            start = end
        }
        let expected = try oneByOne.conflicts(district: nil, limit: 500)
        #expect(expected.total > 3)
        #expect(try paged.conflicts(district: nil, limit: 500) == expected)

        for district in districts {
            let notices = try oneByOne.notices(district: district, after: 0, limit: 500).notices
            #expect(try paged.notices(district: district, after: 0, limit: 500).notices == notices)
        }
    }

    @Test func twoDistrictsOfficersOfOneNameAreTwoRowsOfTheCityReport() throws {
        let signedAt = Timestamp(epochSeconds: 1_678_000_000, offsetMinutes: 480)
        for district in ["huiji", "jinshui"] {
            let lead = Lead(
                leadId: "L-000001", companyName: "企业\(district)", headquarters: "北京", projectName: "项目", industry: nil,
                description: nil, estimatedInvestmentYuan: nil, channel: nil, parentCompany: nil, officer: "王敏",
                stage: .signed, signing: Signing(amountYuan: Money(fen: 100_000_000_00), signedAt: signedAt),
                createdAt: signedAt, updatedAt: signedAt)
            try store.apply(
                LeadEvent(sequence: 1, lead: lead), from: district, classification: unclassified, at: signedAt)
        }
        let report = try store.reporter.report(
            try #require(ReportPeriod.year(2023)), targets: AnnualTargets(targets: [:]))
        let officers = report.breakdowns.first { $0.dimension == "officer" }?.rows.map(\.value).sorted()
        #expect(officers == ["huiji/王敏", "jinshui/王敏"])
        #expect(report.projects.map(\.leadId).sorted() == ["huiji/L-000001", "jinshui/L-000001"])
        #expect(report.breakdowns.last?.dimension == "district")
    }

    @Test mutating func aDistrictsOwnLeadsAndAnotherCompanyAreNoConflict() throws {
        try hear("huiji", 1, "华为技术有限公司", "鲲鹏中心", minute: 0)
        try hear("huiji", 2, "华为技术（深圳）有限公司", "鲲鹏中心二期", minute: 5)
        try hear("jinshui", 1, "中兴通讯股份有限公司", "5G基地", minute: 6)
        #expect(try store.conflicts(district: nil, limit: 10).total == 0)
    }

    @Test mutating func aRegistrationIsRecordedOnceForALeadTheCityKnows() throws {
        try hear("huiji", 1, "中建七局", "数据中心", minute: 0)
        let caller = Caller(identity: "city-chief", role: .supervisor)
        let now = Timestamp(epochSeconds: 1_678_100_000)
        let first = try store.register(RegisterProject(district: "huiji", leadId: "L-000001"), by: caller, at: now)
        let again = try store.register(
            RegisterProject(district: "huiji", leadId: "L-000001", note: "again"), by: caller, at: now)
        #expect(first == again)
        #expect(throws: ErrorBody.self) {
            try store.register(RegisterProject(district: "huiji", leadId: "L-000009"), by: caller, at: now)
        }
        let page = try store.registrations(district: "huiji", after: 0, limit: 10, withUnregistered: false)
        #expect(page.registrations.map(\.leadId) == ["L-000001"] && page.lastRegistrationId == first.registrationId)
        #expect(
            try store.registrations(district: "jinshui", after: 0, limit: 10, withUnregistered: false).registrations
                .isEmpty)
    }
}
