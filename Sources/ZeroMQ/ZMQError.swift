import CZeroMQ

/// An error reported by libzmq, carrying the errno value and the C function that failed.
///
/// `code` is matchable in `catch` like GRDB's `ResultCode`:
/// `catch let error as ZMQError where error.code == .hostUnreachable`.
public struct ZMQError: Error, CustomStringConvertible, Sendable {
    public struct Code: RawRepresentable, Hashable, Sendable {
        public let rawValue: Int32
        public init(rawValue: Int32) { self.rawValue = rawValue }

        public static let wouldBlock = Code(rawValue: EAGAIN)
        public static let interrupted = Code(rawValue: EINTR)
        public static let invalidArgument = Code(rawValue: EINVAL)
        public static let hostUnreachable = Code(rawValue: EHOSTUNREACH)
        public static let addressInUse = Code(rawValue: EADDRINUSE)
        /// The context was terminated while the call was blocked (`ETERM`).
        public static let contextTerminated = Code(rawValue: Int32(ZMQ_HAUSNUMERO + 53))
        /// The message is too large for the socket (`EMSGSIZE`).
        public static let messageTooLarge = Code(rawValue: EMSGSIZE)
    }

    public let code: Code
    public let function: String

    public init(code: Code, function: String) {
        self.code = code
        self.function = function
    }

    /// Reads `zmq_errno()` right after a failed call.
    static func last(_ function: String) -> ZMQError {
        ZMQError(code: Code(rawValue: czmq_errno()), function: function)
    }

    public var description: String {
        let text = String(cString: zmq_strerror(code.rawValue))
        return "\(function) failed: \(text) (errno \(code.rawValue))"
    }
}

/// Runs a libzmq call that returns -1 on failure: retries EINTR, throws everything else.
@discardableResult
func zmqCall(_ function: String, _ body: () -> Int32) throws(ZMQError) -> Int32 {
    while true {
        let result = body()
        if result != -1 { return result }
        let error = ZMQError.last(function)
        if error.code == .interrupted { continue }
        throw error
    }
}
