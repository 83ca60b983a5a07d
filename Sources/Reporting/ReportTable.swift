import LeadMessages

/// The terminal table: aligned columns, CJK characters counted double-width.
enum ReportTable {
    static func render(_ report: PeriodReport, _ l: ReportLabels) -> String {
        var out = [l.title(report), ""]
        out += aligned(SummaryRows.rows(report, l))
        for breakdown in report.breakdowns where !breakdown.rows.isEmpty {
            out += ["", l.dimension(breakdown.dimension)]
            out += aligned(
                breakdown.rows.map { row in
                    (
                        "  " + l.value(row.value, dimension: breakdown.dimension),
                        "\(row.projects) \(l.t("个", "projects"))  \(row.amountYuan.yiString())"
                    )
                })
        }
        if !report.projects.isEmpty {
            out += ["", l.t("本期签约项目：", "Projects signed in the period:")]
            out += report.projects.map {
                "  \($0.leadId)  \($0.signedOn)  \(DisplayWidth.padded($0.amountYuan.yiString(), to: 12)) \($0.companyName) · \($0.projectName)"
            }
        }
        if let note = l.omitted(report.projectsOmitted) { out.append("  " + note) }
        if !report.capitalIncreases.isEmpty {
            out += ["", l.t("本期增资：", "Capital increases in the period:")]
            out += report.capitalIncreases.map {
                "  \($0.leadId)  \($0.increasedOn)  \(DisplayWidth.padded($0.amountYuan.yiString(), to: 12)) \($0.companyName) · \($0.projectName)"
            }
        }
        if !report.corrections.isEmpty {
            out += ["", l.t("更正（已发布周报不改写）：", "Corrections (published reports are not rewritten):")]
            out += report.corrections.map {
                "  \($0.leadId)  \($0.affectedWeek)  \(l.correction($0.kind))  \($0.projectsDelta >= 0 ? "+" : "")\($0.projectsDelta) \(l.t("个", "projects"))  \(l.signedYi($0.amountDeltaYuan))  \($0.companyName)"
            }
        }
        if !report.pipeline.isEmpty {
            out += ["", l.t("项目储备（按阶段）：", "Pipeline by stage:")]
            out += aligned(
                report.pipeline.map {
                    ("  " + $0.stage.label(l.language), "\($0.leads)  \($0.signedAmountYuan.yiString())")
                })
        }
        if let indicators = report.indicators {
            let document = ReportDocument(title: "", sections: IndicatorSections.sections(report, indicators, l))
            out += ["", document.text(document.sections, title: nil)]
        }
        if let rounds = report.rounds {
            let document = RoundsDocument.make(rounds, l)
            out += ["", document.title, "", document.text(document.sections, title: nil)]
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func aligned(_ rows: [(String, String)]) -> [String] {
        let width = rows.map { DisplayWidth.of($0.0) }.max() ?? 0
        return rows.map { DisplayWidth.padded($0.0, to: width + 2) + $0.1 }
    }
}
