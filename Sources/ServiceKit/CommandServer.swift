import LeadMessages
import Logging
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
        try socket.setHeartbeat(intervalMilliseconds: 2_000, timeoutMilliseconds: 6_000)
        try socket.bind(endpoint)
        boundEndpoint = try socket.lastEndpoint()
        self.counters = counters
        self.security = security
        self.logger = logger
    }

    /// Answers the requests already waiting, at most `budget` of them, without blocking.
    /// Returns how many were handled.
    @discardableResult
    public func serveWaiting(budget: Int = 256, dispatcher: RequestDispatcher) throws -> Int {
        var handled = 0
        while handled < budget,
            let message = try socket.receive(dontWait: true, maxFrames: RequestFrames.maxFrames)
        {
            handled += 1
            switch RequestFrames.parse(message.frames, discardedFrames: message.discardedFrames) {
            case .success(let request):
                let caller = security.caller(userID: message.userID)
                send(request.replyPrefix + [dispatcher.reply(to: request.payload, caller: caller)])
            case .failure(let rejected):
                counters.recordError(ErrorCode.malformedFrame.rawValue)
                logger.warning("malformed request frames", metadata: ["frames": "\(message.frames.count)"])
                guard let prefix = rejected.replyPrefix else { continue }
                let error = ErrorBody(
                    .malformedFrame,
                    "a request is one frame holding the JSON envelope / 请求应为单帧 JSON 消息")
                send(prefix + [ReplyBuilder(sender: "router").error(error, to: nil)])
            }
        }
        return handled
    }

    private func send(_ frames: [[UInt8]]) {
        do {
            try socket.send(frames)
        } catch  where error.code == .hostUnreachable {
            // The client is gone; it will resend after its timeout, and requestIds make that safe.
            logger.info("client left before its reply", metadata: ["error": "\(error)"])
        } catch {
            logger.error("reply not sent", metadata: ["error": "\(error)"])
        }
    }
}
