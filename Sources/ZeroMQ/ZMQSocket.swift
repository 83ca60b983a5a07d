import CZeroMQ

/// One libzmq socket.
///
/// libzmq sockets are not thread-safe, so this class is deliberately not `Sendable`: the
/// compiler confines it to the thread (or isolation domain) that made it. Services create
/// their sockets inside the one thread that runs their loop (see ServiceKit's `SocketLoop`).
/// The socket closes in `deinit`; linger is 0 unless set otherwise, so closing never blocks.
public final class ZMQSocket {
    let handle: UnsafeMutableRawPointer
    public let type: ZMQSocketType
    /// Kept so the context outlives every socket made from it.
    private let context: ZMQContext

    init(context: ZMQContext, type: ZMQSocketType) throws(ZMQError) {
        guard let handle = zmq_socket(context.handle, type.rawValue) else {
            throw ZMQError.last("zmq_socket")
        }
        self.handle = handle
        self.type = type
        self.context = context
        do {
            try setOption(ZMQ_LINGER, Int32(0))
        } catch {
            zmq_close(handle)
            throw error
        }
    }

    deinit {
        zmq_close(handle)
    }

    public func bind(_ endpoint: String) throws(ZMQError) {
        try zmqCall("zmq_bind") { zmq_bind(handle, endpoint) }
    }

    public func connect(_ endpoint: String) throws(ZMQError) {
        try zmqCall("zmq_connect") { zmq_connect(handle, endpoint) }
    }

    public func disconnect(_ endpoint: String) throws(ZMQError) {
        try zmqCall("zmq_disconnect") { zmq_disconnect(handle, endpoint) }
    }

    /// Sends all frames as one multipart message. Returns false when the socket would block
    /// (only possible with `dontWait`, a send timeout, or a full high-water mark).
    @discardableResult
    public func send(_ frames: [[UInt8]], dontWait: Bool = false) throws(ZMQError) -> Bool {
        precondition(!frames.isEmpty, "a ZeroMQ message has at least one frame")
        for (index, frame) in frames.enumerated() {
            var flags: Int32 = dontWait ? ZMQ_DONTWAIT : 0
            if index < frames.count - 1 { flags |= ZMQ_SNDMORE }
            let sent = try sendFrame(frame, flags: flags)
            // libzmq queues a multipart message atomically: only its first frame can block.
            if !sent { return false }
        }
        return true
    }

    private func sendFrame(_ frame: [UInt8], flags: Int32) throws(ZMQError) -> Bool {
        let message = UnsafeMutablePointer<zmq_msg_t>.allocate(capacity: 1)
        defer { message.deallocate() }
        try zmqCall("zmq_msg_init_size") { zmq_msg_init_size(message, frame.count) }
        if !frame.isEmpty {
            frame.withUnsafeBytes { bytes in
                czmq_msg_data(message).copyMemory(from: bytes.baseAddress!, byteCount: bytes.count)
            }
        }
        do {
            try zmqCall("zmq_msg_send") { zmq_msg_send(message, handle, flags) }
            return true  // libzmq owns and closes a sent message
        } catch {
            zmq_msg_close(message)
            if error.code == .wouldBlock { return false }
            throw error
        }
    }

    /// Receives one whole multipart message, or nil when none arrives before the receive
    /// timeout (or at once with `dontWait`). Frames past `maxFrames` are read and discarded,
    /// and reported in `ReceivedMessage.discardedFrames`, so a hostile peer cannot make us
    /// hold an unbounded frame list.
    public func receive(dontWait: Bool = false, maxFrames: Int = 64) throws(ZMQError) -> ReceivedMessage? {
        var frames: [[UInt8]] = []
        var discarded = 0
        var userID: String?
        let message = UnsafeMutablePointer<zmq_msg_t>.allocate(capacity: 1)
        defer { message.deallocate() }
        while true {
            try zmqCall("zmq_msg_init") { zmq_msg_init(message) }
            defer { zmq_msg_close(message) }
            do {
                // Only the first frame may wait: the rest of a multipart message is already here.
                let flags: Int32 = (dontWait && frames.isEmpty && discarded == 0) ? ZMQ_DONTWAIT : 0
                try zmqCall("zmq_msg_recv") { zmq_msg_recv(message, handle, flags) }
            } catch {
                if error.code == .wouldBlock && frames.isEmpty && discarded == 0 { return nil }
                throw error
            }
            // The identity the ZAP handler gave this connection travels with every frame.
            if userID == nil, let property = zmq_msg_gets(message, "User-Id") { userID = String(cString: property) }
            if frames.count < maxFrames {
                let size = zmq_msg_size(message)
                let data = czmq_msg_data(message)
                frames.append(size == 0 ? [] : Array(UnsafeRawBufferPointer(start: data, count: size)))
            } else {
                discarded += 1
            }
            if zmq_msg_more(message) == 0 { break }
        }
        return ReceivedMessage(
            frames: frames, discardedFrames: discarded, userID: userID.flatMap { $0.isEmpty ? nil : $0 })
    }
}

/// A whole multipart message as it came off a socket.
public struct ReceivedMessage: Sendable {
    public var frames: [[UInt8]]
    /// Frames beyond the receiver's limit, read off the socket and dropped.
    public var discardedFrames: Int
    /// The `User-Id` the ZAP handler assigned to the sending connection, when there was one.
    public var userID: String?

    public init(frames: [[UInt8]], discardedFrames: Int = 0, userID: String? = nil) {
        self.frames = frames
        self.discardedFrames = discardedFrames
        self.userID = userID
    }
}
