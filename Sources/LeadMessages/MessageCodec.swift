import Foundation

/// JSON encoding and decoding of envelopes, turning every failure into the `ErrorBody` the
/// receiver replies with. Reading is two steps: the header first (so an unknown type or
/// version is refused before the body is looked at), then the body as the type says.
public enum MessageCodec {
    /// The largest payload a service accepts on its command sockets (Protocols/README.md, Limits).
    public static let maxRequestBytes = 1 << 20

    public static func encode<Body>(_ envelope: Envelope<Body>) -> [UInt8] {
        // The hot messages (a lead, its event, a submission's reply) are written by hand.
        if let body = envelope.body as? any WireJSONWritable { return envelope.wireJSON(body: body.wireJSON()) }
        // Our own bodies are plain structs of strings and numbers: encoding them cannot fail.
        return StoredJSON.bytes(envelope)
    }

    /// Reads and checks the header. `maxBytes` is the receiver's limit: services use
    /// `maxRequestBytes`; clients reading large replies (a replay page) pass their own.
    public static func decodeHeader(_ bytes: [UInt8], maxBytes: Int = maxRequestBytes)
        -> Result<EnvelopeHeader, ErrorBody>
    {
        guard bytes.count <= maxBytes else {
            return .failure(ErrorBody(.messageTooLarge, "message is over \(maxBytes) bytes / 消息过大"))
        }
        guard !bytes.isEmpty else { return .failure(ErrorBody(.malformedFrame, "empty payload / 消息为空")) }
        // The whole payload must be UTF-8 (§3.3), members nobody reads included: a decoder may skip
        // over bytes it never turns into a string.
        guard String(validating: bytes, as: UTF8.self) != nil else {
            return .failure(ErrorBody(.invalidJSON, "not valid UTF-8 JSON / 不是合法的 UTF-8 JSON 消息"))
        }
        let header: EnvelopeHeader
        switch decode(EnvelopeHeader.self, from: bytes, bodyOnlyPaths: false) {
        case .success(let value): header = value
        case .failure(let error):
            // A future major version may shape its envelope differently: name the version as the
            // reason, not whichever member our decoder tripped over first.
            struct VersionProbe: Decodable { var `protocol`: String }
            if case .success(let probe) = decodeLoosely(VersionProbe.self, from: bytes),
                !ProtocolVersion.isSupported(probe.protocol)
            {
                return .failure(unsupported(probe.protocol))
            }
            return .failure(error)
        }
        guard ProtocolVersion.isSupported(header.protocol) else { return .failure(unsupported(header.protocol)) }
        guard MessageType(rawValue: header.type) != nil else {
            return .failure(ErrorBody(.unknownType, field: "type", "unknown message type '\(header.type)' / 未知消息类型"))
        }
        return .success(header)
    }

    private static func unsupported(_ version: String) -> ErrorBody {
        ErrorBody(
            .unsupportedVersion, field: "protocol",
            "protocol \(version) is not supported; this service speaks \(ProtocolVersion.current) / 不支持的协议版本")
    }

    /// Decodes a whole envelope whose header was already checked.
    public static func decode<Body>(_ type: Body.Type, from bytes: [UInt8]) -> Result<Envelope<Body>, ErrorBody> {
        decode(Envelope<Body>.self, from: bytes, bodyOnlyPaths: true)
    }

    private static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8], bodyOnlyPaths: Bool)
        -> Result<T, ErrorBody>
    {
        // Events, replay pages and headers by hand; what the reader leaves, and every error, the generic way.
        if let readable = T.self as? any WireJSONReadable.Type, let value = try? readable.read(wireJSON: bytes) as? T {
            return .success(value)
        }
        do {
            return .success(try JSONDecoder().decode(T.self, from: Data(bytes)))
        } catch let error as DecodingError {
            return .failure(errorBody(for: error))
        } catch {
            return .failure(ErrorBody(.invalidJSON, "not a JSON envelope / 不是合法的 JSON 消息"))
        }
    }

    static func errorBody(for error: DecodingError) -> ErrorBody {
        func path(_ codingPath: [any CodingKey], appending key: (any CodingKey)? = nil) -> String? {
            var keys = codingPath.map { $0.intValue.map { "\($0)" } ?? $0.stringValue }
            if let key { keys.append(key.stringValue) }
            if keys.first == "body" && keys.count > 1 { keys.removeFirst() }
            return keys.isEmpty ? nil : keys.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            let field = path(context.codingPath, appending: key) ?? key.stringValue
            return ErrorBody(.missingField, field: field, "\(field) is required / 缺少必填字段 \(field)")
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            guard let field = path(context.codingPath) else {
                return ErrorBody(.invalidJSON, "the message is not a JSON object envelope / 消息不是 JSON 对象")
            }
            return ErrorBody(.invalidField, field: field, "\(field) has the wrong type / 字段类型错误")
        case .dataCorrupted(let context):
            guard let field = path(context.codingPath) else {
                return ErrorBody(.invalidJSON, "not valid UTF-8 JSON / 不是合法的 JSON 消息")
            }
            return ErrorBody(.invalidField, field: field, "\(field): \(context.debugDescription) / 字段格式错误")
        @unknown default:
            return ErrorBody(.invalidJSON, "not a JSON envelope / 不是合法的 JSON 消息")
        }
    }
}

extension MessageCodec {
    /// Decodes any JSON value, with no envelope checks: for salvaging an id from a bad request.
    public static func decodeLoosely<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) -> Result<T, ErrorBody> {
        guard bytes.count <= maxRequestBytes, let value = try? JSONDecoder().decode(T.self, from: Data(bytes)) else {
            return .failure(ErrorBody(.invalidJSON, "not valid JSON / 不是合法的 JSON"))
        }
        return .success(value)
    }

    /// Decodes a reply or event envelope as a client does: the header, then the body as `Body`.
    public static func decodeAny<Body>(_ type: Body.Type, from bytes: [UInt8]) -> Result<Envelope<Body>, ErrorBody> {
        switch decodeHeader(bytes, maxBytes: .max) {
        case .success: return decode(Body.self, from: bytes)
        case .failure(let error): return .failure(error)
        }
    }
}

extension MessageCodec {
    /// A published event read by hand in one pass, or nil when it is not one the reader takes
    /// (then the header is read first, as for any message).
    public static func readEvent(_ bytes: [UInt8]) -> Envelope<LeadEvent>? {
        guard bytes.count <= maxRequestBytes, let envelope = try? Envelope<LeadEvent>.read(wireJSON: bytes),
            envelope.type.isEvent, ProtocolVersion.isSupported(envelope.protocol)
        else { return nil }
        return envelope
    }

    /// A replay page (an `ok` reply) read by hand in one pass, or nil as `readEvent`.
    public static func readPage(_ bytes: [UInt8]) -> Envelope<EventPage>? {
        guard let envelope = try? Envelope<EventPage>.read(wireJSON: bytes), envelope.type == .ok,
            ProtocolVersion.isSupported(envelope.protocol)
        else { return nil }
        return envelope
    }
}
