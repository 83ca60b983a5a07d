import Foundation
import ServiceClient
import StorageTesting
import ZeroMQ

/// The three real service executables, started as separate processes on free loopback ports with
/// a fresh data directory, and `leadctl` pointed at them. Stopped with SIGTERM at the end.
///
/// `@unchecked Sendable`: the fault test kills and restarts services from a second thread; the
/// process table is guarded by `lock`, everything else is immutable after `init`.
final class ServiceCluster: @unchecked Sendable {
    static let services = ["lead-intake", "lead-matcher", "lead-reporter", "lead-supervisor"]

    let binDirectory: URL
    let dataDirectory: URL
    let environment: [String: String]
    let endpoints: [String: String]
    /// Each service's own PostgreSQL database when the run tests PostgreSQL (scripts/test's second
    /// pass); empty: SQLite in the data directory.
    let databaseURLs: [String: String]
    /// Each service's Prometheus endpoint (`HOST:PORT`), when the test asked for them.
    let metricsAddresses: [String: String]
    /// The services' test clock (`--test-clock-file`): seconds added to the system time, when asked for.
    let clockFile: URL?
    private var processes: [String: Process] = [:]
    private let lock = NSLock()

    /// - Parameter config: a configuration file's JSON for every service (endpoints still come
    ///   from the environment, which takes precedence).
    /// - Parameter movableClock: start every service on a test clock that `moveClock` moves.
    init(config: String? = nil, metrics: Bool = false, movableClock: Bool = false) throws {
        binDirectory = Self.findBinDirectory()
        dataDirectory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "leadtracker-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dataDirectory, withIntermediateDirectories: true)
        let configFile = dataDirectory.appendingPathComponent("leadtracker.json")
        if let config { try Data(config.utf8).write(to: configFile) }
        let ports = try Self.freePorts(5)
        endpoints = [
            "intakeCommands": "tcp://127.0.0.1:\(ports[0])", "intakeEvents": "tcp://127.0.0.1:\(ports[1])",
            "matcherQueries": "tcp://127.0.0.1:\(ports[2])", "reporterQueries": "tcp://127.0.0.1:\(ports[3])",
            "supervisorQueries": "tcp://127.0.0.1:\(ports[4])",
        ]
        clockFile = movableClock ? dataDirectory.appendingPathComponent("test-clock") : nil
        metricsAddresses =
            metrics
            ? Dictionary(
                uniqueKeysWithValues: zip(Self.services, try Self.freePorts(Self.services.count)).map {
                    ($0, "127.0.0.1:\($1)")
                })
            : [:]
        var environment = ProcessInfo.processInfo.environment
        environment["LEADTRACKER_INTAKE_COMMANDS"] = endpoints["intakeCommands"]
        environment["LEADTRACKER_INTAKE_EVENTS"] = endpoints["intakeEvents"]
        environment["LEADTRACKER_MATCHER_QUERIES"] = endpoints["matcherQueries"]
        environment["LEADTRACKER_REPORTER_QUERIES"] = endpoints["reporterQueries"]
        environment["LEADTRACKER_SUPERVISOR_QUERIES"] = endpoints["supervisorQueries"]
        environment["LEADTRACKER_CONFIG"] = config == nil ? nil : configFile.path
        // Secure by default, as in production: every service and the test's own client get CURVE
        // keys, authorized in the cluster's authorized_keys.
        environment["LEADTRACKER_KEYS_DIR"] = dataDirectory.appendingPathComponent("keys").path
        environment["LEADTRACKER_KEY"] = Self.admin
        self.environment = environment
        if let server = TestDatabase.postgresURL {
            databaseURLs = try Dictionary(
                uniqueKeysWithValues: Self.services.map { ($0, try TestDatabase.freshPostgresDatabase(on: server).url) }
            )
        } else {
            databaseURLs = [:]
        }
        for service in Self.services { try addKey(service, role: "service") }
        try addKey(Self.admin, role: "supervisor")
    }

    /// The service that listens on each endpoint key, for CURVE server keys.
    static let serverNames = [
        "intakeCommands": "lead-intake", "intakeEvents": "lead-intake", "matcherQueries": "lead-matcher",
        "reporterQueries": "lead-reporter", "supervisorQueries": "lead-supervisor",
    ]

    /// The supervisor identity leadctl runs as unless a test says otherwise.
    static let admin = "test-admin"

    var keysDirectory: URL { dataDirectory.appendingPathComponent("keys") }

    /// Generates NAME.key and authorizes it with `role` (skip `role` to leave it unlisted).
    func addKey(_ name: String, role: String?) throws {
        let generated = leadctl(["keys", "generate", name])
        guard generated.status == 0 else { throw ClusterError("keys generate \(name): \(generated.stderr)") }
        if let role { try authorize(name, role: role) }
    }

    func authorize(_ name: String, role: String) throws {
        let run = leadctl(["keys", "authorize", name, "--role", role])
        guard run.status == 0 else { throw ClusterError("keys authorize \(name): \(run.stderr)") }
    }

    /// leadctl as the holder of key `name`.
    func leadctl(as name: String, _ arguments: [String], input: String? = nil) -> Run {
        leadctl(arguments + ["--key", name], input: input)
    }

    /// CURVE credentials of key `name`, for tests that use raw sockets or RequestClient.
    func credentials(_ name: String = admin) throws -> ClientCredentials {
        try ClientCredentials.load(name: name, directory: keysDirectory.path, plaintext: false)
    }

    deinit {
        let all = lock.withLock { Array(processes.values) }
        for process in all where process.isRunning { process.terminate() }
        for process in all { process.waitUntilExit() }
        try? FileManager.default.removeItem(at: dataDirectory)
    }

    /// Starts every service and waits until each answers `service.status`.
    func start() throws {
        for name in Self.services { try start(name) }
        try waitUntilReady()
    }

    func start(_ name: String, extraArguments: [String] = []) throws {
        let process = Process()
        process.executableURL = binDirectory.appendingPathComponent(name)
        process.arguments =
            ["--data-dir", dataDirectory.appendingPathComponent(name).path]
            + (databaseURLs[name].map { ["--database-url", $0] } ?? [])
            + (metricsAddresses[name].map { ["--metrics-listen", $0] } ?? [])
            + (clockFile.map { ["--test-clock-file", $0.path] } ?? []) + extraArguments
        process.environment = environment
        let log = dataDirectory.appendingPathComponent("\(name).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        handle.seekToEndOfFile()
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        lock.withLock { processes[name] = process }
    }

    /// Starts lead-web in front of the services, with its own gateway key and these accounts
    /// (username, role, password), shown by `names` where given; returns its base URL once it answers.
    func startConsole(accounts: [(String, String, String)], names: [String: String] = [:]) throws -> String {
        try addKey("lead-web", role: "gateway")
        let directory = dataDirectory.appendingPathComponent("lead-web").path
        for (username, role, password) in accounts {
            let added = run(
                binDirectory.appendingPathComponent("lead-web"),
                ["account", "add", username, "--role", role, "--data-dir", directory]
                    + (names[username].map { ["--name", $0] } ?? []), input: password + "\n")
            guard added.status == 0 else { throw ClusterError("account add \(username): \(added.stderr)") }
        }
        let port = try Self.freePorts(1)[0]
        try start("lead-web", extraArguments: ["--listen", "127.0.0.1:\(port)"])
        let base = "http://127.0.0.1:\(port)"
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if let url = URL(string: base + "/login"), (try? Data(contentsOf: url)) != nil { return base }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw ClusterError("lead-web not ready; logs: \(logs())")
    }

    /// Moves every service's clock to `days` days after the real time (they reread it on every use).
    func moveClock(days: Int) throws {
        guard let clockFile else { throw ClusterError("this cluster was started without a movable clock") }
        try Data("\(days * 86_400)\n".utf8).write(to: clockFile, options: .atomic)
    }

    func isRunning(_ name: String) -> Bool {
        lock.withLock { processes[name]?.isRunning ?? false }
    }

    /// SIGTERM, then the exit status: 0 means it shut down gracefully.
    @discardableResult
    func stop(_ name: String) -> Int32 {
        guard let process = lock.withLock({ processes[name] }) else { return -1 }
        process.terminate()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// SIGKILL: no chance to finish anything.
    func kill(_ name: String) {
        guard let process = lock.withLock({ processes[name] }) else { return }
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    func stopAll() -> [String: Int32] {
        Dictionary(uniqueKeysWithValues: Self.services.map { ($0, stop($0)) })
    }

    /// - Parameter services: wait for these only (a test that starts some of the services).
    func waitUntilReady(timeoutSeconds: Double = 120, services: [String]? = nil) throws {
        let deadline = Date().addingTimeInterval(timeoutSeconds)
        while Date() < deadline {
            let run = leadctl(["status", "--json", "--timeout", "1000", "--retries", "1"])
            if let services {
                let json = run.json()
                if services.allSatisfy({ (json?[$0] as? [String: Any])?["up"] as? Bool == true }) { return }
            } else if run.status == 0 {
                return
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw ClusterError("services not ready in \(timeoutSeconds)s; logs: \(logs())")
    }

    /// Polls until `condition` holds, for state that arrives asynchronously (events to consumers).
    func eventually(timeoutSeconds: Double = 15, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeoutSeconds)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return condition()
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String

        func json() -> [String: Any]? {
            (try? JSONSerialization.jsonObject(with: Data(stdout.utf8))) as? [String: Any]
        }

        func jsonLines() -> [[String: Any]] {
            stdout.split(separator: "\n").compactMap {
                (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]
            }
        }
    }

    /// Runs leadctl with `arguments`, optionally feeding `input` on stdin.
    func leadctl(_ arguments: [String], input: String? = nil) -> Run {
        run(binDirectory.appendingPathComponent("leadctl"), arguments, input: input)
    }

    func run(_ executable: URL, _ arguments: [String], input: String? = nil) -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        let id = UUID().uuidString
        let out = dataDirectory.appendingPathComponent("\(id).out")
        let err = dataDirectory.appendingPathComponent("\(id).err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        do {
            process.standardOutput = try FileHandle(forWritingTo: out)
            process.standardError = try FileHandle(forWritingTo: err)
            let stdin = Pipe()
            process.standardInput = stdin
            try process.run()
            if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
            try stdin.fileHandleForWriting.close()
            process.waitUntilExit()
        } catch {
            return Run(status: -1, stdout: "", stderr: "could not run \(executable.path): \(error)")
        }
        let read = { (url: URL) in (try? String(contentsOf: url, encoding: .utf8)) ?? "" }
        return Run(status: process.terminationStatus, stdout: read(out), stderr: read(err))
    }

    func logs() -> String {
        (Self.services + ["lead-web", "lead-city"]).map { name in
            let text =
                (try? String(contentsOf: dataDirectory.appendingPathComponent("\(name).log"), encoding: .utf8)) ?? ""
            return "--- \(name)\n\(text.suffix(2_000))"
        }.joined(separator: "\n")
    }

    /// The directory holding the built executables: LEADTRACKER_BIN_DIR, else the one the test
    /// runner itself was built into (`.build/debug`).
    static func findBinDirectory() -> URL {
        if let dir = ProcessInfo.processInfo.environment["LEADTRACKER_BIN_DIR"] { return URL(fileURLWithPath: dir) }
        let runner = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var dir = runner.deletingLastPathComponent()
        // On Linux the runner is .build/debug/<Package>PackageTests.xctest, a file in the bin directory.
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("leadctl").path), dir.path != "/" {
            dir = dir.deletingLastPathComponent()
        }
        return dir
    }

    /// Ports the OS says are free right now (bound and released at once).
    static func freePorts(_ count: Int) throws -> [Int] {
        let context = try ZMQContext()
        var sockets: [ZMQSocket] = []
        var ports: [Int] = []
        for _ in 0..<count {
            let socket = try context.socket(.router)
            try socket.bind("tcp://127.0.0.1:*")
            let endpoint = try socket.lastEndpoint()
            guard let port = endpoint.split(separator: ":").last.flatMap({ Int($0) }) else {
                throw ClusterError("no port in \(endpoint)")
            }
            ports.append(port)
            sockets.append(socket)
        }
        return ports
    }
}

struct ClusterError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
