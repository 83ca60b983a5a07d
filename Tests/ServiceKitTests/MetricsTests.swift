import Foundation
import LeadMessages
import Testing

@testable import ServiceKit

@Suite struct LatencyHistogramTests {
    @Test func quantilesAreBucketBoundsAndNeverAboveTheMaximum() {
        var histogram = LatencyHistogram()
        for _ in 0..<98 { histogram.record(seconds: 0.000_3) }  // bucket ≤ 0.5 ms
        histogram.record(seconds: 0.004)  // ≤ 5 ms
        histogram.record(seconds: 0.04)  // ≤ 50 ms
        #expect(histogram.count == 100)
        #expect(histogram.quantile(0.5) == 0.000_5)
        #expect(histogram.quantile(0.99) == 0.005)
        #expect(histogram.quantile(1.0) == 0.04)  // the exact maximum, not the bucket's 50 ms
        #expect(histogram.summary == LatencySummary(count: 100, p50Ms: 0.5, p99Ms: 5, maxMs: 40))
    }

    @Test func beyondTheLastBoundIsTheMaximum() {
        var histogram = LatencyHistogram()
        histogram.record(seconds: 42)
        #expect(histogram.buckets.last == 1)
        #expect(histogram.quantile(0.5) == 42)
    }

    @Test func emptyIsZero() {
        #expect(LatencyHistogram().quantile(0.99) == 0)
    }
}

@Suite struct PrometheusTextTests {
    @Test func countersGaugesAndHistogramsInTheExpositionFormat() {
        var histogram = LatencyHistogram()
        histogram.record(seconds: 0.000_2)
        histogram.record(seconds: 0.003)
        let text = PrometheusText.render(
            service: "lead-intake",
            counters: ["requests": 7, "errors": 2, "errors.invalid-field": 2, "events.published": 5],
            latencies: ["lead.submit": histogram], gauges: ["last_sequence": 5])
        let lines = Set(text.split(separator: "\n").map(String.init))
        #expect(lines.contains(#"leadtracker_requests_total{service="lead-intake"} 7"#))
        #expect(lines.contains(#"leadtracker_events_published_total{service="lead-intake"} 5"#))
        #expect(lines.contains(#"leadtracker_error_replies_total{service="lead-intake",code="invalid-field"} 2"#))
        #expect(lines.contains(#"leadtracker_last_sequence{service="lead-intake"} 5"#))
        #expect(lines.contains("# TYPE leadtracker_request_duration_seconds histogram"))
        let bucket = #"leadtracker_request_duration_seconds_bucket{service="lead-intake",type="lead.submit","#
        #expect(lines.contains(bucket + #"le="0.00025"} 1"#))
        #expect(lines.contains(bucket + #"le="0.0025"} 1"#))
        #expect(lines.contains(bucket + #"le="0.005"} 2"#))
        #expect(lines.contains(bucket + #"le="+Inf"} 2"#))
        #expect(
            lines.contains(#"leadtracker_request_duration_seconds_count{service="lead-intake",type="lead.submit"} 2"#))
        #expect(text.hasSuffix("\n"))
        // Every sample line is `name{labels} value`, with a name Prometheus accepts.
        for line in lines where !line.hasPrefix("#") {
            #expect(
                line.range(of: #"^[a-zA-Z_:][a-zA-Z0-9_:]*\{[^}]*\} [-+0-9.eInf]+$"#, options: .regularExpression)
                    != nil)
        }
    }

    @Test func labelValuesAreEscaped() {
        #expect(PrometheusText.escape(#"a"b\c"#) == #"a\"b\\c"#)
    }
}

@Suite struct MetricsHTTPTests {
    let metrics = { "leadtracker_requests_total 1\n" }

    func respond(_ request: String) -> String? {
        guard case .respond(let bytes) = MetricsHTTP.handle(Array(request.utf8), metrics: metrics) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func getMetrics() throws {
        let response = try #require(respond("GET /metrics HTTP/1.1\r\nHost: x\r\nAccept: */*\r\n\r\n"))
        #expect(response.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(response.contains("Content-Type: text/plain; version=0.0.4"))
        #expect(response.contains("Content-Length: 29\r\n"))
        #expect(response.hasSuffix("\r\n\r\nleadtracker_requests_total 1\n"))
    }

    @Test func headHasNoBody() throws {
        let response = try #require(respond("HEAD /metrics HTTP/1.0\r\n\r\n"))
        #expect(response.hasSuffix("\r\n\r\n"))
    }

    @Test func waitsForTheWholeHead() {
        #expect(MetricsHTTP.handle(Array("GET /metrics HTTP/1.1\r\nHost".utf8), metrics: metrics) == .incomplete)
    }

    @Test func refusals() throws {
        #expect(try #require(respond("GET / HTTP/1.1\r\n\r\n")).hasPrefix("HTTP/1.1 404"))
        #expect(try #require(respond("POST /metrics HTTP/1.1\r\n\r\n")).hasPrefix("HTTP/1.1 405"))
        #expect(try #require(respond("garbage\r\n\r\n")).hasPrefix("HTTP/1.1 400"))
        let huge = String(repeating: "x", count: MetricsHTTP.maxRequestBytes + 1)
        #expect(try #require(respond(huge)).hasPrefix("HTTP/1.1 431"))
    }
}
