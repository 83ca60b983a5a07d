import LeadMessages
import Testing

@testable import Matching

@Suite struct RecommenderTests {
    let recommender: Recommender

    init() throws { recommender = Recommender(data: try ReferenceData.load()) }

    func lead(_ company: String, _ hq: String, project: String = "项目", parent: String? = nil, industry: Industry? = nil)
        -> Lead
    {
        let now = Timestamp(epochSeconds: 0)
        return Lead(
            leadId: "L-000001", companyName: company, headquarters: hq, projectName: project, industry: industry,
            description: nil, estimatedInvestmentYuan: nil, channel: nil, parentCompany: parent, officer: nil,
            stage: .lead, signing: nil, createdAt: now, updatedAt: now)
    }

    func recommend(_ lead: Lead, sequence: Int64) throws -> Recommendation {
        try recommender.recommend(lead, sequence: sequence, pipeline: InMemoryPipeline()).recommendation
    }

    @Test(arguments: [
        ("北京市海淀区", Region.jingjinji), ("雄安新区", .jingjinji), ("河北石家庄", .jingjinji), ("天津滨海新区", .jingjinji),
        ("上海浦东", .yangtzeRiverDelta), ("安徽合肥", .yangtzeRiverDelta), ("苏州工业园区", .yangtzeRiverDelta),
        ("深圳前海", .greaterBayArea), ("香港", .greaterBayArea), ("澳门", .greaterBayArea), ("珠海横琴", .greaterBayArea),
        ("广州南沙", .greaterBayArea), ("广东汕头", .other), ("广东省", .unknown), ("河南郑州", .other),
        ("Shenzhen", .greaterBayArea), ("火星", .unknown), ("四川成都", .other),
    ])
    func regions(headquarters: String, region: Region) throws {
        #expect(try recommend(lead("某公司", headquarters), sequence: 1).region == region)
    }

    @Test func aSubsidiaryInheritsItsGroupsClasses() throws {
        let r = try recommend(lead("中建七局第三建筑有限公司", "河南郑州"), sequence: 1)
        #expect(r.enterpriseClasses.contains(.centralSOE))
        #expect(r.reasons.contains { $0.contains("中国建筑集团有限公司") })
    }

    @Test func theParentGivenByTheOfficerCounts() throws {
        let r = try recommend(lead("河南某数字科技有限公司", "郑州", parent: "中国移动通信集团有限公司"), sequence: 1)
        #expect(r.enterpriseClasses == [.centralSOE, .fortuneGlobal500])
        #expect(r.reasons.contains { $0.contains("上级单位") })
    }

    @Test func hongKongHeadquartersIsHongKongFunded() throws {
        let r = try recommend(lead("某某投资有限公司", "香港中环"), sequence: 1)
        #expect(r.enterpriseClasses == [.hongKongFunded])
        #expect(r.region == .greaterBayArea)
    }

    @Test func theOfficersIndustryWinsElseItIsInferred() throws {
        let chosen = try recommend(
            lead("x", "郑州", project: "食品产业园", industry: .smartManufacturing), sequence: 1)
        #expect(chosen.industry == .smartManufacturing && chosen.industrySource == .officer)
        let inferred = try recommend(lead("x", "郑州", project: "速冻食品生产基地"), sequence: 1)
        #expect(inferred.industry == .foodManufacturing && inferred.industrySource == .inferred)
        #expect(try recommend(lead("x", "郑州", project: "综合项目"), sequence: 1).industry == .other)
    }

    @Test func priorityRewardsTargetsAndExplainsItself() throws {
        let high = try recommend(lead("中国石化", "北京", project: "氢能储能项目"), sequence: 7)
        #expect(high.priority == .high)
        #expect(high.basedOnSequence == 7)
        #expect(high.reasons.count >= 3)
        #expect(try recommend(lead("小公司", "河南郑州", project: "综合项目"), sequence: 1).priority == .low)
    }
}
