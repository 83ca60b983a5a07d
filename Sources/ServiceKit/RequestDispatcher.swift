import AccessPolicy
import LeadMessages

/// Routes a request payload to the handler for its message type, and turns every failure along
/// the way — bad JSON, wrong version, unknown or unserved type, a caller not allowed, bad body —
/// into an `error` reply. The set of registered types is this socket's allowlist; `AccessPolicy`
/// narrows it per role. Refusals of callers are written to the audit log through `onDenied`.
public struct RequestDispatcher {
    public let replies: ReplyBuilder
    public let counters: ServiceCounters
    /// Records a refused caller (the service appends it to its audit log).
    public var onDenied: (AuditEntry) -> Void = { _ in }
    private var handlers: [MessageType: ([UInt8], EnvelopeHeader, Caller) -> [UInt8]] = [:]

    public init(sender: String, counters: ServiceCounters = ServiceCounters(), clock: ServiceClock = .system) {
        replies = ReplyBuilder(sender: sender, clock: clock)
        self.counters = counters
    }

    /// Serves `type`, whose body decodes as `Body`, with `handler`, which learns who is calling.
    public mutating func on<Body: Codable & Sendable, Result: Codable & Sendable>(
        _ type: MessageType, _ body: Body.Type,
        handler: @escaping (Envelope<Body>, Caller) -> Swift.Result<Result, ErrorBody>
    ) {
        handlers[type] = { [replies, counters] payload, header, caller in
            let result = MessageCodec.decode(Body.self, from: payload).flatMap { handler($0, caller) }
            if case .failure(let error) = result { counters.recordError(error.code.rawValue) }
            return replies.reply(result, to: header.id)
        }
    }

    public var servedTypes: Set<MessageType> { Set(handlers.keys) }

    /// The reply payload for one request payload from `caller` (nil: the connection's key is no
    /// longer authorized).
    public func reply(to payload: [UInt8], caller: Caller?) -> [UInt8] {
        answer(payload, caller: caller).reply
    }

    /// The reply, with the request's type (`invalid` when unreadable, `unknown` when not the
    /// protocol's) and id as far as they could be read, for latencies by type and for logs.
    public func answer(_ payload: [UInt8], caller: Caller?) -> (reply: [UInt8], type: String, requestId: String?) {
        counters.increment("requests")
        let header: EnvelopeHeader
        switch MessageCodec.decodeHeader(payload) {
        case .success(let value): header = value
        case .failure(let error):
            counters.recordError(error.code.rawValue)
            let id = Self.bestEffortID(payload)
            return (replies.error(error, to: id), "invalid", id)
        }
        // Only the protocol's own types name a latency series: a client cannot mint new ones.
        let type = MessageType(rawValue: header.type) == nil ? "unknown" : header.type
        return (route(payload, header, caller: caller), type, header.id)
    }

    private func route(_ payload: [UInt8], _ header: EnvelopeHeader, caller transportCaller: Caller?) -> [UInt8] {
        // A gateway (the web console) acts for the person named in `onBehalfOf`: from here on that
        // person is the caller, for the role check, ownership and the audit log (which keeps `via`).
        var caller = transportCaller
        if let person = header.onBehalfOf, let gateway = transportCaller {
            switch gateway.acting(for: person) {
            case .success(let acting): caller = acting
            case .failure(let error):
                counters.recordError(error.code.rawValue)
                if error.code == .forbidden {
                    onDenied(
                        AuditEntry(
                            at: replies.clock.now(), service: replies.sender, identity: gateway.identity,
                            role: gateway.role.rawValue,
                            action: header.type, leadId: nil, outcome: "denied", detail: "onBehalfOf from a non-gateway"
                        ))
                }
                return replies.error(error, to: header.id)
            }
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
        guard let caller, AccessPolicy.allows(caller.role, type) else {
            counters.recordError(ErrorCode.forbidden.rawValue)
            onDenied(
                AuditEntry(
                    at: replies.clock.now(), service: replies.sender, identity: caller?.identity ?? "unknown",
                    role: caller?.role.rawValue, action: type.rawValue, leadId: nil, outcome: "denied",
                    detail: caller == nil ? "key no longer authorized" : "role not allowed", via: caller?.via))
            return replies.error(
                ErrorBody(
                    .forbidden, field: "type",
                    caller == nil
                        ? "your key is no longer authorized / 密钥已被撤销"
                        : "role \(caller?.role.rawValue ?? "") may not send \(type.rawValue) / 当前角色无权执行此操作"),
                to: header.id)
        }
        return handler(payload, header, caller)
    }

    /// The request id of a message whose header did not decode, when it has a readable one,
    /// so a client can still match the error to its request.
    static func bestEffortID(_ payload: [UInt8]) -> String? {
        struct JustID: Decodable { var id: String }
        if case .success(let value) = MessageCodec.decodeLoosely(JustID.self, from: payload) { return value.id }
        return nil
    }
}
