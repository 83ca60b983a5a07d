import LeadMessages

/// Builds reply envelopes for one service.
public struct ReplyBuilder: Sendable {
    public let sender: String
    /// Stamps each reply's `sentAt`: consumers compare intake's instants with one another.
    public let clock: ServiceClock

    public init(sender: String, clock: ServiceClock = .system) {
        self.sender = sender
        self.clock = clock
    }

    public func ok<Result: Codable & Sendable>(_ result: Result, to requestID: String?) -> [UInt8] {
        MessageCodec.encode(
            Envelope(type: .ok, body: result, sender: sender, correlationId: requestID, sentAt: clock.now()))
    }

    public func error(_ error: ErrorBody, to requestID: String?) -> [UInt8] {
        MessageCodec.encode(
            Envelope(type: .error, body: error, sender: sender, correlationId: requestID, sentAt: clock.now()))
    }

    /// An `ok` or `error` reply from a handler's result.
    public func reply<Result: Codable & Sendable>(_ result: Swift.Result<Result, ErrorBody>, to requestID: String?)
        -> [UInt8]
    {
        switch result {
        case .success(let value): ok(value, to: requestID)
        case .failure(let failure): error(failure, to: requestID)
        }
    }
}
