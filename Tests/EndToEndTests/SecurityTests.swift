import Foundation
import LeadMessages
import ServiceClient
import Testing
import ZeroMQ

/// Secure by default, against the real executables: CURVE on every socket, a ZAP allowlist,
/// identities from the transport, per-role and per-owner authorization, an audit log.
@Suite(.serialized) struct SecurityTests {
    /// Sends one request on a fresh DEALER set up by `configure` and waits `milliseconds` for a reply.
    func exchange(_ endpoint: String, configure: (ZMQSocket) throws -> Void, milliseconds: Int32 = 1_500) throws
        -> ReceivedMessage?
    {
        let context = try ZMQContext()
        let socket = try context.socket(.dealer)
        try configure(socket)
        try socket.setReceiveTimeout(milliseconds: milliseconds)
        try socket.connect(endpoint)
        try socket.send(
            [MessageCodec.encode(Envelope(type: .serviceStatus, body: EmptyBody(), sender: "probe"))], dontWait: true)
        return try socket.receive()
    }

    @Test func onlyListedKeysWithTheRightServerKeyGetIn() throws {
        let cluster = try ServiceCluster()
        try cluster.start()
        let intake = try #require(cluster.endpoints["intakeCommands"])
        // The authorized supervisor gets an answer: the probe itself works.
        #expect(try exchange(intake, configure: try cluster.credentials().configure(for: "lead-intake")) != nil)
        // No key at all: plain TCP never completes a handshake with a CURVE server.
        #expect(try exchange(intake, configure: { _ in }) == nil)
        // An authorized key, but the wrong server key (a man in the middle, or a misconfiguration).
        let admin = try cluster.credentials()
        #expect(
            try exchange(
                intake,
                configure: { socket in
                    try socket.makeCurveClient(
                        serverKey: try CurveKeyPair.generate().publicKey, keys: try #require(admin.keys))
                }) == nil)
        // A well-formed key that is not on the allowlist: ZAP refuses it before our code runs.
        try cluster.addKey("stranger", role: nil)
        #expect(
            try exchange(intake, configure: try cluster.credentials("stranger").configure(for: "lead-intake")) == nil)
        let stranger = cluster.leadctl(as: "stranger", ["status", "--json", "--timeout", "500", "--retries", "1"])
        #expect(stranger.status != 0)
        // An officer key may not subscribe to the event stream (services only).
        try cluster.addKey("wangmin", role: "officer")
        let context = try ZMQContext()
        let subscriber = try context.socket(.sub)
        try cluster.credentials("wangmin").configure(for: "lead-intake")(subscriber)
        try subscriber.setReceiveTimeout(milliseconds: 2_500)
        try subscriber.subscribe()
        try subscriber.connect(try #require(cluster.endpoints["intakeEvents"]))
        #expect(try subscriber.receive() == nil, "heartbeats reached an officer's subscription")
        let intakeLog = try String(
            contentsOf: cluster.dataDirectory.appendingPathComponent("lead-intake.log"), encoding: .utf8)
        #expect(intakeLog.contains("key not authorized"))
    }

    @Test func aRevokedKeyIsRefusedAfterReload() throws {
        let cluster = try ServiceCluster()
        try cluster.start()
        try cluster.addKey("zhangwei", role: "officer")
        let submit = [
            "submit", "--company", "中粮", "--headquarters", "北京", "--project", "粮油", "--json",
        ]
        #expect(cluster.leadctl(as: "zhangwei", submit).status == 0)
        // An open connection, authenticated before the revocation.
        let context = try ZMQContext()
        let open = RequestClient(
            context: context, endpoint: try #require(cluster.endpoints["intakeCommands"]), sender: "test",
            configure: try cluster.credentials("zhangwei").configure(for: "lead-intake"))
        #expect((try? open.request(.leadList, ListLeads(), expecting: LeadPage.self).get()) != nil)

        #expect(cluster.leadctl(["keys", "revoke", "zhangwei"]).status == 0)
        // Services re-read authorized_keys at most once a second: the open connection is refused
        // from the first request after the reload on.
        #expect(
            cluster.eventually {
                open.request(.leadList, ListLeads(), expecting: LeadPage.self).errorCode == .forbidden
            }, "the revocation was not picked up")
        // Refused at the handshake, so never answered: a short wait is enough.
        let refused = cluster.leadctl(as: "zhangwei", submit + ["--timeout", "800", "--retries", "1"])
        #expect(refused.status != 0)
        #expect((refused.jsonLines().first?["error"] as? [String: Any])?["code"] as? String == "unavailable")
        // And it is in the audit log.
        let audit = cluster.leadctl(["audit", "--identity", "unknown", "--json"]).json()
        #expect((audit?["entries"] as? [[String: Any]])?.contains { $0["outcome"] as? String == "denied" } == true)
    }

    @Test func officersWorkOnTheirOwnLeadsWhateverTheBodySays() throws {
        let cluster = try ServiceCluster()
        try cluster.start()
        try cluster.addKey("wangmin", role: "officer")
        try cluster.addKey("lina", role: "officer")
        let lead = try #require(
            cluster.leadctl(
                as: "wangmin", ["submit", "--company", "中建七局", "--headquarters", "郑州", "--project", "p", "--json"]
            )
            .jsonLines().first?["leadId"] as? String)

        // lina cannot touch wangmin's lead, even naming wangmin as the officer in the body.
        let advance = cluster.leadctl(as: "lina", ["advance", lead, "--stage", "在谈", "--json"])
        #expect((advance.jsonLines().first?["error"] as? [String: Any])?["code"] as? String == "forbidden")
        let forged = cluster.leadctl(
            as: "lina",
            ["submit", "--company", "伪造公司", "--headquarters", "北京", "--project", "p", "--officer", "wangmin", "--json"])
        let forgedId = try #require(forged.jsonLines().first?["leadId"] as? String)
        let forgedLead = cluster.leadctl(["show", forgedId, "--json"]).json()
        #expect(forgedLead?["owner"] as? String == "lina")
        #expect(cluster.leadctl(as: "lina", ["show", lead, "--json"]).status != 0)
        #expect(
            (cluster.leadctl(as: "lina", ["list", "--json"]).json()?["leads"] as? [[String: Any]])?.map {
                $0["leadId"] as? String
            } == [forgedId])
        // The sender field of the envelope is not an identity either.
        let context = try ZMQContext()
        let asLina = RequestClient(
            context: context, endpoint: try #require(cluster.endpoints["intakeCommands"]), sender: "wangmin",
            configure: try cluster.credentials("lina").configure(for: "lead-intake"))
        #expect(
            asLina.request(
                .leadSign, SignLead(leadId: lead, amount: "1亿", signedAt: "2023-03-06T10:00:00+08:00"),
                expecting: Lead.self
            ).errorCode == .forbidden)
        // Officers do not run reports or read the audit log; their own recommendation they may read.
        #expect(
            (cluster.leadctl(as: "lina", ["report", "weekly", "--json"]).jsonLines().first?["error"] as? [String: Any])?[
                "code"] as? String == "forbidden")
        #expect(cluster.leadctl(as: "lina", ["audit", "--json"]).status != 0)
        #expect(
            cluster.eventually { cluster.leadctl(as: "wangmin", ["recommendation", lead, "--json"]).json() != nil })
        #expect(
            (cluster.leadctl(as: "lina", ["recommendation", lead, "--json"]).jsonLines().first?["error"]
                as? [String: Any])?["code"] as? String == "forbidden")

        // The denials and the changes are in the audit log, with the transport identities.
        let audit = try #require(
            cluster.leadctl(["audit", "--lead", lead, "--json"]).json()?["entries"] as? [[String: Any]])
        #expect(
            audit.contains {
                $0["identity"] as? String == "wangmin" && $0["action"] as? String == "lead.submit"
                    && $0["outcome"] as? String == "ok"
            })
        #expect(
            audit.contains {
                $0["identity"] as? String == "lina" && $0["action"] as? String == "lead.advance"
                    && $0["outcome"] as? String == "denied"
            })
        #expect(
            audit.contains {
                $0["identity"] as? String == "lina" && $0["action"] as? String == "lead.sign"
                    && $0["outcome"] as? String == "denied"
            })
        let byLina = cluster.leadctl(["audit", "--identity", "lina"]).stdout
        #expect(byLina.contains("report.weekly") && byLina.contains("denied"))
    }

    @Test func theWireCarriesNoCompanyNameInClear() throws {
        let secret = "绝密测试科技有限公司ZQX"
        let secure = try capture(secret, plaintext: false)
        #expect(!secure.isEmpty)
        #expect(secure.range(of: Data(secret.utf8)) == nil, "the company name crossed the wire in clear")
        #expect(secure.range(of: Data("ZQX".utf8)) == nil)
        // The same capture without CURVE shows the name: the check above can fail.
        let plain = try capture(secret, plaintext: true)
        #expect(plain.range(of: Data(secret.utf8)) != nil)
    }

    /// Submits a lead through a recording relay and returns the bytes that crossed it.
    func capture(_ company: String, plaintext: Bool) throws -> Data {
        let cluster = try ServiceCluster(config: plaintext ? #"{"insecurePlaintext": true}"# : nil)
        try cluster.start()
        let target = try #require(cluster.endpoints["intakeCommands"]?.split(separator: ":").last.map(String.init))
        let listen = try ServiceCluster.freePorts(1)[0]
        let file = cluster.dataDirectory.appendingPathComponent("capture-\(plaintext).bin")
        let proxy = Process()
        proxy.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        proxy.arguments = ["python3", Self.proxyScript.path, "\(listen)", target, file.path]
        let ready = Pipe()
        proxy.standardOutput = ready
        try proxy.run()
        defer {
            // SIGKILL: a child of the test runner may inherit SIGTERM blocked.
            kill(proxy.processIdentifier, SIGKILL)
            proxy.waitUntilExit()
        }
        _ = ready.fileHandleForReading.availableData  // "listening"
        let run = cluster.leadctl([
            "submit", "--intake", "tcp://127.0.0.1:\(listen)", "--company", company, "--headquarters", "北京",
            "--project", "机密项目", "--json",
        ])
        #expect(run.jsonLines().first?["status"] as? String == "accepted", "\(run.stdout) \(run.stderr)")
        // The consumers follow in either mode (they replay over the same secured socket).
        #expect(
            cluster.eventually {
                (cluster.leadctl(["status", "--json"]).json()?["lead-matcher"] as? [String: Any]).flatMap {
                    ($0["status"] as? [String: Any])?["lastSequence"] as? Int
                } == 1
            })
        return (try? Data(contentsOf: file)) ?? Data()
    }

    static let proxyScript = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("python/capture_proxy.py")

    @Test func plaintextIsRefusedOffLoopback() throws {
        let cluster = try ServiceCluster()
        let run = cluster.run(
            cluster.binDirectory.appendingPathComponent("lead-intake"),
            [
                "--insecure-plaintext", "--intake-commands", "tcp://0.0.0.0:0", "--data-dir",
                cluster.dataDirectory.appendingPathComponent("x").path,
            ])
        #expect(run.status != 0)
        #expect(run.stderr.contains("loopback only"))
    }
}

extension Result where Failure == ErrorBody {
    var errorCode: ErrorCode? { if case .failure(let error) = self { error.code } else { nil } }
}
