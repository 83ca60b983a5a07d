import Foundation
import LeadMessages

/// The pipeline as a ledger (项目台账): the same headers the importer reads, so an exported file
/// can be edited in Excel and imported elsewhere; amounts in 万元, exactly, dates in Beijing.
public enum LedgerExport {
    public static let header = [
        "线索编号", "企业名称", "总部所在地", "项目名称", "所属产业", "投资额（万元）", "阶段", "签约金额（万元）", "签约时间", "负责人",
        "载体园区", "招商方式", "项目描述",
    ]

    /// The leads as a ledger file: `xlsx`, or else CSV.
    public static func file(_ leads: [Lead], format: String) throws -> Data {
        format == "xlsx"
            ? try XLSXWriter.workbook(sheetName: "线索台账", header: header, rows: rows(leads))
            : Data(csv(header: header, rows: rows(leads)).utf8)
    }

    /// A report's CSV (ReportRenderer's) as a workbook: the same rows, numbers as numbers.
    public static func workbook(fromCSV text: String, sheetName: String) throws -> Data {
        let table = CSVTable.parse(text).rows.map(\.cells)
        return try XLSXWriter.workbook(
            sheetName: sheetName, header: table.first ?? [], rows: table.dropFirst().map { $0.map(XLSXWriter.cell) })
    }

    public static func rows(_ leads: [Lead]) -> [[XLSXWriter.Cell]] {
        leads.map { lead in
            [
                .text(lead.leadId), .text(lead.companyName), .text(lead.headquarters), .text(lead.projectName),
                .text(lead.industry?.chineseLabel ?? ""), amount(lead.estimatedInvestmentYuan),
                .text(lead.stage.chineseLabel), amount(lead.signing?.amountYuan),
                .text(lead.signing.map { $0.signedAt.businessDate.description } ?? ""), .text(lead.officer ?? ""),
                .text(lead.carrierPark ?? ""), .text(lead.channel?.chineseLabel ?? ""), .text(lead.description ?? ""),
            ]
        }
    }

    /// Exact 万元: 123,456,789.01 yuan is 12345.678901.
    public static func wan(_ money: Money) -> String {
        let fen = money.fen
        let (whole, fraction) = (fen / 1_000_000, fen % 1_000_000)
        guard fraction != 0 else { return String(whole) }
        var digits = String(fraction)
        digits = String(repeating: "0", count: 6 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return "\(whole).\(digits)"
    }

    static func amount(_ money: Money?) -> XLSXWriter.Cell {
        money.map { .number(wan($0)) } ?? .text("")
    }

    /// RFC 4180 CSV with a UTF-8 byte-order mark, so that Excel opens the Chinese text as such; text
    /// that a spreadsheet would run as a formula is neutralized (`CSVField`).
    public static func csv(header: [String], rows: [[XLSXWriter.Cell]]) -> String {
        let lines =
            [header.map(CSVField.text)]
            + rows.map { row in
                row.map { cell in
                    switch cell {
                    case .text(let text): CSVField.text(text)
                    case .number(let number): CSVField.number(number)
                    }
                }
            }
        return "\u{FEFF}" + lines.map { $0.joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }
}
