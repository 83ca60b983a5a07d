import Foundation
import Hummingbird
import LeadMessages
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

/// 签约报告: the period report and its downloads (supervisors; the reporter enforces it).
struct ReportRoutes: Sendable {
    let app: WebConsoleApp

    func add(to router: Router<BasicRequestContext>) {
        router.get("/reports/weekly") { request, context in
            try await app.withSession(request, context) { session, t, _ in
                let period = request.uri.queryParameters["period"].map(String.init) ?? ""
                switch await report(period, session) {
                case .success(let report):
                    return app.html(
                        ReportPage.render(report: report, period: report.period, texts: t, session: session))
                case .failure(let error): return LeadRoutes(app: app).errorPage(error, t, session)
                }
            }
        }
        for format in [ReportFormat.csv, .html] {
            router.get("/reports/download.\(format.rawValue)") { request, context in
                try await app.withSession(request, context) { session, t, _ in
                    let period = request.uri.queryParameters["period"].map(String.init) ?? ""
                    switch await report(period, session) {
                    case .success(let report):
                        let type = format == .csv ? "text/csv; charset=utf-8" : "text/html; charset=utf-8"
                        return Response(
                            status: .ok,
                            headers: [
                                .contentType: type,
                                .contentDisposition:
                                    "attachment; filename=\"leadtracker-\(report.period).\(format.rawValue)\"",
                            ],
                            body: .init(
                                byteBuffer: ByteBuffer(
                                    string: ReportRenderer.render(report, as: format, language: t.language))))
                    case .failure(let error): return LeadRoutes(app: app).errorPage(error, t, session)
                    }
                }
            }
        }
    }

    private func report(_ period: String, _ session: WebSession) async -> Result<PeriodReport, ErrorBody> {
        await app.gateway.request(
            .reporter, .reportPeriod, PeriodReportQuery(period: period.isEmpty ? nil : period),
            expecting: PeriodReport.self,
            as: session.account)
    }
}
