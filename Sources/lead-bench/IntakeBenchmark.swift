import ArgumentParser
import Foundation
import Histogram
import LeadMessages
import ServiceKit
import ZeroMQ

/// `lead-bench intake`: the three services running, secured, on their SQLite stores:
/// acknowledged durable submissions per second with N in flight; latency at a fixed open-loop
/// rate (from each submission's scheduled instant, so a stall is not hidden); submission →
/// recommendation available; resident memory idle and after L leads; catch-up of a consumer that
/// starts from nothing. References from the same run: the disk's fsync latency (a durable ack
/// cannot beat one) and one commit per lead.
struct IntakeBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "intake",
        abstract: "Intake, end-to-end, memory and catch-up with all three services running.")

    @Option(help: "Submissions in flight in the throughput run") var inFlight: Int = 64
    @Option(help: "Seconds of the throughput run") var seconds: Double = 10
    @Option(help: "Open-loop rate, submissions per second") var rate: Int = 1_000
    @Option(help: "Seconds of the open-loop run") var openSeconds: Double = 10
    @Option(help: "Leads in the pipeline for the memory and catch-up figures (0: skip them)") var leads: Int = 1_000_000
    @Flag(help: "Run intake alone (no consumers): its own ceiling, for comparison") var intakeOnly = false

    func run() throws {
        let cluster = try BenchCluster()
        try cluster.start(intakeOnly ? ["lead-intake"] : BenchCluster.services)
        let idle = BenchCluster.services.map { cluster.residentMiB($0) }
        let fsync = try DiskReference.fsyncLatency(in: cluster.dataDirectory)
        print(
            "reference: fsync of 4 KiB on the data disk p50 \(Self.ms(fsync.p50)) ms, p99 \(Self.ms(fsync.p99)) ms"
                + " (\(Int(1e9 / Double(max(1, fsync.p50))))/s one at a time)")

        let context = try ZMQContext()
        defer { context.shutdown() }
        let client = try SubmissionClient(
            context: context, endpoint: cluster.endpoints.intakeCommands, credentials: cluster.credentials)
        let throughput = try client.closedLoop(inFlight: inFlight, count: nil, seconds: seconds)
        print(
            "intake: \(throughput.acked) acknowledged durable submissions in \(String(format: "%.1f", throughput.seconds)) s"
                + " with \(inFlight) in flight: \(throughput.perSecond)/s"
                + " (target, the whole stack with CURVE: ≥ 10,000/s with the consumers keeping up); errors \(throughput.errors)"
        )

        if intakeOnly { return }
        // How far behind the consumers were when the load stopped, and how long they took to catch up.
        let head = try cluster.status("lead-intake").lastSequence
        let lags = try ["lead-matcher", "lead-reporter"].map { head - (try cluster.status($0).lastSequence) }
        let settled = try cluster.waitUntilApplied(head, by: ["lead-matcher", "lead-reporter"])
        print(
            "  lag at the end of the run: lead-matcher \(lags[0]), lead-reporter \(lags[1]) events of \(head);"
                + " caught up \(String(format: "%.1f", settled)) s later")
        // The open loop starts from a quiet system: consumers caught up with the throughput run.
        let open = try openLoop(client, cluster: cluster, context: context)
        print("open loop at \(rate)/s for \(openSeconds) s (\(open.acks.totalCount) submissions):")
        print("  ack latency           \(Self.percentiles(open.acks))  (target p99 ≤ 1 ms)")
        print("  submission → recommendation \(Self.percentiles(open.recommended))  (target p99 ≤ 5 ms)")
        print("  lead-matcher's lag when the last submission was acknowledged: \(open.matcherLag) events")
        print("  recommendation.get round trip \(Self.percentiles(open.roundTrips))")

        print("memory, resident MiB (target ≤ 200 MB each):")
        print("  idle:            " + Self.memoryRow(idle))
        guard leads > 0 else { return }
        let loaded = try cluster.status("lead-intake").lastSequence
        let load = try client.closedLoop(inFlight: inFlight, count: max(0, leads - Int(loaded)), seconds: nil)
        let last = try cluster.status("lead-intake").lastSequence
        let settle = try cluster.waitUntilApplied(last, by: ["lead-matcher", "lead-reporter"])
        print(
            "  after \(last) events (\(load.acked) more leads at \(load.perSecond)/s, "
                + "consumers caught up \(String(format: "%.1f", settle)) s later): "
                + Self.memoryRow(BenchCluster.services.map { cluster.residentMiB($0) }))

        for consumer in ["lead-matcher", "lead-reporter"] {
            try cluster.stop(consumer, wipe: true)
            let start = Date()
            try cluster.start([consumer])
            _ = try cluster.waitUntilApplied(last, by: [consumer])
            let elapsed = Date().timeIntervalSince(start)
            print(
                "catch-up: \(consumer) from an empty store to sequence \(last): \(String(format: "%.1f", elapsed)) s,"
                    + " \(Int(Double(last) / elapsed)) events/s (target ≥ 100,000/s); resident \(String(format: "%.0f", cluster.residentMiB(consumer))) MiB"
            )
        }
    }

    /// Sends at fixed instants whatever the replies do; a second thread asks the matcher for each
    /// acknowledged lead's recommendation until it is there.
    func openLoop(_ client: SubmissionClient, cluster: BenchCluster, context: ZMQContext) throws -> (
        acks: Histogram<UInt64>, recommended: Histogram<UInt64>, matcherLag: Int64, roundTrips: Histogram<UInt64>
    ) {
        var acks = Histogram<UInt64>(highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: .three)
        let watcher = try RecommendationWatcher(cluster: cluster, context: context)
        watcher.start()
        let interval = UInt64(1e9 / Double(rate))
        let total = Int(Double(rate) * openSeconds)
        let start = DispatchTime.now().uptimeNanoseconds + 10_000_000
        var sent = 0
        var received = 0
        while received < total {
            let now = DispatchTime.now().uptimeNanoseconds
            if sent < total, now >= start + UInt64(sent) * interval {
                try client.send(at: start + UInt64(sent) * interval)
                sent += 1
                continue
            }
            let untilNext =
                sent < total
                ? (start + UInt64(sent) * interval) - min(now, start + UInt64(sent) * interval) : 5_000_000_000
            let wait = Int32(min(untilNext / 1_000_000, 5_000))
            guard let reply = try client.receive(timeoutMilliseconds: wait) else {
                if sent >= total && wait >= 5_000 { throw BenchError("intake stalled in the open loop") }
                continue
            }
            received += 1
            _ = acks.record((DispatchTime.now().uptimeNanoseconds - reply.sentAt) / 1_000)
            if let leadId = reply.leadId, reply.ok { watcher.watch(leadId, sentAt: reply.sentAt) }
        }
        // Where the matcher stood when the last submission was acknowledged: a figure of
        // seconds with a lag near zero would be the watcher's, not the matcher's.
        let lag = try cluster.status("lead-matcher").lag
        let recommended = try watcher.finish()
        return (acks, recommended, lag, watcher.roundTrips)
    }

    static func ms(_ nanoseconds: UInt64) -> String { String(format: "%.3f", Double(nanoseconds) / 1e6) }

    static func percentiles(_ histogram: Histogram<UInt64>) -> String {
        let value = { (p: Double) in String(format: "%.3f", Double(histogram.valueAtPercentile(p)) / 1_000) }
        return
            "p50 \(value(50)) ms, p99 \(value(99)) ms, p99.9 \(value(99.9)) ms, max \(String(format: "%.3f", Double(histogram.max) / 1_000)) ms"
    }

    static func memoryRow(_ values: [Double]) -> String {
        zip(BenchCluster.services, values).map { "\($0) \(String(format: "%.0f", $1))" }.joined(separator: ", ")
    }
}
