import AccessPolicy
import ArgumentParser
import Foundation
import ServiceClient
import ZeroMQ

/// `leadctl keys generate|authorize|revoke|list`: CURVE keys and the services' allowlist.
struct Keys: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage CURVE keys and the authorized-keys allowlist (密钥管理).",
        subcommands: [Generate.self, Authorize.self, Revoke.self, ListKeys.self])

    struct Directory: ParsableArguments {
        @Option(help: "Keys directory (env LEADTRACKER_KEYS_DIR; default ./keys).")
        var dir: String?

        var path: String { dir ?? ProcessInfo.processInfo.environment["LEADTRACKER_KEYS_DIR"] ?? "keys" }
    }

    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create NAME.key (0600) and NAME.pub.")
        @OptionGroup var directory: Directory
        @Argument(help: "Key name: a service (lead-intake, lead-matcher, lead-reporter) or a person's identity")
        var name: String
        @Flag(help: "Replace an existing key") var force = false

        func run() throws {
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." })
            else {
                throw ValidationError("a key name is letters, digits, '-', '_' or '.'")
            }
            if KeyFile.exists(name: name, directory: directory.path) && !force {
                throw ValidationError(
                    "\(directory.path)/\(name).key exists; --force replaces it (and locks out the old key)")
            }
            let keys = try CurveKeyPair.generate()
            try KeyFile.write(keys, name: name, directory: directory.path)
            print("\(directory.path)/\(name).key (secret, 0600) and \(name).pub: \(keys.publicKey)")
        }
    }

    struct Authorize: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a public key to authorized_keys; running services reload it within a second.")
        @OptionGroup var directory: Directory
        @Argument(help: "The key's name (its NAME.pub or NAME.key in the keys directory), or a 40-character public key")
        var name: String?
        // A Z85 key may begin with '-', which an argument cannot (it reads as an option).
        @Option(
            name: .customLong("public-key"), parsing: .unconditional,
            help: "A 40-character public key, given as an option (a key may begin with '-')")
        var publicKeyOption: String?
        @Option(help: "The identity the services will know it as (default: the key's name)") var identity: String?
        @Option(help: "officer, supervisor, service or gateway (the web console)") var role: String

        func run() throws {
            guard let role = Role(rawValue: role) else {
                throw ValidationError("--role must be officer, supervisor, service or gateway")
            }
            guard let key = publicKeyOption ?? name, (publicKeyOption == nil) != (name == nil) else {
                throw ValidationError("give a key's name or --public-key KEY (one of them)")
            }
            if publicKeyOption != nil, !CurveKeyPair.isValidKey(key) {
                throw ValidationError("--public-key needs a 40-character Z85 public key")
            }
            let isBareKey = CurveKeyPair.isValidKey(key)
            if isBareKey && self.identity == nil { throw ValidationError("give --identity for a bare public key") }
            let publicKey = isBareKey ? key : try KeyFile.readPublic(name: key, directory: directory.path)
            let identity = self.identity ?? key
            guard !identity.contains(where: \.isWhitespace), !identity.isEmpty else {
                throw ValidationError("an identity has no spaces")
            }
            var keys = try AuthorizedKeys.load(directory: directory.path)
            keys.authorize(publicKey: publicKey, identity: identity, role: role)
            try keys.save(directory: directory.path)
            print("authorized \(identity) as \(role.rawValue)")
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Remove an identity from authorized_keys; services refuse it within a second, open connections too.")
        @OptionGroup var directory: Directory
        @Argument(help: "The identity") var identity: String

        func run() throws {
            var keys = try AuthorizedKeys.load(directory: directory.path)
            guard keys.revoke(identity: identity) else { throw ValidationError("\(identity) is not authorized") }
            try keys.save(directory: directory.path)
            print("revoked \(identity)")
        }
    }

    struct ListKeys: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Show authorized_keys.")
        @OptionGroup var directory: Directory

        func run() throws {
            for entry in try AuthorizedKeys.load(directory: directory.path).entries {
                print("\(entry.identity)\t\(entry.role.rawValue)\t\(entry.publicKey)")
            }
        }
    }
}
