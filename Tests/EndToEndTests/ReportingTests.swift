import Foundation
import Testing

/// The bureau's reports through the real services: every period, every format, capital increases,
/// voided signings, and weeks frozen as published with late changes reported as corrections.
@Suite(.serialized) struct ReportingEndToEndTests {
    @Test func periodsFormatsIncreasesAndVoids() throws {
        let cluster = try ServiceCluster()
        try cluster.start()
        func submit(_ company: String, _ hq: String, park: String) throws -> String {
            let run = cluster.leadctl([
                "submit", "--company", company, "--headquarters", hq, "--project", "项目", "--park", park, "--json",
            ])
            return try #require(run.jsonLines().first?["leadId"] as? String, "\(run.stdout) \(run.stderr)")
        }
        let a = try submit("中国移动通信集团河南有限公司", "河南郑州", park: "花园口新兴产业园")
        let b = try submit("长江和记实业有限公司", "香港", park: "大运河文化片区")
        let c = try submit("合肥某新能源科技有限公司", "安徽合肥", park: "古荥智能制造产业园")
        #expect(cluster.leadctl(["sign", a, "--amount", "30亿", "--at", "2023-03-06T10:00:00+08:00"]).status == 0)
        #expect(cluster.leadctl(["sign", b, "--amount", "20亿", "--at", "2023-03-07T10:00:00+08:00"]).status == 0)
        #expect(cluster.leadctl(["sign", c, "--amount", "1.5亿", "--at", "2023-04-03T10:00:00+08:00"]).status == 0)
        let increase = cluster.leadctl(["increase", a, "--amount", "5亿", "--at", "2023-04-04T10:00:00+08:00", "--json"])
        #expect(increase.status == 0, "\(increase.stdout) \(increase.stderr)")
        #expect(
            cluster.leadctl(["void", b, "--reason", "录入错误", "--json"]).json()?["stage"] as? String == "negotiating")
        #expect(
            cluster.leadctl(["increase", b, "--amount", "1亿", "--json"]).jsonLines().first.flatMap {
                ($0["error"] as? [String: Any])?["code"] as? String
            } == "invalid-transition")

        var march: [String: Any]?
        #expect(
            cluster.eventually {
                march = cluster.leadctl(["report", "monthly", "--month", "2023-03", "--json"]).json()
                return march?["basedOnSequence"] as? Int == 8
            })
        #expect(march?["signedProjects"] as? Int == 1)  // b was voided
        #expect(march?["signedAmountYuan"] as? String == "3000000000")
        let april = cluster.leadctl(["report", "monthly", "--month", "2023-04", "--json"]).json()
        #expect(april?["signedProjects"] as? Int == 1)
        #expect(april?["signedAmountYuan"] as? String == "650000000")  // 1.5亿 signed + 5亿 increase, no new project
        #expect(april?["capitalIncreaseYuan"] as? String == "500000000")
        let quarter = cluster.leadctl(["report", "quarterly", "--quarter", "2023-Q2", "--json"]).json()
        #expect(quarter?["ytdProjects"] as? Int == 2)
        #expect(quarter?["ytdAmountYuan"] as? String == "3650000000")
        let year = cluster.leadctl(["report", "yearly", "--year", "2023", "--json"]).json()
        let parks =
            (year?["breakdowns"] as? [[String: Any]])?.first { $0["dimension"] as? String == "park" }?["rows"]
            as? [[String: Any]]
        #expect(parks?.map { $0["value"] as? String } == ["花园口新兴产业园", "古荥智能制造产业园"])
        let pipeline = year?["pipeline"] as? [[String: Any]]
        #expect(pipeline?.map { $0["stage"] as? String } == ["negotiating", "signed"])

        for format in ["table", "csv", "md", "html"] {
            let file = cluster.dataDirectory.appendingPathComponent("report.\(format)")
            let run = cluster.leadctl([
                "report", "quarterly", "--quarter", "2023-Q1", "--format", format, "--out", file.path,
            ])
            #expect(run.status == 0, "\(format): \(run.stderr)")
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.contains("30.00亿元") || text.contains("3000000000"), "\(format)")
        }
        let html = try String(contentsOf: cluster.dataDirectory.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("<svg") && html.contains("class=\"actual\""))
        let bad = cluster.leadctl(["report", "monthly", "--month", "2023-13", "--json"])
        #expect((bad.jsonLines().first?["error"] as? [String: Any])?["field"] as? String == "period")
    }

    @Test func closedWeeksAreFrozenAndLateChangesBecomeCorrections() throws {
        // Freezing from 2023-W10: every week since has closed, so the reporter publishes them at start.
        let cluster = try ServiceCluster(config: #"{"freezeFrom": "2023-W10"}"#)
        try cluster.start()
        let reports = cluster.dataDirectory.appendingPathComponent("lead-reporter/reports/weekly")
        #expect(
            cluster.eventually {
                FileManager.default.fileExists(atPath: reports.appendingPathComponent("2023-W10.html").path)
            })
        let before = cluster.leadctl(["report", "weekly", "--week", "2023-W10", "--json"]).json()
        #expect(before?["frozenAt"] != nil)
        #expect(before?["signedProjects"] as? Int == 0)

        // A signing dated in the published week, entered now.
        let lead = try #require(
            cluster.leadctl(["submit", "--company", "中粮", "--headquarters", "北京", "--project", "粮油", "--json"])
                .jsonLines().first?["leadId"] as? String)
        #expect(cluster.leadctl(["sign", lead, "--amount", "8亿", "--at", "2023-03-08T10:00:00+08:00"]).status == 0)
        var current: [String: Any]?
        #expect(
            cluster.eventually {
                current = cluster.leadctl(["report", "weekly", "--json"]).json()
                return (current?["corrections"] as? [Any])?.isEmpty == false
            })
        let correction = (current?["corrections"] as? [[String: Any]])?.first
        #expect(correction?["kind"] as? String == "late")
        #expect(correction?["affectedWeek"] as? String == "2023-W10")
        #expect(correction?["amountDeltaYuan"] as? String == "800000000")
        // The published week is not rewritten; the live month is up to date.
        let after = cluster.leadctl(["report", "weekly", "--week", "2023-W10", "--json"]).json()
        #expect(after?["signedProjects"] as? Int == 0)
        #expect(after?["frozenAt"] as? String == before?["frozenAt"] as? String)
        #expect(
            cluster.leadctl(["report", "monthly", "--month", "2023-03", "--json"]).json()?["signedAmountYuan"]
                as? String == "800000000")
        let published = try String(contentsOf: reports.appendingPathComponent("2023-W10.json"), encoding: .utf8)
        #expect(published.contains("\"signedProjects\" : 0"))
    }
}
