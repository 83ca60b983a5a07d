import LeadMessages

/// 招商图谱: the enterprises of the three lists with no lead yet, best first, filtered by
/// industry, head-office region and class.
public enum ProspectsPage {
    public static let pageSize = 50

    /// - Parameter page: from 1; `pageSize` prospects a page, with links to the pages before and after.
    public static func render(
        list: ProspectList?, query: ProspectQuery, page: Int = 1, error: ErrorBody?, texts t: Texts,
        session: WebSession
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
            <td>\(p.region.label(t.language))</td><td>\(p.score)</td><td>\(HTML.escape(p.suggestedPark ?? ""))</td>\
            <td><a class="to-lead" href="\(HTML.escape(newLeadLink(p)))">\(t[.newLead])</a></td></tr>
            """
        }.joined(separator: "\n")
        let first = (page - 1) * pageSize
        let shown = list.map { first + $0.prospects.count } ?? 0
        let summary = list.map { list -> String in
            let range = list.prospects.isEmpty ? "" : "\(first + 1)–\(shown)"
            return t.language == .chinese
                ? "共 \(list.total) 家（第 \(range) 家），已在线索库中的 \(list.inPipeline) 家未列出"
                : "\(list.total) in all (\(range)); \(list.inPipeline) already in the pipeline left out"
        }
        let filters = [("industry", query.industry), ("region", query.region), ("class", query.enterpriseClass)]
            .compactMap { key, value -> String? in value.map { "\(key)=\(HTML.queryValue($0))&" } }.joined()
        let pager =
            "<p class=\"pager\">"
            + (page > 1
                ? "<a href=\"/prospects?\(filters)page=\(page - 1)\" id=\"prospects-previous\">\(t[.previous])</a>"
                : "")
            + (shown < (list?.total ?? 0)
                ? "<a href=\"/prospects?\(filters)page=\(page + 1)\" id=\"prospects-next\">\(t[.next])</a>" : "")
            + "</p>"
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
                <th>\(t[.suggestedPark])</th><th></th></tr></thead><tbody>\(rows)</tbody></table></div>
                \(pager)
                """)
    }

    /// The new-lead form, filled with the prospect: its name, head office and main industry.
    static func newLeadLink(_ prospect: Prospect) -> String {
        let fields = [
            ("companyName", prospect.name), ("headquarters", prospect.headquarters ?? ""),
            ("industry", prospect.industries.first?.rawValue ?? ""),
        ].filter { !$0.1.isEmpty }
        return "/leads/new?" + fields.map { "\($0.0)=\(HTML.queryValue($0.1))" }.joined(separator: "&")
    }
}
