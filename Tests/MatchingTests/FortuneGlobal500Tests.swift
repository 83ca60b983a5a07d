import Foundation
import LeadMessages
import Testing

@testable import Matching

/// The Fortune Global 500 file (issue 18): the whole 2025 list, each entry with its source, and the
/// China entities of foreign members that users found missed.
@Suite struct FortuneGlobal500Tests {
    let classifier: LeadClassifier

    init() throws { classifier = LeadClassifier(data: try ReferenceData.load(overrideDirectory: nil)) }

    @Test func theFileHolds500DistinctRanksEachWithItsSource() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/Matching/Resources/fortune-global-500.json")
        let file = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let entries = try #require(file["enterprises"] as? [[String: Any]])
        let ranks = entries.compactMap { $0["rank"] as? Int }
        #expect(Set(ranks) == Set(1...500) && ranks.count == 500, "\(ranks.count) ranks")
        let unsourced = entries.filter { ($0["source"] as? String ?? "").isEmpty }.compactMap { $0["name"] as? String }
        #expect(unsourced.isEmpty, "no source: \(unsourced)")
        #expect((file["edition"] as? String)?.contains("2025 edition") == true)
    }

    func classes(_ company: String, headquarters: String = "上海") -> [EnterpriseClass] {
        let lead = Lead(
            leadId: "L-000001", companyName: company, headquarters: headquarters, projectName: "区域总部",
            industry: nil, description: nil, estimatedInvestmentYuan: nil, channel: nil, parentCompany: nil,
            officer: nil, stage: .lead, signing: nil, createdAt: Timestamp(epochSeconds: 0),
            updatedAt: Timestamp(epochSeconds: 0))
        return classifier.classify(lead).enterpriseClasses
    }

    @Test func chinaEntitiesOfForeignMembersAreFound() {
        // The kinds the issue names: oil majors, pharmaceutical groups, Japanese trading houses, a
        // European telecom, a European steel group.
        for company in [
            "壳牌（中国）有限公司", "埃克森美孚（中国）投资有限公司", "诺华（中国）生物医学研究有限公司", "罗氏（上海）医药贸易有限公司",
            "三井物产（中国）贸易有限公司", "三菱商事（中国）有限公司", "德国电信（中国）有限公司", "安赛乐米塔尔（中国）投资有限公司",
        ] {
            #expect(classes(company).contains(.fortuneGlobal500), "\(company)")
        }
    }

    @Test func ordinaryWordsAreNotMembers() {
        for company in ["郑州大陆物流有限公司", "新郑苹果种植专业合作社", "河南运通快递有限公司", "洛阳电装工程有限公司", "惠济大都会商业管理有限公司"] {
            #expect(!classes(company, headquarters: "郑州").contains(.fortuneGlobal500), "\(company)")
        }
    }
}
