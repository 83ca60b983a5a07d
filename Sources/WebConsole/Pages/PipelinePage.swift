import LeadMessages

/// 线索库: the leads the person may see, filtered by stage, region, class, industry, tier,
/// officer, park and name, sorted by any column header, a page at a time.
public enum PipelinePage {
    /// One line of the table; the classification is absent when the matcher could not be asked.
    struct Row {
        var leadId, companyName, projectName: String
        var stage: Stage
        var region: Region?
        var classes: [EnterpriseClass]
        var industry: Industry?
        var tier: Tier?
        var amount: Money?
        var officer, park: String?
        var signedAmount: Money? = nil
        var signedAt: Timestamp? = nil
        var lastFollowUp: CivilDate? = nil
    }

    static func rows(_ view: PipelineView) -> [Row] {
        view.leads.map {
            Row(
                leadId: $0.leadId, companyName: $0.companyName, projectName: $0.projectName, stage: $0.stage,
                region: $0.region, classes: $0.enterpriseClasses, industry: $0.industry, tier: $0.tier,
                amount: $0.estimatedInvestmentYuan, officer: $0.officer, park: $0.carrierPark,
                signedAmount: $0.signedAmountYuan, signedAt: $0.signedAt, lastFollowUp: $0.lastFollowUpOn)
        }
    }

    static func rows(_ page: LeadPage) -> [Row] {
        page.leads.map {
            Row(
                leadId: $0.leadId, companyName: $0.companyName, projectName: $0.projectName, stage: $0.stage,
                region: nil, classes: [], industry: $0.industry, tier: nil, amount: $0.estimatedInvestmentYuan,
                officer: $0.officer, park: $0.carrierPark,
                signedAmount: $0.signing == nil ? nil : Money(fen: $0.contractFen), signedAt: $0.signing?.signedAt,
                lastFollowUp: $0.followUps?.lastOn)
        }
    }

    /// - Parameters:
    ///   - total: how many leads match (nil when unknown: the unclassified fallback).
    ///   - hasNext: whether a next page exists.
    ///   - error: a refused filter, shown above the table.
    static func render(
        rows: [Row], total: Int?, hasNext: Bool, parameters: PipelineParameters, texts t: Texts,
        session: WebSession, names: [String: String] = [:], notice: String? = nil, error: ErrorBody? = nil
    ) -> String {
        let v = parameters.values
        let filters = """
            <form method="get" action="/leads" id="pipeline-filter" class="filters">
            <div><label for="q">\(t[.search])</label><input id="q" name="q" value="\(HTML.escape(v["q"] ?? ""))"></div>
            \(select("stage", t[.stage], HTML.options(Stage.self, selected: v["stage"], t)))\
            \(select("region", t[.region], HTML.options(Region.self, selected: v["region"], t)))\
            \(select("class", t[.enterpriseClass], HTML.options(EnterpriseClass.self, selected: v["class"], t)))\
            \(select("industry", t[.industry], HTML.options(Industry.self, selected: v["industry"], t)))\
            \(select("tier", t[.tier], tierOptions(v["tier"], t)))
            <div><label for="officer">\(t[.officer])</label><input id="officer" name="officer" value="\(HTML.escape(v["officer"] ?? ""))"></div>
            <div><label for="park">\(t[.park])</label><input id="park" name="park" value="\(HTML.escape(v["park"] ?? ""))"></div>
            \(v["sort"].map { "<input type=\"hidden\" name=\"sort\" value=\"\(HTML.escape($0))\">" } ?? "")\
            \(v["desc"].map { "<input type=\"hidden\" name=\"desc\" value=\"\(HTML.escape($0))\">" } ?? "")
            <div><button class="primary" type="submit" id="apply-filter">\(t[.filter])</button> <a href="/leads">\(t[.all])</a></div>
            </form>
            """
        func header(_ label: String, _ sort: PipelineSort?) -> String {
            guard let sort else { return "<th>\(label)</th>" }
            let current = (v["sort"] ?? "lead") == sort.rawValue
            let arrow = current ? (v["desc"] == "1" ? " ↓" : " ↑") : ""
            return
                "<th><a href=\"\(HTML.escape(parameters.sortLink(sort)))\" id=\"sort-\(sort.rawValue)\">\(label)\(arrow)</a></th>"
        }
        let headers = [
            header("#", .lead), header(t[.company], .company), header(t[.project], nil), header(t[.stage], .stage),
            header(t[.region], nil), header(t[.enterpriseClass], nil), header(t[.industry], nil),
            header(t[.tier], .score), header(t[.amount], .amount), header(t[.signedAmount], .signedAmount),
            header(t[.signedAt], .signed), header(t[.lastFollowUp], .followUp), header(t[.park], nil),
            header(t[.officer], nil),
        ].joined()
        let labels = [
            "#", t[.company], t[.project], t[.stage], t[.region], t[.enterpriseClass], t[.industry], t[.tier],
            t[.amount], t[.signedAmount], t[.signedAt], t[.lastFollowUp], t[.park], t[.officer],
        ]
        let body = rows.map { row -> String in
            let classes: String = row.classes.map { $0.label(t.language) }.joined(separator: "、")
            let signedOn: String = row.signedAt.map { $0.businessDate.description } ?? ""
            // An officer typed as an identity (wangmin) reads as the person (王敏).
            let officer: String = row.officer.map { names[$0] ?? $0 } ?? ""
            let cells: [String] = [
                "<a href=\"/leads/\(row.leadId)\">\(row.leadId)</a>", HTML.escape(row.companyName),
                HTML.escape(row.projectName), row.stage.label(t.language), row.region?.label(t.language) ?? "",
                classes, row.industry?.label(t.language) ?? "", row.tier?.rawValue ?? "",
                row.amount?.displayString ?? "", row.signedAmount?.displayString ?? "", signedOn,
                row.lastFollowUp?.description ?? "", HTML.escape(row.park ?? ""), HTML.escape(officer),
            ]
            // Each cell names its column, for the phone layout's cards (Layout.stylesheet).
            return "<tr>" + zip(labels, cells).map { "<td data-label=\"\($0)\">\($1)</td>" }.joined() + "</tr>"
        }.joined(separator: "\n")
        let page = parameters.page
        var pager: [String] = []
        if page > 1 {
            pager.append(
                "<a id=\"previous-page\" href=\"\(HTML.escape(parameters.link(["page": String(page - 1)])))\">← \(t[.previous])</a>"
            )
        }
        if hasNext {
            pager.append(
                "<a id=\"next-page\" href=\"\(HTML.escape(parameters.link(["page": String(page + 1)])))\">\(t[.next]) →</a>"
            )
        }
        let count = total.map { "<p id=\"pipeline-count\">\($0) \(t[.matching])</p>" } ?? ""
        return Layout.page(
            title: t[.pipeline], texts: t, session: session,
            body: """
                \(error.map { "<p class=\"error\" role=\"alert\" id=\"filter-error\">\(HTML.escape(t.message($0)))</p>" } ?? "")
                \(filters)
                \(count)<p>\(t[.download]): <a href="/leads/export.xlsx" id="export-xlsx">Excel</a> · <a href="/leads/export.csv">CSV</a> · \
                <a href="/import" id="import-ledger">\(t[.importLedger])</a></p>
                <div class="scroll"><table id="pipeline" class="cards"><thead><tr>\(headers)</tr></thead>
                <tbody>\(body)</tbody></table></div><p class="pager">\(pager.joined(separator: " "))</p>
                """, notice: notice)
    }

    private static func select(_ name: String, _ label: String, _ options: String) -> String {
        "<div><label for=\"\(name)\">\(label)</label><select id=\"\(name)\" name=\"\(name)\">\(options)</select></div>"
    }

    private static func tierOptions(_ selected: String?, _ t: Texts) -> String {
        ([nil] + Tier.allCases.map(Optional.some)).map { tier -> String in
            "<option value=\"\(tier?.rawValue ?? "")\"\(tier?.rawValue == selected ? " selected" : "")>\(tier?.rawValue ?? t[.all])</option>"
        }.joined()
    }
}
