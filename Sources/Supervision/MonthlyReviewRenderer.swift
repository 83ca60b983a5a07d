import LeadMessages

/// The 月督查 report for people and spreadsheets: the same sections in every format (table,
/// Markdown, HTML, CSV; leadctl writes the xlsx from `sections`). Pure; Chinese, as bureaus file it.
public enum MonthlyReviewRenderer {
    public struct Section: Equatable, Sendable {
        public var title: String
        public var header: [String]
        public var rows: [[String]]
    }

    public static func title(_ review: MonthlyReview) -> String {
        let state = review.frozenAt.map { "，\($0.businessDate) 冻结" } ?? (review.asOf < review.end ? "，本月进行中" : "，未冻结")
        return "\(review.month) 月督查（截至 \(review.asOf)\(state)）"
    }

    /// The summary lines: lights, orders, follow-ups.
    public static func summary(_ review: MonthlyReview) -> [String] {
        let places = review.tripDestinations.isEmpty ? "" : "（\(review.tripDestinations.joined(separator: "、"))）"
        return [
            "红灯 \(review.red) 个，黄灯 \(review.yellow) 个（规则 \(review.rules)）",
            "督办 \(review.orders.count) 件：本月下达 \(review.ordersIssued)，已反馈 \(review.ordersAnswered)，逾期未反馈 \(review.ordersOverdue)",
            "跟进 \(review.followUps) 次，其中外出招商 \(review.trips) 次\(places)",
        ]
    }

    public static func sections(_ review: MonthlyReview) -> [Section] {
        [
            Section(
                title: "红黄灯项目", header: ["灯色", "线索", "企业", "项目", "责任单位", "责任人", "包联领导", "原因"],
                rows: review.leads.map { lead in
                    [
                        lead.color.chineseLabel, lead.leadId, lead.companyName, lead.projectName,
                        lead.unit ?? MonthlyReviewBuilder.noUnit, lead.officer ?? "", lead.leader ?? "",
                        Notices.describe(lead.reason),
                    ]
                }),
            Section(
                title: "按责任单位", header: ["责任单位", "红灯", "黄灯"],
                rows: review.byUnit.map { [$0.key, "\($0.red)", "\($0.yellow)"] }),
            Section(
                title: "按责任人", header: ["责任人", "红灯", "黄灯"],
                rows: review.byOfficer.map { [$0.key, "\($0.red)", "\($0.yellow)"] }),
            Section(
                title: "督办单", header: ["编号", "线索", "企业", "督办对象", "事项", "期限", "状态", "级别"],
                rows: review.orders.map { order in
                    [
                        order.orderId, order.leadId, order.companyName,
                        [order.unit, order.person].compactMap { $0 }.joined(separator: "、"), order.request,
                        order.deadline.description, order.state.chineseLabel, order.level.chineseLabel,
                    ]
                }),
            Section(
                title: "跟进（按记录人）", header: ["记录人", "跟进次数", "外出招商"],
                rows: review.followUpsBy.map { [$0.recordedBy, "\($0.count)", "\($0.trips)"] }),
        ]
    }

    public static func table(_ review: MonthlyReview) -> String {
        var lines = [title(review)] + summary(review)
        for section in sections(review) {
            lines += ["", "■ \(section.title)"]
            guard !section.rows.isEmpty else {
                lines.append("（无）")
                continue
            }
            let widths = section.header.indices.map { column in
                ([section.header] + section.rows).map { DisplayWidth.of($0[column]) }.max() ?? 0
            }
            for row in [section.header] + section.rows {
                lines.append(
                    row.indices.map { DisplayWidth.padded(row[$0], to: widths[$0]) }.joined(separator: "  ")
                        .trimmingWhitespace)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func markdown(_ review: MonthlyReview) -> String {
        var lines = ["# \(title(review))", ""] + summary(review).map { "- \($0)" }
        for section in sections(review) {
            lines += ["", "## \(section.title)", ""]
            guard !section.rows.isEmpty else {
                lines.append("（无）")
                continue
            }
            let cell = { (text: String) in text.replacingPipes }
            lines.append("| " + section.header.joined(separator: " | ") + " |")
            lines.append("|" + section.header.map { _ in " --- |" }.joined())
            lines += section.rows.map { "| " + $0.map(cell).joined(separator: " | ") + " |" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A self-contained page (no scripts, no external files).
    public static func html(_ review: MonthlyReview) -> String {
        var body = ["<h1>\(escape(title(review)))</h1>", "<ul>"]
        body += summary(review).map { "<li>\(escape($0))</li>" }
        body.append("</ul>")
        for section in sections(review) {
            body.append("<h2>\(escape(section.title))</h2>")
            guard !section.rows.isEmpty else {
                body.append("<p>（无）</p>")
                continue
            }
            body.append(
                "<table><thead><tr>" + section.header.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead><tbody>"
            )
            for row in section.rows {
                let red = row.first == LightColor.red.chineseLabel ? " class=\"red\"" : ""
                body.append("<tr\(red)>" + row.map { "<td>\(escape($0))</td>" }.joined() + "</tr>")
            }
            body.append("</tbody></table>")
        }
        return """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"/><title>\(escape(title(review)))</title>
            <style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:1em}\
            td,th{border:1px solid #999;padding:.25em .5em}tr.red td:first-child{color:#c00;font-weight:bold}</style>
            </head><body>
            \(body.joined(separator: "\n"))
            </body></html>

            """
    }

    /// One table: `section,` then the section's columns; a UTF-8 byte-order mark so Excel reads the Chinese.
    public static func csv(_ review: MonthlyReview) -> String {
        var rows: [[String]] = [["section", "month", review.month], ["section", "asOf", review.asOf.description]]
        rows += summary(review).map { ["summary", $0] }
        for section in sections(review) {
            rows.append([section.title] + section.header)
            rows += section.rows.map { [section.title] + $0 }
        }
        return "\u{FEFF}" + rows.map { $0.map(CSVField.text).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func escape(_ text: String) -> String {
        text.replacingAll("&", "&amp;").replacingAll("<", "&lt;").replacingAll(">", "&gt;").replacingAll("\"", "&quot;")
    }
}

extension String {
    fileprivate func replacingAll(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }

    fileprivate var replacingPipes: String { replacingAll("|", "\\|").replacingAll("\n", " ") }
}
