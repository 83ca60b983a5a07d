import LeadMessages

/// 三个一批 of a quarter or 年考核 of a year: the reporter's HTML inside the console's frame, a
/// picker for the quarter or the year, and downloads.
enum AfterSigningReportPage {
    static func render(
        name: String, parameter: String, value: String, document: String, texts t: Texts, session: WebSession
    ) -> String {
        let inner =
            document.range(of: "<body>").flatMap { start in
                document.range(of: "</body>").map { String(document[start.upperBound..<$0.lowerBound]) }
            } ?? document
        let query = value.isEmpty ? "" : "?\(parameter)=\(HTML.escape(value))"
        let placeholder = parameter == "quarter" ? "2023-Q2" : "2023"
        let label = parameter == "quarter" ? t.pick("季度", "Quarter") : t.pick("年度", "Year")
        return Layout.page(
            title: t[.reports], texts: t, session: session,
            body: """
                \(ReportPage.tabs(current: name, t))
                <form method="get" action="/reports/\(name)"><label for="\(parameter)">\(label)</label>
                <input id="\(parameter)" name="\(parameter)" value="\(HTML.escape(value))" placeholder="\(placeholder)">
                <button type="submit">\(t[.filter])</button></form>
                <p>\(t[.download]): <a href="/reports/\(name).csv\(query)">CSV</a> · <a href="/reports/\(name).html\(query)">HTML</a> · <a href="/reports/\(name).xlsx\(query)">Excel</a></p>
                <div id="report" class="scroll">\(inner)</div>
                """)
    }
}
