import Foundation
import LeadMessages
import Logging
import ZeroMQ

/// What a service exports: its counters and latencies, plus gauges read when scraped (sequence,
/// lag, start time), served on its metrics endpoint when one is configured.
public final class ServiceMetrics {
    public let endpoint: MetricsEndpoint?
    private let service: String
    private let counters: [ServiceCounters]
    private let gauges: () -> [String: Double]

    public init(
        service: String, context: ZMQContext, listen: String?, counters: [ServiceCounters], logger: Logger,
        gauges: @escaping () -> [String: Double]
    ) throws {
        endpoint = try MetricsEndpoint.open(context: context, listen: listen, logger: logger)
        self.service = service
        self.counters = counters
        self.gauges = gauges
    }

    public var socket: ZMQSocket? { endpoint?.socket }

    public func serveWaiting() throws {
        try endpoint?.serveWaiting { render() }
    }

    public func render() -> String {
        var values: [String: Int64] = [:]
        var latencies: [String: LatencyHistogram] = [:]
        for counter in counters {
            values.merge(counter.values, uniquingKeysWith: +)
            latencies.merge(counter.latencies) { first, _ in first }
        }
        return PrometheusText.render(service: service, counters: values, latencies: latencies, gauges: gauges())
    }
}
