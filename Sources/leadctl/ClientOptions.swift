import ArgumentParser
import Foundation
import LeadMessages
import ServiceClient
import ZeroMQ

/// Flags every leadctl command shares: where the services are, how to print, how long to wait.
struct ClientOptions: ParsableArguments {
    @Option(help: "JSON configuration file (env LEADTRACKER_CONFIG).")
    var config: String?

    @Option(help: "lead-intake command endpoint (env LEADTRACKER_INTAKE_COMMANDS).")
    var intake: String?

    @Option(help: "lead-matcher query endpoint (env LEADTRACKER_MATCHER_QUERIES).")
    var matcher: String?

    @Option(help: "lead-reporter query endpoint (env LEADTRACKER_REPORTER_QUERIES).")
    var reporter: String?

    @Option(help: "lead-supervisor query endpoint (env LEADTRACKER_SUPERVISOR_QUERIES).")
    var supervisor: String?

    @Flag(help: "Ask the city's lead-city instead of a district's services (reports, status).")
    var city = false

    @Option(help: "lead-city query endpoint (env LEADTRACKER_CITY_QUERIES).")
    var cityQueries: String?

    @Option(help: "Output language: zh (default) or en.")
    var lang: String = "zh"

    @Flag(help: "Machine-readable JSON output.")
    var json = false

    @Option(help: "Milliseconds to wait for each reply before retrying.")
    var timeout: Int = 3_000

    @Option(help: "Tries per request (Lazy Pirate: time out, reconnect, resend).")
    var retries: Int = 3

    @Option(help: "Directory with your key and the services' public keys (env LEADTRACKER_KEYS_DIR; default ./keys).")
    var keysDir: String?

    @Option(help: "Your key's name: KEYS_DIR/NAME.key (env LEADTRACKER_KEY).")
    var key: String?

    @Flag(help: "Talk plain TCP to services started with --insecure-plaintext (loopback only).")
    var insecurePlaintext = false

    var language: Language { Language(rawValue: lang.lowercased()) ?? .chinese }

    func endpoints() throws -> Endpoints {
        try Settings(configFile: config).endpoints(
            intakeCommands: intake, matcherQueries: matcher, reporterQueries: reporter, supervisorQueries: supervisor,
            cityQueries: cityQueries)
    }

    /// Where reports come from: the district's lead-reporter, or with `--city` the city's lead-city.
    func reportsClient(context: ZMQContext) throws -> RequestClient {
        city
            ? try client(try endpoints().cityQueries, server: "lead-city", context: context)
            : try client(try endpoints().reporterQueries, server: "lead-reporter", context: context)
    }

    /// A client of the service named `server` at `endpoint`, with this user's CURVE credentials.
    /// - Parameter once: no automatic retry, for a request that is not idempotent (`city.decide`).
    func client(_ endpoint: String, server: String, context: ZMQContext, once: Bool = false) throws -> RequestClient {
        RequestClient(
            context: context, endpoint: endpoint, sender: "leadctl", timeoutMilliseconds: timeout,
            attempts: once ? 1 : retries, configure: try credentials().configure(for: server))
    }

    func keysDirectory() throws -> String {
        try Settings(configFile: config).string("keysDir", flag: keysDir, default: "keys")
    }

    func credentials() throws -> ClientCredentials {
        let settings = try Settings(configFile: config)
        let plaintext = insecurePlaintext || settings.flag("insecurePlaintext")
        if plaintext { return ClientCredentials(keys: nil, keysDirectory: try keysDirectory()) }
        let name = settings.string("key", flag: key, default: "")
        guard !name.isEmpty else {
            throw ValidationError(
                "no key given: use --key NAME (or LEADTRACKER_KEY); create one with `leadctl keys generate NAME` and ask a supervisor to authorize it / 未指定密钥"
            )
        }
        do {
            return try ClientCredentials.load(name: name, directory: try keysDirectory(), plaintext: false)
        } catch {
            throw ValidationError("\(error)")
        }
    }

    func validate() throws {
        guard Language(rawValue: lang.lowercased()) != nil else { throw ValidationError("--lang must be zh or en") }
        guard timeout > 0, retries > 0 else { throw ValidationError("--timeout and --retries must be positive") }
    }
}

/// Printing for people and for scripts.
enum Output {
    static func json<T: Encodable>(_ value: T) {
        if let text = try? StoredJSON.string(value) { print(text) }
    }

    /// Prints a failed request and ends the command with exit code 1.
    static func fail(_ error: ErrorBody, options: ClientOptions) -> ExitCode {
        if options.json {
            json(["error": error])
        } else {
            let label = options.language == .chinese ? "错误" : "error"
            let field = error.field.map { " (\($0))" } ?? ""
            FileHandle.standardError.write(Data("\(label) [\(error.code)]\(field): \(error.message)\n".utf8))
        }
        return ExitCode(1)
    }

    /// Label/value lines, labels padded to one width (CJK characters count double).
    static func table(_ rows: [(String, String)]) {
        let width = rows.map { DisplayWidth.of($0.0) }.max() ?? 0
        for (label, value) in rows { print(DisplayWidth.padded(label, to: width + 2) + value) }
    }

    static func padded(_ text: String, _ width: Int) -> String { DisplayWidth.padded(text, to: width) }
}
