import Foundation
import Testing

/// The benchmarks are run on demand in release mode (BENCHMARKS.md); this quick run in the suite
/// keeps them from rotting. It asserts that they work, never how fast.
@Suite struct BenchmarkSmokeTests {
    @Test func reportBenchmarkRuns() throws {
        let cluster = try ServiceCluster()  // for its bin directory and process runner; no services started
        let run = cluster.run(
            cluster.binDirectory.appendingPathComponent("lead-bench"),
            ["report", "--signed", "500", "--runs", "3", "--batch", "100"])
        #expect(run.status == 0, "\(run.stdout) \(run.stderr)")
        #expect(run.stdout.contains("loaded 500 signed projects"))
        for kind in ["week", "month", "quarter", "year"] {
            #expect(
                run.stdout.split(separator: "\n").contains { $0.hasPrefix(kind) }, "\(kind) row missing:\n\(run.stdout)"
            )
        }
    }
}
