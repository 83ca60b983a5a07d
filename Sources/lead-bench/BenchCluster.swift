import Foundation
import LeadMessages
import ServiceClient
import ServiceKit
import ZeroMQ

/// The three release executables started as separate processes on free loopback ports, secured
/// with CURVE as in production, each on its own SQLite store in a temporary directory; and what a
/// benchmark needs of them: status, resident memory, restart with an empty store.
final class BenchCluster {
    static let services = ["lead-intake", "lead-matcher", "lead-reporter"]
    /// The console's board asks the supervisor too (started only by the benchmarks that need it).
    static let withSupervisor = services + ["lead-supervisor"]
    static let client = "bench-supervisor"

    let binDirectory: URL
    let dataDirectory: URL
    let endpoints: Endpoints
    let environment: [String: String]
    let credentials: ClientCredentials
    private var processes: [String: Process] = [:]
    /// Every service's `--database-url` (PostgreSQL), when given: each gets a database of its own.
    private let databaseURLs: [String: String]

    /// - Parameter plaintext: the services and the client without CURVE (`--insecure-plaintext`),
    ///   for a comparison with a reference that has no security.
    /// - Parameter databaseURLs: a PostgreSQL URL per service, for the figures on PostgreSQL.
    /// - Parameter config: a configuration file's JSON for every service (lead-city's districts).
    init(plaintext: Bool = false, databaseURLs: [String: String] = [:], config: String? = nil) throws {
        self.databaseURLs = databaseURLs
        binDirectory = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        dataDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("lead-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dataDirectory, withIntermediateDirectories: true)
        let ports = try Self.freePorts(6)
        endpoints = Endpoints(
            intakeCommands: "tcp://127.0.0.1:\(ports[0])", intakeEvents: "tcp://127.0.0.1:\(ports[1])",
            matcherQueries: "tcp://127.0.0.1:\(ports[2])", reporterQueries: "tcp://127.0.0.1:\(ports[3])",
            supervisorQueries: "tcp://127.0.0.1:\(ports[4])", cityQueries: "tcp://127.0.0.1:\(ports[5])")
        let keys = dataDirectory.appendingPathComponent("keys").path
        var environment = ProcessInfo.processInfo.environment
        environment["LEADTRACKER_INTAKE_COMMANDS"] = endpoints.intakeCommands
        environment["LEADTRACKER_INTAKE_EVENTS"] = endpoints.intakeEvents
        environment["LEADTRACKER_MATCHER_QUERIES"] = endpoints.matcherQueries
        environment["LEADTRACKER_REPORTER_QUERIES"] = endpoints.reporterQueries
        environment["LEADTRACKER_SUPERVISOR_QUERIES"] = endpoints.supervisorQueries
        environment["LEADTRACKER_CITY_QUERIES"] = endpoints.cityQueries
        if let config {
            let file = dataDirectory.appendingPathComponent("leadtracker.json")
            try Data(config.utf8).write(to: file)
            environment["LEADTRACKER_CONFIG"] = file.path
        }
        environment["LEADTRACKER_KEYS_DIR"] = keys
        environment["LEADTRACKER_KEY"] = Self.client
        environment["LEADTRACKER_LOG_LEVEL"] = "warning"
        if plaintext { environment["LEADTRACKER_INSECURE_PLAINTEXT"] = "1" }
        self.environment = environment
        for (name, role) in Self.withSupervisor.map({ ($0, "service") }) + [(Self.client, "supervisor")] {
            try Self.leadctl(["keys", "generate", name], in: binDirectory, environment: environment)
            try Self.leadctl(["keys", "authorize", name, "--role", role], in: binDirectory, environment: environment)
        }
        credentials = try ClientCredentials.load(name: Self.client, directory: keys, plaintext: plaintext)
    }

    deinit {
        for process in processes.values where process.isRunning { process.terminate() }
        for process in processes.values { process.waitUntilExit() }
        // LEADBENCH_KEEP=1 keeps the stores and the services' logs for a look afterwards.
        if ProcessInfo.processInfo.environment["LEADBENCH_KEEP"] == nil {
            try? FileManager.default.removeItem(at: dataDirectory)
        } else {
            print("kept \(dataDirectory.path)")
        }
    }

    func start(_ names: [String] = services) throws {
        for name in names { try launch(name) }
        let deadline = Date().addingTimeInterval(60)
        for name in names {
            while (try? status(name)) == nil {
                guard Date() < deadline else { throw BenchError("\(name) did not start; see \(dataDirectory.path)") }
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
    }

    /// Generates and authorizes another key (lead-web's, as a gateway).
    func authorize(_ name: String, role: String) throws {
        try Self.leadctl(["keys", "generate", name], in: binDirectory, environment: environment)
        try Self.leadctl(["keys", "authorize", name, "--role", role], in: binDirectory, environment: environment)
    }

    /// Starts lead-web on a free port with one account; returns its base URL once it answers.
    func startConsole(account: (String, String, String)) throws -> String {
        let add = Process()
        add.executableURL = binDirectory.appendingPathComponent("lead-web")
        add.arguments = [
            "account", "add", account.0, "--role", account.1, "--data-dir",
            dataDirectory.appendingPathComponent("lead-web").path,
        ]
        add.environment = environment
        let input = Pipe()
        add.standardInput = input
        add.standardOutput = FileHandle.nullDevice
        try add.run()
        input.fileHandleForWriting.write(Data((account.2 + "\n").utf8))
        try input.fileHandleForWriting.close()
        add.waitUntilExit()
        guard add.terminationStatus == 0 else { throw BenchError("lead-web account add failed") }
        let port = try Self.freePorts(1)[0]
        try launch("lead-web", ["--listen", "127.0.0.1:\(port)"])
        let base = "http://127.0.0.1:\(port)"
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if let url = URL(string: base + "/login"), (try? Data(contentsOf: url)) != nil { return base }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw BenchError("lead-web did not start; see \(dataDirectory.path)/lead-web.log")
    }

    /// Starts executable `name` on its own data directory, its output in `name.log`.
    private func launch(_ name: String, _ arguments: [String] = []) throws {
        let process = Process()
        process.executableURL = binDirectory.appendingPathComponent(name)
        process.arguments =
            ["--data-dir", dataDirectory.appendingPathComponent(name).path]
            + (databaseURLs[name].map { ["--database-url", $0] } ?? []) + arguments
        process.environment = environment
        let log = dataDirectory.appendingPathComponent("\(name).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        processes[name] = process
    }

    /// SIGTERM and wait; with `wipe`, its store is deleted so that it starts from nothing.
    func stop(_ name: String, wipe: Bool = false) throws {
        guard let process = processes.removeValue(forKey: name) else { return }
        process.terminate()
        process.waitUntilExit()
        if wipe { try FileManager.default.removeItem(at: dataDirectory.appendingPathComponent(name)) }
    }

    func status(_ name: String) throws -> ServiceStatus {
        let endpoint =
            switch name {
            case "lead-intake": endpoints.intakeCommands
            case "lead-matcher": endpoints.matcherQueries
            case "lead-supervisor": endpoints.supervisorQueries
            case "lead-city": endpoints.cityQueries
            default: endpoints.reporterQueries
            }
        let context = try ZMQContext()
        defer { context.shutdown() }
        let client = RequestClient(
            context: context, endpoint: endpoint, sender: "lead-bench", timeoutMilliseconds: 2_000, attempts: 1,
            configure: credentials.configure(for: name))
        return try client.request(.serviceStatus, EmptyBody(), expecting: ServiceStatus.self).get()
    }

    /// Polls until every consumer has applied `sequence`; returns the seconds it took.
    func waitUntilApplied(_ sequence: Int64, by names: [String], timeoutSeconds: Double = 3_600) throws -> Double {
        let start = Date()
        for name in names {
            while try status(name).lastSequence < sequence {
                guard Date().timeIntervalSince(start) < timeoutSeconds else {
                    throw BenchError("\(name) did not reach sequence \(sequence)")
                }
                Thread.sleep(forTimeInterval: 0.02)
            }
        }
        return Date().timeIntervalSince(start)
    }

    /// Resident set size in MiB, from /proc.
    func residentMiB(_ name: String) -> Double {
        guard let pid = processes[name]?.processIdentifier,
            let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
            let kib = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) })
        else { return .nan }
        return kib / 1024
    }

    private static func leadctl(_ arguments: [String], in binDirectory: URL, environment: [String: String]) throws {
        let process = Process()
        process.executableURL = binDirectory.appendingPathComponent("leadctl")
        process.arguments = arguments
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchError("leadctl \(arguments) failed") }
    }

    static func freePorts(_ count: Int) throws -> [Int] {
        let context = try ZMQContext()
        defer { context.shutdown() }
        var sockets: [ZMQSocket] = []
        for _ in 0..<count {
            let socket = try context.socket(.router)
            try socket.bind("tcp://127.0.0.1:*")
            sockets.append(socket)
        }
        return try sockets.map { socket in
            guard let port = try socket.lastEndpoint().split(separator: ":").last.flatMap({ Int($0) }) else {
                throw BenchError("no port")
            }
            return port
        }
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
