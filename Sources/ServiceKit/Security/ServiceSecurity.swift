import AccessPolicy
import Foundation
import Logging
import ServiceClient
import ZeroMQ

/// How a process secures its sockets: where its keys are, and whether security is switched off.
public struct SecurityOptions: Sendable, Equatable {
    public var keysDirectory: String
    /// Plain TCP without CURVE: only when asked for explicitly, and only on loopback.
    public var insecurePlaintext: Bool

    public init(keysDirectory: String, insecurePlaintext: Bool = false) {
        self.keysDirectory = keysDirectory
        self.insecurePlaintext = insecurePlaintext
    }

    /// Refuses plaintext on anything but loopback, inproc or ipc.
    public func checkPlaintext(endpoints: [String]) throws {
        guard insecurePlaintext else { return }
        for endpoint in endpoints where !Self.isLocal(endpoint) {
            throw SecurityError(
                "--insecure-plaintext is refused for \(endpoint): plaintext is allowed on loopback only")
        }
    }

    static func isLocal(_ endpoint: String) -> Bool {
        if endpoint.hasPrefix("inproc://") || endpoint.hasPrefix("ipc://") { return true }
        guard endpoint.hasPrefix("tcp://") else { return false }
        let address = endpoint.dropFirst("tcp://".count)
        guard let colon = address.lastIndex(of: ":") else { return false }
        let host = address[..<colon]
        return host.hasPrefix("127.") || host == "localhost" || host == "[::1]"
    }
}

/// A service's security: its own key pair, the authorized keys (reloaded when the file changes),
/// and the ZAP handler that admits only listed keys. Lives on the service's loop thread.
public final class ServiceSecurity {
    public let options: SecurityOptions
    private let ownKeys: CurveKeyPair?
    public private(set) var authorized: AuthorizedKeys
    private var authorizedStamp: String?
    private let zap: ZMQSocket?
    private let logger: Logger
    private var nextReloadCheck: Int64 = 0

    public init(context: ZMQContext, options: SecurityOptions, service: String, endpoints: [String], logger: Logger)
        throws
    {
        self.options = options
        self.logger = logger
        if options.insecurePlaintext {
            try options.checkPlaintext(endpoints: endpoints)
            logger.warning(
                "SECURITY OFF: plain TCP without CURVE or authentication (--insecure-plaintext); loopback only")
            ownKeys = nil
            authorized = AuthorizedKeys()
            zap = nil
            return
        }
        ownKeys = try KeyFile.readPair(name: service, directory: options.keysDirectory)
        authorized = try AuthorizedKeys.load(directory: options.keysDirectory)
        authorizedStamp = Self.stamp(options.keysDirectory)
        // Bound before any server socket, so no connection is ever admitted without a decision.
        let zap = try context.socket(.router)
        try zap.bind(ZAPRequest.endpoint)
        self.zap = zap
        logger.info("CURVE on; ZAP allowlist loaded", metadata: ["keys": "\(authorized.entries.count)"])
    }

    /// The ZAP socket, for the service's poller (nil when security is off).
    public var zapSocket: ZMQSocket? { zap }

    /// Makes `socket` a CURVE server in `domain`.
    public func secureServer(_ socket: ZMQSocket, domain: String) throws {
        guard let ownKeys else { return }
        try socket.makeCurveServer(secretKey: ownKeys.secretKey)
        try socket.setZAPDomain(domain)
    }

    /// This service's credentials as a client of another service (a consumer of intake's events).
    public var clientCredentials: ClientCredentials {
        ClientCredentials(keys: ownKeys, keysDirectory: options.keysDirectory)
    }

    /// The caller of a message from the connection's ZAP `User-Id`, checked against the current
    /// allowlist so a key revoked since the connection opened is refused from its next request.
    public func caller(userID: String?) -> Caller? {
        if options.insecurePlaintext { return .plaintext }
        guard let userID, let entry = authorized.entry(forIdentity: userID) else { return nil }
        return Caller(identity: entry.identity, role: entry.role)
    }

    /// Answers waiting ZAP requests.
    public func serveZAP() throws {
        guard let zap else { return }
        reloadIfChanged()
        while let message = try zap.receive(dontWait: true) {
            guard let delimiter = message.frames.firstIndex(where: \.isEmpty) else { continue }
            let envelope = Array(message.frames[...delimiter])
            guard let request = ZAPRequest(frames: Array(message.frames[(delimiter + 1)...])) else { continue }
            var decision = ZAPPolicy.decide(request, keys: authorized)
            if decision.status != 200 {
                // A key authorized a moment ago must work at once: look at the file again first.
                reloadIfChanged(force: true)
                decision = ZAPPolicy.decide(request, keys: authorized)
            }
            if decision.status != 200 {
                logger.warning(
                    "connection refused", metadata: ["address": "\(request.address)", "reason": "\(decision.text)"])
            }
            try zap.send(
                envelope + request.reply(status: decision.status, text: decision.text, userID: decision.userID))
        }
    }

    /// Reloads `authorized_keys` when the file changed (checked at most once a second).
    public func reloadIfChanged(force: Bool = false) {
        guard !options.insecurePlaintext else { return }
        let now = MonotonicClock.milliseconds()
        guard force || now >= nextReloadCheck else { return }
        nextReloadCheck = now + 1_000
        let stamp = Self.stamp(options.keysDirectory)
        guard stamp != authorizedStamp else { return }
        do {
            authorized = try AuthorizedKeys.load(directory: options.keysDirectory)
            authorizedStamp = stamp
            logger.info("authorized keys reloaded", metadata: ["keys": "\(authorized.entries.count)"])
        } catch {
            // Keep the last good list: a broken edit must not open or close the door by accident.
            logger.error("authorized keys not reloaded", metadata: ["error": "\(error)"])
        }
    }

    private static func stamp(_ directory: String) -> String? {
        FileStatus.stamp(URL(fileURLWithPath: directory).appendingPathComponent(AuthorizedKeys.fileName).path)
    }
}
