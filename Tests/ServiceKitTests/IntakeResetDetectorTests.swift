import Testing

@testable import ServiceKit

/// A reset of intake is reported once it persists; heartbeats that waited out a partition are not.
@Suite struct IntakeResetDetectorTests {
    @Test func heartbeatsQueuedDuringAPartitionAreNoAlarm() {
        var detector = IntakeResetDetector()
        func beat(_ head: Int64, applied: Int64, at milliseconds: Int64) -> Bool {
            detector.heard(head: head, applied: applied, atMilliseconds: milliseconds)
        }
        // After the heal: the replay applied up to 22, then seven queued beats arrive in a burst.
        for (offset, head) in [16, 17, 18, 19, 20, 21, 22].enumerated() {
            #expect(!beat(Int64(head), applied: 22, at: 10_000 + Int64(offset)))
        }
        // A live beat a second later is level with the consumer: nothing was ever wrong.
        #expect(!beat(22, applied: 22, at: 11_000))
    }

    @Test func aResetIsReportedOnceWhenItPersists() {
        var detector = IntakeResetDetector()
        func beat(_ head: Int64, applied: Int64, at milliseconds: Int64) -> Bool {
            detector.heard(head: head, applied: applied, atMilliseconds: milliseconds)
        }
        #expect(!beat(5, applied: 40, at: 0))
        #expect(!beat(5, applied: 40, at: 1_000))
        #expect(!beat(6, applied: 40, at: 2_000))
        #expect(beat(6, applied: 40, at: 3_000))
        #expect(!beat(7, applied: 40, at: 4_000))  // once, not every second
        // Intake catches up (or the operator restores the consumer); a later reset is reported anew.
        #expect(!beat(41, applied: 41, at: 5_000))
        #expect(!beat(2, applied: 41, at: 6_000))
        #expect(beat(2, applied: 41, at: 9_000))
    }
}
