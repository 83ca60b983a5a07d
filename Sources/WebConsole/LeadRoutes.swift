import Foundation
import Hummingbird
import LeadMessages
import Ledger
import Reporting

/// 线索: the pipeline, a new lead, a lead's page, and the actions on it.
struct LeadRoutes: Sendable {
    let app: WebConsoleApp

    func add(to router: Router<BasicRequestContext>) {
        router.get("/leads") { request, context in
            try await app.withSession(request, context) { session, t, _ in
                await pipeline(PipelineParameters(FormData(urlEncoded: request.uri.query ?? "")), session, t)
            }
        }
        for format in ["xlsx", "csv"] {
            router.get("/leads/export.\(format)") { request, context in
                try await app.withSession(request, context) { session, t, _ in
                    let leads: [Lead]
                    switch await app.gateway.allLeads(as: session.account) {
                    case .success(let all): leads = all
                    case .failure(let error): return errorPage(error, t, session)
                    }
                    return app.download(
                        try LedgerExport.file(leads, format: format), name: "leadtracker-pipeline.\(format)",
                        type: Self.contentType(format))
                }
            }
        }
        router.get("/leads/new") { request, context in
            try await app.withSession(request, context) { session, t, _ in
                // From the prospect map: the form comes filled with the prospect (招商图谱 → 录入线索).
                app.html(
                    LeadFormPage.render(
                        texts: t, session: session, requestId: "web-" + PasswordHash.token().prefix(24),
                        values: FormData(urlEncoded: request.uri.query ?? "")))
            }
        }
        router.post("/leads") { request, context in
            try await app.withSession(request, context, form: true) { session, t, form in
                let submission = LeadSubmission(
                    companyName: form.text("companyName") ?? "", headquarters: form.text("headquarters") ?? "",
                    projectName: form.text("projectName") ?? "", industry: form.text("industry"),
                    description: form.text("description"), estimatedInvestment: form.text("estimatedInvestment"),
                    officer: session.account.displayName, carrierPark: form.text("carrierPark"),
                    requestId: form.text("requestId"))
                if form["confirmed"] != "1" {
                    let duplicates = await likelyDuplicates(submission, session)
                    if !duplicates.isEmpty {
                        return app.html(
                            LeadFormPage.render(
                                texts: t, session: session, requestId: form.text("requestId") ?? "", values: form,
                                duplicates: duplicates))
                    }
                }
                switch await app.gateway.request(
                    .intake, .leadSubmit, submission, expecting: SubmitResult.self, as: session.account)
                {
                case .success(let result): return .redirect(to: "/leads/\(result.leadId)?saved=1", type: .normal)
                case .failure(let error) where error.code == .unavailable || error.code == .internalError:
                    return errorPage(error, t, session)
                case .failure(let error):
                    let page = LeadFormPage.render(
                        texts: t, session: session, requestId: form.text("requestId") ?? "", values: form, error: error)
                    return app.html(page, status: .unprocessableContent)
                }
            }
        }
        router.get("/leads/:id") { request, context in
            try await app.withSession(request, context) { session, t, _ in
                // After each action, say it was done (issue 21: no silent success).
                let done: [String: Texts.Key] = [
                    "stage": .stageChanged, "signing": .signingSaved, "follow-up": .followUpSaved,
                    "increase": .increaseSaved, "void": .voidSaved, "assign": .assignSaved, "edit": .leadEdited,
                    "milestone": .milestoneSaved, "funds": .fundsSaved,
                ]
                let notice =
                    request.uri.queryParameters["saved"] != nil
                    ? t[.leadSaved] : request.uri.queryParameters["done"].flatMap { done[String($0)] }.map { t[$0] }
                return try await leadPage(context.parameters.require("id"), session, t, notice: notice)
            }
        }
        router.post("/leads/:id/advance") { request, context in
            try await app.withSession(request, context, form: true) { session, t, form in
                let id = try context.parameters.require("id")
                let command = AdvanceLead(leadId: id, stage: form.text("stage") ?? "")
                return try await act(.leadAdvance, command, id, session, t, done: "stage")
            }
        }
        router.post("/leads/:id/sign") { request, context in
            try await app.withSession(request, context, form: true) { session, t, form in
                let id = try context.parameters.require("id")
                // A date from the form is that day in Beijing, from its first minute (so today is never "in the future").
                let date = form.text("signedAt") ?? ""
                let instant = date.count == 10 ? date + "T00:00:00+08:00" : date
                let command = SignLead(leadId: id, amount: form.text("amount") ?? "", signedAt: instant)
                return try await act(.leadSign, command, id, session, t, done: "signing")
            }
        }
        addActions(to: router)
        addAfterSigning(to: router)
        router.post("/leads/:id/follow-up") { request, context in
            try await app.withSession(request, context, form: true) { session, t, form in
                let id = try context.parameters.require("id")
                let command = RecordFollowUp(
                    leadId: id, on: form.text("on") ?? "", kind: form.text("kind") ?? "", people: form.text("people"),
                    place: form.text("place"), destination: form.text("destination"),
                    summary: form.text("summary") ?? "", nextFollowUpOn: form.text("nextFollowUpOn"),
                    requestId: form.text("requestId"))
                return try await act(.leadFollowUp, command, id, session, t, done: "follow-up")
            }
        }
    }

    /// 增资, 作废 and 流转与分包 (LeadActionsSection).
    private func addActions(to router: Router<BasicRequestContext>) {
        router.post("/leads/:id/increase") { request, context in
            try await app.withSession(request, context, form: true) { session, t, form in
                let id = try context.parameters.require("id")
                let date = form.text("increasedOn") ?? ""
                let command = IncreaseCapital(
                    leadId: id, amount: form.text("amount") ?? "",
                    increasedAt: date.count == 10 ? date + "T00:00:00+08:00" : date)
                return try await act(.leadIncrease, command, id, session, t, done: "increase")
            }
        }
        router.post("/leads/:id/void") { request, context in
            try await app.withSession(request, context, form: true) { session, t, form in
                let id = try context.parameters.require("id")
                guard form["confirmed"] == "1" else {
                    return try await leadPage(
                        id, session, t, error: ErrorBody(.missingField, field: "confirmed", t[.confirmRequired]))
                }
                return try await act(
                    .leadVoid, VoidSigning(leadId: id, reason: form.text("reason")), id, session, t, done: "void")
            }
        }
        router.post("/leads/:id/assign") { request, context in
            try await app.withSession(request, context, form: true) { session, t, form in
                let id = try context.parameters.require("id")
                // A field left as it was shown changes nothing; one emptied clears it (AssignLead).
                let command = AssignLead(
                    leadId: id, leader: form["leader"].map(\.trimmingWhitespace),
                    unit: form["unit"].map(\.trimmingWhitespace),
                    owner: form.text("owner"), officer: form["officer"].map(\.trimmingWhitespace),
                    reason: form.text("reason") ?? "")
                return try await act(.leadAssign, command, id, session, t, done: "assign")
            }
        }
    }

    /// The matcher's classified view; when the matcher cannot answer, intake's own list (stage
    /// filter only) with a notice, so the pipeline is never out of reach.
    private func pipeline(_ parameters: PipelineParameters, _ session: WebSession, _ t: Texts) async -> Response {
        switch await app.gateway.request(
            .matcher, .pipelineQuery, parameters.query, expecting: PipelineView.self, as: session.account)
        {
        case .success(let view):
            return app.html(
                PipelinePage.render(
                    rows: PipelinePage.rows(view), total: view.total,
                    hasNext: view.offset + view.leads.count < view.total, parameters: parameters, texts: t,
                    session: session, names: (try? app.accounts.displayNames()) ?? [:],
                    notice: await rebuildNotice(view, session, t)))
        // Down, or older than 1.6 (upgraded out of order): intake's own list still shows the leads.
        case .failure(let error) where error.code == .unavailable || error.code == .unknownType:
            let query = ListLeads(stage: Stage(rawValue: parameters.values["stage"] ?? "")?.rawValue, limit: 50)
            switch await app.gateway.request(
                .intake, .leadList, query, expecting: LeadPage.self, as: session.account)
            {
            case .success(let page):
                return app.html(
                    PipelinePage.render(
                        rows: PipelinePage.rows(page), total: nil, hasNext: false, parameters: parameters, texts: t,
                        session: session, notice: t[.unclassified]))
            case .failure(let error): return errorPage(error, t, session)
            }
        case .failure(let error):
            let page = PipelinePage.render(
                rows: [], total: 0, hasNext: false, parameters: parameters, texts: t, session: session, error: error)
            return app.html(page, status: error.code == .invalidField ? .badRequest : .internalServerError)
        }
    }

    /// When the matcher is far behind intake (rebuilding its view after an upgrade, or catching up
    /// after an outage), says so: the list may be incomplete. A few events behind is normal.
    private func rebuildNotice(_ view: PipelineView, _ session: WebSession, _ t: Texts) async -> String? {
        let status = await app.gateway.request(
            .intake, .serviceStatus, EmptyBody(), expecting: ServiceStatus.self, as: session.account)
        guard case .success(let intake) = status, intake.lastSequence - view.basedOnSequence > 100 else { return nil }
        return "\(t[.viewLags]) (\(view.basedOnSequence) / \(intake.lastSequence))"
    }

    /// The company's leads when one of them looks like this submission; empty when none does, or
    /// when the matcher cannot be asked (a warning must never stop a lead being saved).
    private func likelyDuplicates(_ submission: LeadSubmission, _ session: WebSession) async -> [DuplicateLead] {
        guard !submission.companyName.isEmpty else { return [] }
        let check = DuplicateCheck(companyName: submission.companyName, projectName: submission.projectName)
        let result = await app.gateway.request(
            .matcher, .duplicatesCheck, check, expecting: DuplicateCheckResult.self, as: session.account)
        guard case .success(let found) = result, found.possibleDuplicates.contains(where: \.likelyDuplicate) else {
            return []
        }
        return found.possibleDuplicates
    }

    static func contentType(_ format: String) -> String {
        switch format {
        case "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case "csv": "text/csv; charset=utf-8"
        default: "text/html; charset=utf-8"
        }
    }

    func act<Body: Codable & Sendable>(
        _ type: MessageType, _ body: Body, _ id: String, _ session: WebSession, _ t: Texts, done: String
    ) async throws -> Response {
        switch await app.gateway.request(.intake, type, body, expecting: Lead.self, as: session.account) {
        case .success: return .redirect(to: "/leads/\(id)?done=\(done)", type: .normal)
        case .failure(let error): return try await leadPage(id, session, t, error: error)
        }
    }

    func leadPage(
        _ id: String, _ session: WebSession, _ t: Texts, notice: String? = nil, error: ErrorBody? = nil
    )
        async throws -> Response
    {
        let lead: Lead
        switch await app.gateway.request(
            .intake, .leadGet, LeadReference(leadId: id), expecting: Lead.self, as: session.account)
        {
        case .success(let value): lead = value
        case .failure(let error): return errorPage(error, t, session)
        }
        let recommendation = try? await app.gateway.request(
            .matcher, .recommendationGet, LeadReference(leadId: lead.leadId), expecting: Recommendation.self,
            as: session.account
        ).get()
        let history = try? await app.gateway.request(
            .intake, .leadHistory, LeadReference(leadId: lead.leadId), expecting: LeadHistory.self, as: session.account
        ).get()
        let page = LeadDetailPage.render(
            lead: lead, recommendation: recommendation, history: history,
            names: (try? app.accounts.displayNames()) ?? [:], texts: t, session: session, notice: notice,
            error: error)
        return app.html(page, status: error == nil ? .ok : .unprocessableContent)
    }

    func errorPage(_ error: ErrorBody, _ t: Texts, _ session: WebSession) -> Response {
        let status: HTTPResponse.Status =
            switch error.code {
            case .notFound: .notFound
            case .forbidden: .forbidden
            case .unavailable: .serviceUnavailable
            default: .badRequest
            }
        return app.html(
            Layout.page(
                title: "\(status.code)", texts: t, session: session,
                body: "<p class=\"error\" role=\"alert\">\(HTML.escape(t.message(error)))</p>"),
            status: status)
    }
}
