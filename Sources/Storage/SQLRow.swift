/// One result row, read by column name. Names compare without case: PostgreSQL folds unquoted
/// identifiers to lower case (`leadId` comes back as `leadid`), SQLite keeps them as written.
public struct SQLRow: Sendable {
    /// The result's column names as the database gives them (PostgreSQL folds unquoted ones to
    /// lower case), shared by its rows; looked up without regard to ASCII case.
    let names: [String]
    public let values: [SQLValue]

    public init(names: [String], values: [SQLValue]) {
        self.names = names
        self.values = values
    }

    public func value(_ column: String) throws -> SQLValue {
        // Usually the name is as the query wrote it (two small strings compare as two words);
        // PostgreSQL's folded names take the case-blind look.
        guard
            let index = names.firstIndex(of: column)
                ?? names.firstIndex(where: { Self.sameIgnoringASCIICase($0, column) })
        else {
            throw StorageError.noSuchColumn(column)
        }
        return values[index]
    }

    /// Column names are ASCII: compared byte by byte, without making lower-cased copies (this
    /// runs for every column a store reads).
    static func sameIgnoringASCIICase(_ one: String, _ other: String) -> Bool {
        var first = one.utf8.makeIterator()
        var second = other.utf8.makeIterator()
        while true {
            switch (first.next(), second.next()) {
            case (nil, nil): return true
            case (let a?, let b?):
                guard a == b || (a | 0x20 == b | 0x20 && (a | 0x20) >= 0x61 && (a | 0x20) <= 0x7A) else { return false }
            default: return false
            }
        }
    }

    public func string(_ column: String) throws -> String {
        guard let value = try optionalString(column) else { throw StorageError.unexpectedNull(column) }
        return value
    }

    public func optionalString(_ column: String) throws -> String? {
        switch try value(column) {
        case .null: return nil
        case .text(let text): return text
        case .integer(let number): return String(number)
        case .blob(let bytes): return String(decoding: bytes, as: UTF8.self)
        }
    }

    public func int64(_ column: String) throws -> Int64 {
        guard let value = try optionalInt64(column) else { throw StorageError.unexpectedNull(column) }
        return value
    }

    public func optionalInt64(_ column: String) throws -> Int64? {
        switch try value(column) {
        case .null: return nil
        case .integer(let number): return number
        // PostgreSQL returns SUM over BIGINT as NUMERIC, which arrives as its decimal text.
        case .text(let text):
            guard let number = Int64(text) else { throw StorageError.typeMismatch(column, expected: "integer") }
            return number
        case .blob: throw StorageError.typeMismatch(column, expected: "integer")
        }
    }

    public func bytes(_ column: String) throws -> [UInt8] {
        switch try value(column) {
        case .blob(let bytes): return bytes
        case .text(let text): return Array(text.utf8)
        case .null: throw StorageError.unexpectedNull(column)
        case .integer: throw StorageError.typeMismatch(column, expected: "bytes")
        }
    }
}

/// A storage failure that is not the database's own error.
public struct StorageError: Error, CustomStringConvertible, Equatable {
    public let description: String

    public init(_ description: String) { self.description = description }

    static func noSuchColumn(_ name: String) -> StorageError { StorageError("no column \(name) in the result") }
    static func unexpectedNull(_ name: String) -> StorageError { StorageError("column \(name) is NULL") }
    static func typeMismatch(_ name: String, expected: String) -> StorageError {
        StorageError("column \(name) is not \(expected)")
    }
}
