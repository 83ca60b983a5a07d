import LeadMessages

/// Latencies of one kind of work in fixed buckets (Prometheus' cumulative `le` buckets), so that
/// recording is an array increment and memory never grows with traffic.
public struct LatencyHistogram: Sendable, Equatable {
    /// Upper bounds in seconds: 50 µs to 10 s, roughly three per decade.
    public static let bounds: [Double] = [
        0.000_05, 0.000_1, 0.000_25, 0.000_5, 0.001, 0.002_5, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
    ]

    /// Observations per bucket (not cumulative); the last counts those above every bound.
    public private(set) var buckets = [UInt64](repeating: 0, count: bounds.count + 1)
    public private(set) var count: UInt64 = 0
    public private(set) var sum: Double = 0
    public private(set) var max: Double = 0

    public init() {}

    public mutating func record(seconds: Double) {
        let index = Self.bounds.firstIndex { seconds <= $0 } ?? Self.bounds.count
        buckets[index] += 1
        count += 1
        sum += seconds
        if seconds > max { max = seconds }
    }

    /// The upper bound of the bucket holding the `q` quantile (an over-estimate by at most one
    /// bucket, as Prometheus' `histogram_quantile` would say); the exact maximum past the last bound.
    public func quantile(_ q: Double) -> Double {
        guard count > 0 else { return 0 }
        let rank = UInt64((q * Double(count)).rounded(.up))
        var seen: UInt64 = 0
        for (index, observations) in buckets.enumerated() {
            seen += observations
            if seen >= Swift.max(rank, 1) {
                return index < Self.bounds.count ? Swift.min(Self.bounds[index], max) : max
            }
        }
        return max
    }

    /// What `service.status` reports (protocol 1.5), in milliseconds.
    public var summary: LatencySummary {
        LatencySummary(
            count: Int64(count), p50Ms: Self.milliseconds(quantile(0.5)), p99Ms: Self.milliseconds(quantile(0.99)),
            maxMs: Self.milliseconds(max))
    }

    private static func milliseconds(_ seconds: Double) -> Double { (seconds * 1_000_000).rounded() / 1_000 }
}
