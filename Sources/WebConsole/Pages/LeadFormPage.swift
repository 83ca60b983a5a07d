import LeadMessages

/// 录入线索: the submission form, with each refusal shown next to its field and what was typed kept.
public enum LeadFormPage {
    public struct Field: Sendable {
        let name: String
        let key: Texts.Key
        let required: Bool
        let hint: String
    }

    static let fields: [Field] = [
        Field(name: "companyName", key: .company, required: true, hint: "中建七局"),
        Field(name: "headquarters", key: .headquarters, required: true, hint: "河南郑州"),
        Field(name: "projectName", key: .project, required: true, hint: "花园口数据中心"),
        Field(name: "estimatedInvestment", key: .amount, required: false, hint: "12.3亿 / 4500万"),
        Field(name: "carrierPark", key: .park, required: false, hint: "花园口新兴产业园"),
        Field(name: "description", key: .description, required: false, hint: ""),
    ]

    /// - Parameters:
    ///   - values: what was typed (kept when the form comes back with an error).
    ///   - error: the refusal, shown beside its field.
    ///   - duplicates: the same company's leads, when one looks like this lead: the form then asks
    ///     the officer to check them and confirm before it saves.
    public static func render(
        texts t: Texts, session: WebSession, requestId: String, values: FormData = FormData(), error: ErrorBody? = nil,
        duplicates: [DuplicateLead] = []
    ) -> String {
        let inputs = fields.map { field -> String in
            let failed = error?.field == field.name
            let message =
                failed
                ? "<span class=\"error\" id=\"error-\(field.name)\" role=\"alert\">\(HTML.escape(error.map(t.message) ?? ""))</span>"
                : ""
            return """
                <div class="\(failed ? "field-error" : "")"><label for="\(field.name)">\(t[field.key])</label>\
                <input id="\(field.name)" name="\(field.name)" \(field.required ? "required" : "") placeholder="\(field.hint)" \
                value="\(HTML.escape(values[field.name] ?? ""))">\(message)</div>
                """
        }.joined(separator: "\n")
        let industries = ([nil] + Industry.allCases.map(Optional.some)).map { industry -> String in
            let selected = industry?.rawValue == values["industry"] ? " selected" : ""
            return
                "<option value=\"\(industry?.rawValue ?? "")\"\(selected)>\(industry?.label(t.language) ?? "—")</option>"
        }.joined()
        let general = error.flatMap { error in
            fields.contains { $0.name == error.field }
                ? nil : "<p class=\"error\" role=\"alert\">\(HTML.escape(t.message(error)))</p>"
        }
        let warning = duplicates.isEmpty ? "" : duplicateWarning(duplicates, t)
        return Layout.page(
            title: t[.newLead], texts: t, session: session,
            body: """
                \(error == nil ? "" : "<p class=\"error\">\(t[.invalidForm])</p>")\(general ?? "")\(warning)
                <form method="post" action="/leads" id="lead-form">
                <input type="hidden" name="_csrf" value="\(session.csrf)">
                <input type="hidden" name="requestId" value="\(HTML.escape(requestId))">
                \(inputs)
                <label for="industry">\(t[.industry])</label><select id="industry" name="industry">\(industries)</select>
                \(duplicates.isEmpty ? "" : "<input type=\"hidden\" name=\"confirmed\" value=\"1\">")\
                <button class="primary" type="submit" id="save">\(duplicates.isEmpty ? t[.save] : t[.saveAnyway])</button>
                </form>
                """)
    }

    static func duplicateWarning(_ duplicates: [DuplicateLead], _ t: Texts) -> String {
        let items = duplicates.map { duplicate -> String in
            return """
                <li><a href="/leads/\(duplicate.leadId)" target="_blank">\(duplicate.leadId)</a> \
                \(HTML.escape(duplicate.companyName)) · \(HTML.escape(duplicate.projectName)) \
                （\(duplicate.stage.label(t.language))，\(t[.project]) \(duplicate.similarityPercent)）\(duplicate.likelyDuplicate ? " <strong>\(t[.possibleDuplicate])</strong>" : "")</li>
                """
        }.joined()
        return
            "<div class=\"warning\" role=\"alert\" id=\"duplicate-warning\"><p>\(t[.checkDuplicate])</p><ul>\(items)</ul></div>"
    }
}
