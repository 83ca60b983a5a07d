import Foundation
import LeadMessages
import Logging
import ServiceClient
import ServiceKit
import Storage

/// Delivers the outbox, on a thread of its own with its own connection to the store, so a slow
/// mail server never holds up the board. Per channel, oldest first: a delivery is marked done
/// only after the channel accepted it, so a crash (even kill -9) mid-delivery leaves it waiting
/// and it is sent again after the restart, with the same id. A channel that fails waits before
/// its next try, doubling from `firstSeconds` up to `maxSeconds`; nothing is dropped meanwhile.
final class Deliverer: Sendable {
    private let settings: NotificationSettings
    private let openDatabase: @Sendable () throws -> any SQLDatabase
    private let clock: ServiceClock
    private let logger: Logger

    init(
        settings: NotificationSettings, clock: ServiceClock, logger: Logger,
        openDatabase: @escaping @Sendable () throws -> any SQLDatabase
    ) {
        self.settings = settings
        self.clock = clock
        self.logger = logger
        self.openDatabase = openDatabase
    }

    /// The channels configured: the only ones the thread works on.
    var channels: [String] {
        (settings.email != nil ? ["email"] : []) + (settings.webhook != nil ? ["webhook"] : [])
    }

    func run(stop: StopSignal) {
        guard !channels.isEmpty else { return }
        var database: (any SQLDatabase)?
        var backoff = Backoff(
            firstMilliseconds: Int64((settings.retry?.firstSeconds ?? 1) * 1000),
            maxMilliseconds: Int64((settings.retry?.maxSeconds ?? 300) * 1000))
        while !stop.isStopped {
            do {
                let open = try database ?? openDatabase()
                database = open
                if try !deliverDue(open, backoff: &backoff, stop: stop) { Self.pause(milliseconds: 200, stop) }
            } catch {
                logger.error("delivering notifications failed", metadata: ["error": "\(error)"])
                Self.pause(milliseconds: 1000, stop)
            }
        }
    }

    /// One round over the channels that are not waiting out a failure. Returns whether it did anything.
    private func deliverDue(_ database: any SQLDatabase, backoff: inout Backoff, stop: StopSignal) throws -> Bool {
        var worked = false
        for channel in channels where backoff.ready(channel, now: MonotonicClock.milliseconds()) {
            let due = try database.read { db in try Outbox.waiting(channel, limit: 20, db) }
            for delivery in due {
                guard !stop.isStopped else { return true }
                let outcome = send(delivery)
                // Sent is sent: if the store cannot take the outcome now, keep trying until it does
                // (or the service stops), rather than send the message again on the next round.
                while true {
                    do {
                        try database.write { db in try Outbox.record(delivery, outcome, at: clock.now(), db) }
                        break
                    } catch {
                        logger.error("recording a delivery failed; retrying", metadata: ["error": "\(error)"])
                        Self.pause(milliseconds: 200, stop)
                        guard !stop.isStopped else { return true }
                    }
                }
                worked = true
                switch outcome {
                case .delivered:
                    backoff.succeeded(channel)
                case .rejected(let why):
                    backoff.succeeded(channel)
                    logger.warning(
                        "notification refused for good",
                        metadata: [
                            "channel": "\(channel)", "id": "\(delivery.notification.notificationId)", "why": "\(why)",
                        ])
                case .retry(let why):
                    let wait = backoff.failed(channel, now: MonotonicClock.milliseconds())
                    logger.warning(
                        "notification channel failed; will retry",
                        metadata: ["channel": "\(channel)", "retryInMs": "\(wait)", "why": "\(why)"])
                }
                if case .retry = outcome { break }
            }
        }
        return worked
    }

    private func send(_ delivery: Outbox.Delivery) -> DeliveryOutcome {
        let notification = delivery.notification
        switch delivery.channel {
        case "email":
            guard let email = settings.email, let server = HostPort(email.smtp) else {
                return .retry("email is not configured")
            }
            let sender = SMTPSender(server: server, from: email.from, helo: email.helo ?? "leadtracker")
            return sender.send(
                NotificationMessages.email(notification, from: email.from, to: delivery.address), to: delivery.address)
        case "webhook":
            guard let url = WebhookURL(delivery.address) else { return .rejected("not a webhook URL") }
            let style = WebhookStyle(rawValue: settings.webhook?.style ?? "wecom") ?? .wecom
            do {
                let body = try NotificationMessages.webhook(
                    notification, style: style, mentions: notification.recipients.map(settings.name(of:)))
                return WebhookSender(url: url).send(body, notificationId: notification.notificationId)
            } catch {
                return .rejected("cannot encode: \(error)")
            }
        default:
            return .retry("unknown channel \(delivery.channel)")
        }
    }

    private static func pause(milliseconds: Int, _ stop: StopSignal) {
        var left = milliseconds
        while left > 0, !stop.isStopped {
            usleep(50_000)
            left -= 50
        }
    }
}

/// When each channel may be tried again: after a failure, the wait doubles from the first delay
/// up to the most; a success resets it. Pure (the time is an argument).
struct Backoff: Equatable {
    var firstMilliseconds: Int64
    var maxMilliseconds: Int64
    private var failures: [String: Int] = [:]
    private var retryAt: [String: Int64] = [:]

    init(firstMilliseconds: Int64, maxMilliseconds: Int64) {
        self.firstMilliseconds = firstMilliseconds
        self.maxMilliseconds = maxMilliseconds
    }

    func ready(_ channel: String, now: Int64) -> Bool { now >= retryAt[channel] ?? 0 }

    /// Returns the wait before the next try.
    mutating func failed(_ channel: String, now: Int64) -> Int64 {
        let count = (failures[channel] ?? 0) + 1
        failures[channel] = count
        let wait = min(maxMilliseconds, firstMilliseconds << Int64(min(count - 1, 30)))
        retryAt[channel] = now + wait
        return wait
    }

    mutating func succeeded(_ channel: String) {
        failures[channel] = nil
        retryAt[channel] = nil
    }
}
