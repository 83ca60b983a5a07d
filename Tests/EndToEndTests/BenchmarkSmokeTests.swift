import Foundation
import Testing

/// The benchmarks are run on demand in release mode (`scripts/bench`, BENCHMARKS.md); this quick
/// run of each in the suite keeps them from rotting. It asserts that they work, never how fast.
@Suite(.serialized) struct BenchmarkSmokeTests {
    func bench(_ arguments: [String]) throws -> String {
        let cluster = try ServiceCluster()  // for its bin directory and process runner; no services started
        let run = cluster.run(cluster.binDirectory.appendingPathComponent("lead-bench"), arguments)
        #expect(run.status == 0, "\(arguments): \(run.stdout) \(run.stderr)")
        return run.stdout
    }

    @Test func reportBenchmarkRuns() throws {
        let output = try bench(["report", "--signed", "500", "--runs", "3", "--batch", "100"])
        #expect(output.contains("loaded 500 signed projects"))
        for kind in ["week", "month", "quarter", "year"] {
            #expect(output.split(separator: "\n").contains { $0.hasPrefix(kind) }, "\(kind) row missing:\n\(output)")
        }
    }

    @Test func zeroMQCodecAndClassifyBenchmarksRun() throws {
        let zmq = try bench([
            "zmq", "--messages", "2000", "--round-trips", "200", "--pipelined", "2000", "--repeats", "1",
        ])
        #expect(zmq.contains("router/dealer, 64 in flight"))
        #expect(try bench(["codec", "--count", "200"]).contains("decode as a service does"))
        #expect(try bench(["classify", "--count", "200"]).contains("classification: 200 leads"))
    }

    @Test func intakeBenchmarkRunsWithAllThreeServices() throws {
        let output = try bench([
            "intake", "--seconds", "1", "--open-seconds", "1", "--rate", "50", "--leads", "300", "--in-flight", "8",
        ])
        for figure in [
            "reference: fsync", "acknowledged durable submissions", "lag at the end of the run", "ack latency",
            "submission → recommendation",
            "idle:", "catch-up: lead-matcher", "catch-up: lead-reporter",
        ] {
            #expect(output.contains(figure), "\(figure) missing:\n\(output)")
        }
    }

    @Test func peerBenchmarkRunsTheNaiveReferenceAndIntakeWithTheSameClient() throws {
        let naive = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Benchmarks/naive_intake.py").standardizedFileURL.path
        let output = try bench([
            "peer", "--naive", naive, "--seconds", "1", "--one-at-a-time", "100", "--in-flight", "8", "--catch-up",
            "200",
        ])
        for figure in [
            "reference: fsync", "naive reference", "lead-intake alone (SQLite", "× the naive reference",
            "catch-up (SQLite): lead-matcher", "catch-up (SQLite): lead-reporter",
        ] {
            #expect(output.contains(figure), "\(figure) missing:\n\(output)")
        }
    }

    @Test func cityBenchmarkCatchesUpAndFollowsLiveDistricts() throws {
        let output = try bench(["city", "--districts", "3", "--leads", "60", "--live", "20", "--in-flight", "8"])
        for figure in ["loaded 3 district intakes with 180 events", "catch-up: lead-city", "live: 3 districts took 60"]
        {
            #expect(output.contains(figure), "\(figure) missing:\n\(output)")
        }
    }

    @Test func webBenchmarkTimesEveryPage() throws {
        let output = try bench(["web", "--leads", "1500", "--runs", "2"])
        for page in [
            "pipeline: 1500 leads", "pipeline, first page", "pipeline, central SOEs by amount", "pipeline, name search",
            "a lead, recommendation, history", "prospect map", "weekly report", "home page", "board, first page",
            "orders", "inbox",
        ] {
            #expect(output.contains(page), "\(page) missing:\n\(output)")
        }
    }
}
