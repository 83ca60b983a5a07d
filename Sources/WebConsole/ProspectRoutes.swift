import Hummingbird
import LeadMessages

/// 招商图谱: the prospect map, as the matcher ranks it.
struct ProspectRoutes: Sendable {
    let app: WebConsoleApp

    func add(to router: Router<BasicRequestContext>) {
        router.get("/prospects") { request, context in
            try await app.withSession(request, context) { session, t, _ in
                func field(_ name: String) -> String? {
                    request.uri.queryParameters[Substring(name)].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
                }
                let page = max(1, field("page").flatMap { Int($0) } ?? 1)
                let query = ProspectQuery(
                    industry: field("industry"), region: field("region"), enterpriseClass: field("class"),
                    limit: ProspectsPage.pageSize, offset: (page - 1) * ProspectsPage.pageSize)
                let result = await app.gateway.request(
                    .matcher, .prospectsQuery, query, expecting: ProspectList.self, as: session.account)
                return app.html(
                    ProspectsPage.render(
                        list: try? result.get(), query: query, page: page, error: result.failureValue, texts: t,
                        session: session))
            }
        }
    }
}

extension Result {
    var failureValue: Failure? { if case .failure(let error) = self { error } else { nil } }
}
