import LeadMessages
import Matching
import ServiceKit
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

    func apply(_ number: Int64, _ company: String, _ project: String, stage: Stage = .lead) throws -> Recommendation {
        let now = Timestamp(epochSeconds: 0)
        let lead = Lead(
            leadId: LeadID.make(number), companyName: company, headquarters: "郑州", projectName: project, industry: nil,
            description: nil, estimatedInvestmentYuan: nil, channel: nil, parentCompany: nil, officer: nil,
            stage: stage, signing: nil, createdAt: now, updatedAt: now)
        let (recommendation, entry) = try recommender.recommend(lead, sequence: number, pipeline: store)
        try store.store(recommendation, entry: entry, owner: "wangmin", sequence: number)
        return recommendation
    }

    @Test func duplicatesAndRelatedSigningsComeFromTheIndex() throws {
        _ = try apply(1, "中建三局集团有限公司", "总部基地", stage: .signed)
        _ = try apply(2, "比亚迪股份有限公司", "新能源汽车零部件产业园")
        let referral = try apply(3, "中建七局第二建筑有限公司", "装配式建筑基地")
        #expect(referral.suggestedChannel == .businessReferral)
        let duplicate = try apply(4, "比亚迪股份有限公司（郑州）", "新能源汽车零部件产业园二期")
        #expect(duplicate.possibleDuplicates.map(\.leadId) == ["L-000002"])
        #expect(duplicate.possibleDuplicates.first?.likelyDuplicate == true)
        // A lead's own later event does not make it its own duplicate.
        #expect(try apply(2, "比亚迪股份有限公司", "新能源汽车零部件产业园").possibleDuplicates.map(\.leadId) == ["L-000004"])
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
