import ArgumentParser
import LeadMessages
import ZeroMQ

/// `leadctl show LEAD`
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show one lead (查看线索).")
    @OptionGroup var options: ClientOptions
    @Argument(help: "Lead id, e.g. L-000042 or 42") var lead: String

    func run() throws {
        let context = try ZMQContext()
        let client = try options.client(try options.endpoints().intakeCommands, server: "lead-intake", context: context)
        switch client.request(.leadGet, LeadReference(leadId: lead), expecting: Lead.self) {
        case .success(let lead): options.json ? Output.json(lead) : LeadText.printDetail(lead, options.language)
        case .failure(let error): throw Output.fail(error, options: options)
        }
    }
}

/// `leadctl list [--stage S]`
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List leads (线索列表).")
    @OptionGroup var options: ClientOptions
    @Option(help: "Only this stage: \(Stage.wireValueList) or its Chinese name") var stage: String?
    @Option(help: "Leads after this id (for paging)") var after: String?
    @Option(help: "At most this many (1–500)") var limit: Int = 100

    func run() throws {
        let context = try ZMQContext()
        let client = try options.client(try options.endpoints().intakeCommands, server: "lead-intake", context: context)
        switch client.request(.leadList, ListLeads(stage: stage, after: after, limit: limit), expecting: LeadPage.self)
        {
        case .success(let page): options.json ? Output.json(page) : LeadText.printList(page, options.language)
        case .failure(let error): throw Output.fail(error, options: options)
        }
    }
}

/// `leadctl advance LEAD --stage S`
struct Advance: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Move a lead to another stage (推进阶段).")
    @OptionGroup var options: ClientOptions
    @Argument(help: "Lead id") var lead: String
    @Option(help: "New stage: \(Stage.wireValueList) or its Chinese name") var stage: String
    @Option(help: "Idempotency key") var requestId: String?

    func run() throws {
        let command = AdvanceLead(leadId: lead, stage: stage, requestId: requestId ?? MessageID.make())
        try LeadChangeRequest.send(.leadAdvance, command, options: options)
    }
}

/// `leadctl sign LEAD --amount 12.3亿 --at 2023-03-05T23:30:00+08:00`
struct Sign: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Record a signing (签约); again to correct it.")
    @OptionGroup var options: ClientOptions
    @Argument(help: "Lead id") var lead: String
    @Option(help: "Signed amount, e.g. 12.3亿, 4500万, 123000000") var amount: String
    @Option(help: "When it was signed, with offset, e.g. 2023-03-05T23:30:00+08:00 (default: now)") var at: String?
    @Option(help: "Idempotency key") var requestId: String?

    func run() throws {
        let command = SignLead(
            leadId: lead, amount: amount, signedAt: at ?? Timestamp.now().description,
            requestId: requestId ?? MessageID.make())
        try LeadChangeRequest.send(.leadSign, command, options: options)
    }
}

/// `leadctl status`: each service's health, position in the event sequence, counters and
/// request latencies by type.
struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show the services' status (服务状态).")
    @OptionGroup var options: ClientOptions

    func run() throws {
        let context = try ZMQContext()
        let endpoints = try options.endpoints()
        var failed = false
        var statuses: [String: ServiceStatusLine] = [:]
        // When each service answered, on its own clock: a stream's silence is measured against it.
        var answeredAt: [String: Timestamp] = [:]
        // With --city, the city's service alone: a city's operator runs no district services.
        let services = options.city ? [("lead-city", endpoints.cityQueries)] : endpoints.queryEndpoints
        for (name, endpoint) in services {
            switch try options.client(endpoint, server: name, context: context).requestEnvelope(
                .serviceStatus, EmptyBody(), expecting: ServiceStatus.self)
            {
            case .success(let reply):
                statuses[name] = ServiceStatusLine(up: true, status: reply.body, error: nil)
                answeredAt[name] = reply.sentAt
            case .failure(let error):
                failed = true
                statuses[name] = ServiceStatusLine(up: false, status: nil, error: error)
            }
        }
        // A consumer's lag is intake's head minus what it applied. Asked in turn, intake comes
        // first: the consumer cannot have applied more than intake had, so its own lag (from the
        // heartbeats it heard, which PUB/SUB may have dropped under load) is only a lower bound.
        if let head = statuses["lead-intake"]?.status?.lastSequence {
            for (name, line) in statuses where name != "lead-intake" {
                guard var status = line.status else { continue }
                status.lag = max(status.lag, head - status.lastSequence)
                statuses[name]?.status = status
            }
        }
        if options.json {
            Output.json(statuses)
        } else {
            for name in statuses.keys.sorted() {
                guard let line = statuses[name] else { continue }
                if let status = line.status {
                    print(
                        "\(Output.padded(name, 14)) up    seq \(status.lastSequence)  lag \(status.lag)  since \(status.startedAt)"
                    )
                    let counters = (status.counters ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                    if !counters.isEmpty { print("\(Output.padded("", 14)) " + counters.joined(separator: "  ")) }
                    for (channel, backlog) in (status.backlog ?? [:]).sorted(by: { $0.key < $1.key }) {
                        let since = backlog.oldestWaitingSince.map { "  oldest \($0)" } ?? ""
                        let error = backlog.lastError.map { "  last error: \($0)" } ?? ""
                        print(
                            "\(Output.padded("", 14)) notifications \(Output.padded(channel, 8)) waiting \(backlog.waiting)  "
                                + "rejected \(backlog.rejected)\(since)\(error)")
                    }
                    for stream in status.streams ?? [] {
                        print(Self.streamLine(stream, now: answeredAt[name] ?? .now()))
                    }
                    for (type, latency) in (status.latencies ?? [:]).sorted(by: { $0.key < $1.key }) {
                        print(
                            "\(Output.padded("", 14)) \(Output.padded(type, 20)) \(latency.count) requests  "
                                + "p50 ≤ \(latency.p50Ms) ms  p99 ≤ \(latency.p99Ms) ms  max \(latency.maxMs) ms")
                    }
                } else {
                    print("\(Output.padded(name, 14)) DOWN  \(line.error?.message ?? "")")
                }
            }
        }
        if failed { throw ExitCode(1) }
    }

    /// lead-city's position in one district's stream: `  huiji 惠济区  seq 120  head 130  lag 10  heard …`.
    /// A district not heard for longer than its heartbeats allow is marked: its head and lag are
    /// only what the city last heard.
    static func streamLine(_ stream: StreamStatus, now: Timestamp) -> String {
        let silentSeconds = stream.lastHeardAt.map { now.epochSeconds - $0.epochSeconds }
        let heard: String
        switch silentSeconds {
        case nil: heard = "NOT HEARD since lead-city started (lag unknown)"
        case let seconds? where seconds > 5:
            heard = "NOT HEARD for \(seconds) s, since \(stream.lastHeardAt.map { "\($0)" } ?? "") (lag unknown)"
        default: heard = "heard \(stream.lastHeardAt.map { "\($0)" } ?? "")"
        }
        return
            "\(Output.padded("", 14)) district \(Output.padded(stream.district, 10)) \(Output.padded(stream.name, 10)) "
            + "seq \(stream.lastSequence)  head \(stream.head)  lag \(stream.lag)  \(heard)"
    }
}

struct ServiceStatusLine: Encodable {
    var up: Bool
    var status: ServiceStatus?
    var error: ErrorBody?
}

/// `leadctl increase LEAD --amount 2亿 --at …`
struct Increase: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Record a capital increase on a signed project (增资).")
    @OptionGroup var options: ClientOptions
    @Argument(help: "Lead id") var lead: String
    @Option(help: "The increment, e.g. 2亿") var amount: String
    @Option(help: "When, with offset (default: now)") var at: String?
    @Option(help: "Idempotency key") var requestId: String?

    func run() throws {
        let command = IncreaseCapital(
            leadId: lead, amount: amount, increasedAt: at ?? Timestamp.now().description,
            requestId: requestId ?? MessageID.make())
        try LeadChangeRequest.send(.leadIncrease, command, options: options)
    }
}

/// `leadctl void LEAD [--reason …]`
struct VoidCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "void", abstract: "Void a signing recorded in error (签约作废); the lead returns to negotiating.")
    @OptionGroup var options: ClientOptions
    @Argument(help: "Lead id") var lead: String
    @Option(help: "Why") var reason: String?
    @Option(help: "Idempotency key") var requestId: String?

    func run() throws {
        let command = VoidSigning(leadId: lead, reason: reason, requestId: requestId ?? MessageID.make())
        try LeadChangeRequest.send(.leadVoid, command, options: options)
    }
}
