import Foundation

/// A JSON reader for the messages consumers read most (events, replay pages, headers): member
/// by member over the bytes, without the generic `Codable` route's containers and key lookups.
///
/// It accepts a subset of what `JSONDecoder` accepts and reads it identically; anything outside
/// the subset (a duplicate member, a key with escapes, a number with a fraction or exponent for
/// an integer, a value of an unexpected type) throws `JSONReader.Unread`, and the caller decodes
/// the message the generic way instead, which gives the canonical error if there is one. So a
/// message reads the same whichever route takes it (`JSONReaderTests` checks both on many values).
/// Like `JSONDecoder` it validates the whole document, members it skips included.
public struct JSONReader {
    /// Not read by hand; read the message the generic way.
    public struct Unread: Error {}

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var depth = 0
    /// `JSONDecoder`'s own limit on nesting.
    private static let maxDepth = 512

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Bytes not read yet: a bound on how many more values there can be.
    var remainingBytes: Int { bytes.count - position }

    /// Reads one whole document as `Value`, nothing but whitespace after it.
    public static func read<Value>(_ bytes: [UInt8], _ body: (inout JSONReader) throws -> Value) throws -> Value {
        try bytes.withUnsafeBufferPointer { buffer in
            var reader = JSONReader(buffer)
            let value = try body(&reader)
            reader.skipWhitespace()
            guard reader.position == buffer.count else { throw Unread() }
            return value
        }
    }

    // MARK: Structure

    /// Starts an object; its members follow through `nextKey()`.
    public mutating func beginObject() throws {
        try expect(UInt8(ascii: "{"))
        try enter()
        justOpened = true
    }

    /// Between `beginObject` and its first `nextKey`: no comma before the first member.
    private var justOpened = false

    /// The next member's key, or nil at the object's end. The caller reads or skips its value.
    public mutating func nextKey() throws -> JSONKey? {
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            justOpened = false
            return nil
        }
        if justOpened {
            justOpened = false
        } else {
            try expect(UInt8(ascii: ","))
            skipWhitespace()
        }
        try expect(UInt8(ascii: "\""))
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "\"") {
            // Our keys are plain ASCII: a key with an escape, a control character or any other
            // byte (which would need UTF-8 validation) is left to the generic route.
            let byte = bytes[position]
            guard byte != UInt8(ascii: "\\"), byte >= 0x20, byte < 0x80 else { throw Unread() }
            position += 1
        }
        guard position < bytes.count else { throw Unread() }
        let key = JSONKey(bytes: UnsafeBufferPointer(rebasing: bytes[start..<position]))
        position += 1
        skipWhitespace()
        try expect(UInt8(ascii: ":"))
        return key
    }

    /// Reads an array's elements, each with `element`.
    public mutating func elements(_ element: (inout JSONReader) throws -> Void) throws {
        try expect(UInt8(ascii: "["))
        try enter()
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return
        }
        while true {
            try element(&self)
            skipWhitespace()
            guard let byte = peek() else { throw Unread() }
            position += 1
            if byte == UInt8(ascii: "]") { break }
            guard byte == UInt8(ascii: ",") else { throw Unread() }
        }
        depth -= 1
    }

    private mutating func enter() throws {
        depth += 1
        guard depth <= Self.maxDepth else { throw Unread() }
    }

    // MARK: Values

    /// Consumes `null` if it is next: an optional member that is null reads as absent.
    public mutating func readNull() -> Bool {
        skipWhitespace()
        guard matchLiteral("null") else { return false }
        return true
    }

    public mutating func string() throws -> String {
        skipWhitespace()
        try expect(UInt8(ascii: "\""))
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let text = try Self.validated(UnsafeBufferPointer(rebasing: bytes[start..<position]))
                position += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { return try escapedString(from: start) }
            guard byte >= 0x20 else { throw Unread() }
            position += 1
        }
        throw Unread()
    }

    public mutating func optionalString() throws -> String? { readNull() ? nil : try string() }

    /// An integer written as one: `-`, digits, no leading zero, no fraction or exponent.
    public mutating func int64() throws -> Int64 {
        skipWhitespace()
        let negative = peek() == UInt8(ascii: "-")
        if negative { position += 1 }
        let start = position
        var magnitude: UInt64 = 0
        while position < bytes.count, case let digit = bytes[position] &- UInt8(ascii: "0"), digit < 10 {
            let (times, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(UInt64(digit))
            guard !overflow1, !overflow2 else { throw Unread() }
            magnitude = sum
            position += 1
        }
        let count = position - start
        guard count > 0, count == 1 || bytes[start] != UInt8(ascii: "0") else { throw Unread() }
        if let next = peek(), next == UInt8(ascii: ".") || next == UInt8(ascii: "e") || next == UInt8(ascii: "E") {
            throw Unread()
        }
        if negative {
            guard magnitude <= UInt64(Int64.max) + 1 else { throw Unread() }
            return magnitude == UInt64(Int64.max) + 1 ? .min : -Int64(magnitude)
        }
        guard magnitude <= UInt64(Int64.max) else { throw Unread() }
        return Int64(magnitude)
    }

    public mutating func bool() throws -> Bool {
        skipWhitespace()
        if matchLiteral("true") { return true }
        if matchLiteral("false") { return false }
        throw Unread()
    }

    /// A closed vocabulary by its raw value.
    public mutating func value<Value: RawRepresentable>(_ type: Value.Type) throws -> Value
    where Value.RawValue == String {
        guard let value = Value(rawValue: try string()) else { throw Unread() }
        return value
    }

    /// A value without a hand-written form, decoded the generic way from its own bytes.
    public mutating func decoded<Value: Decodable>(_ type: Value.Type) throws -> Value {
        let range = try skipValue()
        let data = Data(UnsafeBufferPointer(rebasing: bytes[range]))
        do {
            return try JSONDecoder().decode(Value.self, from: data)
        } catch {
            throw Unread()
        }
    }

    /// Skips one value, checking it is well formed; returns where it was.
    @discardableResult
    public mutating func skipValue() throws -> Range<Int> {
        skipWhitespace()
        let start = position
        guard let byte = peek() else { throw Unread() }
        switch byte {
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "{"):
            try beginObject()
            while try nextKey() != nil { try skipValue() }
        case UInt8(ascii: "["): try elements { try $0.skipValue() }
        case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try bool()
        case UInt8(ascii: "n"): guard readNull() else { throw Unread() }
        default: try skipNumber()
        }
        return start..<position
    }

    // MARK: Bytes

    private func peek() -> UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func expect(_ byte: UInt8) throws {
        skipWhitespace()
        guard peek() == byte else { throw Unread() }
        position += 1
    }

    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    private mutating func matchLiteral(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[position + offset] != literal.utf8Start[offset] { return false }
        position += count
        return true
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    private mutating func skipNumber() throws {
        if peek() == UInt8(ascii: "-") { position += 1 }
        let integer = digits()
        guard integer > 0, integer == 1 || bytes[position - integer] != UInt8(ascii: "0") else { throw Unread() }
        if peek() == UInt8(ascii: ".") {
            position += 1
            guard digits() > 0 else { throw Unread() }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            position += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { position += 1 }
            guard digits() > 0 else { throw Unread() }
        }
    }

    private mutating func digits() -> Int {
        let start = position
        while let byte = peek(), byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { position += 1 }
        return position - start
    }

    /// The rest of a string that has an escape, from its first byte at `start`.
    private mutating func escapedString(from start: Int) throws -> String {
        var text = Array(UnsafeBufferPointer(rebasing: bytes[start..<position]))
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""): return try Self.validated(text)
            case UInt8(ascii: "\\"): try appendEscape(to: &text)
            case 0..<0x20: throw Unread()
            default: text.append(byte)
            }
        }
        throw Unread()
    }

    private mutating func appendEscape(to text: inout [UInt8]) throws {
        guard let byte = peek() else { throw Unread() }
        position += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(byte)
        case UInt8(ascii: "b"): text.append(0x08)
        case UInt8(ascii: "f"): text.append(0x0C)
        case UInt8(ascii: "n"): text.append(0x0A)
        case UInt8(ascii: "r"): text.append(0x0D)
        case UInt8(ascii: "t"): text.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hex4()
            if (0xD800..<0xDC00).contains(scalar) {
                // A high surrogate must be followed by an escaped low one; a lone one is refused.
                guard matchLiteral("\\u") else { throw Unread() }
                let low = try hex4()
                guard (0xDC00..<0xE000).contains(low) else { throw Unread() }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let unicode = Unicode.Scalar(scalar) else { throw Unread() }
            text.append(contentsOf: String(Character(unicode)).utf8)
        default: throw Unread()
        }
    }

    private mutating func hex4() throws -> UInt32 {
        guard position + 4 <= bytes.count else { throw Unread() }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw Unread()
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    private static func validated(_ bytes: [UInt8]) throws -> String {
        try bytes.withUnsafeBufferPointer(validated)
    }

    private static func validated(_ bytes: UnsafeBufferPointer<UInt8>) throws -> String {
        guard isWellFormedUTF8(bytes) else { throw Unread() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `bytes` is well-formed UTF-8 (Unicode table 3-7: no overlong forms, no surrogates,
    /// nothing past U+10FFFF, no truncated sequence): what `String(validating:as:)` accepts, without
    /// its generic route, which looked types up at run time for every string of every event.
    static func isWellFormedUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let (length, low, high): (Int, UInt8, UInt8)
            switch lead {
            case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
            case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
            case 0xED: (length, low, high) = (3, 0x80, 0x9F)
            case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
            case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
            case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
            default: return false
            }
            guard index + length <= count, (low...high).contains(bytes[index + 1]) else { return false }
            for offset in 2..<max(2, length) where !(0x80...0xBF).contains(bytes[index + offset]) { return false }
            index += length
        }
        return true
    }
}

/// A member's key as it stands in the message, compared without making a `String`.
public struct JSONKey {
    let bytes: UnsafeBufferPointer<UInt8>

    public static func ~= (name: StaticString, key: JSONKey) -> Bool {
        guard name.utf8CodeUnitCount == key.bytes.count, let base = key.bytes.baseAddress else {
            return name.utf8CodeUnitCount == 0 && key.bytes.isEmpty
        }
        return memcmp(name.utf8Start, base, key.bytes.count) == 0
    }
}
