/// A replay page made of events as intake stored them: each envelope's bytes are spliced into
/// the reply as they are (they are what the encoder wrote when the event was published), so a
/// page costs intake no decoding and no encoding of its events. On the wire it is an `EventPage`.
public struct StoredEventPage: Codable, Sendable, WireJSONWritable {
    /// Each event's whole envelope, as stored.
    public var events: [[UInt8]]
    public var lastSequence: Int64
    public var storeId: String?

    public init(events: [[UInt8]], lastSequence: Int64, storeId: String?) {
        self.events = events
        self.lastSequence = lastSequence
        self.storeId = storeId
    }

    public func wireJSON() -> [UInt8] {
        var list: [UInt8] = [UInt8(ascii: "[")]
        list.reserveCapacity(events.reduce(2) { $0 + $1.count + 1 })
        for (index, event) in events.enumerated() {
            if index > 0 { list.append(UInt8(ascii: ",")) }
            list.append(contentsOf: event)
        }
        list.append(UInt8(ascii: "]"))
        var object = JSONObjectWriter(capacity: list.count + 96)
        object.json("events", list)
        object.integer("lastSequence", lastSequence)
        object.string("storeId", storeId)
        return object.finish()
    }

    /// The generic route (never taken by `MessageCodec`, which writes the page by hand) reads
    /// and writes the page as an `EventPage`.
    public init(from decoder: any Decoder) throws {
        let page = try EventPage(from: decoder)
        self.init(
            events: page.events.map(MessageCodec.encode), lastSequence: page.lastSequence, storeId: page.storeId)
    }

    public func encode(to encoder: any Encoder) throws {
        let page = EventPage(
            events: try events.map { try MessageCodec.decode(LeadEvent.self, from: $0).get() },
            lastSequence: lastSequence, storeId: storeId)
        try page.encode(to: encoder)
    }
}
