/// Where each service listens. Every service and `leadctl` share one set, so one configuration
/// file (or one set of `LEADTRACKER_*` variables) describes a whole deployment.
public struct Endpoints: Sendable, Equatable {
    public var intakeCommands: String
    public var intakeEvents: String
    public var matcherQueries: String
    public var reporterQueries: String
    /// lead-supervisor's queries (protocol 1.8).
    public var supervisorQueries: String
    /// lead-city's queries (protocol 1.11): the city's service, not one of a district's.
    public var cityQueries: String

    public init(
        intakeCommands: String, intakeEvents: String, matcherQueries: String, reporterQueries: String,
        supervisorQueries: String = Endpoints.defaults.supervisorQueries,
        cityQueries: String = Endpoints.defaults.cityQueries
    ) {
        self.cityQueries = cityQueries
        self.intakeCommands = intakeCommands
        self.intakeEvents = intakeEvents
        self.matcherQueries = matcherQueries
        self.reporterQueries = reporterQueries
        self.supervisorQueries = supervisorQueries
    }

    /// Every service and the endpoint that answers its requests, in the order people read them
    /// (status, audit): the one list of the services a client asks.
    public var queryEndpoints: [(service: String, endpoint: String)] {
        [
            ("lead-intake", intakeCommands), ("lead-matcher", matcherQueries), ("lead-reporter", reporterQueries),
            ("lead-supervisor", supervisorQueries),
        ]
    }

    /// Loopback defaults (Protocols/README.md, Socket topology).
    public static let defaults = Endpoints(
        intakeCommands: "tcp://127.0.0.1:7701",
        intakeEvents: "tcp://127.0.0.1:7702",
        matcherQueries: "tcp://127.0.0.1:7711",
        reporterQueries: "tcp://127.0.0.1:7721",
        supervisorQueries: "tcp://127.0.0.1:7731",
        cityQueries: "tcp://127.0.0.1:7741"
    )
}
