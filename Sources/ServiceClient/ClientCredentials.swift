import ZeroMQ

/// What a client needs to talk CURVE to a service: its own key pair and the directory holding the
/// services' public keys (`lead-intake.pub`, …). Without a key pair, it talks plain TCP, which the
/// services refuse unless they run with `--insecure-plaintext`.
public struct ClientCredentials: Sendable {
    public let keys: CurveKeyPair?
    public let keysDirectory: String

    public init(keys: CurveKeyPair?, keysDirectory: String) {
        self.keys = keys
        self.keysDirectory = keysDirectory
    }

    /// Loads `NAME.key` from `directory`, or plaintext credentials when `plaintext` is set.
    public static func load(name: String, directory: String, plaintext: Bool) throws -> ClientCredentials {
        ClientCredentials(
            keys: plaintext ? nil : try KeyFile.readPair(name: name, directory: directory), keysDirectory: directory)
    }

    /// Configures a socket as a CURVE client of the service named `server`.
    public func configure(for server: String) -> @Sendable (ZMQSocket) throws -> Void {
        { [keys, keysDirectory] socket in
            guard let keys else { return }
            try socket.makeCurveClient(
                serverKey: try KeyFile.readPublic(name: server, directory: keysDirectory), keys: keys)
        }
    }
}
