/// JSON written by hand for the messages on intake's hot path (a submission's fingerprint, the
/// lead it stores, its event and its reply), byte for byte what `StoredJSON`'s encoder writes —
/// keys sorted, slashes unescaped — at a fraction of the cost of the generic `Codable` route.
/// `WireJSONTests` compares the two on many values, control characters and Chinese text included.
public protocol WireJSONWritable: Encodable {
    /// Exactly the bytes of `StoredJSON.data(self)`.
    func wireJSON() -> [UInt8]
}

/// One JSON object, written member by member. Callers add members in sorted key order (the order
/// `.sortedKeys` gives: by UTF-8 bytes), and a nil value leaves its member out, as a synthesized
/// `Encodable` does.
public struct JSONObjectWriter {
    private var bytes: [UInt8]
    private var empty = true

    public init(capacity: Int = 512) {
        bytes = []
        bytes.reserveCapacity(capacity)
        bytes.append(UInt8(ascii: "{"))
    }

    public mutating func string(_ key: StaticString, _ value: String?) {
        guard let value else { return }
        self.key(key)
        Self.appendString(value, to: &bytes)
    }

    public mutating func integer(_ key: StaticString, _ value: Int64?) {
        guard let value else { return }
        self.key(key)
        bytes.append(contentsOf: String(value).utf8)
    }

    public mutating func bool(_ key: StaticString, _ value: Bool?) {
        guard let value else { return }
        self.key(key)
        bytes.append(contentsOf: value ? Array("true".utf8) : Array("false".utf8))
    }

    /// An array of strings (`[]` when empty).
    public mutating func strings(_ key: StaticString, _ values: [String]?) {
        guard let values else { return }
        self.key(key)
        bytes.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            Self.appendString(value, to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// An array of values written already (`[]` when empty).
    public mutating func array(_ key: StaticString, _ elements: [[UInt8]]) {
        self.key(key)
        bytes.append(UInt8(ascii: "["))
        for (index, element) in elements.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(contentsOf: element)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// A member whose value is JSON already (an object written by its own writer).
    public mutating func json(_ key: StaticString, _ value: [UInt8]?) {
        guard let value else { return }
        self.key(key)
        bytes.append(contentsOf: value)
    }

    /// A member encoded the generic way, for the rare values without a hand-written form.
    public mutating func encoded<Value: Encodable>(_ key: StaticString, _ value: Value?) {
        guard let value else { return }
        json(key, StoredJSON.bytes(value))
    }

    public consuming func finish() -> [UInt8] {
        bytes.append(UInt8(ascii: "}"))
        return bytes
    }

    private mutating func key(_ key: StaticString) {
        if !empty { bytes.append(UInt8(ascii: ",")) }
        empty = false
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
    }

    /// A JSON string as Foundation's writer escapes it: quote, backslash, the named control
    /// characters, the others as `\u00xx`; everything else (slashes, non-ASCII) as it is.
    static func appendString(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        // Most text needs no escape: appended in one copy, not byte by byte.
        let plain = text.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            guard !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
                return false
            }
            bytes.append(contentsOf: utf8)
            return true
        }
        if plain == true {
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0x0F)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

extension StoredJSON {
    /// `data(value)` as bytes; our own values always encode.
    public static func bytes<Value: Encodable>(_ value: Value) -> [UInt8] {
        do {
            return Array(try data(value))
        } catch {
            preconditionFailure("encoding \(Value.self) failed: \(error)")
        }
    }
}

extension Lead: WireJSONWritable {
    /// By hand while the lead is as a submission makes it; a lead with a signing, plans,
    /// follow-ups, milestones or funds takes the generic route (those commands are rarer).
    public func wireJSON() -> [UInt8] {
        guard
            signing == nil, capitalIncreases == nil, responsibility == nil, plan == nil, followUps == nil,
            milestones == nil, funds == nil
        else { return StoredJSON.bytes(self) }
        var object = JSONObjectWriter()
        object.string("carrierPark", carrierPark)
        object.string("channel", channel?.rawValue)
        object.string("companyName", companyName)
        object.string("createdAt", createdAt.description)
        object.string("description", description)
        object.string("estimatedInvestmentYuan", estimatedInvestmentYuan?.yuanString)
        object.string("headquarters", headquarters)
        object.string("industry", industry?.rawValue)
        object.string("leadId", leadId)
        object.string("officer", officer)
        object.string("owner", owner)
        object.string("ownership", ownership?.rawValue)
        object.string("parentCompany", parentCompany)
        object.string("projectName", projectName)
        object.string("stage", stage.rawValue)
        object.string("updatedAt", updatedAt.description)
        object.string("updatedBy", updatedBy)
        return object.finish()
    }
}

extension Signing: WireJSONWritable {
    public func wireJSON() -> [UInt8] {
        var object = JSONObjectWriter(capacity: 96)
        object.string("amountYuan", amountYuan.yuanString)
        object.string("signedAt", signedAt.description)
        object.bool("unregistered", unregistered)
        return object.finish()
    }
}

extension LeadSubmission: WireJSONWritable {
    public func wireJSON() -> [UInt8] {
        var object = JSONObjectWriter()
        object.string("carrierPark", carrierPark)
        object.string("channel", channel)
        object.string("companyName", companyName)
        object.string("description", description)
        object.string("estimatedInvestment", estimatedInvestment)
        object.string("headquarters", headquarters)
        object.string("industry", industry)
        object.string("officer", officer)
        object.string("ownership", ownership)
        object.string("parentCompany", parentCompany)
        object.string("projectName", projectName)
        object.string("requestId", requestId)
        return object.finish()
    }
}

extension SubmitResult: WireJSONWritable {
    public func wireJSON() -> [UInt8] {
        var object = JSONObjectWriter()
        object.json("lead", lead.wireJSON())
        object.string("leadId", leadId)
        object.string("status", status.rawValue)
        return object.finish()
    }
}

extension LeadEvent: WireJSONWritable {
    public func wireJSON() -> [UInt8] { wireJSON(lead: lead.wireJSON()) }

    /// With the lead's JSON written already (intake stores the same bytes as the lead's record).
    public func wireJSON(lead: [UInt8]) -> [UInt8] {
        var object = JSONObjectWriter(capacity: lead.count + 64)
        object.encoded("followUp", followUp)
        object.json("lead", lead)
        object.encoded("previousSigning", previousSigning)
        object.integer("sequence", sequence)
        return object.finish()
    }
}

extension Envelope {
    /// The envelope around a body written already.
    public func wireJSON(body: [UInt8]) -> [UInt8] {
        var object = JSONObjectWriter(capacity: body.count + 256)
        object.json("body", body)
        object.string("correlationId", correlationId)
        object.string("id", id)
        object.encoded("onBehalfOf", onBehalfOf)
        object.string("protocol", `protocol`)
        object.string("sender", sender)
        object.string("sentAt", sentAt.description)
        object.string("type", type.rawValue)
        return object.finish()
    }
}

extension AuditEntry: WireJSONWritable {
    public func wireJSON() -> [UInt8] {
        var object = JSONObjectWriter(capacity: 256)
        object.string("action", action)
        object.string("at", at.description)
        object.string("detail", detail)
        object.string("identity", identity)
        object.string("leadId", leadId)
        object.string("outcome", outcome)
        object.string("role", role)
        object.string("service", service)
        object.string("via", via)
        return object.finish()
    }
}
