import CZeroMQ

/// A CURVE key pair in Z85 text (40 characters each), as libzmq's socket options take them.
public struct CurveKeyPair: Sendable, Hashable {
    public let publicKey: String
    public let secretKey: String

    public init(publicKey: String, secretKey: String) {
        self.publicKey = publicKey
        self.secretKey = secretKey
    }

    /// A fresh key pair from libsodium's random source.
    public static func generate() throws(ZMQError) -> CurveKeyPair {
        var publicKey = [CChar](repeating: 0, count: 41)
        var secretKey = [CChar](repeating: 0, count: 41)
        try zmqCall("zmq_curve_keypair") { zmq_curve_keypair(&publicKey, &secretKey) }
        func text(_ buffer: [CChar]) -> String {
            String(decoding: buffer.prefix(40).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        return CurveKeyPair(publicKey: text(publicKey), secretKey: text(secretKey))
    }

    /// The Z85 text of a 32-byte binary key (as ZAP requests carry it), or nil if it is not 32 bytes.
    public static func z85(_ binary: [UInt8]) -> String? {
        guard binary.count == 32 else { return nil }
        var text = [CChar](repeating: 0, count: 41)
        guard zmq_z85_encode(&text, binary, 32) != nil else { return nil }
        return String(decoding: text.prefix(40).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Whether `text` is a well-formed Z85 CURVE key (40 characters that decode to 32 bytes).
    public static func isValidKey(_ text: String) -> Bool {
        guard text.utf8.count == 40 else { return false }
        var binary = [UInt8](repeating: 0, count: 32)
        return zmq_z85_decode(&binary, text) != nil
    }

    /// The public key that belongs to a secret key, or nil for a malformed one.
    public static func publicKey(forSecret secretKey: String) -> String? {
        guard isValidKey(secretKey) else { return nil }
        var text = [CChar](repeating: 0, count: 41)
        guard zmq_curve_public(&text, secretKey) == 0 else { return nil }
        return String(decoding: text.prefix(40).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Whether this libzmq was built with CURVE support.
    public static var isSupported: Bool { zmq_has("curve") == 1 }
}
