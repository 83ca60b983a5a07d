import LeadMessages
import Reporting

/// 签约报告: a period's report as the reporter renders it (with its chart of cumulative signings
/// against the target pace), a period picker, and downloads.
public enum ReportPage {
    /// - Parameter supervision: the week's supervision line (督办), when the report is a week's and
    ///   lead-supervisor answered.
    public static func render(
        report: PeriodReport, period: String, supervision: SupervisionLine? = nil, texts t: Texts, session: WebSession
    ) -> String {
        // The reporter's HTML is a whole document; the console shows its body inside its own frame.
        let document = ReportRenderer.render(report, as: .html, language: t.language)
        let inner =
            document.range(of: "<body>").flatMap { start in
                document.range(of: "</body>").map { String(document[start.upperBound..<$0.lowerBound]) }
            } ?? document
        let query = "period=\(period)"
        return Layout.page(
            title: t[.reports], texts: t, session: session,
            body: """
                \(tabs(report, t))
                <form method="get" action="/reports/weekly"><label for="period">\(t[.period])</label>
                <input id="period" name="period" value="\(HTML.escape(period))" placeholder="2023-W10 / 2023-03 / 2023-Q1 / 2023">
                <button type="submit">\(t[.filter])</button></form>
                <p>\(t[.download]): <a href="/reports/download.csv?\(query)">CSV</a> · <a href="/reports/download.html?\(query)">HTML</a> · <a href="/reports/download.xlsx?\(query)">Excel</a></p>
                \(supervision.map { "<p id=\"supervision-line\" class=\"notice\">\(HTML.escape($0.chineseText))</p>" } ?? "")
                <div id="report" class="scroll">\(inner)</div>
                """)
    }

    /// The tabs on the 三个一批 and 年考核 pages: the current period of each kind, then those two.
    static func tabs(current: String, _ t: Texts) -> String {
        let today = Timestamp.now().businessDate
        let kinds = [
            (PeriodKind.week, "周报告", "Week"), (.month, "月报", "Month"), (.quarter, "季通报", "Quarter"),
            (.year, "年报", "Year"),
        ]
        .map { kind, chinese, english in
            "<a href=\"/reports/weekly?period=\(ReportPeriod.containing(today, kind: kind).key)\" id=\"tab-\(kind.rawValue)\">\(t.pick(chinese, english))</a>"
        }.joined(separator: " · ")
        return "<p class=\"pager\" id=\"period-tabs\">\(kinds) · \(afterSigningTabs(current: current, t))</p>"
    }

    /// 三个一批 · 年考核 (issue 16), the one named `current` marked as this page.
    static func afterSigningTabs(current: String?, _ t: Texts) -> String {
        [("rounds", t.pick("三个一批", "Three batches")), ("assessment", t.pick("年考核", "Assessment"))].map { name, label in
            name == current
                ? "<strong aria-current=\"page\">\(label)</strong>"
                : "<a href=\"/reports/\(name)\" id=\"tab-\(name)\">\(label)</a>"
        }.joined(separator: " · ")
    }

    /// 周 · 月 · 季 · 年 (each the period of that kind holding this report's end, or today), then
    /// the previous and the next period of this report's kind.
    static func tabs(_ report: PeriodReport, _ t: Texts) -> String {
        guard let current = ReportPeriod(report.period) else { return "" }
        let today = Timestamp.now().businessDate
        let anchor = min(current.end, today)
        let labels: [(PeriodKind, String, String)] = [
            (.week, "周报告", "Week"), (.month, "月报", "Month"), (.quarter, "季通报", "Quarter"), (.year, "年报", "Year"),
        ]
        let kinds =
            labels.map { (kind, chinese, english) -> String in
                let key = ReportPeriod.containing(anchor, kind: kind).key
                let label = t.language == .chinese ? chinese : english
                return kind == current.kind
                    ? "<strong aria-current=\"page\">\(label)</strong>"
                    : "<a href=\"/reports/weekly?period=\(key)\" id=\"tab-\(kind.rawValue)\">\(label)</a>"
            }.joined(separator: " · ") + " · " + afterSigningTabs(current: nil, t)
        let previous = ReportPeriod.containing(current.start.adding(days: -1), kind: current.kind).key
        let next = ReportPeriod.containing(current.end.adding(days: 1), kind: current.kind)
        let nextLink =
            next.start <= today
            ? " <a href=\"/reports/weekly?period=\(next.key)\" id=\"period-next\">\(t[.next]) \(next.key) →</a>" : ""
        return """
            <p class="pager" id="period-tabs">\(kinds)</p>
            <p class="pager"><a href="/reports/weekly?period=\(previous)" id="period-previous">← \(t[.previous]) \(previous)</a>\
            <strong>\(current.key)</strong>\(nextLink)</p>
            """
    }
}
