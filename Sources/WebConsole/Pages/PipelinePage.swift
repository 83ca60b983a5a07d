import LeadMessages

/// 线索库: the leads the person may see, a page at a time, filtered by stage.
public enum PipelinePage {
    public static func render(page: LeadPage, stage: Stage?, texts t: Texts, session: WebSession, notice: String? = nil)
        -> String
    {
        let options = ([nil] + Stage.allCases.map(Optional.some)).map { value -> String in
            let selected = value == stage ? " selected" : ""
            return
                "<option value=\"\(value?.rawValue ?? "")\"\(selected)>\(value?.label(t.language) ?? t[.all])</option>"
        }.joined()
        let rows = page.leads.map { lead in
            """
            <tr><td><a href="/leads/\(lead.leadId)">\(lead.leadId)</a></td><td>\(HTML.escape(lead.companyName))</td>\
            <td>\(HTML.escape(lead.projectName))</td><td>\(lead.stage.label(t.language))</td>\
            <td>\(lead.industry?.label(t.language) ?? "")</td><td>\(lead.estimatedInvestmentYuan?.yiString() ?? "")</td>\
            <td>\(HTML.escape(lead.carrierPark ?? ""))</td><td>\(HTML.escape(lead.officer ?? ""))</td></tr>
            """
        }.joined(separator: "\n")
        let next = page.next.map {
            "<p><a id=\"next-page\" href=\"/leads?after=\($0)\(stage.map { "&stage=\($0.rawValue)" } ?? "")\">\(t[.next]) →</a></p>"
        }
        return Layout.page(
            title: t[.pipeline], texts: t, session: session,
            body: """
                <form method="get" action="/leads"><label for="stage">\(t[.stage])</label>
                <select id="stage" name="stage">\(options)</select> <button type="submit">\(t[.filter])</button></form>
                <p>\(t[.download]): <a href="/leads/export.xlsx" id="export-xlsx">Excel</a> · <a href="/leads/export.csv">CSV</a></p>
                <div class="scroll"><table id="pipeline"><thead><tr><th>#</th><th>\(t[.company])</th><th>\(t[.project])</th>\
                <th>\(t[.stage])</th><th>\(t[.industry])</th><th>\(t[.amount])</th><th>\(t[.park])</th><th>\(t[.officer])</th></tr></thead>
                <tbody>\(rows)</tbody></table></div>\(next ?? "")
                """, notice: notice)
    }
}
