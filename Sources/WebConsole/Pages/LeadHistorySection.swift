import LeadMessages

/// A lead's history on its page, newest first: when, who, and what changed (`LeadChanges`).
enum LeadHistorySection {
    /// - Parameter names: display names by identity (the console's accounts): 王敏, not wangmin.
    static func render(_ history: LeadHistory?, _ t: Texts, names: [String: String] = [:]) -> String {
        guard let history, !history.entries.isEmpty else { return "" }
        let rows = LeadChanges.describe(history, t.language).map { entry, what in
            let lead = entry.event.lead
            let when = lead.updatedAt.inOffset(minutes: 480).description.prefix(16).replacingOccurrences(
                of: "T", with: " ")
            return """
                <tr><td>\(when)</td><td>\(HTML.escape(who(lead.updatedBy ?? lead.owner, names)))</td><td>\(HTML.escape(what))</td></tr>
                """
        }
        return """
            <section id="history"><h2>\(t[.history])</h2><div class="scroll"><table id="history-table"><thead><tr>\
            <th>\(t[.when])</th><th>\(t[.by])</th><th>\(t[.changed])</th></tr></thead>
            <tbody>\(rows.reversed().joined(separator: "\n"))</tbody></table></div></section>
            """
    }

    /// A person by name when the console knows them (`王敏`), else by identity.
    static func who(_ identity: String?, _ names: [String: String]) -> String {
        guard let identity else { return "" }
        return names[identity].flatMap { $0.isEmpty ? nil : $0 } ?? identity
    }
}
