import Foundation
import LeadMessages

/// CSV for spreadsheets (RFC 4180): one table of `section,key,projects,amount_yuan,detail` rows,
/// amounts as exact yuan, with a UTF-8 byte-order mark so Excel reads the Chinese correctly.
enum ReportCSV {
    static func render(_ report: PeriodReport) -> String {
        var rows: [[String]] = [["section", "key", "projects", "amount_yuan", "detail"]]
        rows.append([
            "period", report.period, "\(report.signedProjects)", report.signedAmountYuan.yuanString,
            "\(report.start)..\(report.end)",
        ])
        rows.append(["capital-increase", report.period, "", report.capitalIncreaseYuan.yuanString, ""])
        rows.append(["year-to-date", "\(report.year)", "\(report.ytdProjects)", report.ytdAmountYuan.yuanString, ""])
        if let projects = report.targetProjects, let amount = report.targetAmountYuan {
            rows.append(["target", "\(report.year)", "\(projects)", amount.yuanString, ""])
        }
        if let progress = report.progress {
            rows.append([
                "pace", report.end, "\(progress.paceProjects)", progress.paceAmountYuan.yuanString, progress.status,
            ])
        }
        let yoy = report.yearOverYear
        rows.append([
            "previous-year-to-date", "\(yoy.previousYear)", "\(yoy.previousYtdProjects)",
            yoy.previousYtdAmountYuan.yuanString, "",
        ])
        rows.append([
            "previous-year", "\(yoy.previousYear)", "\(yoy.previousYearProjects)",
            yoy.previousYearAmountYuan.yuanString, "",
        ])
        for breakdown in report.breakdowns {
            rows += breakdown.rows.map {
                [breakdown.dimension, $0.value, "\($0.projects)", $0.amountYuan.yuanString, ""]
            }
        }
        rows += report.projects.map {
            [
                "project", $0.leadId, "1", $0.amountYuan.yuanString,
                "\($0.signedOn) \($0.companyName) · \($0.projectName)",
            ]
        }
        rows += report.capitalIncreases.map {
            [
                "increase", $0.leadId, "0", $0.amountYuan.yuanString,
                "\($0.increasedOn) \($0.companyName) · \($0.projectName)",
            ]
        }
        rows += report.corrections.map {
            [
                "correction", $0.leadId, "\($0.projectsDelta)", $0.amountDeltaYuan.yuanString,
                "\($0.kind) \($0.affectedWeek) \($0.companyName)",
            ]
        }
        rows += report.pipeline.map {
            ["pipeline", $0.stage.rawValue, "\($0.leads)", $0.signedAmountYuan.yuanString, ""]
        }
        return "\u{FEFF}" + rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// Every field through `CSVField`: a company name never runs as a formula, a negative amount
    /// stays a number.
    static func field(_ text: String) -> String { CSVField.text(text) }
}
