import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// One worksheet's cells and merged ranges.
final class SheetParser: NSObject, XMLParserDelegate {
    private let sharedStrings: [String]
    private var cells: [Int: [Int: String]] = [:]
    private var merges: [(first: (column: Int, row: Int), last: (column: Int, row: Int))] = []
    private var cellPosition: (column: Int, row: Int)?
    private var cellType = ""
    private var text = ""
    private var collecting = false
    private var failure: LedgerError?
    /// The next cell's position when the writer leaves out `r` (allowed by the format).
    private var currentRow = 0
    private var nextColumn = 0

    private init(sharedStrings: [String]) { self.sharedStrings = sharedStrings }

    static func parse(_ data: Data, sharedStrings: [String]) throws -> LedgerTable {
        let delegate = SheetParser(sharedStrings: sharedStrings)
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse() else { throw LedgerError("the worksheet is damaged / 工作表已损坏") }
        if let failure = delegate.failure { throw failure }
        return delegate.table()
    }

    func parser(
        _ parser: XMLParser, didStartElement qualified: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch localName(qualified) {
        case "row":
            currentRow = attributes["r"].flatMap(Int.init) ?? currentRow + 1
            nextColumn = 0
        case "c":
            cellPosition = attributes["r"].flatMap(XLSXTable.position) ?? (nextColumn, currentRow)
            cellType = attributes["t"] ?? "n"
            text = ""
        case "v", "t": collecting = cellPosition != nil
        case "mergeCell":
            let ends = (attributes["ref"] ?? "").split(separator: ":").map(String.init)
            if ends.count == 2, let first = XLSXTable.position(ends[0]), let last = XLSXTable.position(ends[1]) {
                merges.append((first, last))
            }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement qualified: String, namespaceURI: String?, qualifiedName: String?) {
        switch localName(qualified) {
        case "v", "t": collecting = false
        case "c":
            guard let position = cellPosition else { return }
            cells[position.row, default: [:]][position.column] = value()
            nextColumn = position.column + 1
            cellPosition = nil
        default: break
        }
    }

    private func value() -> String {
        switch cellType {
        case "s":
            guard let index = Int(text), sharedStrings.indices.contains(index) else {
                failure = LedgerError("a cell refers to a missing shared string / 工作簿已损坏")
                return ""
            }
            return sharedStrings[index]
        case "b": return text == "1" ? "TRUE" : "FALSE"
        case "e": return ""  // #N/A, #REF!: no value
        default: return text  // numbers as written, inline and formula strings
        }
    }

    private func table() -> LedgerTable {
        // A merge may span a whole column (A1:A1048576): fill only as far as the sheet has data.
        let lastDataRow = cells.keys.max() ?? 0
        for merge in merges where merge.first.row <= lastDataRow {
            let value = cells[merge.first.row]?[merge.first.column] ?? ""
            for row in merge.first.row...max(merge.first.row, min(merge.last.row, lastDataRow)) {
                for column in merge.first.column...max(merge.first.column, merge.last.column) {
                    cells[row, default: [:]][column] = value
                }
            }
        }
        let lastRow = cells.keys.max() ?? 0
        let rows = (1...max(lastRow, 1)).compactMap { number -> LedgerTable.Row? in
            guard let row = cells[number], let width = row.keys.max() else { return nil }
            return LedgerTable.Row(number: number, cells: (0...width).map { row[$0] ?? "" })
        }
        return LedgerTable(rows: rows)
    }
}

/// `x:row` → `row`: some writers prefix the spreadsheet namespace.
func localName(_ qualified: String) -> Substring {
    qualified.split(separator: ":").last ?? Substring(qualified)
}

/// Attribute look-ups in the workbook's small parts, without a full parse.
enum AttributeScanner {
    /// The `attribute` of the first `element` in `data`.
    static func first(in data: Data, element: String, attribute: String) -> String? {
        let delegate = Finder(element: element) { $0[attribute] }
        return scan(data, delegate)
    }

    /// The `Target` of the relationship with `Id` `id`.
    static func target(in relations: Data, id: String) -> String? {
        let delegate = Finder(element: "Relationship") { $0["Id"] == id ? $0["Target"] : nil }
        return scan(relations, delegate)
    }

    /// Runs the parser; a part that is not well-formed XML before the match yields nothing (the
    /// caller refuses the file), and stopping at the match is not a failure.
    private static func scan(_ data: Data, _ delegate: Finder) -> String? {
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        let completed = parser.parse()
        guard completed || delegate.found != nil else { return nil }
        return delegate.found
    }

    private final class Finder: NSObject, XMLParserDelegate {
        let element: String
        let pick: ([String: String]) -> String?
        var found: String?

        init(element: String, pick: @escaping ([String: String]) -> String?) {
            self.element = element
            self.pick = pick
        }

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            guard found == nil, localName(name) == element, let value = pick(attributes) else { return }
            found = value
            parser.abortParsing()
        }
    }
}
