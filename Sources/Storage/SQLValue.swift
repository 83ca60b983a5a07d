/// A value crossing into or out of a SQL database, the same for every backend: the four storage
/// classes the stores use (text, 64-bit integers, bytes, and NULL).
public enum SQLValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case text(String)
    case blob([UInt8])
}

/// What a statement's `?` placeholders accept.
public protocol SQLArgument {
    var sqlValue: SQLValue { get }
}

extension SQLValue: SQLArgument {
    public var sqlValue: SQLValue { self }
}

extension String: SQLArgument {
    public var sqlValue: SQLValue { .text(self) }
}

extension Int64: SQLArgument {
    public var sqlValue: SQLValue { .integer(self) }
}

extension Int: SQLArgument {
    public var sqlValue: SQLValue { .integer(Int64(self)) }
}

extension Array: SQLArgument where Element == UInt8 {
    public var sqlValue: SQLValue { .blob(self) }
}

extension Optional: SQLArgument where Wrapped: SQLArgument {
    public var sqlValue: SQLValue { self?.sqlValue ?? .null }
}
