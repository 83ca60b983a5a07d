import Foundation
import ZeroMQ

/// A CURVE key pair on disk, in the ZeroMQ certificate style:
///
///     # LeadTracker CURVE key pair for lead-intake
///     public-key = "rq:rM>}U?@Lns47E1%kR.o@n%FcmmsL/@{H8]yf7"
///     secret-key = "JTKVSB%%)wK0E.X)V>+}o?pNmC{O&4W4b!Ni{Lh6"
///
/// `NAME.key` holds both and is created 0600; `NAME.pub` holds the public key only and may be shared.
public enum KeyFile {
    public static func write(_ keys: CurveKeyPair, name: String, directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let secretPath = path(directory, name, "key")
        let secret =
            "# LeadTracker CURVE key pair for \(name). Keep it secret.\npublic-key = \"\(keys.publicKey)\"\nsecret-key = \"\(keys.secretKey)\"\n"
        // Created with 0600 from the first byte: never world-readable, not even for a moment.
        guard
            FileManager.default.createFile(
                atPath: secretPath, contents: Data(secret.utf8), attributes: [.posixPermissions: 0o600])
        else { throw SecurityError("cannot write \(secretPath)") }
        let publicFile = "# LeadTracker CURVE public key of \(name)\npublic-key = \"\(keys.publicKey)\"\n"
        guard
            FileManager.default.createFile(
                atPath: path(directory, name, "pub"), contents: Data(publicFile.utf8),
                attributes: [.posixPermissions: 0o644])
        else { throw SecurityError("cannot write \(path(directory, name, "pub"))") }
    }

    /// The key pair in `NAME.key`; refuses a file others can read.
    public static func readPair(name: String, directory: String) throws -> CurveKeyPair {
        let file = path(directory, name, "key")
        if let mode = FileStatus.mode(file), mode & 0o077 != 0 {
            throw SecurityError("\(file) is readable by others (mode \(String(mode, radix: 8))); chmod 600 it")
        }
        let values = try fields(file)
        guard let publicKey = values["public-key"], let secretKey = values["secret-key"],
            CurveKeyPair.publicKey(forSecret: secretKey) == publicKey
        else { throw SecurityError("\(file) does not hold a matching public-key and secret-key") }
        return CurveKeyPair(publicKey: publicKey, secretKey: secretKey)
    }

    /// The public key in `NAME.pub` (or, failing that, `NAME.key`).
    public static func readPublic(name: String, directory: String) throws -> String {
        let file =
            FileManager.default.fileExists(atPath: path(directory, name, "pub"))
            ? path(directory, name, "pub") : path(directory, name, "key")
        guard let key = try fields(file)["public-key"], CurveKeyPair.isValidKey(key) else {
            throw SecurityError("\(file) holds no valid public-key")
        }
        return key
    }

    public static func exists(name: String, directory: String) -> Bool {
        FileManager.default.fileExists(atPath: path(directory, name, "key"))
    }

    static func path(_ directory: String, _ name: String, _ suffix: String) -> String {
        URL(fileURLWithPath: directory).appendingPathComponent("\(name).\(suffix)").path
    }

    private static func fields(_ file: String) throws -> [String: String] {
        guard let data = FileManager.default.contents(atPath: file) else { throw SecurityError("cannot read \(file)") }
        var values: [String: String] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.hasPrefix("#"), let equals = trimmed.firstIndex(of: "=") else { continue }
            let key = trimmed[..<equals].trimmingCharacters(in: .whitespaces)
            let value = trimmed[trimmed.index(after: equals)...].trimmingCharacters(in: .whitespaces)
                .trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            values[key] = value
        }
        return values
    }
}

public struct SecurityError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
