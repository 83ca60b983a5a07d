/// The little HTTP the metrics endpoint speaks: one GET per connection, answered and closed.
/// Pure, so it is tested without sockets.
public enum MetricsHTTP {
    /// Requests larger than this are refused (a scrape's request is a few hundred bytes).
    public static let maxRequestBytes = 8_192

    public enum Outcome: Equatable {
        /// The head is not complete yet: wait for more bytes.
        case incomplete
        /// Send these bytes and close.
        case respond([UInt8])
    }

    public static func handle(_ received: [UInt8], metrics: () -> String) -> Outcome {
        guard let headEnd = endOfHead(received) else {
            return received.count > maxRequestBytes
                ? .respond(response(431, "Request Header Fields Too Large", "request too large\n")) : .incomplete
        }
        let head = String(decoding: received[..<headEnd], as: UTF8.self)
        let requestLine = head.split(separator: "\r\n", maxSplits: 1).first.map(String.init) ?? ""
        let parts = requestLine.split(separator: " ")
        guard parts.count == 3, parts[2].hasPrefix("HTTP/1.") else {
            return .respond(response(400, "Bad Request", "bad request\n"))
        }
        guard parts[0] == "GET" || parts[0] == "HEAD" else {
            return .respond(response(405, "Method Not Allowed", "only GET\n", extra: "Allow: GET, HEAD\r\n"))
        }
        let path = parts[1].split(separator: "?", maxSplits: 1).first.map(String.init) ?? ""
        guard path == "/metrics" else { return .respond(response(404, "Not Found", "metrics are at /metrics\n")) }
        let full = response(200, "OK", metrics(), contentType: "text/plain; version=0.0.4; charset=utf-8")
        guard parts[0] == "HEAD" else { return .respond(full) }
        return .respond(Array(full[..<(endOfHead(full) ?? full.count)]))
    }

    static func response(
        _ status: Int, _ reason: String, _ body: String, contentType: String = "text/plain; charset=utf-8",
        extra: String = ""
    ) -> [UInt8] {
        let bytes = Array(body.utf8)
        let head =
            "HTTP/1.1 \(status) \(reason)\r\nContent-Type: \(contentType)\r\nContent-Length: \(bytes.count)\r\n"
            + "Connection: close\r\n\(extra)\r\n"
        return Array(head.utf8) + bytes
    }

    /// The index just past the blank line ending the request head.
    static func endOfHead(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for index in 3..<bytes.count
        where bytes[index - 3] == 13 && bytes[index - 2] == 10 && bytes[index - 1] == 13 && bytes[index] == 10 {
            return index + 1
        }
        return nil
    }
}
