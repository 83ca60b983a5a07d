import Testing

@testable import LeadMessages

@Suite struct CodecTests {
    func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func envelopesRoundTrip() throws {
        let submission = LeadSubmission(
            companyName: "中建七局", headquarters: "郑州", projectName: "数据中心", estimatedInvestment: "12.3亿")
        let envelope = Envelope(type: .leadSubmit, body: submission, sender: "test")
        let decoded = try MessageCodec.decodeAny(LeadSubmission.self, from: MessageCodec.encode(envelope)).get()
        #expect(decoded.body == submission)
        #expect(decoded.id == envelope.id)
        #expect(decoded.protocol == ProtocolVersion.current)
    }

    @Test(arguments: [
        ("not json", ErrorCode.invalidJSON, nil as String?),
        ("{}", .missingField, "protocol"),
        (
            #"{"protocol":"2.0","type":"lead.get","id":"x","sentAt":"2023-03-05T00:00:00Z","sender":"t","body":{}}"#,
            .unsupportedVersion, "protocol"
        ),
        (
            #"{"protocol":"1.0","type":"lead.explode","id":"x","sentAt":"2023-03-05T00:00:00Z","sender":"t","body":{}}"#,
            .unknownType, "type"
        ),
        (
            #"{"protocol":"1.0","type":"lead.get","id":"x","sentAt":"yesterday","sender":"t","body":{}}"#,
            .invalidField, "sentAt"
        ),
        (#"{"protocol":"2.0","kind":"something else"}"#, .unsupportedVersion, "protocol"),
        (
            #"{"protocol":1,"type":"lead.get","id":"x","sentAt":"2023-03-05T00:00:00Z","sender":"t","body":{}}"#,
            .invalidField, "protocol"
        ),
    ])
    func badHeadersGetStructuredErrors(payload: String, code: ErrorCode, field: String?) {
        guard case .failure(let error) = MessageCodec.decodeHeader(bytes(payload)) else {
            Issue.record("expected \(code)")
            return
        }
        #expect(error.code == code)
        #expect(error.field == field)
        #expect(!error.message.isEmpty)
    }

    @Test func aMissingBodyFieldIsNamed() {
        let payload =
            #"{"protocol":"1.0","type":"lead.submit","id":"x","sentAt":"2023-03-05T00:00:00Z","sender":"t","body":{"companyName":"A","headquarters":"B"}}"#
        guard case .failure(let error) = MessageCodec.decode(LeadSubmission.self, from: bytes(payload)) else {
            Issue.record("expected missing-field")
            return
        }
        #expect(error.code == .missingField)
        #expect(error.field == "projectName")
    }

    @Test func unknownFieldsAreIgnored() throws {
        let payload =
            #"{"protocol":"1.3","type":"lead.get","id":"x","sentAt":"2023-03-05T00:00:00Z","sender":"t","future":1,"body":{"leadId":"L-000001","extra":true}}"#
        #expect(try MessageCodec.decodeAny(LeadReference.self, from: bytes(payload)).get().body.leadId == "L-000001")
    }

    @Test func oversizeIsRefusedBeforeParsing() {
        let payload = [UInt8](repeating: 0x20, count: MessageCodec.maxRequestBytes + 1)
        guard case .failure(let error) = MessageCodec.decodeHeader(payload) else {
            Issue.record("expected message-too-large")
            return
        }
        #expect(error.code == .messageTooLarge)
    }

    @Test func wireValuesAcceptWhatOfficersType() {
        #expect(Industry(lenient: "智能制造") == .smartManufacturing)
        #expect(Industry(lenient: "Next-Gen IT") == .nextGenIT)
        #expect(Stage(lenient: "在谈") == .negotiating)
        #expect(Stage(lenient: "SIGNED") == .signed)
        #expect(Channel(lenient: "以商招商") == .businessReferral)
        #expect(Stage(lenient: "finished") == nil)
    }

    @Test func leadIDsAreForgiving() {
        #expect(LeadID.canonical("42") == "L-000042")
        #expect(LeadID.canonical(" l-000042 ") == "L-000042")
        #expect(LeadID.canonical("L42") == "L-000042")
        #expect(LeadID.canonical("L-0") == nil)
        #expect(LeadID.canonical("X-1") == nil)
        #expect(LeadID.make(1_234_567) == "L-1234567")
    }
}
