import Logging
import ServiceClient

/// What a service takes from its configuration: where to listen and connect, where its data
/// lives, the rest of the settings, and its logger.
public struct ServiceSetup: Sendable {
    public var endpoints: Endpoints
    public var dataDirectory: String
    /// A `postgres://` URL for the service's store; nil or empty: SQLite under `dataDirectory`.
    public var databaseURL: String?
    /// `HOST:PORT` of the Prometheus endpoint; nil: none.
    public var metricsListen: String?
    public var settings: Settings
    public var security: SecurityOptions
    /// What the service stamps changes with and judges dates by.
    public var clock: ServiceClock
    public var logger: Logger

    public init(
        endpoints: Endpoints, dataDirectory: String, databaseURL: String? = nil, metricsListen: String? = nil,
        settings: Settings, security: SecurityOptions, clock: ServiceClock = .system, logger: Logger
    ) {
        self.clock = clock
        self.metricsListen = metricsListen
        self.endpoints = endpoints
        self.dataDirectory = dataDirectory
        self.databaseURL = databaseURL
        self.settings = settings
        self.security = security
        self.logger = logger
    }
}

extension ServiceOptions {
    /// Reads the configuration, bootstraps logging, and runs the loop `makeLoop` builds until
    /// SIGTERM or SIGINT asks it to stop. The whole `main` of a service executable.
    public func runService(named name: String, makeLoop: (ServiceSetup) throws -> ServiceLoop) async throws {
        let settings = try settings()
        let logger = LoggingSetup.bootstrap(
            label: name, level: settings.string("logLevel", flag: logLevel, default: "info"))
        let setup = ServiceSetup(
            endpoints: endpoints(settings), dataDirectory: dataDirectory(settings),
            databaseURL: databaseURL(settings), metricsListen: metricsListen(settings), settings: settings,
            security: security(settings), clock: clock(), logger: logger)
        if let testClockFile {
            logger.warning("the clock is moved by the seconds in \(testClockFile): for tests only")
        }
        try await ServiceRunner.run(try makeLoop(setup), logger: logger)
    }
}
