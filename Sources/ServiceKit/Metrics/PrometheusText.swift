import Foundation

/// A service's counters, gauges and latency histograms in the Prometheus text exposition format
/// (version 0.0.4), every series labelled with the service's name.
public enum PrometheusText {
    public static func render(
        service: String, counters: [String: Int64], latencies: [String: LatencyHistogram], gauges: [String: Double]
    ) -> String {
        let serviceLabel = "service=\"\(escape(service))\""
        var lines: [String] = []
        var errorsByCode: [(String, Int64)] = []
        var plain: [(String, Int64)] = []
        for (name, value) in counters.sorted(by: { $0.key < $1.key }) {
            if name.hasPrefix("errors.") {
                errorsByCode.append((String(name.dropFirst("errors.".count)), value))
            } else {
                plain.append((name, value))
            }
        }
        for (name, value) in plain {
            let metric = "leadtracker_\(metricName(name))_total"
            lines.append("# TYPE \(metric) counter")
            lines.append("\(metric){\(serviceLabel)} \(value)")
        }
        if !errorsByCode.isEmpty {
            lines.append("# HELP leadtracker_error_replies_total Error replies by code.")
            lines.append("# TYPE leadtracker_error_replies_total counter")
            for (code, value) in errorsByCode {
                lines.append("leadtracker_error_replies_total{\(serviceLabel),code=\"\(escape(code))\"} \(value)")
            }
        }
        for (name, value) in gauges.sorted(by: { $0.key < $1.key }) {
            let metric = "leadtracker_\(metricName(name))"
            lines.append("# TYPE \(metric) gauge")
            lines.append("\(metric){\(serviceLabel)} \(number(value))")
        }
        if !latencies.isEmpty {
            let metric = "leadtracker_request_duration_seconds"
            lines.append("# HELP \(metric) Time from a request's receipt to its reply leaving, after its commit.")
            lines.append("# TYPE \(metric) histogram")
            for (type, histogram) in latencies.sorted(by: { $0.key < $1.key }) {
                let labels = "\(serviceLabel),type=\"\(escape(type))\""
                var cumulative: UInt64 = 0
                for (index, bound) in LatencyHistogram.bounds.enumerated() {
                    cumulative += histogram.buckets[index]
                    lines.append("\(metric)_bucket{\(labels),le=\"\(number(bound))\"} \(cumulative)")
                }
                lines.append("\(metric)_bucket{\(labels),le=\"+Inf\"} \(histogram.count)")
                lines.append("\(metric)_sum{\(labels)} \(number(histogram.sum))")
                lines.append("\(metric)_count{\(labels)} \(histogram.count)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `events.applied` → `events_applied`: Prometheus names are `[a-zA-Z_:][a-zA-Z0-9_:]*`.
    static func metricName(_ name: String) -> String {
        String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
    }

    static func escape(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
