import Crypto
import Foundation
import _CryptoExtras

/// Passwords stored as scrypt hashes (memory-hard: N = 2^15, r = 8, p = 1, 32 MiB and ~0.1 s per
/// try here), each with its own 16-byte random salt, in one self-describing string:
/// `scrypt$15$8$1$SALT_HEX$HASH_HEX`. Compared in constant time.
public enum PasswordHash {
    static let logRounds = 15
    static let blockSize = 8
    static let parallelism = 1

    public static func make(_ password: String) throws -> String {
        var salt = [UInt8](repeating: 0, count: 16)
        var generator = SystemRandomNumberGenerator()
        for index in salt.indices { salt[index] = generator.next() }
        let hash = try derive(
            password, salt: salt, logRounds: logRounds, blockSize: blockSize, parallelism: parallelism)
        return "scrypt$\(logRounds)$\(blockSize)$\(parallelism)$\(hex(salt))$\(hex(hash))"
    }

    public static func verify(_ password: String, against stored: String) -> Bool {
        let parts = stored.split(separator: "$").map(String.init)
        guard parts.count == 6, parts[0] == "scrypt", let logRounds = Int(parts[1]), (10...20).contains(logRounds),
            let blockSize = Int(parts[2]), let parallelism = Int(parts[3]), let salt = bytes(hex: parts[4]),
            let expected = bytes(hex: parts[5]),
            let actual = try? derive(
                password, salt: salt, logRounds: logRounds, blockSize: blockSize, parallelism: parallelism)
        else { return false }
        guard actual.count == expected.count else { return false }
        return zip(actual, expected).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    static func derive(_ password: String, salt: [UInt8], logRounds: Int, blockSize: Int, parallelism: Int) throws
        -> [UInt8]
    {
        let key = try KDF.Scrypt.deriveKey(
            from: Array(password.utf8), salt: salt, outputByteCount: 32, rounds: 1 << logRounds, blockSize: blockSize,
            parallelism: parallelism)
        return key.withUnsafeBytes { Array($0) }
    }

    static func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

    static func bytes(hex text: String) -> [UInt8]? {
        guard text.count % 2 == 0 else { return nil }
        var result: [UInt8] = []
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(index, offsetBy: 2)
            guard let byte = UInt8(text[index..<next], radix: 16) else { return nil }
            result.append(byte)
            index = next
        }
        return result
    }

    /// A random token for sessions and CSRF: 32 bytes, hex.
    public static func token() -> String {
        var generator = SystemRandomNumberGenerator()
        return hex((0..<32).map { _ in generator.next() })
    }
}
