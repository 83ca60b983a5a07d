/// Counts what a service did since it started, for `service.status` (and later, metrics).
///
/// Owned by the service's loop thread like its sockets, so plain mutation is safe; deliberately
/// not `Sendable`.
public final class ServiceCounters {
    public private(set) var values: [String: Int64] = [:]

    public init() {}

    public func increment(_ name: String, by amount: Int64 = 1) {
        values[name, default: 0] += amount
    }

    /// Counts an error reply, in total and by code.
    public func recordError(_ code: ErrorCodeName) {
        increment("errors")
        increment("errors.\(code)")
    }
}

public typealias ErrorCodeName = String
