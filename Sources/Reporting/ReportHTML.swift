import Foundation
import LeadMessages

/// A self-contained HTML page (no scripts, no external files) with the summary, the breakdowns and
/// an SVG chart of the year's cumulative signings against the target pace. Written as well-formed
/// XHTML, so XML tools read it as well as browsers.
enum ReportHTML {
    static func render(_ report: PeriodReport, _ l: ReportLabels) -> String {
        var body: [String] = ["<h1>\(escape(l.title(report)))</h1>"]
        body.append(
            table(
                head: [l.t("指标", "Figure"), l.t("数值", "Value")], rows: SummaryRows.rows(report, l).map { [$0.0, $0.1] })
        )
        body.append("<h2>\(escape(l.t("累计签约与序时进度", "Cumulative signings against the target pace")))</h2>")
        body.append(SVGChart.amount(report, l))
        body.append(SVGChart.projects(report, l))
        if let funds = SVGChart.funds(report, l) { body.append(funds) }
        for breakdown in report.breakdowns where !breakdown.rows.isEmpty {
            body.append("<h2>\(escape(l.dimension(breakdown.dimension)))</h2>")
            body.append(
                table(
                    head: ["", l.t("项目", "Projects"), l.t("金额", "Amount")],
                    rows: breakdown.rows.map {
                        [l.value($0.value, dimension: breakdown.dimension), "\($0.projects)", $0.amountYuan.yiString()]
                    },
                    totals: ReportSheet.total(breakdown).map {
                        [l.t("合计", "Total"), "\($0.projects)", $0.amount.yiString()]
                    }
                ))
        }
        if !report.projects.isEmpty {
            body.append("<h2>\(escape(l.t("本期签约项目", "Projects signed")))</h2>")
            body.append(
                table(
                    head: [
                        l.t("编号", "Lead"), l.t("日期", "Date"), l.t("企业", "Company"), l.t("项目", "Project"),
                        l.t("金额", "Amount"),
                    ],
                    rows: report.projects.map {
                        [$0.leadId, $0.signedOn, $0.companyName, $0.projectName, $0.amountYuan.yiString()]
                    },
                    totals: [
                        report.projectsOmitted == nil ? l.t("合计", "Total") : l.t("列出合计", "Listed"), "", "",
                        "\(report.projects.count) \(l.t("个", "projects"))",
                        ReportSheet.sum(report.projects.map(\.amountYuan)).yiString(),
                    ]))
            if let note = l.omitted(report.projectsOmitted) { body.append("<p class=\"note\">\(escape(note))</p>") }
        }
        if !report.corrections.isEmpty {
            body.append("<h2>\(escape(l.t("更正", "Corrections")))</h2>")
            body.append(
                table(
                    head: [
                        l.t("编号", "Lead"), l.t("所属周", "Week"), l.t("类型", "Kind"), l.t("项目", "Projects"),
                        l.t("金额", "Amount"),
                    ],
                    rows: report.corrections.map {
                        [
                            $0.leadId, $0.affectedWeek.description, l.correction($0.kind), "\($0.projectsDelta)",
                            l.signedYi($0.amountDeltaYuan),
                        ]
                    }))
        }
        if !report.pipeline.isEmpty {
            body.append("<h2>\(escape(l.t("项目储备（按阶段）", "Pipeline by stage")))</h2>")
            body.append(
                table(
                    head: ["", l.t("线索数", "Leads"), l.t("签约金额", "Signed")],
                    rows: report.pipeline.map {
                        [$0.stage.label(l.language), "\($0.leads)", $0.signedAmountYuan.yiString()]
                    }))
        }
        if let indicators = report.indicators {
            let document = ReportDocument(title: "", sections: IndicatorSections.sections(report, indicators, l))
            body.append(document.htmlBody(document.sections, headingLevel: 2))
        }
        if let rounds = report.rounds {
            let document = RoundsDocument.make(rounds, l)
            body.append("<h2>\(escape(document.title))</h2>")
            body.append(document.htmlBody(document.sections, headingLevel: 3))
        }
        return page(title: l.title(report), body: body.joined(separator: "\n"), chinese: l.zh)
    }

    /// A whole page around `body`: the one style every HTML report shares.
    static func page(title: String, body: String, chinese: Bool = true) -> String {
        """
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" lang="\(chinese ? "zh-CN" : "en")">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>\(escape(title))</title>
        <style>
        body{font-family:"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222}
        table{border-collapse:collapse;margin:.5em 0 1.5em;min-width:50%}
        th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left}
        td.num{text-align:right;font-variant-numeric:tabular-nums}
        tr.total td{font-weight:600;border-top:2px solid #888}
        h2{margin-top:1.5em;font-size:1.1em}
        p.note{color:#555;font-size:.9em;margin:.2em 0}
        svg{max-width:100%;height:auto}
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    /// A table; figures (counts, amounts, percentages) right-aligned, a last row of totals in bold.
    static func table(head: [String], rows: [[String]], totals: [String]? = nil) -> String {
        let header = "<tr>" + head.map { "<th>\(escape($0))</th>" }.joined() + "</tr>"
        func row(_ cells: [String], _ attributes: String = "") -> String {
            "<tr\(attributes)>"
                + cells.map { cell -> String in
                    isFigure(cell) ? "<td class=\"num\">\(escape(cell))</td>" : "<td>\(escape(cell))</td>"
                }.joined() + "</tr>"
        }
        let lines = rows.map { row($0) } + (totals.map { [row($0, " class=\"total\"")] } ?? [])
        return "<table>\n" + ([header] + lines).joined(separator: "\n") + "\n</table>"
    }

    /// `12`, `12.30亿元`, `4500万元`, `35.5%`, `-0.45亿元`: a figure, aligned on the right.
    static func isFigure(_ cell: String) -> Bool {
        cell.range(of: #"^[-+]?[0-9][0-9.,]*(亿元|万元|元|%)?$"#, options: .regularExpression) != nil
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}

/// Line charts in SVG: the year's cumulative value at each week's end against the straight-line pace.
enum SVGChart {
    static let width = 720.0
    static let height = 280.0
    static let margin = (left: 64.0, right: 16.0, top: 24.0, bottom: 40.0)

    static func amount(_ report: PeriodReport, _ l: ReportLabels) -> String {
        chart(
            id: "chart-amount", title: l.t("累计签约金额（亿元）", "Cumulative amount (亿元)"), report: report, l,
            actual: report.series.map { Double($0.cumulativeAmountYuan.fen) / 1e10 },
            pace: report.series.map { $0.paceAmountYuan.map { Double($0.fen) / 1e10 } },
            target: report.targetAmountYuan.map { Double($0.fen) / 1e10 })
    }

    /// The year's cumulative funds in place against the target's pace (protocol 1.10), when the
    /// report carries them.
    static func funds(_ report: PeriodReport, _ l: ReportLabels) -> String? {
        guard report.series.contains(where: { $0.cumulativeFundsInPlaceYuan != nil }) else { return nil }
        return chart(
            id: "chart-funds", title: l.t("累计实际到位资金（亿元）", "Cumulative funds in place (亿元)"), report: report, l,
            actual: report.series.map { Double($0.cumulativeFundsInPlaceYuan?.fen ?? 0) / 1e10 },
            pace: report.series.map { $0.paceFundsInPlaceYuan.map { Double($0.fen) / 1e10 } },
            target: report.indicators?.targetFundsInPlaceYuan.map { Double($0.fen) / 1e10 })
    }

    static func projects(_ report: PeriodReport, _ l: ReportLabels) -> String {
        chart(
            id: "chart-projects", title: l.t("累计签约项目（个）", "Cumulative projects"), report: report, l,
            actual: report.series.map { Double($0.cumulativeProjects) }, pace: report.series.map(\.paceProjects),
            target: report.targetProjects.map(Double.init), wholeNumbers: true)
    }

    static func chart(
        id: String, title: String, report: PeriodReport, _ l: ReportLabels, actual: [Double], pace: [Double?],
        target: Double?, wholeNumbers: Bool = false
    ) -> String {
        let plotWidth = width - margin.left - margin.right
        let plotHeight = height - margin.top - margin.bottom
        let yearDays = Double(
            PeriodReportBuilder.yearFraction(
                through: CivilDate(year: report.year, month: 12, day: 31) ?? CivilDate(daysSinceEpoch: 0)
            ).days)
        let highest = max(1, (actual + pace.compactMap { $0 } + [target ?? 0]).max() ?? 1) * 1.05
        // Projects are counted in whole numbers: four whole steps, so no axis label reads 2.5 个.
        let maxValue = wholeNumbers ? (highest / 4).rounded(.up) * 4 : highest
        func x(_ date: String) -> Double {
            guard let stamp = Timestamp(rfc3339: date) else { return margin.left }
            let dayOfYear = Double(PeriodReportBuilder.yearFraction(through: stamp.businessDate).elapsed)
            return margin.left + plotWidth * dayOfYear / yearDays
        }
        func y(_ value: Double) -> Double { margin.top + plotHeight * (1 - value / maxValue) }
        func points(_ values: [Double?]) -> String {
            zip(report.series, values).compactMap { point, value in
                value.map { String(format: "%.1f,%.1f", x(point.date), y($0)) }
            }.joined(separator: " ")
        }
        var parts = [
            "<svg id=\"\(id)\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(ReportHTML.escape(title))\">",
            "<title>\(ReportHTML.escape(title))</title>",
            "<rect x=\"\(margin.left)\" y=\"\(margin.top)\" width=\"\(plotWidth)\" height=\"\(plotHeight)\" fill=\"#fafafa\" stroke=\"#ccc\"/>",
        ]
        for step in 0...4 {
            let value = maxValue * Double(step) / 4
            parts.append(
                String(
                    format: "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#eee\"/>", margin.left,
                    y(value), width - margin.right, y(value)))
            let label = wholeNumbers ? String(Int(value.rounded())) : String(format: "%.1f", value)
            parts.append(
                String(
                    format: "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">", margin.left - 6,
                    y(value) + 4) + label + "</text>")
        }
        for month in stride(from: 1, through: 12, by: 3) {
            let date = "\(report.year)-" + (month < 10 ? "0" : "") + "\(month)-01"
            let label = l.t("\(month)月", ["Jan", "Apr", "Jul", "Oct"][(month - 1) / 3])
            parts.append(
                String(format: "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\">", x(date), height - margin.bottom + 16)
                    + label + "</text>")
        }
        if let target {
            parts.append(
                String(
                    format:
                        "<line class=\"target\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#999\" stroke-dasharray=\"2 4\"/>",
                    margin.left, y(target), width - margin.right, y(target)))
            parts.append(
                "<polyline class=\"pace\" fill=\"none\" stroke=\"#e67e22\" stroke-width=\"2\" stroke-dasharray=\"6 4\" points=\"\(points(pace))\"/>"
            )
        }
        parts.append(
            "<polyline class=\"actual\" fill=\"none\" stroke=\"#c0392b\" stroke-width=\"2.5\" points=\"\(points(actual.map { $0 }))\"/>"
        )
        parts.append(
            "<text x=\"\(margin.left)\" y=\"16\" font-size=\"13\">\(ReportHTML.escape(title)) — <tspan fill=\"#c0392b\">\(ReportHTML.escape(l.t("实际", "actual")))</tspan> "
                + (target == nil
                    ? "<tspan fill=\"#777\">\(ReportHTML.escape(l.t("（未配置年度目标，无序时进度线）", "(no annual target configured: no pace line)")))</tspan></text>"
                    : "<tspan fill=\"#e67e22\">\(ReportHTML.escape(l.t("序时目标", "target pace")))</tspan></text>")
        )
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }
}
