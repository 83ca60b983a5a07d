import CZeroMQ

/// Waits on several sockets at once (`zmq_poll`). Like the sockets it polls, a poller
/// belongs to one thread.
public struct ZMQPoller {
    private var sockets: [ZMQSocket] = []

    public init() {}

    /// Adds a socket to wait on for input; returns its index in `poll`'s result.
    @discardableResult
    public mutating func add(_ socket: ZMQSocket) -> Int {
        sockets.append(socket)
        return sockets.count - 1
    }

    /// Waits up to `timeoutMilliseconds` (-1: forever) and tells, by index, which sockets have
    /// a message to read. An interrupted wait returns all false rather than throwing.
    public func poll(timeoutMilliseconds: Int) throws(ZMQError) -> [Bool] {
        var items = sockets.map { zmq_pollitem_t(socket: $0.handle, fd: 0, events: Int16(ZMQ_POLLIN), revents: 0) }
        let result = items.withUnsafeMutableBufferPointer { buffer in
            zmq_poll(buffer.baseAddress, Int32(buffer.count), timeoutMilliseconds)
        }
        if result == -1 {
            let error = ZMQError.last("zmq_poll")
            if error.code == .interrupted { return Array(repeating: false, count: sockets.count) }
            throw error
        }
        return items.map { $0.revents & Int16(ZMQ_POLLIN) != 0 }
    }
}
