import LeadMessages
import Testing

@testable import Matching

/// Scores, tiers, strategies, parks, channels and duplicates, against the shipped rules file.
@Suite struct AdviceTests {
    let recommender: Recommender

    init() throws { recommender = Recommender(data: try ReferenceData.load(overrideDirectory: nil)) }

    func lead(
        _ id: Int64, _ company: String, _ hq: String, project: String = "综合项目", amount: Int64? = nil,
        stage: Stage = .lead, park: String? = nil
    ) -> Lead {
        let now = Timestamp(epochSeconds: 0)
        return Lead(
            leadId: LeadID.make(id), companyName: company, headquarters: hq, projectName: project, industry: nil,
            description: nil, estimatedInvestmentYuan: amount.map { Money(fen: $0 * 100) }, channel: nil,
            parentCompany: nil, officer: nil, carrierPark: park, stage: stage, signing: nil, createdAt: now,
            updatedAt: now)
    }

    @Test func theScoreIsTheSumOfItsFactorsAndDecidesTheTier() throws {
        let r = try recommender.recommend(
            lead(1, "中建七局第三建筑有限公司", "北京", project: "智能制造装备产业园", amount: 2_000_000_000), sequence: 1,
            pipeline: InMemoryPipeline()
        ).recommendation
        // target region 20 + central SOE 30 + extra class (Global 500) 5 + leading 10 + emerging 10 + 10亿+ 25 = 100
        #expect(
            r.scoreFactors.map(\.factor).sorted() == [
                "central-soe", "emerging-industry", "fortune-global-500", "investment", "leading-industry",
                "target-region",
            ])
        #expect(r.score == min(100, r.scoreFactors.reduce(0) { $0 + $1.points }))
        #expect(r.score == 100)
        #expect(r.tier == .a && r.priority == .high)
        #expect(r.strategies == [.bigAndStrong, .newAndHigh])
        #expect(r.suggestedPark == "古荥智能制造产业园")
        #expect(r.suggestedChannel == .targeted)
        #expect(r.evidence.contains { $0.kind == .enterpriseClass && $0.entry == "中国建筑集团有限公司" })
    }

    @Test func anOrdinaryLocalFirmIsTierCWithNeitherStrategy() throws {
        let r = try recommender.recommend(
            lead(2, "郑州市惠济区小张餐饮店", "河南郑州"), sequence: 1, pipeline: InMemoryPipeline()
        ).recommendation
        #expect(r.score == 0 && r.tier == .c)
        #expect(r.strategies.isEmpty && r.suggestedChannel == nil && r.suggestedPark == nil)
    }

    @Test func aLargeInvestmentIsBigAndStrongWithoutATargetClass() throws {
        let r = try recommender.recommend(
            lead(3, "河南某文旅发展有限公司", "郑州", project: "黄河文化旅游度假区", amount: 1_500_000_000), sequence: 1,
            pipeline: InMemoryPipeline()
        ).recommendation
        #expect(r.strategies == [.bigAndStrong])
        #expect(r.suggestedPark == "大运河文化片区")
        #expect(r.suggestedChannel == .industryChain)
        #expect(r.tier == .b)
    }

    @Test func theOfficersParkWins() throws {
        let r = try recommender.recommend(
            lead(4, "某科技有限公司", "郑州", project: "人工智能算力中心", park: "惠济智造科技谷"), sequence: 1,
            pipeline: InMemoryPipeline()
        ).recommendation
        #expect(r.suggestedPark == "惠济智造科技谷")
    }

    @Test func aSignedUnitOfTheSameGroupMakesItABusinessReferral() throws {
        var pipeline = InMemoryPipeline()
        let signed = try recommender.recommend(
            lead(5, "中建三局集团有限公司", "武汉", project: "总部大楼", stage: .signed), sequence: 1, pipeline: pipeline)
        pipeline.upsert(signed.entry)
        let r = try recommender.recommend(
            lead(6, "中建七局第二建筑有限公司", "郑州", project: "装配式建筑基地"), sequence: 2, pipeline: pipeline
        ).recommendation
        #expect(r.suggestedChannel == .businessReferral)
        #expect(r.scoreFactors.contains { $0.factor == "related-signed" })
        #expect(r.reasons.contains { $0.contains("L-000005") })
    }

    @Test func theSameCompanyWithASimilarProjectIsALikelyDuplicate() throws {
        var pipeline = InMemoryPipeline()
        let first = try recommender.recommend(
            lead(7, "华为技术有限公司", "深圳", project: "鲲鹏生态创新中心项目"), sequence: 1, pipeline: pipeline)
        pipeline.upsert(first.entry)
        let other = try recommender.recommend(
            lead(8, "华为技术有限公司", "深圳", project: "智慧物流仓储基地"), sequence: 2, pipeline: pipeline)
        pipeline.upsert(other.entry)
        let again = try recommender.recommend(
            lead(9, "華為技術（深圳）有限公司 ", "深圳", project: "鲲鹏生态创新中心"), sequence: 3, pipeline: pipeline
        ).recommendation
        #expect(again.possibleDuplicates.map(\.leadId) == ["L-000007", "L-000008"])
        #expect(again.possibleDuplicates[0].likelyDuplicate && !again.possibleDuplicates[1].likelyDuplicate)
        #expect(again.action.contains("L-000007"))
        #expect(first.recommendation.possibleDuplicates.isEmpty)
    }

    @Test(arguments: [
        ("华为技术有限公司", "华为技术"), ("华为技术（深圳）有限公司", "华为技术"), ("華為技術 有限公司", "华为技术"),
        ("中国建筑股份有限公司", "中国建筑"), ("Siemens (China) Co., Ltd.", "siemens"), ("The Coca-Cola Company", "coca cola"),
        ("京东方科技集团股份有限公司", "京东方科技"), ("公司", "公司"),
    ])
    func companyKeys(name: String, key: String) {
        #expect(CompanyKey.make(name) == key)
    }

    @Test func projectSimilarity() {
        #expect(ProjectSimilarity.score("鲲鹏生态创新中心项目", "鲲鹏生态创新中心") == 1)
        #expect(ProjectSimilarity.score("年产5万吨速冻食品基地", "年产五万吨速冻食品生产基地") > 0.5)
        #expect(ProjectSimilarity.score("鲲鹏生态创新中心", "智慧物流仓储基地") < 0.2)
    }
}
