import Foundation
import Histogram
import LeadMessages
import ServiceClient
import ServiceKit
import ZeroMQ

/// On threads of its own, asks the matcher for each acknowledged lead's recommendation until it
/// is there, and records the time from the submission's send instant. Its polling interval
/// (0.2 ms plus a round trip) bounds the figure's resolution. One thread asking one lead at a
/// time could not keep up with 1,000 leads a second over CURVE (a round trip is ~1 ms on the
/// loaded machine): its own queue then made the figure, seconds of it, not the matcher.
final class RecommendationWatcher: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: [(leadId: String, sentAt: UInt64)] = []
    private var histogram = Histogram<UInt64>(
        highestTrackableValue: 600_000_000, numberOfSignificantValueDigits: .three)
    /// Each `recommendation.get`'s round trip, found or not: the matcher's query latency under load.
    private(set) var roundTrips = Histogram<UInt64>(
        highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: .three)
    private var closing = false
    private var failure: String?
    private let finished = DispatchSemaphore(value: 0)
    /// Leads asked about at once, each thread with its own connection.
    static let threads = 8
    private let endpoint: String
    private let credentials: ClientCredentials
    private let context: ZMQContext

    init(cluster: BenchCluster, context: ZMQContext) throws {
        endpoint = cluster.endpoints.matcherQueries
        credentials = cluster.credentials
        self.context = context
    }

    func start() {
        for _ in 0..<Self.threads {
            Thread { [self] in
                poll()
                finished.signal()
            }.start()
        }
    }

    func watch(_ leadId: String, sentAt: UInt64) { lock.withLock { pending.append((leadId, sentAt)) } }

    /// Waits for the leads still pending, then returns the figures.
    func finish() throws -> Histogram<UInt64> {
        lock.withLock { closing = true }
        for _ in 0..<Self.threads { finished.wait() }
        if let failure { throw BenchError(failure) }
        return lock.withLock { histogram }
    }

    private func poll() {
        let client = RequestClient(
            context: context, endpoint: endpoint, sender: "lead-bench", timeoutMilliseconds: 5_000, attempts: 1,
            configure: credentials.configure(for: "lead-matcher"))
        while true {
            let next: (leadId: String, sentAt: UInt64)? = lock.withLock {
                pending.isEmpty ? nil : pending.removeFirst()
            }
            guard let next else {
                if lock.withLock({ closing }) { return }
                Thread.sleep(forTimeInterval: 0.0001)
                continue
            }
            let asked = DispatchTime.now().uptimeNanoseconds
            let answer = client.request(
                .recommendationGet, LeadReference(leadId: next.leadId), expecting: Recommendation.self)
            lock.withLock { _ = roundTrips.record((DispatchTime.now().uptimeNanoseconds - asked) / 1_000) }
            switch answer {
            case .success:
                let elapsed = (DispatchTime.now().uptimeNanoseconds - next.sentAt) / 1_000
                lock.withLock { _ = histogram.record(elapsed) }
            case .failure(let error) where error.code == .notFound:
                lock.withLock { pending.insert(next, at: 0) }
                Thread.sleep(forTimeInterval: 0.0002)
            case .failure(let error):
                lock.withLock {
                    failure = "recommendation.get \(next.leadId): \(error.message)"
                    closing = true
                    pending.removeAll()
                }
                return
            }
        }
    }
}

/// What the disk allows: a durable acknowledgement waits for at least one fsync.
enum DiskReference {
    static func fsyncLatency(in directory: URL, samples: Int = 500) throws -> (p50: UInt64, p99: UInt64) {
        let path = directory.appendingPathComponent("fsync-probe").path
        let descriptor = open(path, O_CREAT | O_WRONLY, 0o600)
        guard descriptor >= 0 else { throw BenchError("cannot open \(path)") }
        defer {
            close(descriptor)
            unlink(path)
        }
        let block = [UInt8](repeating: 7, count: 4_096)
        var timings: [UInt64] = []
        for index in 0..<samples {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = block.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, 4_096, off_t(index % 64) * 4_096) }
            fdatasync(descriptor)
            timings.append(DispatchTime.now().uptimeNanoseconds - start)
        }
        timings.sort()
        return (timings[samples / 2], timings[samples * 99 / 100])
    }
}
