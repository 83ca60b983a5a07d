import Testing

@testable import ZeroMQ

@Suite struct ErrorAndOptionTests {
    @Test func bindingABadEndpointThrowsWithFunctionAndErrno() throws {
        let context = try ZMQContext()
        let socket = try context.socket(.router)
        do {
            try socket.bind("nonsense://nowhere")
            Issue.record("bind should fail")
        } catch {
            #expect(error.function == "zmq_bind")
            #expect(error.code.rawValue != 0)
            #expect(error.description.contains("zmq_bind failed"))
        }
    }

    @Test func routerMandatoryReportsAnUnknownPeer() throws {
        let context = try ZMQContext()
        let router = try context.socket(.router)
        try router.setRouterMandatory(true)
        try router.bind("inproc://mandatory")
        #expect(throws: ZMQError.self) {
            try router.send([Array("nobody".utf8), Array("reply".utf8)])
        }
    }

    @Test func pollerReportsWhichSocketIsReadable() throws {
        let context = try ZMQContext()
        let quiet = try context.socket(.pull)
        try quiet.bind("inproc://quiet")
        let busy = try context.socket(.pull)
        try busy.bind("inproc://busy")
        let push = try context.socket(.push)
        try push.connect("inproc://busy")
        try push.send([[1]])
        var poller = ZMQPoller()
        poller.add(quiet)
        poller.add(busy)
        #expect(try poller.poll(timeoutMilliseconds: 2_000) == [false, true])
    }

    @Test func curveEncryptsBetweenKeyedPeers() throws {
        try #require(CurveKeyPair.isSupported)
        let context = try ZMQContext()
        let serverKeys = try CurveKeyPair.generate()
        let clientKeys = try CurveKeyPair.generate()
        #expect(serverKeys.publicKey.utf8.count == 40 && serverKeys.secretKey.utf8.count == 40)
        #expect(serverKeys != clientKeys)

        let router = try context.socket(.router)
        try router.makeCurveServer(secretKey: serverKeys.secretKey)
        try router.setReceiveTimeout(milliseconds: 5_000)
        try router.bind("tcp://127.0.0.1:*")
        let dealer = try context.socket(.dealer)
        try dealer.makeCurveClient(serverKey: serverKeys.publicKey, keys: clientKeys)
        try dealer.connect(try router.lastEndpoint())
        try dealer.send([Array("secret".utf8)])
        let message = try #require(try router.receive())
        #expect(message.frames.last == Array("secret".utf8))
    }

    @Test func aClientWithTheWrongServerKeyIsNeverHeard() throws {
        try #require(CurveKeyPair.isSupported)
        let context = try ZMQContext()
        let serverKeys = try CurveKeyPair.generate()
        let router = try context.socket(.router)
        try router.makeCurveServer(secretKey: serverKeys.secretKey)
        try router.setReceiveTimeout(milliseconds: 500)
        try router.bind("tcp://127.0.0.1:*")
        let dealer = try context.socket(.dealer)
        try dealer.makeCurveClient(serverKey: try CurveKeyPair.generate().publicKey, keys: try CurveKeyPair.generate())
        try dealer.connect(try router.lastEndpoint())
        try dealer.send([Array("secret".utf8)], dontWait: true)
        #expect(try router.receive() == nil)
    }
}
