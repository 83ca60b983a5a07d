import Testing

@testable import ZeroMQ

/// Each socket pattern we use, over inproc and over tcp on loopback.
@Suite struct PatternTests {
    static let transports = ["inproc", "tcp"]

    /// A bindable endpoint: a unique inproc name, or loopback tcp with an OS-chosen port.
    static func endpoint(_ transport: String) -> String {
        transport == "inproc" ? "inproc://test-\(UInt64.random(in: 0...UInt64.max))" : "tcp://127.0.0.1:*"
    }

    static func bound(_ socket: ZMQSocket, _ transport: String) throws -> String {
        try socket.bind(endpoint(transport))
        return try socket.lastEndpoint()
    }

    @Test(arguments: transports)
    func routerDealerRoundTrip(transport: String) throws {
        let context = try ZMQContext()
        let router = try context.socket(.router)
        try router.setReceiveTimeout(milliseconds: 5_000)
        let endpoint = try Self.bound(router, transport)
        let dealer = try context.socket(.dealer)
        try dealer.setReceiveTimeout(milliseconds: 5_000)
        try dealer.connect(endpoint)

        try dealer.send([Array("hello".utf8)])
        let request = try #require(try router.receive())
        #expect(request.frames.count == 2)  // routing id + payload
        #expect(request.frames[1] == Array("hello".utf8))

        try router.send([request.frames[0], Array("world".utf8)])
        let reply = try #require(try dealer.receive())
        #expect(reply.frames == [Array("world".utf8)])
    }

    @Test(arguments: transports)
    func publishSubscribeFiltersByPrefix(transport: String) throws {
        let context = try ZMQContext()
        let publisher = try context.socket(.pub)
        let endpoint = try Self.bound(publisher, transport)
        let subscriber = try context.socket(.sub)
        try subscriber.setReceiveTimeout(milliseconds: 200)
        try subscriber.subscribe(Array("lead.".utf8))
        try subscriber.connect(endpoint)

        // PUB drops messages until the subscription has arrived (the slow joiner): keep
        // publishing until one gets through.
        var received: ReceivedMessage?
        for _ in 0..<50 where received == nil {
            try publisher.send([Array("other.topic".utf8), Array("skip".utf8)])
            try publisher.send([Array("lead.created".utf8), Array("body".utf8)])
            received = try subscriber.receive()
        }
        let message = try #require(received)
        #expect(message.frames == [Array("lead.created".utf8), Array("body".utf8)])
    }

    @Test(arguments: transports)
    func pushPullDeliversInOrder(transport: String) throws {
        let context = try ZMQContext()
        let pull = try context.socket(.pull)
        try pull.setReceiveTimeout(milliseconds: 5_000)
        let endpoint = try Self.bound(pull, transport)
        let push = try context.socket(.push)
        try push.connect(endpoint)
        for index in 0..<100 { try push.send([Array("\(index)".utf8)]) }
        for index in 0..<100 {
            let message = try #require(try pull.receive())
            #expect(message.frames == [Array("\(index)".utf8)])
        }
    }

    @Test(arguments: transports)
    func fourMebibyteMessageArrivesWhole(transport: String) throws {
        let context = try ZMQContext()
        let pull = try context.socket(.pull)
        try pull.setReceiveTimeout(milliseconds: 10_000)
        let endpoint = try Self.bound(pull, transport)
        let push = try context.socket(.push)
        try push.connect(endpoint)
        let big = (0..<(4 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try push.send([Array("head".utf8), big])
        let message = try #require(try pull.receive())
        #expect(message.frames.count == 2)
        #expect(message.frames[1] == big)
    }

    /// libzmq drops a peer that sends a frame over ZMQ_MAXMSGSIZE; later messages still work.
    @Test func messageOverTheSizeLimitIsRefused() throws {
        let context = try ZMQContext()
        let pull = try context.socket(.pull)
        try pull.setMaxMessageSize(bytes: 1_024)
        try pull.setReceiveTimeout(milliseconds: 500)
        let endpoint = try Self.bound(pull, "tcp")

        let oversize = try context.socket(.push)
        try oversize.connect(endpoint)
        try oversize.send([[UInt8](repeating: 7, count: 4_096)])
        #expect(try pull.receive() == nil)

        let small = try context.socket(.push)
        try small.connect(endpoint)
        try small.send([[UInt8](repeating: 1, count: 512)])
        let message = try #require(try pull.receive())
        #expect(message.frames[0].count == 512)
    }

    @Test func receiveTimesOutWithNil() throws {
        let context = try ZMQContext()
        let pull = try context.socket(.pull)
        try pull.setReceiveTimeout(milliseconds: 50)
        _ = try Self.bound(pull, "inproc")
        #expect(try pull.receive() == nil)
        #expect(try pull.receive(dontWait: true) == nil)
    }

    @Test func framesPastTheLimitAreCountedAndDropped() throws {
        let context = try ZMQContext()
        let pull = try context.socket(.pull)
        try pull.setReceiveTimeout(milliseconds: 5_000)
        let endpoint = try Self.bound(pull, "inproc")
        let push = try context.socket(.push)
        try push.connect(endpoint)
        try push.send((0..<10).map { [UInt8($0)] })
        let message = try #require(try pull.receive(maxFrames: 3))
        #expect(message.frames == [[0], [1], [2]])
        #expect(message.discardedFrames == 7)
    }
}
