import LeadMessages

/// Counts what a service did since it started, and how long its requests took, for
/// `service.status` and the Prometheus endpoint.
///
/// Owned by the service's loop thread like its sockets, so plain mutation is safe; deliberately
/// not `Sendable`.
public final class ServiceCounters {
    public private(set) var values: [String: Int64] = [:]
    /// Request latency by message type, from receipt to the reply leaving (after its commit).
    public private(set) var latencies: [String: LatencyHistogram] = [:]

    public init() {}

    public func increment(_ name: String, by amount: Int64 = 1) {
        values[name, default: 0] += amount
    }

    /// Counts an error reply, in total and by code.
    public func recordError(_ code: ErrorCodeName) {
        increment("errors")
        increment("errors.\(code)")
    }

    public func observe(_ name: String, seconds: Double) {
        latencies[name, default: LatencyHistogram()].record(seconds: seconds)
    }

    public var latencySummaries: [String: LatencySummary] { latencies.mapValues(\.summary) }
}

public typealias ErrorCodeName = String
