import LeadMessages

/// Test fixtures written as text: a fixture written wrongly fails its test with the text instead of
/// crashing the whole run (no `!` in tests).
public struct BadFixture: Error, CustomStringConvertible {
    public var description: String
}

/// `2023-03-06T10:00:00+08:00` as a Timestamp.
public func instant(_ text: String) throws -> Timestamp {
    guard let value = Timestamp(rfc3339: text) else { throw BadFixture(description: "not an instant: \(text)") }
    return value
}

/// `2023-03-06` as a CivilDate.
public func date(_ text: String) throws -> CivilDate {
    guard let value = CivilDate(text) else { throw BadFixture(description: "not a date: \(text)") }
    return value
}
