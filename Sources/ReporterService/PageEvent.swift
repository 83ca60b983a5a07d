import LeadMessages

/// An event as it lies in the page a consumer was given: an envelope from the wire, or the bare
/// event (tests, benchmarks). Stores take pages of these so that a page is never copied whole.
public protocol PageEvent {
    var event: LeadEvent { get }
}

extension LeadEvent: PageEvent {
    public var event: LeadEvent { self }
}

extension Envelope: PageEvent where Body == LeadEvent {
    public var event: LeadEvent { body }
}
