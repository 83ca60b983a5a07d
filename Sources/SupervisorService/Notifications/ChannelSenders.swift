import Foundation
import LeadMessages

/// What a delivery attempt came to.
enum DeliveryOutcome: Equatable {
    /// The channel accepted it (SMTP 250 after the data, HTTP 2xx with no error code).
    case delivered
    /// Not now (down, busy, a 4xx): try again later.
    case retry(String)
    /// Never (a recipient the mail server refuses, a 4xx from the webhook): kept, not retried.
    case rejected(String)
}

/// One message over SMTP to the bureau's relay: EHLO, MAIL, RCPT, DATA, QUIT on a connection of
/// its own. The message counts as sent only when the server answers the data with 250; a
/// connection lost before that leaves it waiting, to be sent again.
struct SMTPSender {
    var server: HostPort
    var from: String
    var helo: String

    func send(_ message: String, to address: String) -> DeliveryOutcome {
        do {
            let connection = try TCPConnection(host: server.host, port: server.port)
            func expect(_ code: Int, after command: String?, permanentIfRefused: Bool = false) throws
                -> DeliveryOutcome?
            {
                if let command { try connection.write(command + "\r\n") }
                let (reply, text) = try readReply(connection)
                if reply == code || (code == 250 && reply / 100 == 2) { return nil }
                let why = "\(command.map { String($0.prefix(20)) } ?? "greeting"): \(reply) \(text)"
                return reply / 100 == 5 && permanentIfRefused ? .rejected(why) : .retry(why)
            }
            if let failed = try expect(220, after: nil) { return failed }
            if let failed = try expect(250, after: "EHLO \(helo)") { return failed }
            if let failed = try expect(250, after: "MAIL FROM:<\(from)>") { return failed }
            if let failed = try expect(250, after: "RCPT TO:<\(address)>", permanentIfRefused: true) { return failed }
            if let failed = try expect(354, after: "DATA") { return failed }
            // Base64 bodies and our headers never start a line with a dot; stuff them anyway.
            let stuffed = message.split(separator: "\r\n", omittingEmptySubsequences: false)
                .map { $0.hasPrefix(".") ? "." + $0 : String($0) }.joined(separator: "\r\n")
            try connection.write(stuffed + (stuffed.hasSuffix("\r\n") ? "" : "\r\n"))
            if let failed = try expect(250, after: ".") { return failed }
            try? connection.write("QUIT\r\n")
            return .delivered
        } catch {
            return .retry("\(error)")
        }
    }

    /// A reply's code and its last line's text (continuation lines are `250-…`).
    private func readReply(_ connection: TCPConnection) throws -> (Int, String) {
        while true {
            let line = try connection.readLine()
            guard line.count >= 3, let code = Int(line.prefix(3)) else {
                throw TCPConnection.Failure(description: "not an SMTP reply: \(line.prefix(80))")
            }
            if line.count == 3 || line[line.index(line.startIndex, offsetBy: 3)] != "-" {
                return (code, String(line.dropFirst(4)))
            }
        }
    }
}

/// One POST of a group message. Sent when the receiver answers 2xx and, if its body is JSON with
/// an `errcode` (企业微信, 钉钉), that code is 0.
struct WebhookSender {
    var url: WebhookURL

    func send(_ body: [UInt8], notificationId: String) -> DeliveryOutcome {
        do {
            let connection = try TCPConnection(host: url.host, port: url.port)
            let head = [
                "POST \(url.path) HTTP/1.1",
                "Host: \(url.host)\(url.port == 80 ? "" : ":\(url.port)")",
                "Content-Type: application/json; charset=utf-8",
                "Content-Length: \(body.count)",
                "X-LeadTracker-Notification: \(notificationId)",
                "Connection: close",
                "", "",
            ].joined(separator: "\r\n")
            try connection.write(head)
            try connection.write(body)
            let status = try connection.readLine()
            let parts = status.split(separator: " ", maxSplits: 2)
            guard parts.count >= 2, parts[0].hasPrefix("HTTP/"), let code = Int(parts[1]) else {
                return .retry("not an HTTP reply: \(status.prefix(80))")
            }
            let response = String(decoding: try connection.readToEnd(), as: UTF8.self)
            let payload = response.components(separatedBy: "\r\n\r\n").dropFirst().joined(separator: "\r\n\r\n")
            switch code {
            case 200..<300:
                if let errcode = Self.errcode(payload), errcode != 0 {
                    return .retry("HTTP \(code), errcode \(errcode): \(payload.prefix(120))")
                }
                return .delivered
            case 408, 429, 500...: return .retry("HTTP \(code)")
            default: return .rejected("HTTP \(code): \(payload.prefix(120))")
            }
        } catch {
            return .retry("\(error)")
        }
    }

    /// The chat's own error code, when the body is a JSON object that has one.
    static func errcode(_ body: String) -> Int? {
        struct Reply: Decodable { var errcode: Int? }
        return (try? JSONDecoder().decode(Reply.self, from: Data(body.utf8)))?.errcode
    }
}
