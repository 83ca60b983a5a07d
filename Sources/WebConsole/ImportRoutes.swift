import Foundation
import Hummingbird
import LeadMessages
import Ledger
import Matching

/// 导入台账 in the browser: upload, column mapping, dry run, import — the steps of `leadctl import`.
struct ImportRoutes: Sendable {
    let app: WebConsoleApp

    /// The largest ledger accepted (a 10,000-row .xlsx is about 1 MB).
    static let maxLedgerBytes = 10 << 20

    func add(to router: Router<BasicRequestContext>) {
        router.get("/import") { request, context in
            try await app.withSession(request, context) { session, t, _ in
                app.html(ImportPage.uploadForm(texts: t, session: session))
            }
        }
        // Every step posts multipart; in the later ones the file comes back base64-encoded, a
        // third larger than the upload.
        router.post("/import") { request, context in
            let limit = Self.maxLedgerBytes / 3 * 4 + 65_536
            return try await app.withSession(request, context, form: true, maxFormBytes: limit, multipart: true) {
                session, t, form in
                guard let upload = Self.upload(form) else {
                    return app.html(
                        ImportPage.uploadForm(texts: t, session: session, error: t[.chooseFile]), status: .badRequest)
                }
                return await review(upload, importing: form["step"] == "import", session, t)
            }
        }
    }

    /// The ledger from an upload (the first step) or from the review form (the later ones).
    static func upload(_ form: FormData) -> ImportPage.Upload? {
        var mapping: [String: String] = [:]
        for (name, value) in form.values where name.hasPrefix("map.") { mapping[String(name.dropFirst(4))] = value }
        let skip = form["skipRejected"] == "1"
        if let file = form.files["ledger"], !file.data.isEmpty {
            return ImportPage.Upload(fileName: file.fileName, data: file.data, mapping: mapping, skipRejected: skip)
        }
        guard let encoded = form["ledgerData"], let data = Data(base64Encoded: encoded), !data.isEmpty else {
            return nil
        }
        return ImportPage.Upload(
            fileName: form["fileName"] ?? "ledger", data: data, mapping: mapping, skipRejected: skip)
    }

    private func review(_ upload: ImportPage.Upload, importing: Bool, _ session: WebSession, _ t: Texts) async
        -> Response
    {
        guard upload.data.count <= Self.maxLedgerBytes else {
            return app.html(
                ImportPage.uploadForm(texts: t, session: session, error: "> \(Self.maxLedgerBytes >> 20) MB"),
                status: .contentTooLarge)
        }
        let table: LedgerTable
        do {
            table = try LedgerFile.table(upload.data, name: upload.fileName)
        } catch {
            return app.html(
                ImportPage.uploadForm(texts: t, session: session, error: "\(error)"), status: .unprocessableContent)
        }
        var overrides: [String: LedgerField] = [:]
        var ignoring: Set<String> = []
        for (header, choice) in upload.mapping {
            if choice == "-" {
                ignoring.insert(header)
            } else if let field = LedgerField(rawValue: choice) {
                overrides[header] = field
            }
        }
        let header =
            LedgerColumns.headerRow(in: table, overrides: overrides, ignoring: ignoring)
            ?? table.rows.first { !$0.isBlank }
        let fields = header.map { LedgerColumns.fields(of: $0, overrides: overrides, ignoring: ignoring) } ?? []
        func page(_ plan: ImportPlan?, _ problem: String?, imported: [ImportedLead]? = nil) -> Response {
            app.html(
                ImportPage.review(
                    upload, header: header, fields: fields, plan: plan, problem: problem, imported: imported,
                    texts: t, session: session),
                status: problem == nil ? .ok : .unprocessableContent)
        }
        let columns: LedgerColumns
        do {
            columns = try LedgerColumns.detect(in: table, overrides: overrides, ignoring: ignoring)
        } catch {
            return page(nil, "\(error)")
        }
        var existing: [ImportPlan.KnownLead]
        switch await app.gateway.allLeads(as: session.account) {
        case .success(let leads):
            existing = leads.map { .init(leadId: $0.leadId, companyName: $0.companyName, projectName: $0.projectName) }
        case .failure(let error): return page(nil, error.message)
        }
        var plan = ImportPlan.make(
            table: table, columns: columns, existing: existing, duplicateThreshold: app.duplicateThreshold,
            officer: session.account.displayName, lexicon: app.lexicon)
        // An officer lists only their own leads; the matcher knows everyone's, so a row another
        // officer already follows is found too.
        if session.account.role == "officer" {
            existing += await othersLeads(ofCompaniesIn: plan.creations, session)
            plan = ImportPlan.make(
                table: table, columns: columns, existing: existing, duplicateThreshold: app.duplicateThreshold,
                officer: session.account.displayName, lexicon: app.lexicon)
        }
        guard importing, upload.skipRejected || plan.rejections.isEmpty, !plan.creations.isEmpty else {
            return page(plan, nil)
        }
        // The mapping and the choice to skip decide what is created, so they are part of the key.
        let decision = upload.mapping.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ";")
        var imported: [ImportedLead] = []
        for command in plan.commands(
            requestId: LedgerFile.contentKey(upload.data, decision + (upload.skipRejected ? "|skip" : "")))
        {
            switch await app.gateway.request(
                .intake, .leadImport, command, expecting: ImportResult.self, as: session.account)
            {
            case .success(let result): imported += result.leads
            case .failure(let error): return page(plan, error.message, imported: imported)
            }
        }
        return page(plan, nil, imported: imported)
    }

    /// The pipeline's leads of the companies these rows name, whoever follows them
    /// (`duplicates.check`, once per company name); the import plan then compares projects. None
    /// when the matcher cannot be asked: the plan's own check against the officer's leads stands.
    private func othersLeads(ofCompaniesIn entries: [LedgerEntry], _ session: WebSession) async
        -> [ImportPlan.KnownLead]
    {
        var found: [ImportPlan.KnownLead] = []
        var asked: Set<String> = []
        for entry in entries where asked.insert(entry.submission.companyName).inserted {
            let check = DuplicateCheck(companyName: entry.submission.companyName, projectName: "")
            guard
                case .success(let result) = await app.gateway.request(
                    .matcher, .duplicatesCheck, check, expecting: DuplicateCheckResult.self, as: session.account)
            else { return found }
            found += result.possibleDuplicates.map {
                .init(leadId: $0.leadId, companyName: $0.companyName, projectName: $0.projectName)
            }
        }
        return found
    }
}
