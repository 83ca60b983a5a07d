import Foundation
import LeadMessages

/// A ledger file as an officer hands it over (`leadctl import`, the console's upload): its sheet,
/// the key that makes importing it twice harmless, and the commands that import a plan.
public enum LedgerFile {
    /// The first sheet of an .xlsx, or a .csv in UTF-8 (with or without a byte-order mark) or in
    /// GBK/GB18030 (what Excel and WPS write as "CSV (逗号分隔)" on a Chinese Windows); which one is
    /// told by the content (an .xlsx is a ZIP archive), so a misnamed file is still read. An
    /// Excel 97–2003 .xls is refused with how to convert it.
    public static func table(_ data: Data, name: String) throws -> LedgerTable {
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return try XLSXTable.read(data) }
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw LedgerError(
                "\(name) is an Excel 97–2003 workbook (.xls); open it in Excel or WPS and save it as .xlsx / "
                    + "这是旧版 Excel（.xls）文件，请在 Excel 或 WPS 中另存为 .xlsx 后再导入")
        }
        if name.lowercased().hasSuffix(".xlsx") { throw LedgerError("\(name) is not an Excel workbook / 不是 Excel 文件") }
        // UTF-8 first: GB18030 would also read many UTF-8 files, as the wrong characters.
        guard let text = String(data: data, encoding: .utf8) ?? LegacyText.gb18030(data) else {
            throw LedgerError(
                "\(name) is neither UTF-8 nor GBK text; save it from Excel as \"CSV UTF-8\" or .xlsx / "
                    + "无法识别文件编码，请另存为 CSV UTF-8 或 .xlsx 格式")
        }
        return CSVTable.parse(text)
    }

    /// FNV-1a over the file (and whatever else decides the import, such as a column mapping): the
    /// same ledger gives the same request id, so a second import of it (or a retry after a
    /// timeout) is answered as a duplicate instead of creating leads again.
    public static func contentKey(_ data: Data, _ extra: String = "") -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data + Data(extra.utf8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return "ledger-" + String(hash, radix: 16)
    }
}

extension ImportPlan {
    /// The rows to create as `lead.import` commands of at most `ImportLeads.maxRows` rows, each
    /// all-or-nothing; the first carries `requestId`, the next `requestId/1`, `requestId/2` …
    public func commands(requestId: String) -> [ImportLeads] {
        let entries = creations
        return stride(from: 0, to: entries.count, by: ImportLeads.maxRows).enumerated().map { index, start in
            let rows = entries[start..<min(start + ImportLeads.maxRows, entries.count)].map { entry in
                ImportRow(
                    row: entry.row, lead: entry.submission, stage: entry.stage?.rawValue,
                    signing: entry.signing.map { ImportSigning(amount: $0.amountYuan, signedAt: $0.signedAt) })
            }
            return ImportLeads(requestId: index == 0 ? requestId : "\(requestId)/\(index)", rows: rows)
        }
    }
}
