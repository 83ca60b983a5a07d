import Foundation
import Histogram
import LeadMessages
import ServiceClient
import ServiceKit
import ZeroMQ

/// A DEALER to intake that keeps many submissions in flight, with CURVE as in production.
/// Payloads are the spec's JSON written from a template (a real client's encoder would take CPU
/// from the services on this 2-core machine, and the client is not what is measured); replies
/// are scanned for the fields the benchmark needs.
final class SubmissionClient {
    let socket: ZMQSocket
    private var poller = ZMQPoller()
    private let run = UUID().uuidString.prefix(8)
    private var next = 0
    /// Send instant (ns) by envelope id.
    private(set) var outstanding: [String: UInt64] = [:]

    static let companies: [(String, String, String)] = [
        ("中建七局第三建筑有限公司", "河南郑州", "装配式建筑产业园"), ("华为技术有限公司", "广东深圳", "鲲鹏生态创新中心"),
        ("长江和记实业有限公司", "香港", "冷链物流园"), ("郑州某食品有限公司", "河南郑州", "速冻食品生产基地"),
        ("上海某智能装备有限公司", "上海浦东", "工业机器人生产线"), ("中国移动通信集团河南有限公司", "郑州", "算力中心"),
        ("Siemens Ltd., China", "Beijing", "smart factory"), ("北京某文旅发展有限公司", "北京市朝阳区", "黄河文化旅游度假区"),
    ]

    /// Tells one client's units apart from another's (the city benchmark's districts court
    /// different companies, but the same few groups' head offices).
    private let unitTag: String

    init(context: ZMQContext, endpoint: String, credentials: ClientCredentials, unitTag: String = "") throws {
        self.unitTag = unitTag
        socket = try context.socket(.dealer)
        try credentials.configure(for: "lead-intake")(socket)
        try socket.setReceiveHighWaterMark(0)
        try socket.setSendHighWaterMark(0)
        try socket.connect(endpoint)
        poller.add(socket)
    }

    /// Sends one submission; returns its envelope id.
    @discardableResult
    func send(at nanoseconds: UInt64 = DispatchTime.now().uptimeNanoseconds) throws -> String {
        let (base, headquarters, project) = Self.companies[next % Self.companies.count]
        // Mostly distinct companies (a unit number), one in twenty a company already submitted.
        let company = next % 20 == 0 ? base : "\(base)\(unitTag)第\(next)项目部"
        let id = "\(run)-\(next)"
        next += 1
        let payload = """
            {"body":{"companyName":"\(company)","estimatedInvestment":"\(1 + next % 50)亿","headquarters":"\(headquarters)",\
            "projectName":"\(project)\(next)","requestId":"bench-\(id)"},"id":"\(id)","protocol":"\(ProtocolVersion.current)",\
            "sender":"lead-bench","sentAt":"2026-11-28T10:00:00.000+08:00","type":"lead.submit"}
            """
        outstanding[id] = nanoseconds
        try socket.send([Array(payload.utf8)])
        return id
    }

    struct Reply {
        var id: String
        var sentAt: UInt64
        var leadId: String?
        var ok: Bool
    }

    /// The next reply, waiting at most `timeoutMilliseconds` (0: only what is already here).
    func receive(timeoutMilliseconds: Int32) throws -> Reply? {
        if timeoutMilliseconds > 0 {
            guard try poller.poll(timeoutMilliseconds: Int(timeoutMilliseconds))[0] else { return nil }
        }
        guard let message = try socket.receive(dontWait: true), let payload = message.frames.last,
            let id = Self.field("correlationId", in: payload), let sentAt = outstanding.removeValue(forKey: id)
        else { return nil }
        let ok = Self.field("type", in: payload) == "ok"
        return Reply(id: id, sentAt: sentAt, leadId: Self.field("leadId", in: payload), ok: ok)
    }

    /// The string value of the first `"name":"…"` in a JSON payload (ids and wire values have no escapes).
    static func field(_ name: String, in payload: [UInt8]) -> String? {
        let key = Array("\"\(name)\":\"".utf8)
        guard payload.count > key.count else { return nil }
        var index = 0
        while index <= payload.count - key.count {
            if payload[index] == key[0], payload[index..<(index + key.count)].elementsEqual(key) {
                let start = index + key.count
                guard let end = payload[start...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
                return String(decoding: payload[start..<end], as: UTF8.self)
            }
            index += 1
        }
        return nil
    }
}

extension SubmissionClient {
    struct ClosedLoopRun {
        var acked = 0
        var errors = 0
        var seconds = 0.0
        /// Each acknowledgement's latency from its send, in microseconds.
        var latencies = Histogram<UInt64>(highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: .three)
        var perSecond: Int { Int(Double(acked) / max(seconds, 1e-9)) }
    }

    /// Keeps `inFlight` submissions outstanding until `count` are acknowledged or `seconds` pass.
    func closedLoop(inFlight: Int, count: Int?, seconds: Double?) throws -> ClosedLoopRun {
        let start = DispatchTime.now().uptimeNanoseconds
        let deadline = seconds.map { start + UInt64($0 * 1e9) }
        var run = ClosedLoopRun()
        var sent = 0
        func more() -> Bool {
            if let count, sent >= count { return false }
            if let deadline, DispatchTime.now().uptimeNanoseconds >= deadline { return false }
            return true
        }
        while sent - run.acked - run.errors < inFlight && more() {
            try send()
            sent += 1
        }
        while run.acked + run.errors < sent {
            guard let reply = try receive(timeoutMilliseconds: 5_000) else { throw BenchError("intake stalled") }
            _ = run.latencies.record((DispatchTime.now().uptimeNanoseconds - reply.sentAt) / 1_000)
            if reply.ok { run.acked += 1 } else { run.errors += 1 }
            if more() {
                try send()
                sent += 1
            }
        }
        run.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return run
    }
}
