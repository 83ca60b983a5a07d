import LeadMessages

/// 修改线索 (issue 21): the lead's own fields, filled with what is saved; a field emptied is
/// cleared, the company, headquarters and project cannot be. Intake checks the result exactly as a
/// new submission.
enum LeadEditSection {
    static func render(_ lead: Lead, texts t: Texts, session: WebSession) -> String {
        func field(_ id: String, _ label: String, _ value: String?, required: Bool = false) -> String {
            "<label for=\"edit-\(id)\">\(label)</label><input id=\"edit-\(id)\" name=\"\(id)\" value=\"\(HTML.escape(value ?? ""))\"\(required ? " required" : "")>"
        }
        let industries =
            "<option value=\"\"></option>"
            + Industry.allCases.map {
                "<option value=\"\($0.rawValue)\"\(lead.industry == $0 ? " selected" : "")>\($0.label(t.language))</option>"
            }.joined()
        return """
            <details id="edit"><summary>\(t.pick("修改线索信息", "Edit the lead"))</summary>
            <form method="post" action="/leads/\(lead.leadId)/edit" id="edit-form">
            <input type="hidden" name="_csrf" value="\(session.csrf)">
            \(field("companyName", t[.company], lead.companyName, required: true))
            \(field("headquarters", t[.headquarters], lead.headquarters, required: true))
            \(field("projectName", t[.project], lead.projectName, required: true))
            <label for="edit-industry">\(t[.industry])</label><select id="edit-industry" name="industry">\(industries)</select>
            \(field("estimatedInvestment", t[.amount], lead.estimatedInvestmentYuan?.displayString))
            \(field("carrierPark", t[.park], lead.carrierPark))
            \(field("parentCompany", t.pick("上级单位", "Parent company"), lead.parentCompany))
            <label for="edit-description">\(t[.description])</label><textarea id="edit-description" name="description">\(HTML.escape(lead.description ?? ""))</textarea>
            <button class="primary" type="submit" id="save-edit">\(t[.save])</button></form></details>
            """
    }
}
