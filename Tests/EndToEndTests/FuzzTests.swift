import Foundation
import LeadMessages
import LeadMessagesTesting
import ServiceClient
import Testing
import ZeroMQ

/// 100,000 hostile frames to each service's socket: every one gets a structured reply (or, when
/// over the size limit, is dropped by the transport); no crash, nothing stored.
@Suite(.serialized) struct FuzzTests {
    static let framesPerService = Int(ProcessInfo.processInfo.environment["LEADTRACKER_FUZZ_FRAMES"] ?? "") ?? 100_000

    @Test func hostileFramesGetStructuredErrorsAndChangeNothing() throws {
        let seed = SeededRandom.seed(fallback: 0x1EAD_7AC4)
        print("fuzz seed \(seed) (LEADTRACKER_SEED to replay), \(Self.framesPerService) frames per service")
        let cluster = try ServiceCluster()
        try cluster.start()
        let context = try ZMQContext()
        var fuzzer = FrameFuzzer(random: SeededRandom(seed: seed))
        for key in ["intakeCommands", "matcherQueries", "reporterQueries"] {
            let endpoint = try #require(cluster.endpoints[key])
            let configure = try cluster.credentials().configure(for: try #require(ServiceCluster.serverNames[key]))
            let tally = try Self.fire(
                Self.framesPerService, at: endpoint, context: context, configure: configure, fuzzer: &fuzzer)
            print(
                "\(key): \(tally.sent) frames, \(tally.ok) ok, \(tally.errors.values.reduce(0, +)) errors \(tally.errors.sorted { $0.key < $1.key })"
            )
            #expect(tally.unanswered == 0, "\(key): \(tally.unanswered) requests without a reply")
            #expect(tally.undecodable == 0, "\(key): \(tally.undecodable) replies that are not envelopes")
            #expect(tally.ok + tally.errors.values.reduce(0, +) == tally.sent)
            // Over ZMQ_MAXMSGSIZE the transport drops the peer: no reply, no crash.
            for size in [MessageCodec.maxRequestBytes + 1, 8 << 20] {
                let oversize = try context.socket(.dealer)
                try configure(oversize)
                try oversize.setReceiveTimeout(milliseconds: 300)
                try oversize.connect(endpoint)
                try oversize.send([[UInt8](repeating: 0x7B, count: size)])
                #expect(try oversize.receive() == nil)
            }
        }
        // Every service still answers, and nothing was stored anywhere.
        let status = cluster.leadctl(["status", "--json"])
        #expect(status.status == 0, "\(status.stdout) \(cluster.logs())")
        for service in ServiceCluster.services {
            let body = (status.json()?[service] as? [String: Any])?["status"] as? [String: Any]
            #expect(body?["lastSequence"] as? Int == 0, "\(service) stored something")
        }
        #expect((cluster.leadctl(["list", "--json"]).json()?["leads"] as? [Any])?.isEmpty == true)
    }

    struct Tally {
        var sent = 0
        var ok = 0
        var errors: [String: Int] = [:]
        var unanswered = 0
        var undecodable = 0
    }

    /// Sends `count` hostile messages with up to 100 in flight and reads one reply per message.
    static func fire(
        _ count: Int, at endpoint: String, context: ZMQContext, configure: (ZMQSocket) throws -> Void,
        fuzzer: inout FrameFuzzer
    ) throws -> Tally {
        let socket = try context.socket(.dealer)
        try configure(socket)
        try socket.setReceiveTimeout(milliseconds: 10_000)
        try socket.setSendHighWaterMark(0)
        try socket.setReceiveHighWaterMark(0)
        try socket.connect(endpoint)
        var tally = Tally()
        var inFlight = 0
        while tally.sent < count || inFlight > 0 {
            while tally.sent < count && inFlight < 100 {
                try socket.send(fuzzer.next())
                tally.sent += 1
                inFlight += 1
            }
            guard let reply = try socket.receive() else {
                tally.unanswered += inFlight
                return tally
            }
            inFlight -= 1
            guard let payload = reply.frames.last,
                case .success(let header) = MessageCodec.decodeHeader(payload, maxBytes: .max)
            else {
                tally.undecodable += 1
                continue
            }
            if header.type == MessageType.ok.rawValue {
                tally.ok += 1
            } else if case .success(let error) = MessageCodec.decodeAny(ErrorBody.self, from: payload),
                !error.body.message.isEmpty
            {
                tally.errors[error.body.code.rawValue, default: 0] += 1
            } else {
                tally.undecodable += 1
            }
        }
        return tally
    }
}
