import ArgumentParser
import Foundation
import LeadMessages
import Ledger
import Supervision
import ZeroMQ

/// `leadctl review [2023-06] [--format table|json|csv|md|html|xlsx] [--out FILE]`: the 月督查.
struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The monthly supervision report (月督查): red and yellow leads, 督办 orders, follow-ups.")
    @OptionGroup var options: ClientOptions
    @Argument(help: "The month, e.g. 2023-06 (default: this month)") var month: String?
    @Option(help: "table (default), json, csv, md, html, or xlsx (with --out)") var format: String?
    @Option(help: "Write to this file instead of standard output") var out: String?

    func validate() throws {
        let formats = ["table", "json", "csv", "md", "html", "xlsx"]
        if let format, !formats.contains(format.lowercased()) {
            throw ValidationError("--format must be one of: \(formats.joined(separator: ", "))")
        }
        if format?.lowercased() == "xlsx" && out == nil { throw ValidationError("give --out FILE.xlsx") }
    }

    func run() throws {
        let context = try ZMQContext()
        let client = try options.client(
            try options.endpoints().supervisorQueries, server: "lead-supervisor", context: context)
        let month = month ?? String(Timestamp.now().businessDate.description.prefix(7))
        let review: MonthlyReview
        switch client.request(.supervisionMonthly, MonthlyReviewQuery(month: month), expecting: MonthlyReview.self) {
        case .success(let value): review = value
        case .failure(let error): throw Output.fail(error, options: options)
        }
        let chosen = format?.lowercased() ?? (options.json ? "json" : "table")
        if chosen == "xlsx" {
            let csv = MonthlyReviewRenderer.csv(review)
            return try ReportFiles.write(LedgerExport.workbook(fromCSV: csv, sheetName: "月督查 \(review.month)"), to: out)
        }
        let text: String =
            switch chosen {
            case "json": try StoredJSON.string(review, pretty: out != nil) + "\n"
            case "csv": MonthlyReviewRenderer.csv(review)
            case "md": MonthlyReviewRenderer.markdown(review)
            case "html": MonthlyReviewRenderer.html(review)
            default: MonthlyReviewRenderer.table(review)
            }
        guard let out else { return print(text, terminator: "") }
        try ReportFiles.write(Data(text.utf8), to: out)
    }
}
