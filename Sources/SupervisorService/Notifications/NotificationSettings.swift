import LeadMessages
import ServiceClient

/// Where notifications go besides the inbox: the `notifications` part of the configuration file.
///
///     "notifications": {
///       "people": {"wangmin": {"email": "wangmin@bureau.example", "name": "王敏"}},
///       "email": {"smtp": "mail.bureau.example:25", "from": "leadtracker@bureau.example"},
///       "webhook": {"url": "http://chat-relay:8080/hook", "style": "wecom"},
///       "retry": {"firstSeconds": 1, "maxSeconds": 300}
///     }
///
/// Email goes over plain SMTP to a relay the bureau runs (no TLS, no AUTH: the relay does both
/// toward the outside); the webhook is one group chat, posted once per notification.
public struct NotificationSettings: Codable, Sendable, Equatable {
    public struct Person: Codable, Sendable, Equatable {
        public var email: String?
        /// How the group message @-mentions them; default the identity.
        public var name: String?
    }

    public struct Email: Codable, Sendable, Equatable {
        /// `HOST:PORT` of the SMTP relay.
        public var smtp: String
        public var from: String
        /// What the service says in EHLO; default `leadtracker`.
        public var helo: String?
    }

    public struct Webhook: Codable, Sendable, Equatable {
        /// `http://HOST[:PORT]/PATH`.
        public var url: String
        /// `wecom` (企业微信, the default) or `dingtalk` (钉钉): the JSON the chat expects.
        public var style: String?
    }

    public struct Retry: Codable, Sendable, Equatable {
        public var firstSeconds: Double?
        public var maxSeconds: Double?
    }

    public var people: [String: Person]?
    public var email: Email?
    public var webhook: Webhook?
    public var retry: Retry?

    public init(people: [String: Person]? = nil, email: Email? = nil, webhook: Webhook? = nil, retry: Retry? = nil) {
        self.people = people
        self.email = email
        self.webhook = webhook
        self.retry = retry
    }

    /// The section of `settings`, checked; none: inbox only.
    public static func from(_ settings: Settings) throws -> NotificationSettings {
        guard let value = settings.file["notifications"] else { return NotificationSettings() }
        let parsed: NotificationSettings
        do {
            parsed = try StoredJSON.decode(NotificationSettings.self, from: try StoredJSON.string(value))
        } catch {
            throw SettingsError(message: "notifications: \(error) (see the configuration chapter of the README)")
        }
        try parsed.check()
        return parsed
    }

    func check() throws {
        if let email {
            guard HostPort(email.smtp) != nil else {
                throw SettingsError(message: "notifications.email.smtp must be HOST:PORT, not '\(email.smtp)'")
            }
            guard email.from.contains("@") else {
                throw SettingsError(message: "notifications.email.from must be an address, not '\(email.from)'")
            }
        }
        if let webhook {
            guard WebhookURL(webhook.url) != nil else {
                throw SettingsError(
                    message:
                        "notifications.webhook.url must be http://HOST[:PORT]/PATH, not '\(webhook.url)' (https goes through a relay)"
                )
            }
            guard WebhookStyle(rawValue: webhook.style ?? "wecom") != nil else {
                throw SettingsError(message: "notifications.webhook.style must be wecom or dingtalk")
            }
        }
        for (identity, person) in people ?? [:] {
            if let address = person.email, !address.contains("@") {
                throw SettingsError(message: "notifications.people.\(identity).email must be an address")
            }
        }
        let first = retry?.firstSeconds ?? 1
        let most = retry?.maxSeconds ?? 300
        guard first > 0, most >= first else {
            throw SettingsError(message: "notifications.retry: firstSeconds must be > 0 and maxSeconds ≥ firstSeconds")
        }
    }

    /// The deliveries a notification makes: an email to each recipient with an address, one
    /// group message.
    func deliveries(for notification: LeadNotification) -> [(channel: String, address: String)] {
        var result: [(String, String)] = []
        if email != nil {
            for recipient in notification.recipients {
                if let address = people?[recipient]?.email { result.append(("email", address)) }
            }
        }
        if let webhook { result.append(("webhook", webhook.url)) }
        return result
    }

    func name(of identity: String) -> String { people?[identity]?.name ?? identity }

    /// The identity of the person named `text` (a 包联领导 is often written by name), else `text`.
    func identity(named text: String) -> String {
        guard people?[text] == nil else { return text }
        // The first identity by name order, should two people share a name (the same on every run).
        return people?.filter { $0.value.name == text }.keys.sorted().first ?? text
    }
}

/// `HOST:PORT`.
struct HostPort: Equatable {
    var host: String
    var port: UInt16

    init?(_ text: String) {
        guard let colon = text.lastIndex(of: ":"), let port = UInt16(text[text.index(after: colon)...]), port > 0
        else { return nil }
        let host = String(text[..<colon])
        guard !host.isEmpty else { return nil }
        self.host = host
        self.port = port
    }
}

/// `http://HOST[:PORT]/PATH`.
struct WebhookURL: Equatable {
    var host: String
    var port: UInt16
    var path: String

    init?(_ text: String) {
        guard text.hasPrefix("http://") else { return nil }
        let rest = text.dropFirst("http://".count)
        let authority = rest.prefix { $0 != "/" }
        path = rest.count > authority.count ? String(rest.dropFirst(authority.count)) : "/"
        if let hostPort = HostPort(String(authority)) {
            host = hostPort.host
            port = hostPort.port
        } else {
            guard !authority.isEmpty, !authority.contains(":") else { return nil }
            host = String(authority)
            port = 80
        }
    }
}

enum WebhookStyle: String {
    case wecom, dingtalk
}
