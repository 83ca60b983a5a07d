import LeadMessages

/// A lead's history on its page: each event with when, who, and what changed, found by comparing
/// the lead after the event with the lead before it. Pure.
enum LeadHistorySection {
    static func render(_ history: LeadHistory?, _ t: Texts) -> String {
        guard let history, !history.entries.isEmpty else { return "" }
        var previous: Lead?
        var rows: [String] = []
        for entry in history.entries {
            let lead = entry.event.lead
            let what = previous.map { changes(from: $0, to: lead, t).joined(separator: "；") } ?? t[.created]
            rows.append(
                """
                <tr><td>\(lead.updatedAt.inOffset(minutes: 480).description.prefix(16).replacingOccurrences(of: "T", with: " "))</td>\
                <td>\(HTML.escape(lead.updatedBy ?? lead.owner ?? ""))</td><td>\(HTML.escape(what))</td></tr>
                """)
            previous = lead
        }
        return """
            <section id="history"><h2>\(t[.history])</h2><div class="scroll"><table id="history-table"><thead><tr>\
            <th>\(t[.when])</th><th>\(t[.by])</th><th>\(t[.changed])</th></tr></thead>
            <tbody>\(rows.reversed().joined(separator: "\n"))</tbody></table></div></section>
            """
    }

    /// What differs between two versions of a lead, one phrase per field, in the page's language.
    static func changes(from old: Lead, to new: Lead, _ t: Texts) -> [String] {
        var lines: [String] = []
        func compare(_ key: Texts.Key, _ before: String?, _ after: String?) {
            guard (before ?? "") != (after ?? "") else { return }
            lines.append("\(t[key]): \(before.flatMap { $0.isEmpty ? nil : $0 } ?? "—") → \(after ?? "—")")
        }
        let language = t.language
        compare(.stage, old.stage.label(language), new.stage.label(language))
        compare(.signedAmount, old.signing?.amountYuan.yiString(), new.signing?.amountYuan.yiString())
        compare(.signedAt, old.signing.map { date($0.signedAt) }, new.signing.map { date($0.signedAt) })
        let oldIncreases = old.capitalIncreases ?? []
        for increase in (new.capitalIncreases ?? []).dropFirst(oldIncreases.count) {
            lines.append(
                language == .chinese
                    ? "增资 \(increase.amountYuan.yiString())（\(date(increase.increasedAt))）"
                    : "capital increase \(increase.amountYuan.yiString()) (\(date(increase.increasedAt)))")
        }
        compare(.company, old.companyName, new.companyName)
        compare(.headquarters, old.headquarters, new.headquarters)
        compare(.project, old.projectName, new.projectName)
        compare(.industry, old.industry?.label(language), new.industry?.label(language))
        compare(.amount, old.estimatedInvestmentYuan?.yiString(), new.estimatedInvestmentYuan?.yiString())
        compare(.park, old.carrierPark, new.carrierPark)
        compare(.officer, old.officer, new.officer)
        return lines
    }

    private static func date(_ instant: Timestamp) -> String { instant.businessDate.description }
}
