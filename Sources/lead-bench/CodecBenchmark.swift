import ArgumentParser
import Foundation
import LeadMessages

/// `lead-bench codec`: the submission message through our codec (Foundation's JSONEncoder and
/// JSONDecoder, as the services use it: header first, then the whole envelope), beside
/// Foundation's untyped JSONSerialization on the same bytes, the floor any typed decoder built on
/// Foundation starts from.
struct CodecBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "codec", abstract: "Encode/decode of lead.submit per second.")

    @Option(help: "Messages per figure") var count: Int = 200_000

    func run() throws {
        let envelope = Envelope(
            type: .leadSubmit,
            body: LeadSubmission(
                companyName: "中建七局第三建筑有限公司", headquarters: "河南省郑州市金水区", projectName: "花园口智能制造产业园",
                industry: "smart-manufacturing", description: "装配式建筑部品部件生产基地，年产能30万立方米",
                estimatedInvestment: "12.3亿", channel: "定向招商", parentCompany: "中国建筑集团有限公司", officer: "王敏",
                carrierPark: "古荥智能制造产业园", ownership: "mainland", requestId: "c0ffee00-1234-4abc-8def-001122334455"),
            sender: "leadctl")
        let bytes = MessageCodec.encode(envelope)
        print("message: lead.submit, \(bytes.count) bytes")
        print("figure                                   per second   µs each")
        try row("encode (JSONEncoder, sorted keys)") { _ = MessageCodec.encode(envelope) }
        try row("decode as a service does (header, body)") {
            _ = try MessageCodec.decodeHeader(bytes).get()
            _ = try MessageCodec.decode(LeadSubmission.self, from: bytes).get()
        }
        try row("decode the envelope once (JSONDecoder)") {
            _ = try MessageCodec.decode(LeadSubmission.self, from: bytes).get()
        }
        try row("reference: JSONSerialization, untyped") { _ = try JSONSerialization.jsonObject(with: Data(bytes)) }
    }

    private func row(_ name: String, _ body: () throws -> Void) throws {
        for _ in 0..<min(count / 10, 10_000) { try body() }  // warm up
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<count { try body() }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print(
            name.padding(toLength: 40, withPad: " ", startingAt: 0)
                + String(format: "%11.0f  %8.2f", Double(count) / seconds, seconds * 1e6 / Double(count)))
    }
}
