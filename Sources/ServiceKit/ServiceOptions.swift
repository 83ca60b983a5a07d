import ArgumentParser
import ServiceClient

/// The flags every service executable takes.
public struct ServiceOptions: ParsableArguments {
    @Option(help: "JSON configuration file (env LEADTRACKER_CONFIG).")
    public var config: String?

    @Option(help: "Directory for this service's database (env LEADTRACKER_DATA_DIR; default ./data).")
    public var dataDir: String?

    @Option(
        help:
            "PostgreSQL URL for this service's store, postgres://USER:PASSWORD@HOST:5432/DB (env LEADTRACKER_DATABASE_URL; default: SQLite in the data directory)."
    )
    public var databaseUrl: String?

    @Option(
        help:
            "HOST:PORT to serve Prometheus metrics on, GET /metrics, plain HTTP (env LEADTRACKER_METRICS_LISTEN; default: off)."
    )
    public var metricsListen: String?

    @Option(help: "lead-intake command endpoint (env LEADTRACKER_INTAKE_COMMANDS).")
    public var intakeCommands: String?

    @Option(help: "lead-intake event endpoint (env LEADTRACKER_INTAKE_EVENTS).")
    public var intakeEvents: String?

    @Option(help: "lead-matcher query endpoint (env LEADTRACKER_MATCHER_QUERIES).")
    public var matcherQueries: String?

    @Option(help: "lead-reporter query endpoint (env LEADTRACKER_REPORTER_QUERIES).")
    public var reporterQueries: String?

    @Option(help: "lead-supervisor query endpoint (env LEADTRACKER_SUPERVISOR_QUERIES).")
    public var supervisorQueries: String?

    @Option(help: "lead-city query endpoint (env LEADTRACKER_CITY_QUERIES).")
    public var cityQueries: String?

    @Option(help: "trace, debug, info, notice, warning, error or critical (env LEADTRACKER_LOG_LEVEL).")
    public var logLevel: String?

    @Option(
        help:
            "Directory of CURVE keys: NAME.key, the services' .pub files, authorized_keys (env LEADTRACKER_KEYS_DIR; default ./keys)."
    )
    public var keysDir: String?

    @Flag(
        help: "Plain TCP without CURVE or authentication; refused on non-loopback addresses. For local debugging only.")
    public var insecurePlaintext = false

    @Option(
        help: ArgumentHelp(
            "For tests only: a file holding seconds to add to the service's clock, reread on every use.",
            visibility: .hidden))
    public var testClockFile: String?

    public init() {}

    public func settings() throws -> Settings { try Settings(configFile: config) }

    public func endpoints(_ settings: Settings) -> Endpoints {
        settings.endpoints(
            intakeCommands: intakeCommands, intakeEvents: intakeEvents, matcherQueries: matcherQueries,
            reporterQueries: reporterQueries, supervisorQueries: supervisorQueries, cityQueries: cityQueries)
    }

    public func dataDirectory(_ settings: Settings) -> String {
        settings.string("dataDir", flag: dataDir, default: "data")
    }

    /// The store's PostgreSQL URL, or nil for the embedded SQLite database.
    public func databaseURL(_ settings: Settings) -> String? {
        let url = settings.string("databaseUrl", flag: databaseUrl, default: "")
        return url.isEmpty ? nil : url
    }

    /// Where to serve metrics, or nil for nowhere.
    public func metricsListen(_ settings: Settings) -> String? {
        let listen = settings.string("metricsListen", flag: metricsListen, default: "")
        return listen.isEmpty ? nil : listen
    }

    /// The system clock, or the test clock `--test-clock-file` names.
    public func clock() -> ServiceClock {
        testClockFile.map(ServiceClock.testFile) ?? .system
    }

    public func security(_ settings: Settings) -> SecurityOptions {
        SecurityOptions(
            keysDirectory: settings.string("keysDir", flag: keysDir, default: "keys"),
            insecurePlaintext: insecurePlaintext || settings.flag("insecurePlaintext"))
    }
}
