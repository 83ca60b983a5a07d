import ArgumentParser
import Foundation
import ZeroMQ

/// `lead-bench zmq`: our ZeroMQ wrapper against the same loops written in C over libzmq
/// (`Benchmarks/zmq_reference.c`), both run now, on this machine: PUSH/PULL throughput and
/// DEALER→ROUTER echo round trips with 1 and 64 in flight, over TCP on loopback.
struct ZeroMQBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zmq", abstract: "ZeroMQ wrapper vs C over libzmq (target: wrapper ≥ 0.8× C).")

    @Option(help: "Messages for push/pull") var messages: Int = 1_000_000
    @Option(help: "Round trips with 1 in flight") var roundTrips: Int = 100_000
    @Option(help: "Round trips with 64 in flight") var pipelined: Int = 1_000_000
    @Option(help: "Message size in bytes") var size: Int = 512
    @Option(help: "Repetitions of each figure; the best is reported (the machine has other work)") var repeats: Int = 3
    @Option(help: "The compiled C reference (scripts/bench builds it); without it only Swift runs") var cReference:
        String?

    func run() throws {
        print("figure                      swift msg/s       C msg/s   swift/C")
        try row(
            "push/pull 512 B", swift: { try Self.pushPull(count: messages, size: size) },
            c: ["pushpull", "\(messages)", "\(size)"])
        try row(
            "router/dealer, 1 in flight", swift: { try Self.roundTrip(count: roundTrips, inFlight: 1, size: size) },
            c: ["roundtrip", "\(roundTrips)", "1", "\(size)"])
        try row(
            "router/dealer, 64 in flight", swift: { try Self.roundTrip(count: pipelined, inFlight: 64, size: size) },
            c: ["roundtrip", "\(pipelined)", "64", "\(size)"])
    }

    private func row(_ name: String, swift: () throws -> Double, c arguments: [String]) throws {
        let swiftRate = try (0..<repeats).map { _ in try swift() }.max() ?? 0
        let cRate = try cReference.map { path in
            try (0..<repeats).map { _ in try Self.runC(path, arguments) }.max() ?? 0
        }
        let ratio = cRate.map { String(format: "%.2f", swiftRate / $0) } ?? "-"
        print(
            name.padding(toLength: 27, withPad: " ", startingAt: 0)
                + String(format: "%12.0f  %12@  %8@", swiftRate, cRate.map { String(format: "%.0f", $0) } ?? "-", ratio)
        )
    }

    static func runC(_ path: String, _ arguments: [String]) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0,
            let rate = output.split(separator: " ").last.flatMap({
                Double($0.trimmingCharacters(in: .whitespacesAndNewlines))
            })
        else { throw ValidationError("C reference failed: \(output)") }
        return rate
    }

    static func pushPull(count: Int, size: Int) throws -> Double {
        let context = try ZMQContext()
        defer { context.shutdown() }
        let pull = try context.socket(.pull)
        try pull.setReceiveHighWaterMark(100_000)
        try pull.bind("tcp://127.0.0.1:*")
        let endpoint = try pull.lastEndpoint()
        let start = DispatchTime.now()
        let pusher = Thread {
            // Linger as C's default (until delivered): ours is 0, which would drop the queued tail on close.
            guard let push = try? context.socket(.push), (try? push.setLinger(milliseconds: -1)) != nil,
                (try? push.connect(endpoint)) != nil
            else { return }
            let payload = [UInt8](repeating: 0, count: size)
            for _ in 0..<count { _ = try? push.send([payload]) }
        }
        pusher.start()
        for _ in 0..<count { _ = try pull.receive() }
        return Double(count) / Self.seconds(since: start)
    }

    static func roundTrip(count: Int, inFlight: Int, size: Int) throws -> Double {
        let context = try ZMQContext()
        defer { context.shutdown() }
        let router = try context.socket(.router)
        try router.bind("tcp://127.0.0.1:*")
        let endpoint = try router.lastEndpoint()
        // The echo side keeps the router: sockets stay on the thread that made them after this handoff.
        let echo = Thread { [router = UncheckedSocket(router)] in
            for _ in 0..<count {
                guard let message = try? router.socket.receive() else { return }
                _ = try? router.socket.send(message.frames)
            }
        }
        let dealer = try context.socket(.dealer)
        try dealer.connect(endpoint)
        let payload = [UInt8](repeating: 0, count: size)
        let start = DispatchTime.now()
        echo.start()
        var sent = 0
        while sent < min(inFlight, count) {
            try dealer.send([payload])
            sent += 1
        }
        for _ in 0..<count {
            _ = try dealer.receive()
            if sent < count {
                try dealer.send([payload])
                sent += 1
            }
        }
        return Double(count) / Self.seconds(since: start)
    }

    static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}

/// Hands a socket to the one thread that uses it from then on (ZeroMQ sockets are not
/// thread-safe, but may migrate with a full memory barrier, which thread start provides).
struct UncheckedSocket: @unchecked Sendable {
    let socket: ZMQSocket
    init(_ socket: ZMQSocket) { self.socket = socket }
}
