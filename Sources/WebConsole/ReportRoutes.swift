import Foundation
import Hummingbird
import LeadMessages
import Ledger
import Reporting

/// 签约报告: the period report and its downloads (supervisors; the reporter enforces it).
struct ReportRoutes: Sendable {
    let app: WebConsoleApp

    func add(to router: Router<BasicRequestContext>) {
        addAfterSigning(to: router)
        router.get("/reports/weekly") { request, context in
            try await app.withSession(request, context) { session, t, _ in
                let period = request.uri.queryParameters["period"].map(String.init) ?? ""
                switch await report(period, session) {
                case .success(let report):
                    let line =
                        ISOWeek(report.period) == nil
                        ? nil
                        : try? await app.gateway.request(
                            .supervisor, .supervisionWeekly, WeeklySupervisionQuery(week: report.period),
                            expecting: SupervisionLine.self, as: session.account
                        ).get()
                    return app.html(
                        ReportPage.render(
                            report: report, period: report.period, supervision: line, texts: t, session: session))
                case .failure(let error): return LeadRoutes(app: app).errorPage(error, t, session)
                }
            }
        }
        for format in ["csv", "html", "xlsx"] {
            router.get("/reports/download.\(format)") { request, context in
                try await app.withSession(request, context) { session, t, _ in
                    let period = request.uri.queryParameters["period"].map(String.init) ?? ""
                    switch await report(period, session) {
                    case .success(let report):
                        let data: Data
                        switch format {
                        // The downloads read like the page (ReportSheet), not like leadctl's machine CSV.
                        case "xlsx":
                            let rows = ReportSheet.rows(report, language: t.language)
                            data = try XLSXWriter.workbook(
                                sheetName: report.period, header: rows.first ?? [],
                                rows: rows.dropFirst().map { $0.map(XLSXWriter.cell) })
                        case "csv": data = Data(ReportSheet.csv(report, language: t.language).utf8)
                        default: data = Data(ReportRenderer.render(report, as: .html, language: t.language).utf8)
                        }
                        return app.download(
                            data, name: "leadtracker-\(report.period).\(format)", type: LeadRoutes.contentType(format))
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
