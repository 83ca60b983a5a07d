import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads the first worksheet of an .xlsx workbook (Office Open XML: a ZIP of XML parts) into a
/// table: shared and inline strings, numbers as written, and merged ranges filled with their
/// top-left value (a ledger merges 负责人 or 阶段 over the rows of one group).
public enum XLSXTable {
    public static func read(_ data: Data) throws -> LedgerTable {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw LedgerError("not an .xlsx workbook (not a ZIP archive) / 不是 xlsx 文件")
        }
        func part(_ path: String) throws -> Data? {
            guard let entry = archive[path] else { return nil }
            var bytes = Data()
            _ = try archive.extract(entry, skipCRC32: false) { bytes.append($0) }
            return bytes
        }
        let strings = try part("xl/sharedStrings.xml").map(SharedStringsParser.parse) ?? []
        let sheetPath = try firstSheetPath(
            workbook: part("xl/workbook.xml"), relations: part("xl/_rels/workbook.xml.rels"))
        guard let sheet = try part(sheetPath) else { throw LedgerError("the workbook has no worksheet / 工作簿中没有工作表") }
        return try SheetParser.parse(sheet, sharedStrings: strings)
    }

    /// `xl/worksheets/sheet1.xml` unless the workbook names its first sheet's part otherwise.
    static func firstSheetPath(workbook: Data?, relations: Data?) throws -> String {
        guard let workbook, let relations,
            let id = AttributeScanner.first(in: workbook, element: "sheet", attribute: "r:id"),
            let target = AttributeScanner.target(in: relations, id: id)
        else { return "xl/worksheets/sheet1.xml" }
        return target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }

    /// `C12` → (column 2, row 12), both as in the sheet (column 0-based, row 1-based).
    static func position(_ reference: String) -> (column: Int, row: Int)? {
        var column = 0
        var digits = ""
        for scalar in reference.unicodeScalars {
            if ("A"..."Z").contains(scalar) {
                guard digits.isEmpty else { return nil }
                column = column * 26 + Int(scalar.value - 64)
            } else if ("0"..."9").contains(scalar) {
                digits.unicodeScalars.append(scalar)
            } else {
                return nil
            }
        }
        guard column > 0, let row = Int(digits), row > 0 else { return nil }
        return (column - 1, row)
    }
}

/// The strings of `xl/sharedStrings.xml`, one per `<si>`, rich-text runs joined, phonetic
/// guides (`<rPh>`) left out.
final class SharedStringsParser: NSObject, XMLParserDelegate {
    private var strings: [String] = []
    private var current = ""
    private var inText = false
    private var inPhonetic = false

    static func parse(_ data: Data) throws -> [String] {
        let delegate = SharedStringsParser()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse() else { throw LedgerError("the workbook's shared strings are damaged / 工作簿已损坏") }
        return delegate.strings
    }

    func parser(
        _ parser: XMLParser, didStartElement qualified: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch localName(qualified) {
        case "si": current = ""
        case "t": inText = !inPhonetic
        case "rPh": inPhonetic = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }

    func parser(_ parser: XMLParser, didEndElement qualified: String, namespaceURI: String?, qualifiedName: String?) {
        switch localName(qualified) {
        case "si": strings.append(current)
        case "t": inText = false
        case "rPh": inPhonetic = false
        default: break
        }
    }
}
