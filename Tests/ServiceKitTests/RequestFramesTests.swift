import AccessPolicy
import LeadMessages
import Testing
import ZeroMQ

@testable import ServiceClient
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

    @Test func flagsReadBooleansAndStrings() throws {
        #expect(
            try Settings(configFile: nil, environment: ["LEADTRACKER_INSECURE_PLAINTEXT": "1"]).flag(
                "insecurePlaintext"))
        #expect(try !Settings(configFile: nil, environment: [:]).flag("insecurePlaintext"))
    }

    @Test func plaintextOnlyOnLoopback() throws {
        let options = SecurityOptions(keysDirectory: "k", insecurePlaintext: true)
        #expect(throws: Never.self) {
            try options.checkPlaintext(endpoints: [
                "tcp://127.0.0.1:7701", "tcp://localhost:1", "tcp://[::1]:7701", "inproc://x",
            ])
        }
        #expect(throws: SecurityError.self) { try options.checkPlaintext(endpoints: ["tcp://0.0.0.0:7701"]) }
        #expect(throws: SecurityError.self) { try options.checkPlaintext(endpoints: ["tcp://10.1.2.3:7701"]) }
    }

    @Test func aMissingConfigFileIsAClearError() {
        #expect(throws: SettingsError.self) {
            try Settings(configFile: "/nonexistent/leadtracker.json", environment: [:])
        }
    }
}

@Suite struct AuthorizedKeysTests {
    let key = "rq:rM>}U?@Lns47E1%kR.o@n%FcmmsL/@{H8]yf7"

    @Test func parsesAndRefusesMalformedLines() throws {
        let keys = try AuthorizedKeys(parsing: "# comment\n\(key) wangmin officer\n")
        #expect(keys.entry(forKey: key)?.identity == "wangmin")
        #expect(keys.entry(forIdentity: "wangmin")?.role == .officer)
        #expect(throws: SecurityError.self) { try AuthorizedKeys(parsing: "\(key) wangmin admin") }
        #expect(throws: SecurityError.self) { try AuthorizedKeys(parsing: "short wangmin officer") }
        #expect(throws: SecurityError.self) { try AuthorizedKeys(parsing: "\(key) a officer\n\(key) b officer") }
    }

    @Test func authorizeReplacesAndRevokeRemoves() throws {
        var keys = AuthorizedKeys()
        keys.authorize(publicKey: key, identity: "wangmin", role: .officer)
        keys.authorize(publicKey: key, identity: "wangmin", role: .supervisor)
        #expect(keys.entries.count == 1 && keys.entries[0].role == .supervisor)
        #expect(try AuthorizedKeys(parsing: keys.text) == keys)
        let first = keys.revoke(identity: "wangmin")
        let second = keys.revoke(identity: "wangmin")
        #expect(first && !second)
    }

    @Test func zapAdmitsListedKeysInTheirDomainsOnly() throws {
        let pair = try CurveKeyPair.generate()
        var keys = AuthorizedKeys()
        keys.authorize(publicKey: pair.publicKey, identity: "wangmin", role: .officer)
        // The key as libzmq hands it to ZAP: 32 raw bytes.
        let binary = try #require(z85Decode(pair.publicKey))
        func request(_ domain: String, mechanism: String = "CURVE", credentials: [UInt8]) -> ZAPRequest? {
            ZAPRequest(frames: [
                Array("1.0".utf8), [1], Array(domain.utf8), Array("127.0.0.1".utf8), [], Array(mechanism.utf8),
                credentials,
            ])
        }
        let admitted = ZAPPolicy.decide(try #require(request(ZAPPolicy.commandDomain, credentials: binary)), keys: keys)
        #expect(admitted == ZAPPolicy.Decision(status: 200, text: "OK", userID: "wangmin"))
        #expect(
            ZAPPolicy.decide(try #require(request(ZAPPolicy.eventsDomain, credentials: binary)), keys: keys).status
                == 400)
        #expect(ZAPPolicy.decide(try #require(request("", credentials: binary)), keys: keys).status == 400)
        #expect(
            ZAPPolicy.decide(
                try #require(request(ZAPPolicy.commandDomain, mechanism: "NULL", credentials: [])), keys: keys
            ).status == 400)
        #expect(
            ZAPPolicy.decide(
                try #require(request(ZAPPolicy.commandDomain, credentials: [UInt8](repeating: 7, count: 32))),
                keys: keys
            ).status == 400)
        #expect(admitted.status == 200)
        #expect(ZAPRequest(frames: [Array("2.0".utf8)]) == nil)
    }

    /// Z85 decoding for the test (libzmq's own is what ZAP uses; this checks the round trip).
    func z85Decode(_ text: String) -> [UInt8]? {
        let alphabet = Array(
            "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#".utf8)
        var bytes: [UInt8] = []
        var value: UInt32 = 0
        for (index, character) in text.utf8.enumerated() {
            guard let digit = alphabet.firstIndex(of: character) else { return nil }
            value = value &* 85 &+ UInt32(digit)
            if index % 5 == 4 {
                bytes += [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
                value = 0
            }
        }
        return bytes.count == 32 && CurveKeyPair.z85(bytes) == text ? bytes : nil
    }
}
