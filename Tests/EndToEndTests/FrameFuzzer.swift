import Foundation
import LeadMessagesTesting

/// Makes hostile request frames: valid envelopes mutated in the ways a broken or malicious client
/// would — truncated, bytes flipped, invalid UTF-8, values of the wrong type, deep nesting, huge
/// numbers, unknown versions and types, random bytes, empty and extra frames.
///
/// The base requests can never store anything: submissions lack `projectName`, and the other
/// commands name leads that do not exist, so a mutation that stays valid is still harmless.
struct FrameFuzzer {
    var random: SeededRandom

    static let bases: [String] = [
        #"{"protocol":"1.0","type":"lead.get","id":"f-1","sentAt":"2023-03-05T00:00:00Z","sender":"fuzz","body":{"leadId":"L-000001"}}"#,
        #"{"protocol":"1.0","type":"lead.list","id":"f-2","sentAt":"2023-03-05T00:00:00+08:00","sender":"fuzz","body":{"stage":"lead","limit":5}}"#,
        #"{"protocol":"1.0","type":"service.status","id":"f-3","sentAt":"2023-03-05T00:00:00Z","sender":"fuzz","body":{}}"#,
        #"{"protocol":"1.0","type":"recommendation.get","id":"f-4","sentAt":"2023-03-05T00:00:00Z","sender":"fuzz","body":{"leadId":"L-000009"}}"#,
        #"{"protocol":"1.0","type":"report.weekly","id":"f-5","sentAt":"2023-03-05T00:00:00Z","sender":"fuzz","body":{"week":"2023-W10"}}"#,
        #"{"protocol":"1.0","type":"events.replay","id":"f-6","sentAt":"2023-03-05T00:00:00Z","sender":"fuzz","body":{"afterSequence":0,"limit":10}}"#,
        #"{"protocol":"1.0","type":"lead.submit","id":"f-7","sentAt":"2023-03-05T00:00:00Z","sender":"fuzz","body":{"companyName":"中建七局","headquarters":"郑州","estimatedInvestment":"12.3亿"}}"#,
        #"{"protocol":"1.0","type":"lead.sign","id":"f-8","sentAt":"2023-03-05T00:00:00Z","sender":"fuzz","body":{"leadId":"L-999999","amount":"1亿","signedAt":"2023-03-05T23:30:00+08:00"}}"#,
        #"{"protocol":"1.0","type":"lead.advance","id":"f-9","sentAt":"2023-03-05T00:00:00Z","sender":"fuzz","body":{"leadId":"L-999998","stage":"contacted"}}"#,
    ]

    static let hostileValues: [String] = [
        "null", "true", "[]", "{}", "-0", "1e400", "-1e400", "123456789012345678901234567890", "9223372036854775808",
        "-9223372036854775809", "0.000000000000000000001", #""""#, #""\u0000""#, #""\ud800""#, #""L-\u00ff""#,
        String(repeating: "[", count: 2_000) + String(repeating: "]", count: 2_000), #""2.0""#, #""1""#, #""1.0.0""#,
        #""lead.delete""#, #""ok""#, #""error""#, #""lead.created""#, String(repeating: "9", count: 5_000),
        #""\#(String(repeating: "长", count: 300))""#,
    ]

    static let fields = [
        "protocol", "type", "id", "sentAt", "sender", "body", "correlationId", "leadId", "limit", "afterSequence",
        "week", "companyName", "amount", "signedAt", "stage",
    ]

    /// One hostile message: its frames (usually one).
    mutating func next() -> [[UInt8]] {
        let base = Array(Self.bases[Int(random.next() % UInt64(Self.bases.count))].utf8)
        switch random.next() % 12 {
        case 0: return [Array(base.prefix(Int(random.next() % UInt64(base.count))))]  // truncated (maybe empty)
        case 1: return [flipBytes(base)]
        case 2: return [insertInvalidUTF8(base)]
        case 3, 4: return [replaceValue(base)]
        case 5: return [deepNesting()]
        case 6: return [randomBytes(Int(random.next() % 512))]
        case 7:
            return [
                Array(
                    String(decoding: base, as: UTF8.self).replacingOccurrences(
                        of: "\"1.0\"", with: ["\"2.0\"", "\"0.9\"", "\"1\"", "1.0", "\"\""][Int(random.next() % 5)]
                    ).utf8)
            ]
        case 8: return Array(repeating: base, count: 2 + Int(random.next() % 3))  // extra frames
        case 9: return [[], base]  // empty delimiter then payload: valid REQ framing of a harmless request
        case 10: return [replaceValue(flipBytes(base))]
        default: return [duplicateKeys(base)]
        }
    }

    private mutating func flipBytes(_ bytes: [UInt8]) -> [UInt8] {
        var bytes = bytes
        for _ in 0..<(1 + Int(random.next() % 4)) where !bytes.isEmpty {
            bytes[Int(random.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: random.next())
        }
        return bytes
    }

    private mutating func insertInvalidUTF8(_ bytes: [UInt8]) -> [UInt8] {
        let poison: [[UInt8]] = [
            [0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80], [0xC0, 0xAF],
        ]
        var bytes = bytes
        let at = Int(random.next() % UInt64(bytes.count + 1))
        bytes.insert(contentsOf: poison[Int(random.next() % UInt64(poison.count))], at: at)
        return bytes
    }

    /// Replaces the value of a field with a hostile one, by text, keeping the JSON otherwise intact.
    private mutating func replaceValue(_ bytes: [UInt8]) -> [UInt8] {
        let text = String(decoding: bytes, as: UTF8.self)
        let field = Self.fields[Int(random.next() % UInt64(Self.fields.count))]
        let value = Self.hostileValues[Int(random.next() % UInt64(Self.hostileValues.count))]
        guard let keyRange = text.range(of: "\"\(field)\":") else { return Array((value).utf8) }
        let rest = text[keyRange.upperBound...]
        // The old value ends at the next comma or closing brace at this depth (good enough for flat bodies).
        var depth = 0
        var inString = false
        var end = rest.endIndex
        var index = rest.startIndex
        while index < rest.endIndex {
            let character = rest[index]
            if character == "\"" { inString.toggle() }
            if !inString {
                if character == "{" || character == "[" { depth += 1 }
                if character == "}" || character == "]" {
                    if depth == 0 { end = index; break }
                    depth -= 1
                }
                if character == "," && depth == 0 { end = index; break }
            }
            index = rest.index(after: index)
        }
        return Array((text[..<keyRange.upperBound] + value + text[end...]).utf8)
    }

    private mutating func deepNesting() -> [UInt8] {
        let depth = 10 + Int(random.next() % 100_000)
        let open = random.next() % 2 == 0 ? "[" : "{\"a\":"
        let close = open == "[" ? "]" : "}"
        return Array((String(repeating: open, count: depth) + "1" + String(repeating: close, count: depth)).utf8)
    }

    private mutating func randomBytes(_ count: Int) -> [UInt8] {
        (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }
    }

    private mutating func duplicateKeys(_ bytes: [UInt8]) -> [UInt8] {
        let text = String(decoding: bytes, as: UTF8.self)
        return Array(
            text.replacingOccurrences(
                of: "{\"protocol\":\"1.0\",", with: "{\"protocol\":\"1.0\",\"protocol\":\"7.0\",\"type\":1,"
            ).utf8)
    }
}
