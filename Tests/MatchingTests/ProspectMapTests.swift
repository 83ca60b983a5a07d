import LeadMessages
import Testing

@testable import Matching

/// The 招商图谱: filters, ranking, and leaving out groups already in the pipeline.
@Suite struct ProspectMapTests {
    let map: ProspectMap

    init() throws { map = ProspectMap(data: try ReferenceData.load(overrideDirectory: nil)) }

    func list(_ query: ProspectQuery, pipeline: Set<String> = []) throws -> ProspectList {
        try map.query(query, pipelineGroups: pipeline).get()
    }

    @Test func filtersByIndustryRegionAndClass() throws {
        let result = try list(
            ProspectQuery(industry: "新一代信息技术", region: "大湾区", enterpriseClass: "fortune-global-500", limit: 200))
        #expect(!result.prospects.isEmpty)
        for prospect in result.prospects {
            #expect(prospect.industries.contains(.nextGenIT))
            #expect(prospect.region == .greaterBayArea)
            #expect(prospect.enterpriseClasses.contains(.fortuneGlobal500))
        }
        #expect(result.prospects.contains { $0.name.contains("华为") })
        #expect(result.prospects.map(\.score) == result.prospects.map(\.score).sorted(by: >))
    }

    @Test func aGroupInThePipelineIsLeftOut() throws {
        let query = ProspectQuery(industry: "dual-carbon", enterpriseClass: "central-soe", limit: 200)
        let before = try list(query)
        let top = try #require(before.prospects.first)
        let after = try list(query, pipeline: [top.name])
        #expect(!after.prospects.contains { $0.name == top.name })
        #expect(after.total == before.total - 1 && after.inPipeline == 1)
    }

    @Test func aSOEOnTheGlobal500IsOneProspectWithBothClasses() throws {
        let all = try list(ProspectQuery(enterpriseClass: "central-soe", limit: 200))
        let cscec = try #require(all.prospects.first { $0.name == "中国建筑集团有限公司" })
        #expect(cscec.enterpriseClasses == [.centralSOE, .fortuneGlobal500])
        #expect(all.prospects.filter { $0.name == "中国建筑集团有限公司" }.count == 1)
    }

    @Test func foreignHeadOfficesAreOutsideTheRegions() throws {
        let all = try list(ProspectQuery(region: "other", enterpriseClass: "fortune-global-500", limit: 200))
        #expect(all.prospects.contains { $0.english?.contains("Volkswagen") == true })
    }

    @Test(arguments: [
        (ProspectQuery(industry: "钢铁"), "industry"), (ProspectQuery(region: "火星"), "region"),
        (ProspectQuery(enterpriseClass: "民企"), "enterpriseClass"), (ProspectQuery(limit: 0), "limit"),
        (ProspectQuery(limit: 100_000), "limit"),
    ])
    func badFiltersAreNamed(query: ProspectQuery, field: String) {
        guard case .failure(.invalid(let named, _)) = map.query(query, pipelineGroups: []) else {
            Issue.record("accepted \(query)")
            return
        }
        #expect(named == field)
    }
}

/// The pinyin sort key: syllables apart, Latin text lowercased, the same key however often asked.
@Suite struct PinyinSortKeyTests {
    @Test func namesBecomeTheirSyllablesInOrder() {
        #expect(PinyinSortKey.of("中国建筑") == "zhong guo jian zhu")
        #expect(PinyinSortKey.of("西安") == "xi an")
        #expect(PinyinSortKey.of("ABC科技") == "abc ke ji")
        #expect(PinyinSortKey.of("比亚迪") == PinyinSortKey.of("比亚迪"))
        let names = ["中建科工", "中国建筑", "郑州宇通", "比亚迪", "阿里巴巴", "华为", "仙居", "西安"]
        #expect(
            names.sorted { PinyinSortKey.of($0) < PinyinSortKey.of($1) } == [
                "阿里巴巴", "比亚迪", "华为", "西安", "仙居", "郑州宇通", "中国建筑", "中建科工",
            ])
    }
}
