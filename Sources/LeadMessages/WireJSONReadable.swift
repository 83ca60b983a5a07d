/// A message read by hand with `JSONReader`, exactly as `JSONDecoder` reads it; anything the
/// reader leaves (`JSONReader.Unread`) is read the generic way by `MessageCodec`.
public protocol WireJSONReadable: Decodable {
    init(reading reader: inout JSONReader) throws
}

extension WireJSONReadable {
    /// The whole of `bytes` as this value.
    public static func read(wireJSON bytes: [UInt8]) throws -> Self {
        try JSONReader.read(bytes) { try Self(reading: &$0) }
    }
}

/// Sets a member once; a second occurrence of a member is left to the generic route.
@inline(__always)
func once<Value>(_ slot: inout Value?, _ value: Value) throws {
    guard slot == nil else { throw JSONReader.Unread() }
    slot = value
}

extension JSONReader {
    public mutating func timestamp() throws -> Timestamp {
        guard let value = Timestamp(rfc3339: try string()) else { throw Unread() }
        return value
    }

    public mutating func money() throws -> Money {
        let text = try string()
        if let fen = Self.plainFen(text) { return Money(fen: fen) }
        guard let value = Money(yuanString: text) else { throw Unread() }
        return value
    }

    /// The form the encoder writes (`-`, digits, `.` and one or two digits), in fen; nil for
    /// anything else, which `Money(yuanString:)` reads.
    static func plainFen(_ text: String) -> Int64? {
        var bytes = text.utf8.makeIterator()
        var byte = bytes.next()
        let negative = byte == UInt8(ascii: "-")
        if negative { byte = bytes.next() }
        var yuan: Int64 = 0
        var digits = 0
        while let next = byte, next >= UInt8(ascii: "0"), next <= UInt8(ascii: "9") {
            yuan = yuan * 10 + Int64(next - UInt8(ascii: "0"))
            digits += 1
            // Up to 14 digits (100万亿 yuan) nothing can overflow, here or in `MoneyParser`;
            // longer amounts are left to it, which knows where its own limit falls.
            guard digits <= 14 else { return nil }
            byte = bytes.next()
        }
        guard digits > 0 else { return nil }
        var fen: Int64 = 0
        if byte == UInt8(ascii: ".") {
            var decimals = 0
            while let next = bytes.next() {
                guard next >= UInt8(ascii: "0"), next <= UInt8(ascii: "9"), decimals < 2 else { return nil }
                fen = fen * 10 + Int64(next - UInt8(ascii: "0"))
                decimals += 1
            }
            guard decimals > 0 else { return nil }
            if decimals == 1 { fen *= 10 }
        } else if byte != nil {
            return nil
        }
        let total = yuan * 100 + fen
        return negative ? -total : total
    }

    /// An optional member: null reads as absent, as `decodeIfPresent` has it.
    public mutating func optional<Value>(_ read: (inout JSONReader) throws -> Value) throws -> Value? {
        readNull() ? nil : try read(&self)
    }
}

extension Envelope: WireJSONReadable where Body: WireJSONReadable {
    public init(reading reader: inout JSONReader) throws {
        var header = HeaderMembers()
        var body: Body?
        try reader.beginObject()
        while let key = try reader.nextKey() {
            if case "body" = key {
                try once(&body, Body(reading: &reader))
            } else {
                try header.read(key, &reader)
            }
        }
        guard let body, let type = header.type.flatMap(MessageType.init(rawValue:)) else { throw JSONReader.Unread() }
        let fields = try header.required()
        self.init(
            type: type, body: body, sender: fields.sender, id: fields.id, correlationId: header.correlationId ?? nil,
            sentAt: fields.sentAt, onBehalfOf: header.onBehalfOf ?? nil)
        self.protocol = fields.protocol
    }
}

extension EnvelopeHeader: WireJSONReadable {
    public init(reading reader: inout JSONReader) throws {
        var header = HeaderMembers()
        try reader.beginObject()
        while let key = try reader.nextKey() { try header.read(key, &reader) }
        let fields = try header.required()
        guard let type = header.type else { throw JSONReader.Unread() }
        self.init(
            protocol: fields.protocol, type: type, id: fields.id, correlationId: header.correlationId ?? nil,
            sentAt: fields.sentAt, sender: fields.sender, onBehalfOf: header.onBehalfOf ?? nil)
    }
}

/// The envelope's members other than its body.
private struct HeaderMembers {
    var `protocol`: String?
    var type: String?
    var id: String?
    var correlationId: String??
    var sentAt: Timestamp?
    var sender: String?
    var onBehalfOf: OnBehalfOf??

    mutating func read(_ key: JSONKey, _ reader: inout JSONReader) throws {
        switch key {
        case "protocol": try once(&`protocol`, reader.string())
        case "type": try once(&type, reader.string())
        case "id": try once(&id, reader.string())
        case "correlationId": try once(&correlationId, reader.optionalString())
        case "sentAt": try once(&sentAt, reader.timestamp())
        case "sender": try once(&sender, reader.string())
        case "onBehalfOf": try once(&onBehalfOf, reader.optional { try $0.decoded(OnBehalfOf.self) })
        default: try reader.skipValue()
        }
    }

    func required() throws -> (protocol: String, id: String, sentAt: Timestamp, sender: String) {
        guard let `protocol`, let id, let sentAt, let sender else { throw JSONReader.Unread() }
        return (`protocol`, id, sentAt, sender)
    }
}

extension EventPage: WireJSONReadable {
    public init(reading reader: inout JSONReader) throws {
        var events: [Envelope<LeadEvent>]?
        var lastSequence: Int64?
        var storeId: String??
        try reader.beginObject()
        while let key = try reader.nextKey() {
            switch key {
            case "events":
                var list: [Envelope<LeadEvent>] = []
                // An event takes a few hundred bytes at least: room for all of them at once
                // instead of a megabyte copied as the array doubles (room never used costs
                // nothing until touched).
                list.reserveCapacity(min(reader.remainingBytes / 256, 4_096))
                try reader.elements { list.append(try Envelope<LeadEvent>(reading: &$0)) }
                try once(&events, list)
            case "lastSequence": try once(&lastSequence, reader.int64())
            case "storeId": try once(&storeId, reader.optionalString())
            default: try reader.skipValue()
            }
        }
        guard let events, let lastSequence else { throw JSONReader.Unread() }
        self.init(events: events, lastSequence: lastSequence, storeId: storeId ?? nil)
    }
}

extension LeadEvent: WireJSONReadable {
    public init(reading reader: inout JSONReader) throws {
        var sequence: Int64?
        var lead: Lead?
        var previousSigning: Signing??
        var followUp: FollowUp??
        try reader.beginObject()
        while let key = try reader.nextKey() {
            switch key {
            case "sequence": try once(&sequence, reader.int64())
            case "lead": try once(&lead, Lead(reading: &reader))
            case "previousSigning": try once(&previousSigning, reader.optional { try Signing(reading: &$0) })
            case "followUp": try once(&followUp, reader.optional { try $0.decoded(FollowUp.self) })
            default: try reader.skipValue()
            }
        }
        guard let sequence, let lead else { throw JSONReader.Unread() }
        self.init(sequence: sequence, lead: lead, previousSigning: previousSigning ?? nil, followUp: followUp ?? nil)
    }
}

extension Signing: WireJSONReadable {
    public init(reading reader: inout JSONReader) throws {
        var amountYuan: Money?
        var signedAt: Timestamp?
        var unregistered: Bool??
        try reader.beginObject()
        while let key = try reader.nextKey() {
            switch key {
            case "amountYuan": try once(&amountYuan, reader.money())
            case "signedAt": try once(&signedAt, reader.timestamp())
            case "unregistered": try once(&unregistered, reader.optional { try $0.bool() })
            default: try reader.skipValue()
            }
        }
        guard let amountYuan, let signedAt else { throw JSONReader.Unread() }
        self.init(amountYuan: amountYuan, signedAt: signedAt, unregistered: unregistered ?? nil)
    }
}

extension CapitalIncrease: WireJSONReadable {
    public init(reading reader: inout JSONReader) throws {
        var amountYuan: Money?
        var increasedAt: Timestamp?
        try reader.beginObject()
        while let key = try reader.nextKey() {
            switch key {
            case "amountYuan": try once(&amountYuan, reader.money())
            case "increasedAt": try once(&increasedAt, reader.timestamp())
            default: try reader.skipValue()
            }
        }
        guard let amountYuan, let increasedAt else { throw JSONReader.Unread() }
        self.init(amountYuan: amountYuan, increasedAt: increasedAt)
    }
}
