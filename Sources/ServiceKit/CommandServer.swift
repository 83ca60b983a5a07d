import LeadMessages
import Logging
import ServiceClient
import ZeroMQ

/// The ROUTER socket a service answers requests on. Lives on the service's loop thread.
public final class CommandServer {
    public let socket: ZMQSocket
    /// The endpoint actually bound (with the port the OS chose for `:*`).
    public let boundEndpoint: String
    public let counters: ServiceCounters
    private let logger: Logger

    private let security: ServiceSecurity

    public init(
        context: ZMQContext, endpoint: String, security: ServiceSecurity, counters: ServiceCounters, logger: Logger
    ) throws {
        socket = try context.socket(.router)
        try security.secureServer(socket, domain: ZAPPolicy.commandDomain)
        // A reply to a client that went away must fail loudly, not vanish: the client retries.
        try socket.setRouterMandatory(true)
        // Frames larger than a request may be are refused by libzmq before we allocate them.
        try socket.setMaxMessageSize(bytes: Int64(MessageCodec.maxRequestBytes))
        try socket.setReceiveHighWaterMark(10_000)
        try socket.setSendHighWaterMark(10_000)
        // Dead peers are found by TCP keepalive, not ZMTP heartbeats: libzmq 4.3 aborts
        // (`_input_stopped`, stream_engine_base.cpp:417, zeromq/libzmq#3937) when a heartbeat
        // times out on a connection whose input is paused by a full receive queue, which a slow
        // consumer or a request flood produces.
        try socket.setTCPKeepalive(idleSeconds: 30, intervalSeconds: 10, count: 3)
        try socket.bind(endpoint)
        boundEndpoint = try socket.lastEndpoint()
        self.counters = counters
        self.security = security
        self.logger = logger
    }

    /// Answers the requests already waiting, at most `budget` of them, without blocking.
    /// With `batch` (a store's group commit), they are handled inside it and the replies are sent
    /// only after it returns, that is after their changes are durable; if it fails, none is sent
    /// and the clients retry with the same request ids. Returns how many were handled.
    @discardableResult
    public func serveWaiting(
        budget: Int = 256, dispatcher: RequestDispatcher, batch: ((() throws -> Void) throws -> Void)? = nil
    ) throws -> Int {
        var replies: [Reply] = []
        var handled = 0
        let handle = {
            while handled < budget,
                let message = try self.socket.receive(dontWait: true, maxFrames: RequestFrames.maxFrames)
            {
                handled += 1
                let received = MonotonicClock.seconds()
                if let reply = self.reply(to: message, dispatcher: dispatcher, received: received) {
                    replies.append(reply)
                }
            }
        }
        guard let batch else {
            try handle()
            replies.forEach(send)
            return handled
        }
        do {
            try batch(handle)
        } catch let error as ZMQError {
            throw error
        } catch {
            logger.error(
                "group commit failed; \(replies.count) replies withheld, clients will retry",
                metadata: ["error": "\(error)"])
            counters.recordError(ErrorCode.internalError.rawValue)
            return handled
        }
        replies.forEach(send)
        return handled
    }

    /// A reply waiting to be sent, with what its latency and log line need.
    private struct Reply {
        var frames: [[UInt8]]
        var type: String
        var requestId: String?
        var caller: String?
        var received: Double
    }

    /// The reply frames for one received message (nil when it cannot be answered at all).
    private func reply(to message: ReceivedMessage, dispatcher: RequestDispatcher, received: Double) -> Reply? {
        switch RequestFrames.parse(message.frames, discardedFrames: message.discardedFrames) {
        case .success(let request):
            let caller = security.caller(userID: message.userID)
            let answer = dispatcher.answer(request.payload, caller: caller)
            return Reply(
                frames: request.replyPrefix + [answer.reply], type: answer.type, requestId: answer.requestId,
                caller: caller?.identity, received: received)
        case .failure(let rejected):
            counters.recordError(ErrorCode.malformedFrame.rawValue)
            logger.warning("malformed request frames", metadata: ["frames": "\(message.frames.count)"])
            guard let prefix = rejected.replyPrefix else { return nil }
            let error = ErrorBody(
                .malformedFrame,
                "a request is one frame holding the JSON envelope / 请求应为单帧 JSON 消息")
            return Reply(
                frames: prefix + [dispatcher.replies.error(error, to: nil)], type: "invalid",
                requestId: nil, caller: nil, received: received)
        }
    }

    private func send(_ reply: Reply) {
        let seconds = MonotonicClock.seconds() - reply.received
        counters.observe(reply.type, seconds: seconds)
        if logger.logLevel <= .debug {
            logger.debug(
                "answered",
                metadata: [
                    "type": "\(reply.type)", "requestId": "\(reply.requestId ?? "-")",
                    "caller": "\(reply.caller ?? "-")",
                    "ms": "\((seconds * 1_000_000).rounded() / 1_000)",
                ])
        }
        do {
            try socket.send(reply.frames)
        } catch  where error.code == .hostUnreachable {
            // The client is gone; it will resend after its timeout, and requestIds make that safe.
            logger.info("client left before its reply", metadata: ["error": "\(error)"])
        } catch {
            logger.error("reply not sent", metadata: ["error": "\(error)"])
        }
    }
}
