import LeadMessages

/// The pipeline page's address: its filters, sort and page, read from the query string and
/// written back into the links (sort by a column, next page) so every view can be bookmarked.
struct PipelineParameters: Equatable {
    static let names = ["q", "stage", "region", "class", "industry", "tier", "officer", "park", "sort", "desc", "page"]
    static let pageSize = 50

    var values: [String: String]

    init(_ form: FormData) {
        values = Dictionary(uniqueKeysWithValues: Self.names.compactMap { name in form.text(name).map { (name, $0) } })
    }

    var page: Int { max(1, min(Int(values["page"] ?? "") ?? 1, PipelineFilterLimits.maxPage)) }

    var query: PipelineQuery {
        PipelineQuery(
            stage: values["stage"], region: values["region"], enterpriseClass: values["class"],
            industry: values["industry"], tier: values["tier"], officer: values["officer"], park: values["park"],
            text: values["q"], sort: values["sort"], descending: values["desc"] == "1",
            offset: (page - 1) * Self.pageSize, limit: Self.pageSize)
    }

    /// This view's address with some parameters changed (nil removes one); a new filter or sort
    /// starts again from the first page.
    func link(_ changes: [String: String?]) -> String {
        var next = values
        if !changes.keys.contains("page") { next["page"] = nil }
        for (name, value) in changes { next[name] = value }
        let pairs = Self.names.compactMap { name in next[name].map { "\(name)=\(HTML.queryValue($0))" } }
        return pairs.isEmpty ? "/leads" : "/leads?" + pairs.joined(separator: "&")
    }

    /// The link a column header carries: sort by it, or reverse the order when it is the sort already.
    func sortLink(_ sort: PipelineSort) -> String {
        let current = values["sort"] ?? PipelineSort.lead.rawValue
        let descending = current == sort.rawValue ? values["desc"] != "1" : sort != .lead && sort != .company
        return link(["sort": sort.rawValue, "desc": descending ? "1" : nil])
    }
}

/// How far the page number goes: the matcher refuses offsets past 1,000,000.
enum PipelineFilterLimits {
    static let maxPage = 1_000_000 / PipelineParameters.pageSize
}
