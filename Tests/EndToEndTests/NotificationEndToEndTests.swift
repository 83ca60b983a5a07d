import Foundation
import LeadMessages
import Testing

/// Notifications through real parts: lead-supervisor delivers to a real SMTP server (aiosmtpd) and
/// a real HTTP receiver, each in a process of its own (Tests/python/notification_receivers.py).
/// The mail server is down at first, the chat answers with an error code for a while, and the
/// supervisor is killed (-9) twice in the middle of a delivery; in the end every notification has
/// reached each channel exactly once.
@Suite(.serialized) struct NotificationEndToEndTests {
    static let receivers = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("python/notification_receivers.py")

    @Test func notificationsReachMailAndChatExactlyOnceThroughOutagesAndKills() throws {
        let ports = try ServiceCluster.freePorts(2)
        let (smtpPort, httpPort) = (ports[0], ports[1])
        let config = """
            {"units": {"区投资促进局一科": ["wangmin"]},
             "notifications": {
               "people": {"wangmin": {"email": "wangmin@bureau.example", "name": "王敏"},
                          "\(ServiceCluster.admin)": {"email": "admin@bureau.example"},
                          "lifuqu": {"email": "lifuqu@bureau.example", "name": "李副区长"}},
               "email": {"smtp": "127.0.0.1:\(smtpPort)", "from": "leadtracker@bureau.example"},
               "webhook": {"url": "http://127.0.0.1:\(httpPort)/cgi-bin/webhook/send?key=test", "style": "wecom"},
               "retry": {"firstSeconds": 0.2, "maxSeconds": 1}}}
            """
        let cluster = try ServiceCluster(config: config, movableClock: true)
        let out = cluster.dataDirectory.appendingPathComponent("received")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let http = try Receiver(.http, port: httpPort, out: out)
        defer { http.stop() }
        try cluster.start()
        try cluster.addKey("wangmin", role: "officer")
        let today = Timestamp.now().businessDate
        func day(_ offset: Int) -> String { today.adding(days: Int64(offset)).description }
        func file(_ name: String) -> URL { out.appendingPathComponent(name) }
        func received(_ name: String) -> [[String: Any]] {
            ServiceCluster.Run(
                status: 0, stdout: (try? String(contentsOf: file(name), encoding: .utf8)) ?? "", stderr: ""
            )
            .jsonLines()
        }
        func backlog(_ channel: String) -> [String: Any]? {
            let status = cluster.leadctl(["status", "--json"]).json()
            let supervisor = (status?["lead-supervisor"] as? [String: Any])?["status"] as? [String: Any]
            return (supervisor?["backlog"] as? [String: Any])?[channel] as? [String: Any]
        }
        /// Kills the supervisor while `channel`'s receiver holds a delivery unanswered, and restarts it
        /// once the receiver has seen the connection go.
        func killMidDelivery(_ channel: String) throws {
            #expect(
                cluster.eventually(timeoutSeconds: 30) {
                    FileManager.default.fileExists(atPath: file("holding-\(channel)").path)
                },
                "no \(channel) delivery was held; \(cluster.logs())")
            cluster.kill("lead-supervisor")
            #expect(
                cluster.eventually { FileManager.default.fileExists(atPath: file("dropped-\(channel)").path) },
                "the \(channel) receiver did not see the connection go")
            try FileManager.default.removeItem(at: file("hold-\(channel)"))
            try cluster.start("lead-supervisor")
        }

        let lead = try #require(
            cluster.leadctl(
                as: "wangmin",
                [
                    "submit", "--company", "中建七局", "--headquarters", "郑州", "--project", "数据中心", "--json",
                ]
            ).jsonLines().first?["leadId"] as? String)
        #expect(
            cluster.leadctl(["assign", lead, "--unit", "区投资促进局一科", "--leader", "lifuqu", "--reason", "分包", "--json"])
                .status == 0)
        #expect(
            cluster.eventually {
                let row = (cluster.leadctl(["board", "--lead", lead, "--json"]).json()?["rows"] as? [[String: Any]])?
                    .first
                return (row?["responsibility"] as? [String: Any])?["leader"] as? String == "lifuqu"
            })
        let issued = cluster.leadctl([
            "order", lead, "--unit", "区投资促进局一科", "--request", "协调用地指标", "--deadline", day(7), "--json",
        ])
        let orderId = try #require(issued.json()?["orderId"] as? String, "\(issued.stdout) \(issued.stderr)")

        // The chat has the order at once; the mail server is down, so the email waits, counted in the status.
        #expect(cluster.eventually { received("hook.jsonl").count == 1 }, "\(received("hook.jsonl"))")
        #expect(
            cluster.eventually { (backlog("email")?["waiting"] as? Int) == 1 && backlog("email")?["lastError"] != nil },
            "\(String(describing: backlog("email")))")
        let inbox = cluster.leadctl(as: "wangmin", ["inbox", "--json"]).json()
        #expect(inbox?["unread"] as? Int == 1)

        // Day 60: the lead turns yellow and the order, 53 days late, goes to the leader. The chat
        // answers with a rate-limit code for a while: nothing is lost, nothing counted as sent.
        try Data().write(to: file("fail-hook"))
        try cluster.moveClock(days: 60)
        #expect(
            cluster.eventually {
                (backlog("webhook")?["lastError"] as? String)?.contains("45009") == true
                    && (backlog("webhook")?["waiting"] as? Int) == 2
            }, "\(String(describing: backlog("webhook")))")
        try FileManager.default.removeItem(at: file("fail-hook"))
        #expect(cluster.eventually { received("hook.jsonl").count == 3 }, "\(received("hook.jsonl"))")

        // The mail server comes up holding the first message; the supervisor dies mid-delivery.
        try Data().write(to: file("hold-mail"))
        let smtp = try Receiver(.smtp, port: smtpPort, out: out)
        defer { smtp.stop() }
        try killMidDelivery("mail")
        #expect(
            cluster.eventually(timeoutSeconds: 30) { received("mail.jsonl").count == 5 }, "\(received("mail.jsonl"))")

        // Day 90: red; the chat holds it and the supervisor dies again.
        try Data().write(to: file("hold-hook"))
        try cluster.moveClock(days: 90)
        try killMidDelivery("hook")
        #expect(
            cluster.eventually(timeoutSeconds: 30) { received("hook.jsonl").count == 4 }, "\(received("hook.jsonl"))")
        #expect(
            cluster.eventually(timeoutSeconds: 30) { received("mail.jsonl").count == 7 }, "\(received("mail.jsonl"))")
        Thread.sleep(forTimeInterval: 1.5)  // time for a duplicate to show, if one were coming

        // Exactly once each, by an expectation written here: who gets what.
        let yellow = "N-\(lead)-yellow-\(day(60))"
        let red = "N-\(lead)-red-\(day(90))"
        let toLeader = "N-\(orderId)-leader"
        let toUnit = "N-\(orderId)-issued"
        let chat = received("hook.jsonl").compactMap { $0["id"] as? String }
        #expect(chat.sorted() == [toUnit, toLeader, yellow, red].sorted(), "\(chat)")
        let mails = received("mail.jsonl").map {
            "\($0["id"] as? String ?? "?") → \(($0["to"] as? [String])?.joined() ?? "?")"
        }
        let expected = [
            "\(toUnit) → wangmin@bureau.example", "\(yellow) → wangmin@bureau.example",
            "\(toLeader) → wangmin@bureau.example", "\(toLeader) → admin@bureau.example",
            "\(toLeader) → lifuqu@bureau.example", "\(red) → wangmin@bureau.example", "\(red) → lifuqu@bureau.example",
        ]
        #expect(mails.sorted() == expected.sorted(), "\(mails)")
        #expect(backlog("email")?["waiting"] as? Int == 0 && backlog("webhook")?["waiting"] as? Int == 0)

        // What they say: a Chinese subject, the id as Message-ID; the chat message @-mentions by name.
        let redMail = try #require(received("mail.jsonl").first { $0["id"] as? String == red })
        #expect((redMail["subject"] as? String)?.hasPrefix("【红灯】\(lead) 中建七局") == true, "\(redMail)")
        #expect(redMail["messageId"] as? String == "<\(red)@leadtracker>")
        #expect((redMail["body"] as? String)?.contains("天未跟进") == true, "\(redMail)")
        let redChat = try #require(received("hook.jsonl").first { $0["id"] as? String == red })
        let text = (redChat["body"] as? [String: Any])?["text"] as? [String: Any]
        #expect(text?["mentioned_list"] as? [String] == ["王敏", "李副区长"], "\(redChat)")
        #expect(redChat["path"] as? String == "/cgi-bin/webhook/send?key=test")

        // The inbox: wangmin's four, newest first; marked read; someone else's id refused.
        let mine = cluster.leadctl(as: "wangmin", ["inbox", "--json"]).json()
        let ids = (mine?["items"] as? [[String: Any]])?.compactMap {
            ($0["notification"] as? [String: Any])?["notificationId"] as? String
        }
        #expect(
            ids == [red, toLeader, yellow, toUnit] || ids == [red, yellow, toLeader, toUnit],
            "\(String(describing: ids))")
        let refused = cluster.leadctl(as: "wangmin", ["read", "N-nobody", "--json"])
        #expect((refused.jsonLines().first?["error"] as? [String: Any])?["code"] as? String == "not-found")
        #expect(cluster.leadctl(as: "wangmin", ["read", "--all", "--json"]).json()?["unread"] as? Int == 0)
        #expect(
            cluster.leadctl(["inbox", "--unread", "--json"]).json()?["total"] as? Int == 1,
            "the admin has the leader's order")
        _ = cluster.stopAll()
    }
}

/// A receiver process of Tests/python/notification_receivers.py, ready once it listens.
final class Receiver {
    enum Kind: String { case smtp, http }
    private let process = Process()

    init(_ kind: Kind, port: Int, out: URL) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", NotificationEndToEndTests.receivers.path, kind.rawValue, "--port", "\(port)", "--out", out.path,
        ]
        let log = out.appendingPathComponent("\(kind.rawValue).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        let ready = out.appendingPathComponent("ready-\(kind.rawValue)")
        let deadline = Date().addingTimeInterval(20)
        while !FileManager.default.fileExists(atPath: ready.path) {
            guard Date() < deadline, process.isRunning else {
                throw ClusterError(
                    "the \(kind) receiver did not start: \((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
