import Foundation
import Testing

/// Recommendations (tier, strategy, park, channel, duplicates), declared ownership and the
/// prospect map, through the running services and leadctl; and `lead-matcher classify` offline.
@Suite(.serialized) struct MatchingEndToEndTests {
    @Test func recommendationsAndProspectsThroughLeadctl() throws {
        let cluster = try ServiceCluster()
        try cluster.start()
        func submit(_ arguments: [String]) throws -> String {
            let run = cluster.leadctl(["submit"] + arguments + ["--json"])
            #expect(run.status == 0, "\(run.stdout) \(run.stderr)")
            return try #require(run.jsonLines().first?["leadId"] as? String)
        }
        func recommendation(_ leadId: String) -> [String: Any]? {
            var found: [String: Any]?
            _ = cluster.eventually {
                found = cluster.leadctl(["recommendation", leadId, "--json"]).json()
                return found != nil
            }
            return found
        }

        // A unit of 中国建筑 signed here first, then another unit arrives: 以商招商.
        let wuhan = try submit(["--company", "中建三局集团有限公司", "--headquarters", "湖北武汉", "--project", "中原总部基地"])
        #expect(cluster.leadctl(["sign", wuhan, "--amount", "8亿", "--at", "2023-03-01T10:00:00+08:00"]).status == 0)
        let seventh = try submit([
            "--company", "中建七局第二建筑有限公司", "--headquarters", "河南郑州", "--project", "装配式建筑基地",
        ])
        let referral = try #require(recommendation(seventh))
        #expect(referral["suggestedChannel"] as? String == "business-referral")
        #expect((referral["reasons"] as? [String])?.contains { $0.contains(wuhan) } == true)

        // A big emerging-industry project of a Global 500 firm in the Greater Bay Area: tier A, both strategies.
        let huawei = try submit([
            "--company", "华为技术有限公司", "--headquarters", "深圳", "--project", "鲲鹏生态创新中心项目", "--amount", "20亿",
        ])
        let top = try #require(recommendation(huawei))
        #expect(top["tier"] as? String == "A")
        #expect(top["strategies"] as? [String] == ["big-and-strong", "new-and-high"])
        #expect(top["suggestedPark"] as? String == "花园口新兴产业园")
        #expect(top["suggestedChannel"] as? String == "targeted")
        #expect((top["score"] as? Int ?? 0) >= 60)
        #expect(
            (top["evidence"] as? [[String: Any]])?.contains { $0["value"] as? String == "fortune-global-500" } == true)

        // The same company typed another way, with a similar project: flagged as a duplicate.
        let again = try submit(["--company", "華為技術（深圳）有限公司", "--headquarters", "深圳", "--project", "鲲鹏生态创新中心"])
        let duplicates = try #require(recommendation(again)?["possibleDuplicates"] as? [[String: Any]])
        #expect(duplicates.first?["leadId"] as? String == huawei)
        #expect(duplicates.first?["likelyDuplicate"] as? Bool == true)
        let text = cluster.leadctl(["recommendation", again])
        #expect(text.stdout.contains("疑似重复") && text.stdout.contains(huawei), "\(text.stdout)")

        // Declared ownership overrides inference; a value that is not one is refused and stores nothing.
        let declared = try submit([
            "--company", "郑州某贸易有限公司", "--headquarters", "郑州", "--project", "跨境电商中心", "--ownership", "港资",
        ])
        #expect(recommendation(declared)?["enterpriseClasses"] as? [String] == ["hong-kong-funded"])
        let refused = cluster.leadctl([
            "submit", "--company", "x", "--headquarters", "郑州", "--project", "y", "--ownership", "火星资本", "--json",
        ])
        #expect(refused.status != 0)
        #expect((refused.jsonLines().first?["error"] as? [String: Any])?["field"] as? String == "ownership")

        // The prospect map leaves out groups already in the pipeline, and an officer may read it.
        try cluster.addKey("wangmin", role: "officer")
        let prospects = cluster.leadctl(
            as: "wangmin",
            ["prospects", "--industry", "新一代信息技术", "--region", "大湾区", "--class", "500强企业", "--limit", "200", "--json"])
        #expect(prospects.status == 0, "\(prospects.stderr)")
        let list = try #require(prospects.json()?["prospects"] as? [[String: Any]])
        let names = list.compactMap { $0["name"] as? String }
        #expect(!names.isEmpty)
        #expect(!names.contains { $0.contains("华为") }, "\(names)")
        #expect(names.contains { $0.contains("腾讯") }, "\(names)")
        #expect((prospects.json()?["inPipeline"] as? Int ?? 0) >= 1)
        let soes = cluster.leadctl(["prospects", "--class", "central-soe", "--limit", "200", "--json"]).json()
        #expect(
            (soes?["prospects"] as? [[String: Any]])?.contains { $0["name"] as? String == "中国建筑集团有限公司" } == false)
        let readable = cluster.leadctl(["prospects", "--industry", "dual-carbon", "--limit", "3"])
        #expect(readable.status == 0 && readable.stdout.contains("招商图谱"), "\(readable.stdout)")
        let bad = cluster.leadctl(["prospects", "--industry", "钢铁", "--json"])
        #expect(bad.status != 0)
        #expect(
            bad.stdout.contains("invalid-field") || bad.stderr.contains("invalid-field"), "\(bad.stdout)\(bad.stderr)")
        #expect(cluster.stopAll().values.allSatisfy { $0 == 0 })
    }

    @Test func classifyOfflineReadsJSONLinesAndWritesOneResultPerLine() throws {
        let cluster = try ServiceCluster()
        let input = """
            {"companyName": "中建七局第三建筑有限公司", "headquarters": "河南郑州", "projectName": "智能制造产业园"}
            {"企业名称": "京东方科技集团股份有限公司", "总部所在地": "北京市朝阳区", "项目名称": "显示面板"}
            not json
            {"companyName": "Siemens AG", "headquarters": "Munich, Germany"}
            """
        let run = cluster.run(
            cluster.binDirectory.appendingPathComponent("lead-matcher"), ["classify", "--json"], input: input)
        #expect(run.status == 1)  // one unreadable line
        let lines = run.jsonLines()
        #expect(lines.count == 4)
        #expect(lines[0]["enterpriseClasses"] as? [String] == ["central-soe", "fortune-global-500"])
        #expect(lines[0]["region"] as? String == "other")
        #expect(lines[0]["industry"] as? String == "smart-manufacturing")
        #expect((lines[0]["evidence"] as? [[String: Any]])?.isEmpty == false)
        #expect(lines[1]["companyName"] as? String == "京东方科技集团股份有限公司")
        #expect(lines[1]["enterpriseClasses"] as? [String] == [])
        #expect(lines[1]["region"] as? String == "jingjinji")
        #expect((lines[2]["error"] as? [String: Any])?["code"] as? String == "invalid-json")
        #expect(lines[3]["region"] as? String == "other")
        #expect(lines[3]["enterpriseClasses"] as? [String] == ["fortune-global-500"])
        let readable = cluster.run(
            cluster.binDirectory.appendingPathComponent("lead-matcher"), ["classify"], input: input)
        #expect(readable.stdout.contains("中国建筑集团有限公司"))
    }
}
