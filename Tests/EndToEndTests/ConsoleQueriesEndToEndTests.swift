import Foundation
import Testing

/// Protocol 1.6's queries through the running services and leadctl: a lead's history from intake,
/// the classified pipeline and the duplicate check from the matcher, each with officers' limits.
@Suite(.serialized) struct ConsoleQueriesEndToEndTests {
    @Test func historyPipelineAndDuplicateCheck() throws {
        let cluster = try ServiceCluster()
        try cluster.start()
        try cluster.addKey("wangmin", role: "officer")
        try cluster.addKey("lina", role: "officer")
        func submit(as name: String, _ arguments: [String]) throws -> String {
            let run = cluster.leadctl(as: name, ["submit"] + arguments + ["--json"])
            #expect(run.status == 0, "\(run.stdout) \(run.stderr)")
            return try #require(run.jsonLines().first?["leadId"] as? String)
        }
        let huawei = try submit(
            as: "wangmin",
            [
                "--company", "华为技术有限公司", "--headquarters", "深圳", "--project", "鲲鹏生态创新中心", "--amount", "20亿",
                "--officer", "王敏",
            ])
        let seventh = try submit(
            as: "wangmin",
            [
                "--company", "中国建筑第七工程局有限公司", "--headquarters", "郑州", "--project", "花园口数据中心", "--amount", "5亿",
                "--officer", "王敏",
            ])
        let byd = try submit(
            as: "lina", ["--company", "比亚迪股份有限公司", "--headquarters", "深圳", "--project", "零部件产业园", "--officer", "李娜"])
        #expect(cluster.leadctl(as: "wangmin", ["advance", huawei, "--stage", "在谈"]).status == 0)
        #expect(cluster.leadctl(as: "wangmin", ["sign", huawei, "--amount", "18亿", "--at", "2023-03-06"]).status == 0)

        // History: every change in order, who made it; the text names each change.
        let history = cluster.leadctl(as: "wangmin", ["history", huawei, "--json"])
        let entries = try #require(history.json()?["entries"] as? [[String: Any]], "\(history.stderr)")
        #expect(entries.map { $0["type"] as? String } == ["lead.created", "lead.updated", "lead.signed"])
        let stages = entries.compactMap {
            (($0["event"] as? [String: Any])?["lead"] as? [String: Any])?["stage"] as? String
        }
        #expect(stages == ["lead", "negotiating", "signed"])
        let text = cluster.leadctl(as: "wangmin", ["history", huawei]).stdout
        #expect(
            text.contains("阶段: 线索 → 在谈") && text.contains("签约金额: — → 18亿元") && text.contains("wangmin"), "\(text)")
        let refused = cluster.leadctl(as: "lina", ["history", huawei, "--json"])
        #expect(refused.status != 0)
        #expect((refused.json()?["error"] as? [String: Any])?["code"] as? String == "forbidden", "\(refused.stdout)")

        // The pipeline, classified: filters by label, sort, search; the view follows intake's events.
        func leads(as name: String = ServiceCluster.admin, _ arguments: [String]) -> [String] {
            let run = cluster.leadctl(as: name, ["pipeline"] + arguments + ["--json"])
            return (run.json()?["leads"] as? [[String: Any]])?.compactMap { $0["leadId"] as? String } ?? []
        }
        #expect(cluster.eventually { leads(["--stage", "签约"]) == [huawei] })
        #expect(leads(["--region", "大湾区"]) == [huawei, byd])
        #expect(leads(["--class", "大型央企"]) == [seventh])
        #expect(leads(["--sort", "amount", "--desc"]) == [huawei, seventh, byd])
        #expect(leads(["--search", "数据"]) == [seventh])
        #expect(leads(["--officer", "王敏", "--sort", "lead", "--desc"]) == [seventh, huawei])
        // An officer's view holds only the officer's own leads.
        #expect(leads(as: "lina", []) == [byd])
        let wrong = cluster.leadctl(["pipeline", "--region", "华中", "--json"])
        #expect(wrong.status != 0)
        #expect((wrong.json()?["error"] as? [String: Any])?["field"] as? String == "region", "\(wrong.stdout)")

        // Before submitting: another officer's lead of the same company is found, typed another way.
        let check = cluster.leadctl(
            as: "lina", ["duplicates", "--company", "華為技術（深圳）有限公司", "--project", "鲲鹏生态创新中心项目", "--json"])
        let found = try #require(check.json()?["possibleDuplicates"] as? [[String: Any]], "\(check.stderr)")
        #expect(found.first?["leadId"] as? String == huawei)
        #expect(found.first?["likelyDuplicate"] as? Bool == true)
        // Its 二期 is another phase, a project of its own, not a duplicate (issue 21).
        let phase = cluster.leadctl(
            as: "lina", ["duplicates", "--company", "華為技術（深圳）有限公司", "--project", "鲲鹏生态创新中心二期", "--json"])
        let phases = try #require(phase.json()?["possibleDuplicates"] as? [[String: Any]], "\(phase.stderr)")
        #expect(phases.first?["likelyDuplicate"] as? Bool == false)
        #expect(phases.first?["anotherPhase"] as? Bool == true)
        #expect(cluster.leadctl(["duplicates", "--company", " ", "--json"]).status != 0)
    }
}
