import ArgumentParser
import Foundation
import LeadMessages
import ServiceClient
import ZeroMQ

/// lead-city over many district intakes (issue 19): each district a real lead-intake loaded with
/// submissions, then lead-city started on an empty store, timed until it has applied every
/// district's stream; then a live phase with all districts taking submissions at once.
struct CityBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "city", abstract: "lead-city applying N district streams: catch-up from empty, and live.")

    @Option(help: "District intakes") var districts = 20
    @Option(help: "Leads submitted to each district before the city starts") var leads = 5_000
    @Option(help: "Leads submitted to each district while the city follows them live (0: skip)") var live = 1_000
    @Option(help: "Submissions in flight per district while loading") var inFlight = 64

    func run() throws {
        let context = try ZMQContext()
        defer { context.shutdown() }
        // Plaintext on loopback: the figure is the city's apply path, not CURVE's.
        var clusters: [BenchCluster] = []
        for _ in 0..<districts {
            let cluster = try BenchCluster(plaintext: true)
            try cluster.start(["lead-intake"])
            clusters.append(cluster)
        }
        let loadStart = Date()
        for (index, cluster) in clusters.enumerated() {
            try Self.submit(
                leads, endpoint: cluster.endpoints.intakeCommands, credentials: cluster.credentials,
                inFlight: inFlight, tag: "区\(index + 1)", context: context)
        }
        let loaded = Date().timeIntervalSince(loadStart)
        let heads = try clusters.map { try $0.status("lead-intake").lastSequence }
        let total = heads.reduce(0, +)
        print("loaded \(districts) district intakes with \(total) events in \(String(format: "%.1f", loaded)) s")

        let entries = clusters.enumerated().map { index, cluster in
            #"{"code": "d\#(index + 1)", "name": "区\#(index + 1)", "intakeCommands": "\#(cluster.endpoints.intakeCommands)", "intakeEvents": "\#(cluster.endpoints.intakeEvents)"}"#
        }
        let city = try BenchCluster(plaintext: true, config: #"{"districts": [\#(entries.joined(separator: ", "))]}"#)
        let start = Date()
        try city.start(["lead-city"])
        // Start-up (reference data, 20 connections) is timed apart from applying: from the first
        // status answered, with what was applied by then, to the last event.
        let up = Date()
        let appliedWhenUp = try city.status("lead-city").lastSequence
        _ = try waitForCity(city, toReach: total)
        let end = Date()
        let elapsed = end.timeIntervalSince(start)
        let applying = end.timeIntervalSince(up)
        print(
            "catch-up: lead-city from an empty store over \(districts) streams, \(total) events: "
                + "\(Int(Double(total - appliedWhenUp) / applying)) events/s applied once up "
                + "(target ≥ 50,000/s from 20 streams; \(total - appliedWhenUp) events in "
                + "\(String(format: "%.2f", applying)) s); \(Int(Double(total) / elapsed)) events/s from launch "
                + "(\(String(format: "%.2f", elapsed)) s, up after \(String(format: "%.2f", up.timeIntervalSince(start))) s); "
                + "resident \(Int(city.residentMiB("lead-city"))) MiB")
        guard live > 0 else { return }
        // Live: every district takes submissions at once, one thread each; the city follows.
        let liveStart = Date()
        let group = DispatchGroup()
        let (count, inFlight) = (live, inFlight)
        for (index, cluster) in clusters.enumerated() {
            let (endpoint, credentials) = (cluster.endpoints.intakeCommands, cluster.credentials)
            let tag = "区\(index + 1)续"
            group.enter()
            let thread = Thread {
                defer { group.leave() }
                do {
                    let ownContext = try ZMQContext()
                    defer { ownContext.shutdown() }
                    try Self.submit(
                        count, endpoint: endpoint, credentials: credentials, inFlight: inFlight, tag: tag,
                        context: ownContext)
                } catch {
                    print("live load failed: \(error)")
                }
            }
            thread.start()
        }
        group.wait()
        let submitted = Date().timeIntervalSince(liveStart)
        let liveTotal = try clusters.map { try $0.status("lead-intake").lastSequence }.reduce(0, +)
        let lagAtEnd = liveTotal - (try city.status("lead-city").lastSequence)
        _ = try waitForCity(city, toReach: liveTotal)
        let followed = Date().timeIntervalSince(liveStart)
        print(
            "live: \(districts) districts took \(liveTotal - total) submissions in \(String(format: "%.1f", submitted)) s "
                + "(\(Int(Double(liveTotal - total) / submitted))/s together); the city's lag when they stopped: "
                + "\(lagAtEnd) events, caught up \(String(format: "%.1f", followed - submitted)) s later")
    }

    /// Submits `count` leads; `tag` keeps this district's units apart from the others' (one lead in
    /// twenty names one of a few groups every district courts: the conflicts).
    private static func submit(
        _ count: Int, endpoint: String, credentials: ClientCredentials, inFlight: Int, tag: String,
        context: ZMQContext
    ) throws {
        let client = try SubmissionClient(
            context: context, endpoint: endpoint, credentials: credentials, unitTag: tag)
        let run = try client.closedLoop(inFlight: inFlight, count: count, seconds: nil)
        guard run.errors == 0 else { throw BenchError("\(run.errors) submissions failed") }
    }

    /// Polls lead-city's status until the sum of its districts' positions reaches `total`. A
    /// status not answered within the client's 2 s is counted and printed, not fatal: how long a
    /// query waits while the city catches up is part of what this measures.
    private func waitForCity(_ city: BenchCluster, toReach total: Int64) throws -> Double {
        let start = Date()
        var unanswered = 0
        while true {
            do {
                if try city.status("lead-city").lastSequence >= total { break }
            } catch {
                unanswered += 1
            }
            guard Date().timeIntervalSince(start) < 3_600 else { throw BenchError("lead-city did not catch up") }
            Thread.sleep(forTimeInterval: 0.02)
        }
        if unanswered > 0 { print("  (\(unanswered) status requests not answered within 2 s meanwhile)") }
        return Date().timeIntervalSince(start)
    }
}
