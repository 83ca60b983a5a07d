import ArgumentParser
import Foundation
import Hummingbird
import Logging
import Matching
import ServiceClient
import ServiceKit
import Storage
import WebConsole

/// lead-web: the officers' console in the browser. It holds accounts and sessions only; every
/// lead, recommendation and report comes from the services, asked as the signed-in person.
@main
struct LeadWebCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lead-web", abstract: "The web console for officers and supervisors (招商线索管理).",
        subcommands: [Serve.self, AccountCommand.self], defaultSubcommand: Serve.self)
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Serve the console (the default).")
    @OptionGroup var options: ServiceOptions
    @Option(help: "HOST:PORT to serve HTTP on (env LEADTRACKER_WEB_LISTEN; default 127.0.0.1:7780).") var listen:
        String?
    @Option(help: "This console's key name in the keys directory, authorized with role gateway (default lead-web).")
    var key: String = "lead-web"

    func run() async throws {
        let settings = try options.settings()
        let logger = LoggingSetup.bootstrap(
            label: "lead-web", level: settings.string("logLevel", flag: options.logLevel, default: "info"))
        let address = settings.string("webListen", flag: listen, default: "127.0.0.1:7780")
        // HOST:PORT, the host possibly an IPv6 address in brackets ([::1]:7780).
        guard let colon = address.lastIndex(of: ":"), let port = Int(address[address.index(after: colon)...]) else {
            throw ValidationError("--listen must be HOST:PORT")
        }
        let host = address[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        let security = options.security(settings)
        let credentials = try ClientCredentials.load(
            name: key, directory: security.keysDirectory, plaintext: security.insecurePlaintext)
        let accounts = try AccountStore(
            database: try SQLiteDatabase.open(directory: options.dataDirectory(settings), name: "web"))
        let gateway = try ServiceGateway(endpoints: options.endpoints(settings), credentials: credentials)
        // Cookies are Secure unless the console is only reachable on this machine (http on loopback).
        let loopback = ["127.0.0.1", "localhost", "::1"].contains(host)
        let app = Application(
            router: WebConsoleApp(
                accounts: accounts, gateway: gateway, secureCookies: !loopback || settings.flag("secureCookies"),
                duplicateThreshold: try ReferenceData.loadRules().likelyDuplicateSimilarity,
                lexicon: IndustryLexicon(data: try ReferenceData.load()), logger: logger
            ).router(),
            configuration: .init(address: .hostname(host, port: port), serverName: "lead-web"), logger: logger)
        logger.info("console ready", metadata: ["listen": "http://\(address)"])
        try await app.runService()
    }
}

struct AccountCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "account", abstract: "Manage console accounts.", subcommands: [Add.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an account, or change its password and role; reads the password from standard input.")
        @OptionGroup var options: ServiceOptions
        @Argument(help: "The username: the identity the services record for this person") var username: String
        @Option(help: "The name shown (default: the username)") var name: String?
        @Option(help: "officer or supervisor") var role: String

        func run() throws {
            let settings = try options.settings()
            guard let password = readLine(strippingNewline: true), !password.isEmpty else {
                throw ValidationError("give the password on standard input")
            }
            let accounts = try AccountStore(
                database: try SQLiteDatabase.open(directory: options.dataDirectory(settings), name: "web"))
            try accounts.save(username: username, displayName: name ?? username, role: role, password: password)
            print("account \(username) (\(role)) saved")
        }
    }
}
