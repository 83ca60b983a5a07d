/// A ledger sheet as read from a file: its rows of cell texts, numbered as the officer sees them
/// in Excel (row 1 is the first), merged cells already filled in.
public struct LedgerTable: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        /// The row's number in the sheet (1-based), for messages the officer can act on.
        public var number: Int
        public var cells: [String]

        public init(number: Int, cells: [String]) {
            self.number = number
            self.cells = cells
        }

        public subscript(column: Int) -> String { column < cells.count ? cells[column] : "" }

        public var isBlank: Bool { cells.allSatisfy { $0.trimmingLedgerSpace.isEmpty } }
    }

    public var rows: [Row]

    public init(rows: [Row]) { self.rows = rows }
}

/// Why a ledger file could not be read at all (a row that cannot be imported is not this: it is
/// a rejection in the import plan).
public struct LedgerError: Error, Equatable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

extension String {
    /// Trimmed of ASCII and full-width spaces, tabs and line breaks (Excel cells keep them).
    public var trimmingLedgerSpace: String {
        let space: Set<Character> = [" ", "\t", "\n", "\r", "\r\n", "\u{3000}", "\u{00A0}"]
        guard let first = firstIndex(where: { !space.contains($0) }),
            let last = lastIndex(where: { !space.contains($0) })
        else { return "" }
        return String(self[first...last])
    }
}
