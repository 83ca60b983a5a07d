import Foundation
import LeadMessages
import Ledger

/// 导入台账: upload a ledger, check how its columns were read (and change it), see the dry run —
/// what each row would become — and import. The file travels back with each step of the form, so
/// the console keeps nothing between steps.
public enum ImportPage {
    /// The ledger being imported, as the form carries it between steps.
    struct Upload {
        var fileName: String
        var data: Data
        /// The officer's choice per header: a field's raw value, or `-` for "do not import".
        var mapping: [String: String]
        var skipRejected: Bool
    }

    static func uploadForm(texts t: Texts, session: WebSession, error: String? = nil) -> String {
        Layout.page(
            title: t[.importLedger], texts: t, session: session,
            body: """
                \(error.map { "<p class=\"error\" role=\"alert\" id=\"import-error\">\(HTML.escape($0))</p>" } ?? "")
                <form method="post" action="/import" enctype="multipart/form-data" id="upload-form">
                <input type="hidden" name="_csrf" value="\(session.csrf)">
                <label for="ledger">\(t[.ledgerFile])</label>
                <input id="ledger" name="ledger" type="file" accept=".xlsx,.csv" required>
                <button class="primary" type="submit" id="upload">\(t[.upload])</button></form>
                """)
    }

    /// The mapping form and, when the columns could be read, the dry run of every row.
    static func review(
        _ upload: Upload, header: LedgerTable.Row?, fields: [LedgerField?], plan: ImportPlan?, problem: String?,
        imported: [ImportedLead]? = nil, texts t: Texts, session: WebSession
    ) -> String {
        let mapping = (header?.cells ?? []).enumerated().compactMap { index, raw -> String? in
            let text = raw.trimmingLedgerSpace
            guard !text.isEmpty else { return nil }
            let current = index < fields.count ? fields[index] : nil
            let options =
                "<option value=\"-\"\(current == nil ? " selected" : "")>\(t[.ignoreColumn])</option>"
                + LedgerField.allCases.map { field -> String in
                    "<option value=\"\(field.rawValue)\"\(field == current ? " selected" : "")>\(label(field, t))</option>"
                }.joined()
            let id = "map-\(index)"
            return """
                <div><label for="\(id)">\(HTML.escape(text))</label>\
                <select id="\(id)" name="map.\(HTML.escape(text))">\(options)</select></div>
                """
        }.joined()
        let summary = plan.map { summaryLine($0, t) } ?? ""
        let blocked = plan.map { !$0.rejections.isEmpty && !upload.skipRejected } ?? true
        let canImport = imported == nil && !blocked && !(plan?.creations.isEmpty ?? true)
        return Layout.page(
            title: "\(t[.importLedger]) · \(upload.fileName)", texts: t, session: session,
            body: """
                \(problem.map { "<p class=\"error\" role=\"alert\" id=\"import-error\">\(HTML.escape($0))</p>" } ?? "")
                \(imported.map { importedList($0, t) } ?? "")\(summary)
                <form method="post" action="/import" enctype="multipart/form-data" id="review-form">
                <input type="hidden" name="_csrf" value="\(session.csrf)">
                <input type="hidden" name="fileName" value="\(HTML.escape(upload.fileName))">
                <input type="hidden" name="ledgerData" value="\(upload.data.base64EncodedString())">
                <h2>\(t[.columnMapping])</h2>\(header.map { "<p>\(t[.headerRow]) \($0.number)</p>" } ?? "")
                <div class="filters" id="mapping">\(mapping)</div>
                <label><input type="checkbox" name="skipRejected" value="1" id="skip-rejected" style="width:auto"\
                \(upload.skipRejected ? " checked" : "")> \(t[.skipRejected])</label>
                <button type="submit" name="step" value="preview" id="dry-run">\(t[.dryRun])</button>
                \(canImport ? "<button class=\"primary\" type=\"submit\" name=\"step\" value=\"import\" id=\"import-now\">\(t[.importNow])</button>" : "")
                </form>
                \(blocked && plan != nil && !(plan?.rejections.isEmpty ?? true) && imported == nil ? "<p class=\"warning\" id=\"import-blocked\">\(t[.nothingImported])</p>" : "")
                \(plan.map { linesTable($0, imported: imported, t) } ?? "")
                """)
    }

    private static func summaryLine(_ plan: ImportPlan, _ t: Texts) -> String {
        let skipped = plan.lines.count - plan.creations.count - plan.duplicates.count - plan.rejections.count
        return """
            <h2>\(t[.dryRun])</h2><p id="import-summary">\(t[.willCreate]) <strong id="count-create">\(plan.creations.count)</strong> · \
            \(t[.willMerge]) <strong id="count-duplicate">\(plan.duplicates.count)</strong> · \
            \(t[.willReject]) <strong id="count-reject">\(plan.rejections.count)</strong> · \
            \(t[.skipped]) \(skipped)</p>
            """
    }

    private static func linesTable(_ plan: ImportPlan, imported: [ImportedLead]?, _ t: Texts) -> String {
        let leadIds = Dictionary(uniqueKeysWithValues: (imported ?? []).map { ($0.row, $0.leadId) })
        let rows = plan.lines.map { line -> String in
            let (kind, what): (String, String)
            switch line.action {
            case .create(let entry):
                let made = leadIds[line.row].map { " → <a href=\"/leads/\($0)\">\($0)</a>" } ?? ""
                kind = "create"
                what =
                    "\(HTML.escape(entry.submission.companyName)) · \(HTML.escape(entry.submission.projectName))"
                    + (entry.stage.map { "（\($0.label(t.language))）" } ?? "") + made
                    + entry.notes.map { "<br><small>\(HTML.escape($0))</small>" }.joined()
            case .duplicate(let entry, let of):
                kind = "duplicate"
                let target = of.hasPrefix("L-") ? "<a href=\"/leads/\(of)\">\(of)</a>" : HTML.escape(of)
                what =
                    "\(HTML.escape(entry.submission.companyName)) · \(HTML.escape(entry.submission.projectName)) ≈ \(target)"
            case .skip(let reason):
                kind = "skip"
                what = HTML.escape(reason)
            case .reject(let field, let reason):
                kind = "reject"
                what = "<span class=\"error\">\(HTML.escape(field)): \(HTML.escape(reason))</span>"
            }
            let label =
                switch kind {
                case "create": leadIds[line.row] == nil ? t[.willCreate] : t[.imported]
                case "duplicate": t[.willMerge]
                case "reject": t[.willReject]
                default: t[.skipped]
                }
            return "<tr class=\"\(kind)\"><td>\(line.row)</td><td>\(label)</td><td>\(what)</td></tr>"
        }.joined(separator: "\n")
        return """
            <div class="scroll"><table id="import-lines"><thead><tr><th>\(t[.row])</th><th></th><th>\(t[.reason])</th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            """
    }

    private static func importedList(_ leads: [ImportedLead], _ t: Texts) -> String {
        "<p class=\"notice\" role=\"status\" id=\"import-done\">\(t[.imported]) \(leads.count)</p>"
    }

    static func label(_ field: LedgerField, _ t: Texts) -> String {
        let chinese = t.language == .chinese
        return switch field {
        case .companyName: chinese ? "企业名称" : "Company"
        case .headquarters: chinese ? "总部所在地" : "Headquarters"
        case .projectName: chinese ? "项目名称" : "Project"
        case .description: chinese ? "项目描述" : "Description"
        case .industry: chinese ? "产业" : "Industry"
        case .parentCompany: chinese ? "所属集团" : "Parent company"
        case .ownership: chinese ? "资本来源" : "Ownership"
        case .estimatedInvestment: chinese ? "投资额" : "Estimated investment"
        case .channel: chinese ? "招商方式" : "Channel"
        case .carrierPark: chinese ? "载体园区" : "Carrier park"
        case .officer: chinese ? "负责人" : "Officer"
        case .stage: chinese ? "阶段" : "Stage"
        case .signedAmount: chinese ? "签约金额" : "Signed amount"
        case .signedAt: chinese ? "签约时间" : "Signed at"
        }
    }
}
