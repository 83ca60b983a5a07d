import LeadMessages
import Testing

@testable import ServiceKit

@Suite struct RequestFramesTests {
    let id: [UInt8] = [0, 1, 2, 3, 4]
    let payload = Array("{}".utf8)

    @Test func dealerAndREQFramesAreAccepted() throws {
        #expect(try RequestFrames.parse([id, payload]).get() == RequestFrames(replyPrefix: [id], payload: payload))
        #expect(
            try RequestFrames.parse([id, [], payload]).get() == RequestFrames(replyPrefix: [id, []], payload: payload))
    }

    @Test func anythingElseIsMalformedAndAnsweredWhenPossible() {
        #expect(RequestFrames.parse([]) == .failure(RejectedFrames(replyPrefix: nil)))
        #expect(RequestFrames.parse([id]) == .failure(RejectedFrames(replyPrefix: [id])))
        // A REQ socket's delimiter without a payload.
        #expect(RequestFrames.parse([id, []]) == .failure(RejectedFrames(replyPrefix: [id, []])))
        #expect(RequestFrames.parse([id, payload, payload]) == .failure(RejectedFrames(replyPrefix: [id])))
        #expect(
            RequestFrames.parse([id, [], payload], discardedFrames: 4)
                == .failure(RejectedFrames(replyPrefix: [id, []])))
    }
}

@Suite struct ConsumerPositionTests {
    @Test func appliesInOrderSkipsDuplicatesAndReplaysGaps() {
        var position = ConsumerPosition(lastApplied: 5)
        #expect(position.decide(eventSequence: 4) == .skip)
        #expect(position.decide(eventSequence: 5) == .skip)
        #expect(position.decide(eventSequence: 6) == .apply)
        position.applied(6)
        #expect(position.decide(eventSequence: 9) == .replay)
        #expect(position.lag == 3)
        position.applied(9)
        #expect(!position.isBehind)
    }

    @Test func aHeartbeatAheadMeansBehind() {
        var position = ConsumerPosition(lastApplied: 10)
        let atHead = position.heard(head: 10)
        #expect(!atHead)
        let behind = position.heard(head: 12)
        #expect(behind)
        #expect(position.lag == 2)
    }
}

@Suite struct DispatcherTests {
    func dispatcher() -> RequestDispatcher {
        var dispatcher = RequestDispatcher(sender: "test")
        dispatcher.on(.leadGet, LeadReference.self) { envelope, _ -> Result<LeadReference, ErrorBody> in
            envelope.body.leadId == "L-000001"
                ? .success(envelope.body) : .failure(ErrorBody(.notFound, field: "leadId", "no"))
        }
        return dispatcher
    }

    let chief = Caller(identity: "chief", role: .supervisor)

    func errorCode(_ reply: [UInt8]) -> ErrorCode? {
        guard case .success(let envelope) = MessageCodec.decodeAny(ErrorBody.self, from: reply), envelope.type == .error
        else {
            return nil
        }
        return envelope.body.code
    }

    func request<T: Codable & Sendable>(_ type: MessageType, _ body: T) -> [UInt8] {
        MessageCodec.encode(Envelope(type: type, body: body, sender: "t"))
    }

    @Test func servesRegisteredTypesAndRefusesTheRest() throws {
        let ok = dispatcher().reply(to: request(.leadGet, LeadReference(leadId: "L-000001")), caller: chief)
        let envelope = try MessageCodec.decodeAny(LeadReference.self, from: ok).get()
        #expect(envelope.type == .ok)
        #expect(
            errorCode(dispatcher().reply(to: request(.leadGet, LeadReference(leadId: "L-2")), caller: chief))
                == .notFound)
        #expect(
            errorCode(dispatcher().reply(to: request(.reportWeekly, WeeklyReportQuery()), caller: chief))
                == .wrongService)
        #expect(errorCode(dispatcher().reply(to: request(.leadGet, EmptyBody()), caller: chief)) == .missingField)
        #expect(errorCode(dispatcher().reply(to: Array("garbage".utf8), caller: chief)) == .invalidJSON)
        #expect(errorCode(dispatcher().reply(to: [0xff, 0xfe, 0x00], caller: chief)) == .invalidJSON)
    }

    @Test func rolesAndRevokedKeysAreRefusedAndRecorded() throws {
        var denied: [AuditEntry] = []
        var dispatcher = dispatcher()
        dispatcher.on(.reportWeekly, WeeklyReportQuery.self) { _, _ -> Result<LeadReference, ErrorBody> in
            .success(LeadReference(leadId: "x"))
        }
        dispatcher.onDenied = { denied.append($0) }
        let report = request(.reportWeekly, WeeklyReportQuery())
        #expect(errorCode(dispatcher.reply(to: report, caller: Caller(identity: "wang", role: .officer))) == .forbidden)
        #expect(
            errorCode(dispatcher.reply(to: report, caller: Caller(identity: "matcher", role: .service))) == .forbidden)
        #expect(errorCode(dispatcher.reply(to: report, caller: nil)) == .forbidden)
        #expect(errorCode(dispatcher.reply(to: report, caller: chief)) == Optional<ErrorCode>.none)
        #expect(denied.map(\.identity) == ["wang", "matcher", "unknown"])
        #expect(denied.allSatisfy { $0.outcome == "denied" && $0.action == "report.weekly" })
    }

    @Test func theReplyNamesTheRequest() throws {
        let envelope = Envelope(type: .leadGet, body: LeadReference(leadId: "L-000001"), sender: "t")
        let reply = try MessageCodec.decodeAny(
            LeadReference.self, from: dispatcher().reply(to: MessageCodec.encode(envelope), caller: chief)
        ).get()
        #expect(reply.correlationId == envelope.id)
    }
}

@Suite struct SettingsTests {
    @Test func flagsBeatEnvironmentBeatDefaults() throws {
        let settings = try Settings(configFile: nil, environment: ["LEADTRACKER_INTAKE_COMMANDS": "tcp://10.0.0.1:1"])
        #expect(settings.endpoints().intakeCommands == "tcp://10.0.0.1:1")
        #expect(settings.endpoints(intakeCommands: "tcp://flag:2").intakeCommands == "tcp://flag:2")
        #expect(settings.endpoints().matcherQueries == Endpoints.defaults.matcherQueries)
        #expect(Settings.environmentName("dataDir") == "LEADTRACKER_DATA_DIR")
    }

    @Test func aMissingConfigFileIsAClearError() {
        #expect(throws: SettingsError.self) {
            try Settings(configFile: "/nonexistent/leadtracker.json", environment: [:])
        }
    }
}
