/// Tells a real reset of intake (its store restored from an older backup: its heartbeats say
/// less than this consumer has applied, second after second) from old news (heartbeats queued
/// in TCP during a partition, delivered in a burst after the heal, while the replay over the
/// other socket already went further). Only the first should raise an alarm. Pure.
struct IntakeResetDetector {
    /// How long heartbeats must keep saying "behind" before it counts: intake beats every
    /// second, so a queue drained after a partition never spans this long.
    static let confirmMilliseconds: Int64 = 3_000

    private var behindSince: Int64?
    private var alarmed = false

    /// Whether this heartbeat confirms a reset that was not reported yet.
    mutating func heard(head: Int64, applied: Int64, atMilliseconds now: Int64) -> Bool {
        guard head < applied else {
            behindSince = nil
            alarmed = false
            return false
        }
        guard let since = behindSince else {
            behindSince = now
            return false
        }
        guard !alarmed, now - since >= Self.confirmMilliseconds else { return false }
        alarmed = true
        return true
    }
}
