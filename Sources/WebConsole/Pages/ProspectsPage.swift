import LeadMessages

/// 招商图谱: the enterprises of the three lists with no lead yet, best first, filtered by
/// industry, head-office region and class.
public enum ProspectsPage {
    public static func render(
        list: ProspectList?, query: ProspectQuery, error: ErrorBody?, texts t: Texts, session: WebSession
    )
        -> String
    {
        func options<Value: WireValue>(_ type: Value.Type, _ selected: String?) -> String {
            HTML.options(type, selected: selected, t)
        }
        let rows = (list?.prospects ?? []).map { p -> String in
            """
            <tr><td>\(HTML.escape(p.name))</td><td>\(p.enterpriseClasses.map { $0.label(t.language) }.joined(separator: "、"))</td>\
            <td>\(p.industries.map { $0.label(t.language) }.joined(separator: "、"))</td><td>\(HTML.escape(p.headquarters ?? ""))</td>\
            <td>\(p.region.label(t.language))</td><td>\(p.score)</td><td>\(HTML.escape(p.suggestedPark ?? ""))</td></tr>
            """
        }.joined(separator: "\n")
        let summary = list.map {
            t.language == .chinese
                ? "共 \($0.total) 家，已在线索库中的 \($0.inPipeline) 家未列出"
                : "\($0.total) in all; \($0.inPipeline) already in the pipeline left out"
        }
        return Layout.page(
            title: t[.prospects], texts: t, session: session,
            body: """
                \(error.map { "<p class=\"error\" role=\"alert\">\(HTML.escape(t.message($0)))</p>" } ?? "")
                <form method="get" action="/prospects" id="prospect-filter">
                <label for="industry">\(t[.industry])</label><select id="industry" name="industry">\(options(Industry.self, query.industry))</select>
                <label for="region">\(t[.region])</label><select id="region" name="region">\(options(Region.self, query.region))</select>
                <label for="class">\(t[.enterpriseClass])</label><select id="class" name="class">\(options(EnterpriseClass.self, query.enterpriseClass))</select>
                <button type="submit">\(t[.filter])</button></form>
                \(summary.map { "<p id=\"prospect-summary\">\(HTML.escape($0))</p>" } ?? "")
                <div class="scroll"><table id="prospects"><thead><tr><th>\(t[.company])</th><th>\(t[.enterpriseClass])</th>\
                <th>\(t[.industry])</th><th>\(t[.headquarters])</th><th>\(t[.region])</th><th>\(t[.score])</th>\
                <th>\(t[.suggestedPark])</th></tr></thead><tbody>\(rows)</tbody></table></div>
                """)
    }
}
