import ArgumentParser
import Foundation
import Histogram
import ServiceClient
import ZeroMQ

/// `lead-bench peer`: `lead-intake` alone against a naive intake (Benchmarks/naive_intake.py:
/// pyzmq + sqlite3, a commit per lead before its ack), driven by the same client with the same
/// leads in the same run, in plaintext on loopback for both: acknowledged leads per second at 64
/// in flight, and the latency at 1 in flight beside the disk's fsync (the floor of a durable
/// ack). With `--postgres`, the same for `lead-intake` on PostgreSQL, and the consumers' catch-up
/// from an empty store on each backend.
struct PeerBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "peer", abstract: "lead-intake alone against a naive reference intake, in the same run.")

    @Option(help: "The naive reference intake (a Python script)") var naive = "Benchmarks/naive_intake.py"
    @Option(help: "Submissions in flight in the throughput runs") var inFlight = 64
    @Option(help: "Seconds of each throughput run") var seconds = 10.0
    @Option(help: "Submissions of each run with one in flight") var oneAtATime = 5_000
    @Option(help: "A PostgreSQL server (postgres://user:password@host:port/db): lead-intake on it too")
    var postgres: String?
    @Option(help: "Events the consumers catch up from an empty store, on each backend (0: skip)") var catchUp = 0

    func run() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("lead-bench-peer-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let fsync = try DiskReference.fsyncLatency(in: scratch)
        print(
            "reference: fsync of 4 KiB on the data disk p50 \(IntakeBenchmark.ms(fsync.p50)) ms, p99 \(IntakeBenchmark.ms(fsync.p99)) ms"
        )
        let context = try ZMQContext()
        defer { context.shutdown() }

        let reference = try NaiveIntake(script: naive, directory: scratch)
        let plaintext = try ClientCredentials.load(name: "", directory: scratch.path, plaintext: true)
        let naiveRun = try measure(context, endpoint: reference.endpoint, credentials: plaintext)
        reference.stop()
        print("naive reference (Python: pyzmq + sqlite3, WAL, synchronous=FULL, a commit per lead):")
        print("  \(naiveRun.describe(inFlight: inFlight))")

        let sqlite = try BenchCluster(plaintext: true)
        try sqlite.start(["lead-intake"])
        let ours = try measure(context, endpoint: sqlite.endpoints.intakeCommands, credentials: sqlite.credentials)
        print("lead-intake alone (SQLite, synchronous=FULL, reply after commit):")
        print("  \(ours.describe(inFlight: inFlight))")
        let ratio = Double(ours.throughput.perSecond) / Double(max(1, naiveRun.throughput.perSecond))
        print(
            "  \(String(format: "%.2f", ratio))× the naive reference (target ≥ 10× and ≥ 30,000/s); "
                + "1 in flight: target p50 ≤ 0.25 ms, p99 ≤ 0.5 ms, fsync floor p50 \(IntakeBenchmark.ms(fsync.p50)) ms"
        )
        var catchUps: [(String, BenchCluster)] = [("SQLite", sqlite)]

        if let postgres {
            let databases = try PostgresDatabases(server: postgres)
            let cluster = try BenchCluster(
                plaintext: true,
                databaseURLs: Dictionary(
                    uniqueKeysWithValues: BenchCluster.services.map { ($0, try databases.fresh()) }))
            try cluster.start(["lead-intake"])
            let run = try measure(context, endpoint: cluster.endpoints.intakeCommands, credentials: cluster.credentials)
            print("lead-intake alone (PostgreSQL, synchronous_commit on, reply after commit):")
            print("  \(run.describe(inFlight: inFlight))  (target ≥ 5,000/s at \(inFlight) in flight, p50 ≤ 1 ms at 1)")
            catchUps.append(("PostgreSQL", cluster))
        }
        guard catchUp > 0 else { return }
        for (backend, cluster) in catchUps {
            let client = try SubmissionClient(
                context: context, endpoint: cluster.endpoints.intakeCommands, credentials: cluster.credentials)
            let head = try cluster.status("lead-intake").lastSequence
            _ = try client.closedLoop(inFlight: inFlight, count: max(0, catchUp - Int(head)), seconds: nil)
            let last = try cluster.status("lead-intake").lastSequence
            for consumer in ["lead-matcher", "lead-reporter"] {
                let start = Date()
                try cluster.start([consumer])
                // Start-up (the reference lists) timed apart, as in `lead-bench city`: applying runs
                // from the first status answered, with what was applied by then, to the last event.
                let up = Date()
                let appliedWhenUp = try cluster.status(consumer).lastSequence
                _ = try cluster.waitUntilApplied(last, by: [consumer])
                let end = Date()
                let elapsed = end.timeIntervalSince(start)
                let applying = end.timeIntervalSince(up)
                print(
                    "catch-up (\(backend)): \(consumer) from an empty store to sequence \(last): "
                        + "\(Int(Double(last - appliedWhenUp) / applying)) events/s applied once up "
                        + "(target ≥ 100,000/s; on PostgreSQL ≥ 20,000/s); \(Int(Double(last) / elapsed)) events/s "
                        + "from launch (\(String(format: "%.1f", elapsed)) s, up after "
                        + "\(String(format: "%.2f", up.timeIntervalSince(start))) s)")
                try cluster.stop(consumer)
            }
        }
    }

    struct Measured {
        var throughput: SubmissionClient.ClosedLoopRun
        var single: SubmissionClient.ClosedLoopRun

        func describe(inFlight: Int) -> String {
            "\(inFlight) in flight: \(throughput.perSecond) acked/s (errors \(throughput.errors)); "
                + "1 in flight: \(single.perSecond)/s, \(IntakeBenchmark.percentiles(single.latencies))"
        }
    }

    /// The same load for every intake: a warm-up, `seconds` at `inFlight`, then `oneAtATime` alone.
    private func measure(_ context: ZMQContext, endpoint: String, credentials: ClientCredentials) throws -> Measured {
        let client = try SubmissionClient(context: context, endpoint: endpoint, credentials: credentials)
        _ = try client.closedLoop(inFlight: inFlight, count: 2_000, seconds: nil)
        let throughput = try client.closedLoop(inFlight: inFlight, count: nil, seconds: seconds)
        let single = try client.closedLoop(inFlight: 1, count: oneAtATime, seconds: nil)
        return Measured(throughput: throughput, single: single)
    }
}

/// The naive reference intake as a child process on a free loopback port.
final class NaiveIntake {
    let endpoint: String
    private let process = Process()

    init(script: String, directory: URL) throws {
        guard FileManager.default.fileExists(atPath: script) else {
            throw BenchError("no naive reference at \(script) (run from the repository's root)")
        }
        endpoint = "tcp://127.0.0.1:\(try BenchCluster.freePorts(1)[0])"
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, endpoint, directory.appendingPathComponent("naive.sqlite").path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        // It prints "ready" once bound; a missing pyzmq ends it instead.
        let line = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        guard line.hasPrefix("ready") else { throw BenchError("the naive reference did not start (pip install pyzmq)") }
    }

    /// SIGKILL: it keeps nothing worth a graceful end, and a parent that ignores SIGTERM (a test
    /// runner) passes that on to it.
    func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    deinit { if process.isRunning { stop() } }
}

/// Fresh databases on a PostgreSQL server, made with psql.
struct PostgresDatabases {
    let server: String

    init(server: String) throws {
        self.server = server
        guard server.hasPrefix("postgres://") || server.hasPrefix("postgresql://") else {
            throw BenchError("--postgres takes a postgres:// URL")
        }
    }

    /// Creates a database and returns its URL (the server's with the database's name).
    func fresh() throws -> String {
        let name = "leadbench_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).lowercased()
        let create = Process()
        create.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        create.arguments = ["psql", server, "-q", "-c", "CREATE DATABASE \(name)"]
        try create.run()
        create.waitUntilExit()
        guard create.terminationStatus == 0 else { throw BenchError("psql could not create \(name)") }
        // postgres://user:password@host:port/database: the same server, another database.
        guard let scheme = server.range(of: "://"), let slash = server[scheme.upperBound...].lastIndex(of: "/") else {
            throw BenchError("no database name in \(server)")
        }
        return server[..<slash] + "/" + name
    }
}
