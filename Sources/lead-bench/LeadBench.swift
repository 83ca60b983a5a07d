import ArgumentParser

/// lead-bench: LeadTracker's benchmarks, run on demand (release build), never as timed tests.
@main
struct LeadBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lead-bench",
        abstract: "LeadTracker benchmarks (run with -c release; results go to BENCHMARKS.md).",
        subcommands: [
            ZeroMQBenchmark.self, CodecBenchmark.self, ClassifyBenchmark.self, IntakeBenchmark.self, PeerBenchmark.self,
            ReportBenchmark.self, WebBenchmark.self, LightsBenchmark.self, CityBenchmark.self,
        ])
}
