/// A request as a ROUTER socket received it: the routing prefix to send the reply back on, and
/// the envelope payload. Pure, so the frame rules (Protocols/README.md, Frame layout) are tested directly.
public struct RequestFrames: Sendable, Equatable {
    /// The routing id, plus the empty delimiter when a REQ socket sent it; mirrored on the reply.
    public var replyPrefix: [[UInt8]]
    public var payload: [UInt8]

    /// Most frames a command socket accepts: routing id, optional delimiter, envelope.
    public static let maxFrames = 3

    /// Splits `[id, envelope]` or `[id, "", envelope]`; anything else is `malformed-frame`,
    /// answered on the prefix when there is a routing id to answer to.
    public static func parse(_ frames: [[UInt8]], discardedFrames: Int = 0) -> Result<RequestFrames, RejectedFrames> {
        guard let routingID = frames.first else { return .failure(RejectedFrames(replyPrefix: nil)) }
        let rest = Array(frames.dropFirst())
        if discardedFrames == 0, rest.count == 1, !rest[0].isEmpty {
            return .success(RequestFrames(replyPrefix: [routingID], payload: rest[0]))
        }
        if discardedFrames == 0, rest.count == 2, rest[0].isEmpty, !rest[1].isEmpty {
            return .success(RequestFrames(replyPrefix: [routingID, []], payload: rest[1]))
        }
        let prefix = rest.first?.isEmpty == true ? [routingID, []] : [routingID]
        return .failure(RejectedFrames(replyPrefix: prefix))
    }
}

/// Frames that are not a request; `replyPrefix` is where the `malformed-frame` error goes.
public struct RejectedFrames: Error, Equatable {
    public var replyPrefix: [[UInt8]]?
}
