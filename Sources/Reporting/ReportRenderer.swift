import Foundation
import LeadMessages

/// The formats a report is written in.
public enum ReportFormat: String, CaseIterable, Sendable {
    case table, json, csv, md, html
}

/// Renders a period report for people (table, Markdown, HTML with its chart) and programs (JSON, CSV).
/// Pure: a report in, text out.
public enum ReportRenderer {
    public static func render(_ report: PeriodReport, as format: ReportFormat, language: Language = .chinese) -> String
    {
        switch format {
        case .table: ReportTable.render(report, ReportLabels(language: language))
        case .json: ReportJSON.render(report)
        case .csv: ReportCSV.render(report)
        case .md: ReportMarkdown.render(report, ReportLabels(language: language))
        case .html: ReportHTML.render(report, ReportLabels(language: language))
        }
    }
}

/// The summary figures every human format shows, in order.
struct SummaryRows {
    static func rows(_ report: PeriodReport, _ l: ReportLabels) -> [(String, String)] {
        var rows: [(String, String)] = [
            (l.t("本期签约项目", "Projects signed"), "\(report.signedProjects)"),
            (l.t("本期签约金额", "Amount signed"), report.signedAmountYuan.yiString()),
        ]
        if report.capitalIncreaseYuan.fen != 0 {
            rows.append((l.t("其中增资", "of which capital increases"), report.capitalIncreaseYuan.yiString()))
        }
        rows += [
            (l.t("\(report.year)年累计项目", "\(report.year) projects to date"), "\(report.ytdProjects)"),
            (l.t("\(report.year)年累计金额", "\(report.year) amount to date"), report.ytdAmountYuan.yiString()),
        ]
        if let projects = report.targetProjects, let amount = report.targetAmountYuan, let progress = report.progress {
            rows += [
                (l.t("年度目标", "Annual target"), "\(projects) \(l.t("个", "projects")) / \(amount.yiString())"),
                (l.t("完成进度", "Progress"), "\(progress.projectsPercent)% / \(progress.amountPercent)%"),
                (
                    l.t("序时进度", "Straight-line pace"),
                    "\(progress.paceProjects) \(l.t("个", "projects")) / \(progress.paceAmountYuan.yiString())"
                ),
                (
                    l.t("对比序时", "Versus pace"),
                    "\(l.status(progress.status)) \(l.signedYi(progress.amountVersusPaceYuan))"
                ),
            ]
        } else {
            rows.append((l.t("年度目标", "Annual target"), l.t("未配置", "not configured")))
        }
        let yoy = report.yearOverYear
        let growth = yoy.amountGrowthPercent.map { "\($0 >= 0 ? "+" : "")\($0)%" } ?? "—"
        rows += [
            (
                l.t("上年同期", "Same period last year"),
                "\(yoy.previousYtdProjects) \(l.t("个", "projects")) / \(yoy.previousYtdAmountYuan.yiString())  (\(growth))"
            ),
            (
                l.t("\(yoy.previousYear)年全年", "\(yoy.previousYear) whole year"),
                "\(yoy.previousYearProjects) \(l.t("个", "projects")) / \(yoy.previousYearAmountYuan.yiString())"
            ),
        ]
        if let frozenAt = report.frozenAt { rows.append((l.t("已发布", "Published"), frozenAt.description)) }
        return rows
    }
}

extension ReportRenderer {
    /// One line of JSON, for scripts reading standard output.
    public static func compactJSON(_ report: PeriodReport) -> String {
        guard let text = try? StoredJSON.string(report) else { return "{}\n" }
        return text + "\n"
    }
}
