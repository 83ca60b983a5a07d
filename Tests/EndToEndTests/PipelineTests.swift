import Foundation
import LeadMessages
import ServiceClient
import Testing
import ZeroMQ

/// The whole product as an officer uses it: real executables, driven through leadctl.
@Suite(.serialized) struct PipelineTests {
    @Test func submitRecommendSignReport() throws {
        let cluster = try ServiceCluster()
        try cluster.start()

        let zhongjian = cluster.leadctl([
            "submit", "--company", "中建七局", "--headquarters", "河南郑州", "--project", "花园口智能制造产业园",
            "--amount", "12.3亿", "--json",
        ])
        #expect(zhongjian.status == 0, "\(zhongjian.stderr)")
        let leadId = try #require(zhongjian.jsonLines().first?["leadId"] as? String)
        #expect(zhongjian.jsonLines().first?["status"] as? String == "accepted")

        // Several leads at once from JSON Lines on stdin; one line is bad and is rejected alone.
        let batch = """
            {"companyName":"腾讯科技（深圳）有限公司","headquarters":"广东深圳","projectName":"元宇宙文旅体验中心","estimatedInvestment":"4500万"}
            {"companyName":"","headquarters":"上海","projectName":"x"}
            {"companyName":"长江和记实业","headquarters":"香港","projectName":"冷链物流园","channel":"以商招商"}
            """
        let submitted = cluster.leadctl(["submit", "--file", "-", "--json"], input: batch)
        let lines = submitted.jsonLines()
        #expect(submitted.status == 1)  // one rejected line makes the command fail, after sending the rest
        #expect(lines.map { $0["status"] as? String } == ["accepted", "rejected", "accepted"])
        #expect((lines[1]["error"] as? [String: Any])?["field"] as? String == "companyName")
        let tencent = try #require(lines[0]["leadId"] as? String)
        let hutchison = try #require(lines[2]["leadId"] as? String)

        // Recommendations arrive asynchronously, through the events.
        var recommendation: [String: Any]?
        #expect(
            cluster.eventually {
                recommendation = cluster.leadctl(["recommendation", tencent, "--json"]).json()
                return recommendation != nil
            })
        #expect(recommendation?["region"] as? String == "greater-bay-area")
        #expect(recommendation?["enterpriseClasses"] as? [String] == ["fortune-global-500"])
        #expect(recommendation?["industry"] as? String == "culture-tourism")  // 文旅, with the metaverse tag
        #expect((recommendation?["reasons"] as? [String])?.isEmpty == false)
        #expect(
            cluster.eventually {
                cluster.leadctl(["recommendation", hutchison, "--json"]).json()?["enterpriseClasses"] as? [String] == [
                    "hong-kong-funded", "fortune-global-500",
                ]
            })
        let soe = cluster.leadctl(["recommendation", leadId, "--json"]).json()
        #expect(soe?["enterpriseClasses"] as? [String] == ["central-soe", "fortune-global-500"])
        #expect(soe?["region"] as? String == "other")

        // Through the stages to a signing late on a Sunday in UTC: Monday in Beijing, week 2023-W10.
        #expect(cluster.leadctl(["advance", leadId, "--stage", "在谈"]).status == 0)
        let signed = cluster.leadctl(["sign", leadId, "--amount", "12.3亿", "--at", "2023-03-05T16:30:00Z", "--json"])
        #expect(signed.status == 0, "\(signed.stderr)")
        #expect(signed.json()?["stage"] as? String == "signed")
        #expect(
            cluster.leadctl(["sign", tencent, "--amount", "0.1亿", "--at", "2023-03-07T10:00:00+08:00"]).status == 0)
        #expect(
            cluster.leadctl(["sign", hutchison, "--amount", "0.2亿", "--at", "2023-03-12T23:59:59+08:00"]).status == 0)

        var report: [String: Any]?
        #expect(
            cluster.eventually {
                report = cluster.leadctl(["report", "weekly", "--week", "2023-W10", "--json"]).json()
                return report?["signedProjects"] as? Int == 3
            })
        #expect(report?["week"] as? String == "2023-W10")
        #expect(report?["signedAmountYuan"] as? String == "1260000000")  // 12.3亿 + 0.1亿 + 0.2亿, exactly
        #expect(report?["ytdProjects"] as? Int == 3)
        #expect(report?["ytdAmountYuan"] as? String == "1260000000")
        #expect(report?["targetProjects"] as? Int == 29)
        #expect(report?["targetAmountYuan"] as? String == "37100000000")

        // A correction replaces, never adds.
        #expect(cluster.leadctl(["sign", leadId, "--amount", "13亿", "--at", "2023-03-05T16:30:00Z"]).status == 0)
        #expect(
            cluster.eventually {
                cluster.leadctl(["report", "weekly", "--week", "2023-W10", "--json"]).json()?["signedAmountYuan"]
                    as? String == "1330000000"
            })
        #expect(
            cluster.leadctl(["report", "weekly", "--week", "2023-W10", "--json"]).json()?["signedProjects"] as? Int == 3
        )

        // The human views work in both languages.
        let table = cluster.leadctl(["report", "weekly", "--week", "2023-W10"])
        #expect(table.stdout.contains("13.30亿元"))
        #expect(cluster.leadctl(["show", leadId, "--lang", "en"]).stdout.contains("Signed"))
        #expect(
            cluster.leadctl(["list", "--stage", "signed", "--json"]).json().flatMap { ($0["leads"] as? [Any])?.count }
                == 3)

        #expect(cluster.stopAll().values.allSatisfy { $0 == 0 }, "every service shuts down cleanly on SIGTERM")
    }

    /// The matcher is stopped while 1,000 leads arrive and the reporter is killed; started again,
    /// they replay what they missed: every lead recommended, every signing counted.
    @Test func consumersCatchUpAfterBeingDown() throws {
        let cluster = try ServiceCluster()
        try cluster.start()
        #expect(cluster.stop("lead-matcher") == 0)
        cluster.kill("lead-reporter")
        let batch = (0..<1_000).map { #"{"companyName":"公司\#($0)","headquarters":"上海","projectName":"项目\#($0)"}"# }
        let submitted = cluster.leadctl(["submit", "--file", "-", "--json"], input: batch.joined(separator: "\n"))
        let ids = submitted.jsonLines().compactMap { $0["leadId"] as? String }
        #expect(ids.count == 1_000, "\(submitted.stderr)")
        for id in ids.prefix(5) {
            #expect(cluster.leadctl(["sign", id, "--amount", "1亿", "--at", "2023-03-06T09:00:00+08:00"]).status == 0)
        }
        try cluster.start("lead-matcher")
        try cluster.start("lead-reporter")
        try cluster.waitUntilReady()

        let context = try ZMQContext()
        let matcher = PersistentClient(
            client: RequestClient(
                context: context, endpoint: try #require(cluster.endpoints["matcherQueries"]), sender: "test",
                configure: try cluster.credentials().configure(for: "lead-matcher")))
        #expect(
            cluster.eventually {
                (try? matcher.send(.serviceStatus, EmptyBody(), expecting: ServiceStatus.self).lastSequence) == 1_005
            })
        var recommended = 0
        for id in ids {
            let recommendation = try matcher.send(
                .recommendationGet, LeadReference(leadId: id), expecting: Recommendation.self)
            if recommendation.region == .yangtzeRiverDelta { recommended += 1 }
        }
        #expect(recommended == 1_000)
        #expect(
            cluster.eventually {
                let report = cluster.leadctl(["report", "weekly", "--week", "2023-W10", "--json"]).json()
                return report?["signedProjects"] as? Int == 5 && report?["signedAmountYuan"] as? String == "500000000"
            })
        let status = cluster.leadctl(["status", "--json"]).json()
        #expect(
            ((status?["lead-matcher"] as? [String: Any])?["status"] as? [String: Any])?["lastSequence"] as? Int == 1_005
        )
    }
}
