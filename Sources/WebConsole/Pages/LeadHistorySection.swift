import LeadMessages

/// A lead's history on its page, newest first: when, who, and what changed (`LeadChanges`).
enum LeadHistorySection {
    static func render(_ history: LeadHistory?, _ t: Texts) -> String {
        guard let history, !history.entries.isEmpty else { return "" }
        let rows = LeadChanges.describe(history, t.language).map { entry, what in
            let lead = entry.event.lead
            let when = lead.updatedAt.inOffset(minutes: 480).description.prefix(16).replacingOccurrences(
                of: "T", with: " ")
            return """
                <tr><td>\(when)</td><td>\(HTML.escape(lead.updatedBy ?? lead.owner ?? ""))</td><td>\(HTML.escape(what))</td></tr>
                """
        }
        return """
            <section id="history"><h2>\(t[.history])</h2><div class="scroll"><table id="history-table"><thead><tr>\
            <th>\(t[.when])</th><th>\(t[.by])</th><th>\(t[.changed])</th></tr></thead>
            <tbody>\(rows.reversed().joined(separator: "\n"))</tbody></table></div></section>
            """
    }
}
