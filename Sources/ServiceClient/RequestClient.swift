import LeadMessages
import ZeroMQ

/// A request/reply client with the ZeroMQ Guide's Lazy Pirate retries: wait `timeout`, then close
/// the socket, open a new one and send the same envelope again (same id, same requestId, so the
/// server answers a retry as it answered the first try), up to `attempts` times.
///
/// Like every socket owner it stays on one thread.
public final class RequestClient {
    public let endpoint: String
    private let context: ZMQContext
    private let sender: String
    private let timeoutMilliseconds: Int
    private let attempts: Int
    private var socket: ZMQSocket?
    private let configure: (ZMQSocket) throws -> Void
    /// The largest reply accepted: a full `events.replay` page with the longest descriptions.
    static let maxReplyBytes: Int64 = 256 << 20

    /// - Parameter configure: sets up each new socket before it connects (CURVE client keys).
    public init(
        context: ZMQContext, endpoint: String, sender: String, timeoutMilliseconds: Int = 3_000, attempts: Int = 3,
        configure: @escaping (ZMQSocket) throws -> Void = { _ in }
    ) {
        self.configure = configure
        self.context = context
        self.endpoint = endpoint
        self.sender = sender
        self.timeoutMilliseconds = timeoutMilliseconds
        self.attempts = max(1, attempts)
    }

    /// Sends `body` as `type` and decodes the `ok` reply as `Reply`; an `error` reply, a bad reply,
    /// or no reply at all (`unavailable`) comes back as the failure.
    public func request<Body: Codable & Sendable, Reply: Codable & Sendable>(
        _ type: MessageType, _ body: Body, expecting: Reply.Type, onBehalfOf: OnBehalfOf? = nil
    ) -> Result<Reply, ErrorBody> {
        requestEnvelope(type, body, expecting: Reply.self, onBehalfOf: onBehalfOf).map(\.body)
    }

    /// The same, with the whole reply envelope: who sent it and when (a consumer compares intake's
    /// own instants, never arrival times).
    public func requestEnvelope<Body: Codable & Sendable, Reply: Codable & Sendable>(
        _ type: MessageType, _ body: Body, expecting: Reply.Type, onBehalfOf: OnBehalfOf? = nil
    ) -> Result<Envelope<Reply>, ErrorBody> {
        let envelope = Envelope(type: type, body: body, sender: sender, onBehalfOf: onBehalfOf)
        let payload = MessageCodec.encode(envelope)
        for _ in 0..<attempts {
            if let reply = try? exchange(payload, id: envelope.id) { return decode(reply, as: Reply.self) }
            // Lazy Pirate: a socket that timed out (or broke) may hold a stale reply; start afresh.
            socket = nil
        }
        return .failure(
            ErrorBody(
                .unavailable,
                "no reply from \(endpoint) after \(attempts) tries; is the service running? / 服务无响应，请确认服务已启动"))
    }

    private func exchange(_ payload: [UInt8], id: String) throws -> [UInt8]? {
        let socket = try self.socket ?? makeSocket()
        self.socket = socket
        try socket.send([payload])
        var poller = ZMQPoller()
        poller.add(socket)
        let deadline = MonotonicClock.milliseconds() + Int64(timeoutMilliseconds)
        while true {
            let remaining = deadline - MonotonicClock.milliseconds()
            if remaining <= 0 { return nil }
            guard try poller.poll(timeoutMilliseconds: Int(remaining))[0] else { continue }
            guard let message = try socket.receive(dontWait: true), let reply = message.frames.last else { continue }
            // A late reply to an earlier try of another request is skipped, not mistaken for ours.
            if case .success(let header) = MessageCodec.decodeHeader(reply, maxBytes: .max),
                header.correlationId != nil, header.correlationId != id
            {
                continue
            }
            return reply
        }
    }

    private func makeSocket() throws -> ZMQSocket {
        let socket = try context.socket(.dealer)
        try socket.setLinger(milliseconds: 0)
        // Replies may be large (a replay page) but never unbounded.
        try socket.setMaxMessageSize(bytes: Self.maxReplyBytes)
        try configure(socket)
        try socket.connect(endpoint)
        return socket
    }

    private func decode<Reply: Codable & Sendable>(_ bytes: [UInt8], as: Reply.Type) -> Result<
        Envelope<Reply>, ErrorBody
    > {
        let header: EnvelopeHeader
        switch MessageCodec.decodeHeader(bytes, maxBytes: .max) {
        case .success(let value): header = value
        case .failure(let error): return .failure(error)
        }
        if header.type == MessageType.error.rawValue {
            return MessageCodec.decodeAny(ErrorBody.self, from: bytes).flatMap { .failure($0.body) }
        }
        return MessageCodec.decodeAny(Reply.self, from: bytes)
    }
}
