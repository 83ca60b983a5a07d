/// The body of an `error` reply: what went wrong, in a form a program can act on and a person can read.
public struct ErrorBody: Codable, Sendable, Equatable, Error {
    /// Stable, kebab-case (Protocols/README.md lists them all).
    public var code: ErrorCode
    /// The body field at fault, as a dotted path (`companyName`), when one is.
    public var field: String?
    /// For people: Chinese and English.
    public var message: String

    public init(_ code: ErrorCode, field: String? = nil, _ message: String) {
        self.code = code
        self.field = field
        self.message = message
    }
}

/// Error codes: an open set of stable strings, so a newer peer's codes still decode.
public struct ErrorCode: RawRepresentable, Codable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
    public var description: String { rawValue }

    /// The frames are not a request: wrong frame count, or an empty payload.
    public static let malformedFrame = ErrorCode(rawValue: "malformed-frame")
    /// The payload is not UTF-8 JSON of an envelope.
    public static let invalidJSON = ErrorCode(rawValue: "invalid-json")
    public static let unsupportedVersion = ErrorCode(rawValue: "unsupported-version")
    public static let unknownType = ErrorCode(rawValue: "unknown-type")
    /// A known type that this socket does not serve (e.g. `report.weekly` sent to intake).
    public static let wrongService = ErrorCode(rawValue: "wrong-service")
    public static let messageTooLarge = ErrorCode(rawValue: "message-too-large")
    public static let missingField = ErrorCode(rawValue: "missing-field")
    public static let invalidField = ErrorCode(rawValue: "invalid-field")
    public static let notFound = ErrorCode(rawValue: "not-found")
    /// The lead is in a stage that does not allow the change (e.g. signing a dropped lead).
    public static let invalidTransition = ErrorCode(rawValue: "invalid-transition")
    /// A `requestId` was reused for a different request.
    public static let requestIdConflict = ErrorCode(rawValue: "request-id-conflict")
    public static let unavailable = ErrorCode(rawValue: "unavailable")
    /// The caller's role or ownership does not allow this request (protocol 1.3).
    public static let forbidden = ErrorCode(rawValue: "forbidden")
    /// (1.11) A project at or above the city's registration threshold, signed before the city
    /// registered it, where the district refuses such signings.
    public static let unregisteredProject = ErrorCode(rawValue: "unregistered-project")
    public static let internalError = ErrorCode(rawValue: "internal")
}

/// The `ok` reply to `lead.submit`.
public struct SubmitResult: Codable, Sendable, Equatable {
    public enum Status: String, Codable, Sendable {
        case accepted
        /// A retry with a `requestId` already seen: nothing new was stored.
        case duplicate
    }
    public var leadId: String
    public var status: Status
    public var lead: Lead

    public init(leadId: String, status: Status, lead: Lead) {
        self.leadId = leadId
        self.status = status
        self.lead = lead
    }
}

/// The `ok` reply to `lead.list`.
public struct LeadPage: Codable, Sendable, Equatable {
    public var leads: [Lead]
    /// Pass as `after` for the next page; nil on the last page.
    public var next: String?

    public init(leads: [Lead], next: String?) {
        self.leads = leads
        self.next = next
    }
}

/// The `ok` reply to `events.replay`: whole event envelopes, exactly as they were published.
public struct EventPage: Codable, Sendable {
    public var events: [Envelope<LeadEvent>]
    /// Intake's newest sequence number when the page was read.
    public var lastSequence: Int64
    /// The identity of intake's store (protocol 1.7), as in the heartbeat.
    public var storeId: String?

    public init(events: [Envelope<LeadEvent>], lastSequence: Int64, storeId: String? = nil) {
        self.events = events
        self.lastSequence = lastSequence
        self.storeId = storeId
    }
}

/// The `ok` reply to `service.status`.
/// Request latencies of one message type (protocol 1.5), in milliseconds from receipt to the reply
/// leaving the service (after its commit). The percentiles are bucket bounds: over-estimates by
/// at most one bucket (see the Prometheus histogram for the buckets).
public struct LatencySummary: Codable, Sendable, Equatable {
    public var count: Int64
    public var p50Ms: Double
    public var p99Ms: Double
    public var maxMs: Double

    public init(count: Int64, p50Ms: Double, p99Ms: Double, maxMs: Double) {
        self.count = count
        self.p50Ms = p50Ms
        self.p99Ms = p99Ms
        self.maxMs = maxMs
    }
}

public struct ServiceStatus: Codable, Sendable, Equatable {
    /// `lead-intake`, `lead-matcher` or `lead-reporter`.
    public var service: String
    public var `protocol`: String
    /// Intake: its newest event sequence. Consumers: the last sequence they applied.
    public var lastSequence: Int64
    /// Consumers: how far behind intake's last heartbeat they are; intake: 0.
    public var lag: Int64
    public var startedAt: Timestamp
    /// What the service did since it started (protocol 1.1): `requests`, `errors`,
    /// `errors.<code>`, `events.published`, `events.applied`, `replay.pages`, …
    public var counters: [String: Int64]?
    /// How long requests took, by message type, since the service started (protocol 1.5).
    public var latencies: [String: LatencySummary]?
    /// lead-supervisor: each notification channel's backlog, by channel (`email`, `webhook`; protocol 1.9).
    public var backlog: [String: ChannelBacklog]?
    /// lead-city: where it stands in each district's stream (protocol 1.11). Its `lastSequence`
    /// and `lag` are then the sums over the districts.
    public var streams: [StreamStatus]?

    public init(
        service: String, lastSequence: Int64, lag: Int64, startedAt: Timestamp, counters: [String: Int64]? = nil,
        latencies: [String: LatencySummary]? = nil, backlog: [String: ChannelBacklog]? = nil,
        streams: [StreamStatus]? = nil
    ) {
        self.service = service
        self.streams = streams
        self.backlog = backlog
        self.latencies = latencies
        self.protocol = ProtocolVersion.current
        self.lastSequence = lastSequence
        self.lag = lag
        self.startedAt = startedAt
        self.counters = counters
    }
}
