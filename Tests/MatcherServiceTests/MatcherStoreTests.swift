import LeadMessages
import Matching
import ServiceKit
import Storage
import StorageTesting
import Testing

@testable import MatcherService

/// The matcher's store: the pipeline index the recommender consults, and recommending anew when
/// the reference data changes.
@Suite struct MatcherStoreTests {
    let store: MatcherStore
    let recommender: Recommender

    init() throws {
        store = try MatcherStore(database: try TestDatabase.make())
        recommender = Recommender(data: try ReferenceData.load(overrideDirectory: nil))
    }

    @discardableResult
    func apply(
        _ number: Int64, _ company: String, _ project: String, stage: Stage = .lead, headquarters: String = "郑州",
        amount: Int64? = nil, officer: String? = nil, park: String? = nil, owner: String = "wangmin"
    ) throws -> Recommendation {
        let now = Timestamp(epochSeconds: 1_700_000_000 + number)
        let lead = Lead(
            leadId: LeadID.make(number), companyName: company, headquarters: headquarters, projectName: project,
            industry: nil, description: nil, estimatedInvestmentYuan: amount.map { Money(fen: $0 * 100) }, channel: nil,
            parentCompany: nil, officer: officer, carrierPark: park, stage: stage, signing: nil, createdAt: now,
            updatedAt: now, owner: owner)
        let (recommendation, entry) = try recommender.recommend(lead, sequence: number, pipeline: store)
        try store.store(recommendation, lead: lead, entry: entry, sequence: number)
        return recommendation
    }

    /// A page of events in one unit: each lead is recommended against the pipeline as the
    /// page's earlier leads left it, and the checkpoint is the page's last sequence.
    @Test func aPageSeesItsOwnEarlierLeads() throws {
        let now = Timestamp(epochSeconds: 1_700_000_000)
        let events = [("比亚迪股份有限公司", "新能源汽车零部件产业园"), ("比亚迪股份有限公司（郑州）", "新能源汽车零部件产业园建设项目")]
            .enumerated().map { index, names in
                LeadEvent(
                    sequence: Int64(index + 1),
                    lead: Lead(
                        leadId: LeadID.make(Int64(index + 1)), companyName: names.0, headquarters: "深圳",
                        projectName: names.1, industry: nil, description: nil, estimatedInvestmentYuan: nil,
                        channel: nil, parentCompany: nil, officer: nil, stage: .lead, signing: nil, createdAt: now,
                        updatedAt: now, owner: "wangmin"))
            }
        try store.apply(events) { try recommender.recommend($0.lead, sequence: $0.sequence, pipeline: store) }
        let second = try #require(try store.recommendation("L-000002")?.0)
        #expect(second.possibleDuplicates.map(\.leadId) == ["L-000001"])
        #expect(try store.database.read(ConsumerCheckpoint.lastSequence) == 2)
    }

    @Test func duplicatesAndRelatedSigningsComeFromTheIndex() throws {
        _ = try apply(1, "中建三局集团有限公司", "总部基地", stage: .signed)
        _ = try apply(2, "比亚迪股份有限公司", "新能源汽车零部件产业园")
        let referral = try apply(3, "中建七局第二建筑有限公司", "装配式建筑基地")
        #expect(referral.suggestedChannel == .businessReferral)
        let duplicate = try apply(4, "比亚迪股份有限公司（郑州）", "新能源汽车零部件产业园建设项目")
        #expect(duplicate.possibleDuplicates.map(\.leadId) == ["L-000002"])
        #expect(duplicate.possibleDuplicates.first?.likelyDuplicate == true)
        // Its 二期 is a project of its own (issue 21): listed as another phase, never a duplicate.
        let phase = try apply(5, "比亚迪股份有限公司", "新能源汽车零部件产业园二期")
        #expect(phase.possibleDuplicates.first { $0.leadId == "L-000002" }?.anotherPhase == true)
        #expect(phase.possibleDuplicates.allSatisfy { !$0.likelyDuplicate || $0.leadId == "L-000004" })
        // A lead's own later event does not make it its own duplicate.
        #expect(
            try apply(2, "比亚迪股份有限公司", "新能源汽车零部件产业园").possibleDuplicates.map(\.leadId) == ["L-000004", "L-000005"])
        #expect(try store.lastSequence() == 2)
    }

    @Test func droppedLeadsLeaveTheirGroupToTheProspectMap() throws {
        _ = try apply(1, "中粮集团有限公司", "粮油加工")
        _ = try apply(2, "华为技术有限公司", "鲲鹏生态", stage: .dropped)
        let groups = try store.groupsInPipeline()
        #expect(groups.contains("中粮集团有限公司"))
        #expect(!groups.contains { $0.contains("华为") })
    }

    @Test func newReferenceDataMeansRecommendingEveryLeadAnew() throws {
        #expect(try store.resetIfReferenceChanged(editions: ["rules": "v1"]) == false)  // a new store: nothing to redo
        _ = try apply(1, "中粮集团有限公司", "粮油加工")
        #expect(try store.resetIfReferenceChanged(editions: ["rules": "v1"]) == false)
        #expect(try store.lastSequence() == 1)
        #expect(try store.resetIfReferenceChanged(editions: ["rules": "v2"]) == true)
        #expect(try store.lastSequence() == 0)
        #expect(try store.recommendation("L-000001") == nil)
        #expect(try store.groupsInPipeline().isEmpty)
    }
}

/// `pipeline.query` and `duplicates.check` over the matcher's store (SQLite, or PostgreSQL when
/// the suite runs against it).
@Suite struct PipelineViewTests {
    let base: MatcherStoreTests

    init() throws {
        base = try MatcherStoreTests()
        try base.apply(
            1, "中建科工集团有限公司", "钢结构基地", headquarters: "深圳", amount: 1_230_000_000, officer: "李娜", owner: "lina")
        try base.apply(2, "中国建筑第七工程局有限公司", "数据中心", amount: 500_000_000, officer: "王敏", park: "花园口新兴产业园")
        try base.apply(3, "比亚迪股份有限公司", "零部件产业园", stage: .negotiating, headquarters: "深圳", officer: "王敏")
        try base.apply(4, "郑州100%_食品有限公司", "速冻食品", officer: "王敏")
    }

    func view(_ query: PipelineQuery, owner: String? = nil) throws -> PipelineView {
        try base.store.pipeline(try PipelineFilter.read(query).get(), owner: owner)
    }

    @Test func filtersCombineAndReadLabels() throws {
        #expect(try view(PipelineQuery(region: "大湾区")).leads.map(\.leadId) == ["L-000001", "L-000003"])
        #expect(try view(PipelineQuery(region: "大湾区", enterpriseClass: "大型央企")).leads.map(\.leadId) == ["L-000001"])
        #expect(try view(PipelineQuery(enterpriseClass: "central-soe")).total == 2)
        #expect(try view(PipelineQuery(stage: "在谈")).leads.map(\.leadId) == ["L-000003"])
        #expect(try view(PipelineQuery(officer: "王敏", park: "花园口新兴产业园")).leads.map(\.leadId) == ["L-000002"])
        #expect(try view(PipelineQuery(text: "中心")).leads.map(\.leadId) == ["L-000002"])
        // % and _ are letters in a search, not wildcards.
        #expect(try view(PipelineQuery(text: "100%_")).leads.map(\.leadId) == ["L-000004"])
        #expect(try view(PipelineQuery(text: "0%")).leads.map(\.leadId) == ["L-000004"])
        #expect(try view(PipelineQuery(text: "_")).leads.map(\.leadId) == ["L-000004"])
        let first = try #require(try view(PipelineQuery(region: "greater-bay-area")).leads.first)
        #expect(first.enterpriseClasses.contains(.centralSOE))
        #expect(first.estimatedInvestmentYuan == Money(fen: 123_000_000_000))
        #expect(first.officer == "李娜")
        #expect(try view(PipelineQuery()).basedOnSequence == 4)
    }

    @Test func searchIgnoresASCIICaseOnEitherDatabase() throws {
        try base.apply(5, "Zhengzhou Coal Mining Machinery", "Hydraulic Supports", officer: "王敏")
        #expect(try view(PipelineQuery(text: "HYDRAULIC")).leads.map(\.leadId) == ["L-000005"])
        #expect(try view(PipelineQuery(text: "coal mining")).leads.map(\.leadId) == ["L-000005"])
    }

    @Test func sortsPageAndBreakTiesByLeadNumber() throws {
        let byAmount = try view(PipelineQuery(sort: "amount", descending: true))
        #expect(byAmount.leads.map(\.leadId) == ["L-000001", "L-000002", "L-000003", "L-000004"])  // no amount: last
        #expect(
            try view(PipelineQuery(sort: "投资额")).leads.map(\.leadId) == [
                "L-000003", "L-000004", "L-000002", "L-000001",
            ])
        #expect(try view(PipelineQuery(descending: true, limit: 2)).leads.map(\.leadId) == ["L-000004", "L-000003"])
        let second = try view(PipelineQuery(descending: true, offset: 2, limit: 2))
        #expect(second.leads.map(\.leadId) == ["L-000002", "L-000001"])
        #expect(second.total == 4 && second.offset == 2)
        #expect(try view(PipelineQuery(sort: "stage", descending: true)).leads.first?.leadId == "L-000003")
        #expect(try view(PipelineQuery(sort: "updated", descending: true)).leads.first?.leadId == "L-000004")
    }

    @Test func companiesSortInPinyinOrderNotByCodePoint() throws {
        // 比亚迪 (bi), 郑州 (zheng), 中国建筑 (zhong guo), 中建科工 (zhong jian); by code point 中 comes first.
        #expect(
            try view(PipelineQuery(sort: "company")).leads.map(\.leadId) == [
                "L-000003", "L-000004", "L-000002", "L-000001",
            ])
        #expect(try view(PipelineQuery(sort: "企业", descending: true)).leads.first?.leadId == "L-000001")
    }

    @Test func signedAmountSigningDateAndLastFollowUpAreColumnsToSortBy() throws {
        let now = Timestamp(epochSeconds: 1_700_000_100)
        var lead = Lead(
            leadId: LeadID.make(5), companyName: "洛阳润丰新材料有限公司", headquarters: "洛阳", projectName: "新材料基地",
            industry: nil, description: nil, estimatedInvestmentYuan: nil, channel: nil, parentCompany: nil,
            officer: "王敏", stage: .signed,
            signing: Signing(
                amountYuan: Money(fen: 800_000_000_00),
                signedAt: try #require(Timestamp(rfc3339: "2023-03-06T10:00:00+08:00"))),
            capitalIncreases: [CapitalIncrease(amountYuan: Money(fen: 100_000_000_00), increasedAt: now)],
            createdAt: now, updatedAt: now, owner: "wangmin")
        lead.followUps = FollowUpSummary(count: 2, trips: 0, lastOn: try #require(CivilDate("2023-03-20")), nextOn: nil)
        let (recommendation, entry) = try base.recommender.recommend(lead, sequence: 5, pipeline: base.store)
        try base.store.store(recommendation, lead: lead, entry: entry, sequence: 5)
        let signed = try #require(try view(PipelineQuery(sort: "signed-amount", descending: true)).leads.first)
        #expect(signed.leadId == "L-000005")
        #expect(signed.signedAmountYuan == Money(fen: 900_000_000_00))  // the contract: signing and increase
        #expect(signed.signedAt?.businessDate.description == "2023-03-06")
        #expect(signed.lastFollowUpOn?.description == "2023-03-20")
        // Leads without a follow-up come last, whichever the direction.
        #expect(try view(PipelineQuery(sort: "follow-up")).leads.first?.leadId == "L-000005")
        #expect(try view(PipelineQuery(sort: "最近跟进", descending: true)).leads.first?.leadId == "L-000005")
    }

    @Test func officersSeeTheirOwnLeadsOnly() throws {
        #expect(try view(PipelineQuery(), owner: "lina").leads.map(\.leadId) == ["L-000001"])
        #expect(try view(PipelineQuery(), owner: "nobody").total == 0)
        // A change of the lead replaces its row; it is never listed twice.
        try base.apply(1, "中建科工集团有限公司", "钢结构基地", stage: .signed, headquarters: "深圳", owner: "lina")
        let after = try view(PipelineQuery(), owner: "lina")
        #expect(after.leads.map(\.stage) == [.signed])
        #expect(after.leads.first?.estimatedInvestmentYuan == nil)
    }

    @Test func wrongFiltersAreRefusedByName() {
        let cases: [(PipelineQuery, String)] = [
            (PipelineQuery(stage: "完成"), "stage"), (PipelineQuery(region: "华中"), "region"),
            (PipelineQuery(enterpriseClass: "民企"), "enterpriseClass"), (PipelineQuery(industry: "农业"), "industry"),
            (PipelineQuery(tier: "D"), "tier"), (PipelineQuery(sort: "random"), "sort"),
            (PipelineQuery(offset: -1), "offset"), (PipelineQuery(limit: 0), "limit"),
            (PipelineQuery(limit: 501), "limit"),
        ]
        for (query, field) in cases {
            guard case .failure(let error) = PipelineFilter.read(query) else {
                Issue.record("\(field) accepted")
                continue
            }
            #expect(error.code == .invalidField && error.field == field)
        }
        #expect((try? PipelineFilter.read(PipelineQuery(stage: " ", tier: "b")).get())?.tier == .b)
    }

    @Test func aDuplicateIsFoundBeforeTheLeadExists() throws {
        let found = try base.recommender.possibleDuplicates(
            DuplicateCheck(companyName: "中建科工集团", projectName: "钢结构基地建设项目"), pipeline: base.store)
        #expect(found.map(\.leadId) == ["L-000001"])
        #expect(found.first?.likelyDuplicate == true)
        #expect(
            try base.recommender.possibleDuplicates(
                DuplicateCheck(companyName: "华为技术有限公司", projectName: "钢结构基地"), pipeline: base.store
            ).isEmpty)
    }
}
