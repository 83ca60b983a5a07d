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
                let stage = request.uri.queryParameters["stage"].flatMap { Stage(rawValue: String($0)) }
                let after = request.uri.queryParameters["after"].map(String.init)
                let query = ListLeads(stage: stage?.rawValue, after: after, limit: 50)
                switch await app.gateway.request(
                    .intake, .leadList, query, expecting: LeadPage.self, as: session.account)
                {
                case .success(let page):
                    return app.html(PipelinePage.render(page: page, stage: stage, texts: t, session: session))
                case .failure(let error): return errorPage(error, t, session)
                }
            }
        }
        for format in ["xlsx", "csv"] {
            router.get("/leads/export.\(format)") { request, context in
                try await app.withSession(request, context) { session, t, _ in
                    var leads: [Lead] = []
                    var after: String?
                    repeat {
                        let query = ListLeads(after: after, limit: 500)
                        switch await app.gateway.request(
                            .intake, .leadList, query, expecting: LeadPage.self, as: session.account)
                        {
                        case .success(let page):
                            leads += page.leads
                            after = page.next
                        case .failure(let error): return errorPage(error, t, session)
                        }
                    } while after != nil
                    return app.download(
                        try LedgerExport.file(leads, format: format), name: "leadtracker-pipeline.\(format)",
                        type: Self.contentType(format))
                }
            }
        }
        router.get("/leads/new") { request, context in
            try await app.withSession(request, context) { session, t, _ in
                app.html(
                    LeadFormPage.render(texts: t, session: session, requestId: "web-" + PasswordHash.token().prefix(24))
                )
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
                try await leadPage(
                    context.parameters.require("id"), session, t,
                    notice: request.uri.queryParameters["saved"] != nil ? t[.leadSaved] : nil)
            }
        }
        router.post("/leads/:id/advance") { request, context in
            try await app.withSession(request, context, form: true) { session, t, form in
                let id = try context.parameters.require("id")
                let command = AdvanceLead(leadId: id, stage: form.text("stage") ?? "")
                return try await act(.leadAdvance, command, id, session, t)
            }
        }
        router.post("/leads/:id/sign") { request, context in
            try await app.withSession(request, context, form: true) { session, t, form in
                let id = try context.parameters.require("id")
                // A date from the form is that day in Beijing, from its first minute (so today is never "in the future").
                let date = form.text("signedAt") ?? ""
                let instant = date.count == 10 ? date + "T00:00:00+08:00" : date
                let command = SignLead(leadId: id, amount: form.text("amount") ?? "", signedAt: instant)
                return try await act(.leadSign, command, id, session, t)
            }
        }
    }

    static func contentType(_ format: String) -> String {
        switch format {
        case "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case "csv": "text/csv; charset=utf-8"
        default: "text/html; charset=utf-8"
        }
    }

    private func act<Body: Codable & Sendable>(
        _ type: MessageType, _ body: Body, _ id: String, _ session: WebSession, _ t: Texts
    ) async throws -> Response {
        switch await app.gateway.request(.intake, type, body, expecting: Lead.self, as: session.account) {
        case .success: return .redirect(to: "/leads/\(id)", type: .normal)
        case .failure(let error): return try await leadPage(id, session, t, error: error)
        }
    }

    private func leadPage(
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
        let page = LeadDetailPage.render(
            lead: lead, recommendation: recommendation, texts: t, session: session, notice: notice, error: error)
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
                body: "<p class=\"error\" role=\"alert\">\(HTML.escape(error.message))</p>"),
            status: status)
    }
}
