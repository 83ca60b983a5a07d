import LeadMessages
import Logging

/// Work due once per Beijing day of the service's clock (raising overdue 督办 orders): run when
/// the day turns, whatever else noticed the new day first; after a failure, tried again a minute
/// later, not a day. Used from the service's loop thread only.
final class DailyRun {
    private var done: CivilDate?
    private var retryAt: Int64 = 0
    private let logger: Logger

    /// - Parameter done: the day already done; nil: none yet (run at the first chance).
    init(done: CivilDate? = nil, logger: Logger) {
        self.done = done
        self.logger = logger
    }

    /// `now`: monotonic milliseconds, for the retry delay.
    func runIfDue(today: CivilDate, now: Int64, _ work: () throws -> Void) {
        guard today != done, now >= retryAt else { return }
        do {
            try work()
            done = today
        } catch {
            retryAt = now + 60_000
            logger.error("daily work failed; will retry in a minute", metadata: ["error": "\(error)"])
        }
    }
}
