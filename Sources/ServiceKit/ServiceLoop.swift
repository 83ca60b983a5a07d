import Foundation
import Logging
import ServiceLifecycle

/// Runs a service's blocking socket loop on a thread of its own, as a swift-service-lifecycle `Service`.
///
/// ZeroMQ sockets must stay on one thread, so the whole loop — sockets, database, handlers —
/// lives on the dedicated thread `body` runs on; it creates its sockets there and polls `stop`
/// between short waits. Graceful shutdown (SIGTERM/SIGINT through `ServiceGroup`) sets `stop`;
/// the loop finishes the request in hand, closes its sockets and returns.
public struct ServiceLoop: Service {
    public typealias Body = @Sendable (_ stop: StopSignal) throws -> Void

    private let name: String
    private let logger: Logger
    private let body: Body

    public init(name: String, logger: Logger, body: @escaping Body) {
        self.name = name
        self.logger = logger
        self.body = body
    }

    public func run() async throws {
        let stop = StopSignal()
        try await withGracefulShutdownHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let thread = Thread { [body, logger, name] in
                    do {
                        try body(stop)
                        logger.info("loop stopped", metadata: ["service": "\(name)"])
                        continuation.resume()
                    } catch {
                        logger.critical("loop failed", metadata: ["service": "\(name)", "error": "\(error)"])
                        continuation.resume(throwing: error)
                    }
                }
                thread.name = name
                thread.start()
            }
        } onGracefulShutdown: {
            stop.stop()
        }
    }
}
