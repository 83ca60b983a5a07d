import Foundation
import LeadMessages

/// Markdown for the bureau's documents and chat: a summary table, then one table per section.
enum ReportMarkdown {
    static func render(_ report: PeriodReport, _ l: ReportLabels) -> String {
        var out = ["# \(l.title(report))", "", "| \(l.t("指标", "Figure")) | \(l.t("数值", "Value")) |", "|---|---:|"]
        out += SummaryRows.rows(report, l).map { "| \(cell($0.0)) | \(cell($0.1)) |" }
        for breakdown in report.breakdowns where !breakdown.rows.isEmpty {
            out += [
                "", "## \(l.dimension(breakdown.dimension))", "",
                "| | \(l.t("项目", "Projects")) | \(l.t("金额", "Amount")) |", "|---|---:|---:|",
            ]
            out += breakdown.rows.map {
                "| \(cell(l.value($0.value, dimension: breakdown.dimension))) | \($0.projects) | \($0.amountYuan.yiString()) |"
            }
        }
        if !report.projects.isEmpty {
            out += [
                "", "## \(l.t("本期签约项目", "Projects signed"))", "",
                "| \(l.t("编号", "Lead")) | \(l.t("日期", "Date")) | \(l.t("企业", "Company")) | \(l.t("项目", "Project")) | \(l.t("金额", "Amount")) |",
                "|---|---|---|---|---:|",
            ]
            out += report.projects.map {
                "| \($0.leadId) | \($0.signedOn) | \(cell($0.companyName)) | \(cell($0.projectName)) | \($0.amountYuan.yiString()) |"
            }
            if let note = l.omitted(report.projectsOmitted) { out += ["", "> \(note)"] }
        }
        if !report.capitalIncreases.isEmpty {
            out += [
                "", "## \(l.t("本期增资", "Capital increases"))", "",
                "| \(l.t("编号", "Lead")) | \(l.t("日期", "Date")) | \(l.t("企业", "Company")) | \(l.t("金额", "Amount")) |",
                "|---|---|---|---:|",
            ]
            out += report.capitalIncreases.map {
                "| \($0.leadId) | \($0.increasedOn) | \(cell($0.companyName)) | \($0.amountYuan.yiString()) |"
            }
            if let note = l.omitted(report.increasesOmitted, what: "笔增资") { out += ["", "> \(note)"] }
        }
        if !report.corrections.isEmpty {
            out += [
                "", "## \(l.t("更正", "Corrections"))", "",
                "| \(l.t("编号", "Lead")) | \(l.t("所属周", "Week")) | \(l.t("类型", "Kind")) | \(l.t("项目", "Projects")) | \(l.t("金额", "Amount")) |",
                "|---|---|---|---:|---:|",
            ]
            out += report.corrections.map {
                "| \($0.leadId) | \($0.affectedWeek) | \(l.correction($0.kind)) | \($0.projectsDelta) | \(l.signedYi($0.amountDeltaYuan)) |"
            }
        }
        if !report.pipeline.isEmpty {
            out += [
                "", "## \(l.t("项目储备（按阶段）", "Pipeline by stage"))", "",
                "| | \(l.t("线索数", "Leads")) | \(l.t("签约金额", "Signed")) |", "|---|---:|---:|",
            ]
            out += report.pipeline.map {
                "| \($0.stage.label(l.language)) | \($0.leads) | \($0.signedAmountYuan.yiString()) |"
            }
        }
        if let indicators = report.indicators {
            let document = ReportDocument(title: "", sections: IndicatorSections.sections(report, indicators, l))
            out += ["", document.markdown(document.sections, title: nil)]
        }
        if let rounds = report.rounds {
            let document = RoundsDocument.make(rounds, l)
            out += ["", "## \(document.title)", "", document.markdown(document.sections, title: nil)]
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// A table cell: pipes and line breaks would break the table.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
