import Logging
import ZeroMQ

/// The Prometheus scrape endpoint (`--metrics-listen HOST:PORT`, then `GET /metrics`): a ZeroMQ
/// STREAM socket, which speaks raw TCP, polled by the service's own loop like its other sockets,
/// so the figures are read on the thread that owns them and no lock is needed. Plain HTTP
/// without authentication: bind it to an address only the monitoring network reaches.
public final class MetricsEndpoint {
    public let socket: ZMQSocket
    public let boundEndpoint: String
    /// Bytes received so far from each connection whose request head is not complete.
    private var partial: [[UInt8]: [UInt8]] = [:]
    private let logger: Logger

    /// `listen` is `HOST:PORT` (or a `tcp://` endpoint); nil or empty: no endpoint.
    public static func open(context: ZMQContext, listen: String?, logger: Logger) throws -> MetricsEndpoint? {
        guard let listen, !listen.isEmpty else { return nil }
        return try MetricsEndpoint(
            context: context, endpoint: listen.hasPrefix("tcp://") ? listen : "tcp://" + listen, logger: logger)
    }

    init(context: ZMQContext, endpoint: String, logger: Logger) throws {
        socket = try context.socket(.stream)
        try socket.bind(endpoint)
        boundEndpoint = try socket.lastEndpoint()
        self.logger = logger
        logger.info("metrics endpoint ready", metadata: ["metrics": "\(boundEndpoint)"])
    }

    /// Answers what has arrived, without blocking. `metrics` renders the exposition text.
    public func serveWaiting(_ metrics: () -> String) throws {
        while let message = try socket.receive(dontWait: true, maxFrames: 2) {
            guard message.frames.count == 2 else { continue }
            let (peer, bytes) = (message.frames[0], message.frames[1])
            // An empty frame is a connection opening or closing.
            guard !bytes.isEmpty else {
                partial[peer] = nil
                continue
            }
            let received = partial[peer, default: []] + bytes
            switch MetricsHTTP.handle(received, metrics: metrics) {
            case .incomplete:
                partial[peer] = received
            case .respond(let response):
                partial[peer] = nil
                do {
                    _ = try socket.send([peer, response], dontWait: true)
                    _ = try socket.send([peer, []], dontWait: true)  // closes the connection
                } catch {
                    logger.info("metrics scraper left before its answer", metadata: ["error": "\(error)"])
                }
            }
        }
    }
}
