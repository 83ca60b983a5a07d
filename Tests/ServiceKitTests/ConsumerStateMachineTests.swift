import LeadMessages
import Testing

@testable import ServiceKit

/// The replaying consumer's decisions, with time moved by hand: order, gaps, replays after a
/// failure or a silence, and when intake is (and is not) behind this consumer.
@Suite struct ConsumerStateMachineTests {
    /// Intake's clock: second `s` of a test day, plus milliseconds.
    func intake(_ seconds: Int64, _ milliseconds: Int32 = 0) -> Timestamp {
        Timestamp(epochSeconds: 1_700_000_000 + seconds, milliseconds: milliseconds, offsetMinutes: 480)
    }

    func beat(_ head: Int64, at instant: Timestamp, store: String? = "store-a") -> ConsumerStateMachine.Report {
        ConsumerStateMachine.Report(store: store, head: head, sentAt: instant)
    }

    @Test func appliesInOrderSkipsDuplicatesAndWaitsOutGaps() {
        var state = ConsumerStateMachine(lastApplied: 5, now: 0)
        #expect(state.event(sequence: 4, sentAt: intake(1), now: 10) == .skip)
        #expect(state.event(sequence: 5, sentAt: intake(1), now: 10) == .skip)
        #expect(state.event(sequence: 6, sentAt: intake(1), now: 10) == .apply)
        state.applied(6, sentAt: intake(1))
        #expect(state.event(sequence: 9, sentAt: intake(2), now: 20) == .gap)
        #expect(state.lag == 3)
        #expect(state.nextStep(now: 20) == .replay)
        state.applied(9, sentAt: intake(2))
        #expect(!state.isBehind)
        #expect(state.nextStep(now: 30) == .none)
    }

    @Test func aHeartbeatAheadMeansBehind() {
        var state = ConsumerStateMachine(lastApplied: 10, now: 0)
        #expect(state.heartbeat(beat(10, at: intake(1)), now: 1_000) == nil)
        #expect(!state.isBehind)
        #expect(state.heartbeat(beat(12, at: intake(2)), now: 2_000) == nil)
        #expect(state.lag == 2)
        #expect(state.nextStep(now: 2_000) == .replay)
    }

    @Test func aFailedReplayIsRetriedAfterASecondNeverSooner() {
        var state = ConsumerStateMachine(lastApplied: 0, now: 0)
        _ = state.heartbeat(beat(50, at: intake(1)), now: 100)
        state.replayFailed(now: 100)
        #expect(state.nextStep(now: 600) == .none)
        #expect(state.nextStep(now: 1_100) == .replay)
        // Even level with intake, a failed replay is tried again: during a partition no heartbeat
        // says this consumer is behind.
        var level = ConsumerStateMachine(lastApplied: 7, now: 0)
        level.replayFailed(now: 0)
        #expect(level.nextStep(now: 1_000) == .replay)
        _ = level.replayed(beat(7, at: intake(1)), now: 1_000)
        #expect(level.nextStep(now: 1_500) == .none)
    }

    @Test func aSilenceOfFiveSecondsAsksIntakeOnce() {
        var state = ConsumerStateMachine(lastApplied: 3, now: 0)
        #expect(state.nextStep(now: 5_000) == .none)
        #expect(state.nextStep(now: 5_001) == .replayAfterSilence)
        #expect(state.nextStep(now: 5_002) == .none)
        _ = state.heartbeat(beat(3, at: intake(9)), now: 9_000)
        #expect(state.nextStep(now: 13_000) == .none)
    }

    /// The false alarm seen in CI: a link cut while intake took submissions; after the heal the
    /// replay (its own connection) went to 25, then the heartbeats queued during the cut arrived,
    /// spread over more than 3 s on a loaded machine, each saying 7…24. They were sent before the
    /// replay page, so they are old news, however late they arrive.
    @Test func heartbeatsQueuedDuringAPartitionAreNoAlarmHoweverLateTheyArrive() {
        var state = ConsumerStateMachine(lastApplied: 7, now: 0)
        #expect(state.heartbeat(beat(7, at: intake(100)), now: 1_000) == nil)
        // The cut: nothing arrives for 20 s; the consumer's replays fail.
        state.replayFailed(now: 6_000)
        // The heal: a replay page sent by intake at 121.000 shows the head at 25; its events apply.
        #expect(state.replayed(beat(25, at: intake(121)), now: 21_000) == nil)
        for sequence in Int64(8)...25 {
            #expect(state.event(sequence: sequence, sentAt: intake(100 + sequence / 2), now: 21_000) == .apply)
            state.applied(sequence, sentAt: intake(100 + sequence / 2))
        }
        // The queued heartbeats, sent during the cut, delivered one every 400 ms: 7.2 s in all.
        for (index, head) in Array(Int64(7)...24).enumerated() {
            let sent = intake(101 + Int64(index))
            #expect(state.heartbeat(beat(head, at: sent), now: 21_100 + Int64(index) * 400) == nil)
        }
        // Then a live heartbeat, level with the consumer.
        #expect(state.heartbeat(beat(25, at: intake(122)), now: 29_000) == nil)
        #expect(!state.isBehind)
    }

    /// A real reset: intake's store restored from an older backup. Its heartbeats, sent after it
    /// had shown every applied event, say less: reported at once, and once.
    @Test func aRestoredIntakeIsReportedOnceUntilItCatchesUp() {
        var state = ConsumerStateMachine(lastApplied: 0, now: 0)
        _ = state.replayed(beat(40, at: intake(10)), now: 100)
        for sequence in Int64(1)...40 {
            _ = state.event(sequence: sequence, sentAt: intake(5), now: 100)
            state.applied(sequence, sentAt: intake(5))
        }
        #expect(state.heartbeat(beat(40, at: intake(11)), now: 1_100) == nil)
        #expect(state.heartbeat(beat(6, at: intake(20)), now: 10_000) == .intakeBehind(intakeHead: 6, applied: 40))
        #expect(state.heartbeat(beat(6, at: intake(21)), now: 11_000) == nil)  // once, not every second
        // Intake catches up again (or an operator restores the consumer): a later reset is reported anew.
        #expect(state.heartbeat(beat(41, at: intake(30)), now: 20_000) == nil)
        #expect(state.heartbeat(beat(2, at: intake(31)), now: 21_000) == .intakeBehind(intakeHead: 2, applied: 40))
    }

    /// A consumer started on a checkpoint ahead of intake (intake's store replaced while it was
    /// down): the first heartbeat tells.
    @Test func aCheckpointAheadOfIntakeAtStartIsReported() {
        var state = ConsumerStateMachine(lastApplied: 30, now: 0)
        #expect(state.heartbeat(beat(12, at: intake(1)), now: 500) == .intakeBehind(intakeHead: 12, applied: 30))
    }

    @Test func anotherIntakeStoreIsReported() {
        var state = ConsumerStateMachine(lastApplied: 0, now: 0)
        #expect(state.replayed(beat(3, at: intake(1), store: "store-a"), now: 10) == nil)
        #expect(state.intakeStore == "store-a")
        #expect(
            state.heartbeat(beat(3, at: intake(2), store: "store-b"), now: 1_000)
                == .otherStore(expected: "store-a", heard: "store-b"))
        // Nothing from it is applied, and replays wait a second between tries instead of spinning.
        #expect(state.hearsOtherStore)
        #expect(state.event(sequence: 4, sentAt: intake(2), now: 1_000) == .gap)
        #expect(state.lastApplied == 0)
        _ = state.replayed(beat(9, at: intake(2), store: "store-b"), now: 1_100)
        #expect(state.nextStep(now: 1_500) == .none)
        // An intake that names no store (before protocol 1.7) is followed as before.
        #expect(state.heartbeat(beat(3, at: intake(3), store: nil), now: 2_000) == nil)
        // Its own store back (the operator restored it): followed again.
        #expect(state.heartbeat(beat(3, at: intake(4), store: "store-a"), now: 3_000) == nil)
        #expect(!state.hearsOtherStore)
        #expect(state.event(sequence: 1, sentAt: intake(4), now: 3_000) == .apply)
    }
}
