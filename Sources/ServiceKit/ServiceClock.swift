import Foundation
import LeadMessages

/// The time a service goes by: what it stamps on changes, when weeks close, how old a lead is.
/// Normally the system clock. For tests only, `--test-clock-file FILE` moves it: the file holds a
/// number of seconds to add to the system time, read on every use, so a test makes 90 days pass
/// by rewriting the file instead of waiting (timeouts and retries keep the monotonic clock).
public struct ServiceClock: Sendable {
    private let offsetSeconds: @Sendable () -> Int64

    public static let system = ServiceClock { 0 }

    /// The system time moved by the seconds `path` holds (0 while it is missing or unreadable).
    public static func testFile(_ path: String) -> ServiceClock {
        ServiceClock {
            guard let data = FileManager.default.contents(atPath: path) else { return 0 }
            return Int64(String(decoding: data, as: UTF8.self).trimmingWhitespace) ?? 0
        }
    }

    private init(offsetSeconds: @escaping @Sendable () -> Int64) { self.offsetSeconds = offsetSeconds }

    public func now() -> Timestamp {
        let system = Timestamp.now()
        let offset = offsetSeconds()
        guard offset != 0 else { return system }
        return Timestamp(
            epochSeconds: system.epochSeconds + offset, milliseconds: system.milliseconds,
            offsetMinutes: system.offsetMinutes)
    }

    public var isMoved: Bool { offsetSeconds() != 0 }
}
