import Logging
import ServiceLifecycle

/// Runs one service loop under a `ServiceGroup` that turns SIGTERM and SIGINT into a graceful shutdown.
public enum ServiceRunner {
    public static func run(_ loop: ServiceLoop, logger: Logger) async throws {
        let group = ServiceGroup(
            configuration: .init(
                services: [.init(service: loop)],
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger
            ))
        try await group.run()
    }
}
