/// A ZAP request (RFC 27) as libzmq sends it to `inproc://zeromq.zap.01`, and the reply frames.
/// Pure: parsing and building are tested without sockets.
public struct ZAPRequest: Sendable, Equatable {
    public static let endpoint = "inproc://zeromq.zap.01"

    public var requestID: [UInt8]
    public var domain: String
    public var address: String
    public var mechanism: String
    /// For CURVE: the client's long-term public key, 32 bytes.
    public var credentials: [[UInt8]]

    /// Parses `[version, request id, domain, address, identity, mechanism, credentials…]` after
    /// the routing envelope (everything up to and including the empty delimiter) is removed.
    public init?(frames: [[UInt8]]) {
        guard frames.count >= 6, String(decoding: frames[0], as: UTF8.self) == "1.0" else { return nil }
        requestID = frames[1]
        domain = String(decoding: frames[2], as: UTF8.self)
        address = String(decoding: frames[3], as: UTF8.self)
        mechanism = String(decoding: frames[5], as: UTF8.self)
        credentials = Array(frames.dropFirst(6))
    }

    /// The reply: `200` with the user id, or `400`/`500` with a reason. No metadata.
    public func reply(status: Int, text: String, userID: String = "") -> [[UInt8]] {
        [Array("1.0".utf8), requestID, Array(String(status).utf8), Array(text.utf8), Array(userID.utf8), []]
    }
}
