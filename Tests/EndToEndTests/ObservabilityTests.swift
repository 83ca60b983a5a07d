import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// What an operator watches: each service's Prometheus endpoint and `leadctl status`, both
/// counting the requests and timing them by type.
@Suite(.serialized) struct ObservabilityTests {
    @Test func metricsEndpointsAndStatusShowCountersAndLatencies() async throws {
        let cluster = try ServiceCluster(metrics: true)
        try cluster.start()
        let submitted = cluster.leadctl([
            "submit", "--company", "中建七局", "--headquarters", "河南郑州", "--project", "花园口数据中心", "--json",
        ])
        #expect(submitted.status == 0, "\(submitted.stderr)")
        let refused = cluster.leadctl(["submit", "--company", "", "--headquarters", "河南郑州", "--project", "x"])
        #expect(refused.status != 0)
        #expect(cluster.eventually { cluster.leadctl(["recommendation", "L-000001", "--json"]).status == 0 })

        let intakeAddress = try #require(cluster.metricsAddresses["lead-intake"])
        let intake = try await scrape(intakeAddress)
        #expect(
            intake.contains(#"leadtracker_request_duration_seconds_count{service="lead-intake",type="lead.submit"} 2"#))
        #expect(intake.contains(#"leadtracker_error_replies_total{service="lead-intake",code="missing-field"} 1"#))
        #expect(intake.contains(#"leadtracker_last_sequence{service="lead-intake"} 1"#))
        let matcher = try await scrape(try #require(cluster.metricsAddresses["lead-matcher"]))
        #expect(matcher.contains(#"leadtracker_events_applied_total{service="lead-matcher"} 1"#))
        #expect(matcher.contains(#"type="recommendation.get""#))
        let reporter = try await scrape(try #require(cluster.metricsAddresses["lead-reporter"]))
        #expect(reporter.contains(#"leadtracker_lag{service="lead-reporter"} 0"#))

        // An unknown path is a 404, and the endpoint keeps serving.
        let nope = try #require(URL(string: "http://\(intakeAddress)/nope"))
        let (_, missing) = try await URLSession.shared.data(from: nope)
        #expect((missing as? HTTPURLResponse)?.statusCode == 404)

        let status = cluster.leadctl(["status", "--json"])
        #expect(status.status == 0, "\(status.stderr)")
        let intakeStatus = try #require((status.json()?["lead-intake"] as? [String: Any])?["status"] as? [String: Any])
        let submitLatency = try #require(
            (intakeStatus["latencies"] as? [String: Any])?["lead.submit"] as? [String: Any])
        #expect(submitLatency["count"] as? Int == 2)
        #expect((submitLatency["maxMs"] as? Double ?? 0) > 0)
        let text = cluster.leadctl(["status"])
        #expect(text.stdout.contains("lead.submit"), "\(text.stdout)")
    }

    /// Issue 17's "lag 0 while behind": a consumer that has heard nothing of intake's newest events
    /// believes it is up to date; `leadctl status` shows intake's head minus what it applied.
    @Test func statusLagIsIntakesHeadMinusWhatTheConsumerApplied() throws {
        let cluster = try ServiceCluster()
        try cluster.start("lead-intake")
        for company in ["中建七局", "郑州宇通客车", "华润置地"] {
            let submitted = cluster.leadctl([
                "submit", "--company", company, "--headquarters", "河南郑州", "--project", "\(company)项目",
            ])
            #expect(submitted.status == 0, "\(submitted.stderr)")
        }
        // The matcher listens for intake where nothing answers: it hears no event and no heartbeat.
        let silent = try ServiceCluster.freePorts(2).map { "tcp://127.0.0.1:\($0)" }
        try cluster.start(
            "lead-matcher", extraArguments: ["--intake-commands", silent[0], "--intake-events", silent[1]])
        var matcher: [String: Any] = [:]
        #expect(
            cluster.eventually {
                let status = cluster.leadctl(["status", "--json", "--timeout", "1000", "--retries", "1"])
                matcher = (status.json()?["lead-matcher"] as? [String: Any])?["status"] as? [String: Any] ?? [:]
                return !matcher.isEmpty
            })
        #expect(matcher["lastSequence"] as? Int == 0)
        #expect(matcher["lag"] as? Int == 3, "\(matcher)")
        let text = cluster.leadctl(["status", "--timeout", "1000", "--retries", "1"]).stdout
        #expect(text.contains("lead-matcher") && text.contains("seq 0  lag 3"), "\(text)")
    }

    private func scrape(_ address: String) async throws -> String {
        let url = try #require(URL(string: "http://\(address)/metrics"))
        let (data, response) = try await URLSession.shared.data(from: url)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(
            (response as? HTTPURLResponse)?.value(forHTTPHeaderField: "Content-Type")?.hasPrefix("text/plain") == true)
        return String(decoding: data, as: UTF8.self)
    }
}
