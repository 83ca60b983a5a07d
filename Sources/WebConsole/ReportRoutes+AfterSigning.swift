import Foundation
import Hummingbird
import LeadMessages
import Ledger
import Reporting

/// 三个一批 and 年考核 (issue 16): each a page with downloads that read like it (supervisors; the
/// reporter enforces it).
extension ReportRoutes {
    func addAfterSigning(to router: Router<BasicRequestContext>) {
        add(router, "rounds", parameter: "quarter", sheet: "三个一批") { text, session in
            await app.gateway.request(
                .reporter, .reportRounds, RoundsQuery(quarter: text), expecting: RoundsReport.self, as: session.account
            ).map { report in
                { (format: ReportFormat, language: Language) in
                    ReportRenderer.render(report, as: format, language: language)
                }
            }
        }
        add(router, "assessment", parameter: "year", sheet: "年考核") { text, session in
            guard let text else {
                return await assessment(nil, session)
            }
            guard let year = Int(text) else {
                return .failure(
                    ErrorBody(.invalidField, field: "year", "'\(text)' is not a year like 2023 / 年度格式应为 2023"))
            }
            return await assessment(year, session)
        }
    }

    private func assessment(_ year: Int?, _ session: WebSession) async -> Result<
        (ReportFormat, Language) -> String, ErrorBody
    > {
        await app.gateway.request(
            .reporter, .reportAssessment, AssessmentQuery(year: year), expecting: AssessmentReport.self,
            as: session.account
        ).map { report in
            { (format: ReportFormat, language: Language) in
                ReportRenderer.render(report, as: format, language: language)
            }
        }
    }

    /// `/reports/NAME?PARAMETER=…` and its downloads `/reports/NAME.csv|html|xlsx`.
    private func add(
        _ router: Router<BasicRequestContext>, _ name: String, parameter: String, sheet: String,
        fetch: @escaping @Sendable (String?, WebSession) async -> Result<(ReportFormat, Language) -> String, ErrorBody>
    ) {
        router.get("/reports/\(name)") { request, context in
            try await app.withSession(request, context) { session, t, _ in
                let value = request.uri.queryParameters[Substring(parameter)].map(String.init)
                switch await fetch(value.flatMap { $0.isEmpty ? nil : $0 }, session) {
                case .success(let render):
                    return app.html(
                        AfterSigningReportPage.render(
                            name: name, parameter: parameter, value: value ?? "", document: render(.html, t.language),
                            texts: t, session: session))
                case .failure(let error): return LeadRoutes(app: app).errorPage(error, t, session)
                }
            }
        }
        for format in ["csv", "html", "xlsx"] {
            router.get("/reports/\(name).\(format)") { request, context in
                try await app.withSession(request, context) { session, t, _ in
                    let value = request.uri.queryParameters[Substring(parameter)].map(String.init)
                    switch await fetch(value.flatMap { $0.isEmpty ? nil : $0 }, session) {
                    case .success(let render):
                        let data: Data
                        switch format {
                        case "xlsx":
                            data = try LedgerExport.workbook(fromCSV: render(.csv, t.language), sheetName: sheet)
                        case "csv": data = Data(render(.csv, t.language).utf8)
                        default: data = Data(render(.html, t.language).utf8)
                        }
                        return app.download(
                            data, name: "leadtracker-\(name)-\(value ?? "current").\(format)",
                            type: LeadRoutes.contentType(format))
                    case .failure(let error): return LeadRoutes(app: app).errorPage(error, t, session)
                    }
                }
            }
        }
    }
}
