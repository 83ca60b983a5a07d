import LeadMessages

/// Routes a request payload to the handler for its message type, and turns every failure along
/// the way — bad JSON, wrong version, unknown or unserved type, bad body — into an `error` reply.
/// The set of registered types is this socket's allowlist.
public struct RequestDispatcher {
    public let replies: ReplyBuilder
    public let counters: ServiceCounters
    private var handlers: [MessageType: ([UInt8], EnvelopeHeader) -> [UInt8]] = [:]

    public init(sender: String, counters: ServiceCounters = ServiceCounters()) {
        replies = ReplyBuilder(sender: sender)
        self.counters = counters
    }

    /// Serves `type`, whose body decodes as `Body`, with `handler`.
    public mutating func on<Body: Codable & Sendable, Result: Codable & Sendable>(
        _ type: MessageType, _ body: Body.Type, handler: @escaping (Envelope<Body>) -> Swift.Result<Result, ErrorBody>
    ) {
        handlers[type] = { [replies, counters] payload, header in
            let result = MessageCodec.decode(Body.self, from: payload).flatMap(handler)
            if case .failure(let error) = result { counters.recordError(error.code.rawValue) }
            return replies.reply(result, to: header.id)
        }
    }

    public var servedTypes: Set<MessageType> { Set(handlers.keys) }

    /// The reply payload for one request payload.
    public func reply(to payload: [UInt8]) -> [UInt8] {
        counters.increment("requests")
        let header: EnvelopeHeader
        switch MessageCodec.decodeHeader(payload) {
        case .success(let value): header = value
        case .failure(let error):
            counters.recordError(error.code.rawValue)
            return replies.error(error, to: Self.bestEffortID(payload))
        }
        guard let type = MessageType(rawValue: header.type), let handler = handlers[type] else {
            let served = handlers.keys.map(\.rawValue).sorted().joined(separator: ", ")
            counters.recordError(ErrorCode.wrongService.rawValue)
            return replies.error(
                ErrorBody(
                    .wrongService, field: "type",
                    "\(header.type) is not served here; this socket serves: \(served) / 此服务不处理该消息类型"),
                to: header.id)
        }
        return handler(payload, header)
    }

    /// The request id of a message whose header did not decode, when it has a readable one,
    /// so a client can still match the error to its request.
    static func bestEffortID(_ payload: [UInt8]) -> String? {
        struct JustID: Decodable { var id: String }
        if case .success(let value) = MessageCodec.decodeLoosely(JustID.self, from: payload) { return value.id }
        return nil
    }
}
