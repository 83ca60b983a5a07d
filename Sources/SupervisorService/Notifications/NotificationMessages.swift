import Foundation
import LeadMessages

/// How a notification reads on each channel: an email (RFC 5322, UTF-8, base64 body) and a group
/// chat message (企业微信 or 钉钉 JSON). Pure. Both carry the notification id (the email's
/// Message-ID, the group message's last line and header), which receivers may deduplicate on.
enum NotificationMessages {
    static func email(
        _ notification: LeadNotification, from: String, to address: String, link: String? = nil
    ) -> String {
        let body =
            notification.text + "\r\n\r\n" + "线索 \(notification.leadId)"
            + (notification.orderId.map { "，督办单 \($0)" } ?? "") + "。\r\n"
            + "— LeadTracker 通知 \(notification.notificationId)\r\n"
        let encoded = Data(body.utf8).base64EncodedString(options: [
            .lineLength76Characters, .endLineWithCarriageReturn,
            .endLineWithLineFeed,
        ])
        return [
            "From: LeadTracker <\(from)>",
            "To: <\(address)>",
            "Subject: \(encodedWord(notification.title))",
            "Date: \(rfc5322Date(notification.createdAt))",
            "Message-ID: <\(notification.notificationId)@leadtracker>",
            "X-LeadTracker-Notification: \(notification.notificationId)",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: base64",
            "",
            encoded,
        ].joined(separator: "\r\n") + "\r\n"
    }

    /// The JSON body of the group message; `mentions` are the names to @ (企业微信 `mentioned_list`,
    /// 钉钉 `atUserIds`).
    static func webhook(_ notification: LeadNotification, style: WebhookStyle, mentions: [String]) throws -> [UInt8] {
        let content = "\(notification.title)\n\(notification.text)\n[\(notification.notificationId)]"
        let text: [String: JSONText] = ["content": .string(content)]
        let payload: [String: JSONText]
        switch style {
        case .wecom:
            payload = [
                "msgtype": .string("text"),
                "text": .object(text.merging(["mentioned_list": .array(mentions.map(JSONText.string))]) { $1 }),
            ]
        case .dingtalk:
            payload = [
                "msgtype": .string("text"), "text": .object(text),
                "at": .object(["atUserIds": .array(mentions.map(JSONText.string))]),
            ]
        }
        return Array(try StoredJSON.data(payload))
    }

    /// RFC 2047: `=?UTF-8?B?…?=`, for a Chinese subject line.
    static func encodedWord(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !$0.isASCII }) else { return text }
        return "=?UTF-8?B?\(Data(text.utf8).base64EncodedString())?="
    }

    /// `Sat, 05 Dec 2026 09:51:12 +0800`, in Beijing time.
    static func rfc5322Date(_ instant: Timestamp) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(instant.epochSeconds)))
    }
}

/// The little JSON a group message is made of.
enum JSONText: Encodable {
    case string(String)
    case array([JSONText])
    case object([String: JSONText])

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let text): try container.encode(text)
        case .array(let items): try container.encode(items)
        case .object(let fields): try container.encode(fields)
        }
    }
}
