/// Reads CSV as Excel and WPS write it: RFC 4180 quoting (doubled quotes, separators and line
/// breaks inside quotes), CRLF or LF, an optional UTF-8 byte-order mark.
public enum CSVTable {
    public static func parse(_ text: String) -> LedgerTable {
        var rows: [LedgerTable.Row] = []
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var afterQuote = false
        var number = 1
        var startNumber = 1
        var characters = Substring(text)
        if characters.first == "\u{FEFF}" { characters.removeFirst() }
        func endCell() {
            cells.append(cell)
            cell = ""
            afterQuote = false
        }
        func endRow() {
            endCell()
            rows.append(LedgerTable.Row(number: startNumber, cells: cells))
            cells = []
        }
        var iterator = characters.makeIterator()
        var pending: Character? = iterator.next()
        while let character = pending {
            pending = iterator.next()
            if quoted {
                if character == "\"" {
                    if pending == "\"" {
                        cell.append("\"")
                        pending = iterator.next()
                    } else {
                        quoted = false
                        afterQuote = true
                    }
                } else {
                    if character == "\n" || character == "\r\n" { number += 1 }
                    cell.append(character)
                }
                continue
            }
            switch character {
            case "\"" where cell.isEmpty && !afterQuote: quoted = true
            case ",": endCell()
            case "\n", "\r\n", "\r":
                endRow()
                number += 1
                startNumber = number
            default: cell.append(character)
            }
        }
        if !cell.isEmpty || !cells.isEmpty || afterQuote { endRow() }
        return LedgerTable(rows: rows)
    }
}
