import CZeroMQ

/// A libzmq context: the I/O threads behind every socket made from it.
///
/// A context is thread-safe (libzmq guarantees it), hence `Sendable`. Its owner shuts it
/// down; `shutdown()` makes blocked calls on its sockets fail with `.contextTerminated`,
/// and `deinit` terminates it, which waits until every socket is closed.
public final class ZMQContext: @unchecked Sendable {
    let handle: UnsafeMutableRawPointer

    public init(ioThreads: Int32 = 1) throws(ZMQError) {
        guard let handle = zmq_ctx_new() else { throw ZMQError.last("zmq_ctx_new") }
        self.handle = handle
        _ = zmq_ctx_set(handle, ZMQ_IO_THREADS, ioThreads)
        // Sockets default to linger 0 so that closing never hangs the process.
        _ = zmq_ctx_set(handle, ZMQ_BLOCKY, 0)
    }

    /// Makes every blocking call on this context's sockets return `.contextTerminated`.
    public func shutdown() {
        _ = zmq_ctx_shutdown(handle)
    }

    deinit {
        while zmq_ctx_term(handle) == -1 && czmq_errno() == EINTR {}
    }

    /// Makes a socket of the given type; it belongs to the calling thread from now on.
    public func socket(_ type: ZMQSocketType) throws(ZMQError) -> ZMQSocket {
        try ZMQSocket(context: self, type: type)
    }
}
