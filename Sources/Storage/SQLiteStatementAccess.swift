import GRDB
import GRDBSQLite

/// Arguments bound and columns read straight through SQLite's C interface on GRDB's cached
/// statements. GRDB's own binding built an array of boxed values, validated it and bound it again
/// (a tenth of lead-city's time); its rows copied every column into another array of boxed values.
enum SQLiteStatementAccess {
    /// SQLite copies the bytes before the bind call returns (`SQLITE_TRANSIENT`): a Swift
    /// string's buffer does not outlive the call.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Binds `values` to `statement`'s parameters, in order, after clearing what it held.
    static func bind(_ values: [SQLValue], to statement: Statement) throws {
        // Resets the statement, clears its bindings and tells GRDB they are set, so that its
        // `execute()` and cursors run the statement as bound here.
        statement.setUncheckedArguments(StatementArguments())
        let handle = statement.sqliteStatement
        let expected = Int(sqlite3_bind_parameter_count(handle))
        guard expected == values.count else {
            throw StorageError("\(values.count) arguments for \(expected) parameters: \(statement.sql)")
        }
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch value {
            case .null:
                code = sqlite3_bind_null(handle, index)
            case .integer(let number):
                code = sqlite3_bind_int64(handle, index, number)
            case .text(var text):
                // An empty buffer may have no address, which SQLite would bind as NULL.
                code = text.withUTF8 { bytes in
                    bytes.isEmpty
                        ? sqlite3_bind_text(handle, index, "", 0, transient)
                        : sqlite3_bind_text(handle, index, bytes.baseAddress, Int32(bytes.count), transient)
                }
            case .blob(let bytes):
                code = bytes.withUnsafeBytes { raw in
                    raw.isEmpty
                        ? sqlite3_bind_zeroblob(handle, index, 0)
                        : sqlite3_bind_blob(handle, index, raw.baseAddress, Int32(raw.count), transient)
                }
            }
            guard code == SQLITE_OK else {
                throw StorageError("binding argument \(index) failed (SQLite \(code)): \(statement.sql)")
            }
        }
    }

    /// The current row of `statement` (positioned by GRDB's cursor), column by column.
    static func values(of statement: Statement, count: Int) -> [SQLValue] {
        let handle = statement.sqliteStatement
        return (0..<Int32(count)).map { column in
            switch sqlite3_column_type(handle, column) {
            case SQLITE_NULL:
                return .null
            case SQLITE_INTEGER:
                return .integer(sqlite3_column_int64(handle, column))
            case SQLITE_FLOAT:
                return .integer(Int64(sqlite3_column_double(handle, column)))
            case SQLITE_BLOB:
                let length = Int(sqlite3_column_bytes(handle, column))
                guard length > 0, let bytes = sqlite3_column_blob(handle, column) else { return .blob([]) }
                return .blob(Array(UnsafeRawBufferPointer(start: bytes, count: length)))
            default:
                // Text: the pointer is read before the length, as SQLite's documentation asks.
                guard let text = sqlite3_column_text(handle, column) else { return .text("") }
                let length = Int(sqlite3_column_bytes(handle, column))
                return .text(String(decoding: UnsafeBufferPointer(start: text, count: length), as: UTF8.self))
            }
        }
    }
}
