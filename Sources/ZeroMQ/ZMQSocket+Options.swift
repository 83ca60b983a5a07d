import CZeroMQ

/// Socket options, typed. Each maps to one `zmq_setsockopt` option.
extension ZMQSocket {
    func setOption(_ option: Int32, _ value: Int32) throws(ZMQError) {
        var value = value
        try zmqCall("zmq_setsockopt") { zmq_setsockopt(handle, option, &value, MemoryLayout<Int32>.size) }
    }

    func setOption(_ option: Int32, _ value: Int64) throws(ZMQError) {
        var value = value
        try zmqCall("zmq_setsockopt") { zmq_setsockopt(handle, option, &value, MemoryLayout<Int64>.size) }
    }

    func setOption(_ option: Int32, bytes: [UInt8]) throws(ZMQError) {
        try zmqCall("zmq_setsockopt") {
            bytes.withUnsafeBytes { zmq_setsockopt(handle, option, $0.baseAddress, $0.count) }
        }
    }

    func getInt32(_ option: Int32) throws(ZMQError) -> Int32 {
        var value: Int32 = 0
        var size = MemoryLayout<Int32>.size
        try zmqCall("zmq_getsockopt") { zmq_getsockopt(handle, option, &value, &size) }
        return value
    }

    /// Milliseconds to keep unsent messages after close; 0 drops them at once.
    public func setLinger(milliseconds: Int32) throws(ZMQError) { try setOption(ZMQ_LINGER, milliseconds) }
    public func setSendHighWaterMark(_ messages: Int32) throws(ZMQError) { try setOption(ZMQ_SNDHWM, messages) }
    public func setReceiveHighWaterMark(_ messages: Int32) throws(ZMQError) { try setOption(ZMQ_RCVHWM, messages) }
    /// -1 waits forever; 0 returns at once; otherwise `receive` returns nil after this long.
    public func setReceiveTimeout(milliseconds: Int32) throws(ZMQError) { try setOption(ZMQ_RCVTIMEO, milliseconds) }
    public func setSendTimeout(milliseconds: Int32) throws(ZMQError) { try setOption(ZMQ_SNDTIMEO, milliseconds) }
    /// Largest inbound frame accepted; a peer that sends a larger one is disconnected by libzmq.
    public func setMaxMessageSize(bytes: Int64) throws(ZMQError) { try setOption(ZMQ_MAXMSGSIZE, bytes) }
    /// ROUTER: fail with `.hostUnreachable` instead of silently dropping a reply to a gone peer.
    public func setRouterMandatory(_ on: Bool) throws(ZMQError) {
        try setOption(ZMQ_ROUTER_MANDATORY, Int32(on ? 1 : 0))
    }
    /// Queue messages only to completed connections (DEALER/PUSH), so a dead endpoint is not a sink.
    public func setImmediate(_ on: Bool) throws(ZMQError) { try setOption(ZMQ_IMMEDIATE, Int32(on ? 1 : 0)) }
    public func setRoutingID(_ id: [UInt8]) throws(ZMQError) { try setOption(ZMQ_ROUTING_ID, bytes: id) }
    public func subscribe(_ prefix: [UInt8] = []) throws(ZMQError) { try setOption(ZMQ_SUBSCRIBE, bytes: prefix) }
    public func unsubscribe(_ prefix: [UInt8] = []) throws(ZMQError) { try setOption(ZMQ_UNSUBSCRIBE, bytes: prefix) }

    /// ZMTP heartbeats: PING every `interval`, drop the connection when no traffic for `timeout`.
    public func setHeartbeat(intervalMilliseconds: Int32, timeoutMilliseconds: Int32, ttlMilliseconds: Int32? = nil)
        throws(ZMQError)
    {
        try setOption(ZMQ_HEARTBEAT_IVL, intervalMilliseconds)
        try setOption(ZMQ_HEARTBEAT_TIMEOUT, timeoutMilliseconds)
        if let ttlMilliseconds { try setOption(ZMQ_HEARTBEAT_TTL, ttlMilliseconds) }
    }

    /// TCP keepalive: the kernel probes an idle connection after `idleSeconds` and drops it after
    /// `count` unanswered probes `intervalSeconds` apart, so a peer that vanished is noticed.
    public func setTCPKeepalive(idleSeconds: Int32, intervalSeconds: Int32, count: Int32) throws(ZMQError) {
        try setOption(ZMQ_TCP_KEEPALIVE, Int32(1))
        try setOption(ZMQ_TCP_KEEPALIVE_IDLE, idleSeconds)
        try setOption(ZMQ_TCP_KEEPALIVE_INTVL, intervalSeconds)
        try setOption(ZMQ_TCP_KEEPALIVE_CNT, count)
    }

    /// Makes this socket a CURVE server with the given secret key (Z85, 40 characters).
    public func makeCurveServer(secretKey: String) throws(ZMQError) {
        try setOption(ZMQ_CURVE_SERVER, Int32(1))
        try setOption(ZMQ_CURVE_SECRETKEY, bytes: Array(secretKey.utf8))
    }

    /// Makes this socket a CURVE client of the server with `serverKey`, using its own key pair.
    public func makeCurveClient(serverKey: String, keys: CurveKeyPair) throws(ZMQError) {
        try setOption(ZMQ_CURVE_SERVERKEY, bytes: Array(serverKey.utf8))
        try setOption(ZMQ_CURVE_PUBLICKEY, bytes: Array(keys.publicKey.utf8))
        try setOption(ZMQ_CURVE_SECRETKEY, bytes: Array(keys.secretKey.utf8))
    }

    /// The ZAP domain this socket's connections are authenticated in.
    public func setZAPDomain(_ domain: String) throws(ZMQError) {
        try setOption(ZMQ_ZAP_DOMAIN, bytes: Array(domain.utf8))
    }

    /// The endpoint the socket last bound, with the port the OS chose for `tcp://127.0.0.1:*`.
    public func lastEndpoint() throws(ZMQError) -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        var size = buffer.count
        try zmqCall("zmq_getsockopt") { zmq_getsockopt(handle, ZMQ_LAST_ENDPOINT, &buffer, &size) }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
