import Foundation
import LeadMessages
import ServiceClient
import Testing
import ZeroMQ

/// Bad input through leadctl and through a raw socket: a structured error, nothing stored, and
/// the services keep serving.
@Suite(.serialized) struct BadInputTests {
    @Test func leadctlReportsStructuredErrors() throws {
        let cluster = try ServiceCluster()
        try cluster.start()
        let lead = try #require(
            cluster.leadctl(["submit", "--company", "中粮", "--headquarters", "北京", "--project", "食品产业园", "--json"])
                .jsonLines().first?["leadId"] as? String)

        let cases: [(arguments: [String], code: String, field: String?)] = [
            (
                ["submit", "--company", " ", "--headquarters", "北京", "--project", "p", "--json"], "missing-field",
                "companyName"
            ),
            (
                ["submit", "--company", "c", "--headquarters", "北京", "--project", "p", "--amount", "十二亿", "--json"],
                "invalid-field", "estimatedInvestment"
            ),
            (
                ["submit", "--company", "c", "--headquarters", "北京", "--project", "p", "--amount=-3亿", "--json"],
                "invalid-field", "estimatedInvestment"
            ),
            (["advance", lead, "--stage", "finished", "--json"], "invalid-field", "stage"),
            (["advance", lead, "--stage", "signed", "--json"], "invalid-transition", "stage"),
            (
                ["sign", lead, "--amount", "1亿", "--at", "2099-01-01T00:00:00+08:00", "--json"], "invalid-field",
                "signedAt"
            ),
            (["sign", lead, "--amount", "abc", "--json"], "invalid-field", "amount"),
            (["show", "L-999999", "--json"], "not-found", "leadId"),
            (["show", "nonsense", "--json"], "invalid-field", "leadId"),
            (["sign", lead, "--amount", " ", "--json"], "missing-field", "amount"),
            (["report", "weekly", "--week", "2023-W99", "--json"], "invalid-field", "week"),
        ]
        for (arguments, code, field) in cases {
            let run = cluster.leadctl(arguments)
            #expect(run.status != 0, "\(arguments) should fail")
            let error = (run.jsonLines().first?["error"] as? [String: Any])
            #expect(error?["code"] as? String == code, "\(arguments): \(run.stdout)")
            #expect(error?["field"] as? String == field, "\(arguments): \(run.stdout)")
            #expect((error?["message"] as? String)?.isEmpty == false)
        }
        // Human output names the problem in Chinese by default.
        let human = cluster.leadctl(["submit", "--company", "", "--headquarters", "北京", "--project", "p"])
        #expect(human.stdout.contains("企业名称不能为空"))

        // Nothing bad was stored, and the services still answer.
        let list = cluster.leadctl(["list", "--json"]).json()
        #expect((list?["leads"] as? [Any])?.count == 1)
        #expect(cluster.leadctl(["status", "--json"]).status == 0)
    }

    @Test func rawSocketGarbageGetsStructuredErrors() throws {
        let cluster = try ServiceCluster()
        try cluster.start()
        let context = try ZMQContext()
        for key in ["intakeCommands", "matcherQueries", "reporterQueries"] {
            let endpoint = try #require(cluster.endpoints[key])
            let garbage: [(frames: [[UInt8]], code: ErrorCode)] = [
                ([Array("not json".utf8)], .invalidJSON),
                ([[0xff, 0xfe, 0xfd]], .invalidJSON),
                ([Array("[1,2,3]".utf8)], .invalidJSON),
                ([Array(#"{"protocol":"1.0"}"#.utf8)], .missingField),
                (
                    [
                        Array(
                            #"{"protocol":"9.0","type":"lead.get","id":"a","sentAt":"2023-03-05T00:00:00Z","sender":"x","body":{}}"#
                                .utf8)
                    ], .unsupportedVersion
                ),
                (
                    [
                        Array(
                            #"{"protocol":"1.0","type":"lead.delete","id":"a","sentAt":"2023-03-05T00:00:00Z","sender":"x","body":{}}"#
                                .utf8)
                    ], .unknownType
                ),
                (
                    [
                        Array(
                            #"{"protocol":"1.0","type":"lead.submit","id":"a","sentAt":"2023-03-05T00:00:00Z","sender":"x","body":{"companyName":7}}"#
                                .utf8)
                    ],
                    key == "intakeCommands" ? .invalidField : .wrongService
                ),
                ([Array(String(repeating: "[", count: 100_000).utf8)], .invalidJSON),
                // Invalid UTF-8 in a member nobody reads is still not UTF-8 JSON (§3.3).
                (
                    [
                        Array(
                            #"{"protocol":"1.0","type":"service.status","id":"u","sentAt":"2023-03-05T00:00:00Z","sender":"x","body":{},"note":""#
                                .utf8)
                            + [0xC3, 0x28] + Array(#""}"#.utf8)
                    ], .invalidJSON
                ),
                // service.status's body is an object, even an empty one.
                (
                    [
                        Array(
                            #"{"protocol":"1.0","type":"service.status","id":"s","sentAt":"2023-03-05T00:00:00Z","sender":"x","body":5}"#
                                .utf8)
                    ], .invalidField
                ),
                ([[], []], .malformedFrame),
                ([Array("a".utf8), Array("b".utf8), Array("c".utf8)], .malformedFrame),
            ]
            for (frames, code) in garbage {
                let dealer = try context.socket(.dealer)
                try cluster.credentials().configure(for: try #require(ServiceCluster.serverNames[key]))(dealer)
                try dealer.setReceiveTimeout(milliseconds: 5_000)
                try dealer.connect(endpoint)
                try dealer.send(frames)
                let reply = try #require(try dealer.receive(), "\(key): no reply to \(frames.count) frame(s)")
                let envelope = try MessageCodec.decodeAny(ErrorBody.self, from: try #require(reply.frames.last)).get()
                #expect(envelope.type == .error)
                #expect(envelope.body.code == code, "\(key): \(envelope.body)")
                // Every error names the service that answered it, malformed frames included.
                #expect(envelope.sender == ServiceCluster.serverNames[key], "\(key): sender \(envelope.sender)")
            }
            // Over ZMQ_MAXMSGSIZE: libzmq drops the connection before we read a byte; no reply, no crash.
            let oversize = try context.socket(.dealer)
            try cluster.credentials().configure(for: try #require(ServiceCluster.serverNames[key]))(oversize)
            try oversize.setReceiveTimeout(milliseconds: 500)
            try oversize.connect(endpoint)
            try oversize.send([[UInt8](repeating: 0x7b, count: 2 << 20)])
            #expect(try oversize.receive() == nil)
        }
        // Still serving, and nothing was stored.
        let status = cluster.leadctl(["status", "--json"])
        #expect(status.status == 0)
        #expect(
            ((status.json()?["lead-intake"] as? [String: Any])?["status"] as? [String: Any])?["lastSequence"] as? Int
                == 0)
    }

    /// A 年考核 scheme whose weights do not add up stops lead-reporter at start, saying which file
    /// and what is wrong, instead of publishing wrong scores (issue 16).
    @Test func aSchemeThatDoesNotAddUpStopsTheReporterAtStart() throws {
        let cluster = try ServiceCluster()
        let reference = cluster.dataDirectory.appendingPathComponent("reference")
        try FileManager.default.createDirectory(at: reference, withIntermediateDirectories: true)
        let scheme = reference.appendingPathComponent("assessment-scheme.json")
        try Data(
            #"""
            {"name": "本局方案", "version": "2023.2", "effective": "2023-01-01", "sources": ["局务会"],
             "items": [{"id": "n", "label": "签约项目数", "measure": "signing", "use": "projects", "weight": 50},
                       {"id": "f", "label": "实际到位资金", "measure": "funds", "use": "amount", "weight": 45}],
             "deductions": []}
            """#.utf8
        ).write(to: scheme)
        let run = cluster.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            [
                "LEADTRACKER_REFERENCE_DIR=\(reference.path)",
                cluster.binDirectory.appendingPathComponent("lead-reporter").path, "--data-dir",
                cluster.dataDirectory.appendingPathComponent("reporter-data").path,
            ])
        #expect(run.status != 0)
        #expect(
            (run.stderr + run.stdout).contains("add up to 95.0, not 100")
                && (run.stderr + run.stdout).contains(scheme.path),
            "\(run.stdout) \(run.stderr)")
    }

    @Test func aRetriedRequestIdIsStoredOnce() throws {
        let cluster = try ServiceCluster()
        try cluster.start()
        let arguments = [
            "submit", "--company", "招商局", "--headquarters", "香港", "--project", "物流园", "--request-id", "req-42",
            "--json",
        ]
        let first = cluster.leadctl(arguments).jsonLines().first
        let second = cluster.leadctl(arguments).jsonLines().first
        #expect(first?["status"] as? String == "accepted")
        #expect(second?["status"] as? String == "duplicate")
        #expect(first?["leadId"] as? String == second?["leadId"] as? String)
        #expect((cluster.leadctl(["list", "--json"]).json()?["leads"] as? [Any])?.count == 1)
    }

    @Test func leadctlSaysClearlyWhenNothingAnswers() throws {
        let cluster = try ServiceCluster()  // not started
        let run = cluster.leadctl(["show", "L-1", "--timeout", "200", "--retries", "2", "--json"])
        #expect(run.status == 1)
        #expect((run.jsonLines().first?["error"] as? [String: Any])?["code"] as? String == "unavailable")
    }
}
