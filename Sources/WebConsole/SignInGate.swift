/// Keeps password checking from becoming a way in or a way down: scrypt costs 32 MiB and ~0.1 s
/// per try, so at most `maxConcurrent` run at once (more gets "busy, try again"), and a username
/// with `maxFailures` wrong passwords in a row waits `lockSeconds` (any name, known or not, so the
/// lock does not tell which names exist).
public actor SignInGate {
    public static let maxConcurrent = 4
    public static let maxFailures = 5
    public static let lockSeconds: Int64 = 60

    public enum Admission: Equatable, Sendable {
        case admitted
        case busy
        case locked(secondsLeft: Int64)
    }

    private var running = 0
    private var failures: [String: (count: Int, lockedUntil: Int64)] = [:]

    public init() {}

    public func admit(_ username: String, now: Int64) -> Admission {
        if let entry = failures[username], entry.lockedUntil > now {
            return .locked(secondsLeft: entry.lockedUntil - now)
        }
        guard running < Self.maxConcurrent else { return .busy }
        running += 1
        return .admitted
    }

    /// Ends an admitted check with its outcome.
    public func finish(_ username: String, succeeded: Bool, now: Int64) {
        running -= 1
        if succeeded {
            failures[username] = nil
            return
        }
        let count = (failures[username]?.count ?? 0) + 1
        failures[username] = (count, count >= Self.maxFailures ? now + Self.lockSeconds : 0)
        if count >= Self.maxFailures { failures[username]?.count = 0 }
        if failures.count > 10_000 { failures = failures.filter { $0.value.lockedUntil > now } }
    }
}
