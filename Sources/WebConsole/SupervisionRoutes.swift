import Hummingbird
import LeadMessages

/// 挂图作战, 督办 and 通知: the board, the orders with their form and answers, the inbox. Each
/// page asks lead-supervisor on behalf of the person signed in (officers see their own).
struct SupervisionRoutes: Sendable {
    let app: WebConsoleApp

    func add(to router: Router<BasicRequestContext>) {
        router.get("/board") { request, context in
            try await app.withSession(request, context) { session, t, _ in
                let filters = Self.filters(request, ["light", "unit", "officer", "due", "offset"])
                let query = BoardQuery(
                    light: filters["light"], unit: filters["unit"], officer: filters["officer"],
                    due: filters["due"] == "1" ? true : nil, offset: filters["offset"].flatMap { Int($0) }, limit: 50)
                switch await app.gateway.request(
                    .supervisor, .supervisionBoard, query, expecting: SupervisionBoard.self, as: session.account)
                {
                case .success(let board):
                    return app.html(
                        BoardPage.render(
                            board, filters: filters, names: (try? app.accounts.displayNames()) ?? [:], texts: t,
                            session: session))
                case .failure(let error): return LeadRoutes(app: app).errorPage(error, t, session)
                }
            }
        }
        router.get("/orders") { request, context in
            try await app.withSession(request, context) { session, t, _ in
                let done: [String: Texts.Key] = [
                    "issued": .orderIssued, "acknowledged": .orderAcknowledged, "answered": .orderAnswered,
                ]
                let notice = request.uri.queryParameters["done"].flatMap { done[String($0)] }.map { t[$0] }
                return await orders(request, session, t, notice: notice)
            }
        }
        router.post("/orders") { request, context in
            try await app.withSession(request, context, form: true) { session, t, form in
                let command = IssueOrder(
                    leadId: form.text("leadId") ?? "", unit: form.text("unit"), person: form.text("person"),
                    request: form.text("request") ?? "", deadline: form.text("deadline") ?? "",
                    requestId: form.text("requestId"))
                switch await app.gateway.request(
                    .supervisor, .supervisionOrder, command, expecting: SupervisionOrder.self, as: session.account)
                {
                case .success(let order):
                    return .redirect(to: "/orders?lead=\(order.leadId)&done=issued", type: .normal)
                case .failure(let error):
                    return await orders(request, session, t, lead: command.leadId, error: error, values: form)
                }
            }
        }
        for (action, type, done) in [
            ("acknowledge", MessageType.supervisionAcknowledge, "acknowledged"),
            ("answer", .supervisionAnswer, "answered"),
        ] {
            router.post("/orders/:id/\(action)") { request, context in
                try await app.withSession(request, context, form: true) { session, t, form in
                    let id = try context.parameters.require("id")
                    let command = OrderAction(orderId: id, answer: form.text("answer"))
                    switch await app.gateway.request(
                        .supervisor, type, command, expecting: SupervisionOrder.self, as: session.account)
                    {
                    case .success: return .redirect(to: "/orders?done=\(done)", type: .normal)
                    case .failure(let error): return await orders(request, session, t, error: error)
                    }
                }
            }
        }
        router.get("/inbox") { request, context in
            try await app.withSession(request, context) { session, t, _ in
                let unread = request.uri.queryParameters["unread"] == "1"
                let notice = request.uri.queryParameters["done"] == "read" ? t[.markedRead] : nil
                return await inbox(.supervisionInbox, InboxQuery(unread: unread ? true : nil), session, t, notice)
            }
        }
        router.post("/inbox/read") { request, context in
            try await app.withSession(request, context, form: true) { session, t, form in
                let ids = form.text("notificationId").map { [$0] }
                switch await app.gateway.request(
                    .supervisor, .supervisionRead, MarkRead(notificationIds: ids, all: ids == nil ? true : nil),
                    expecting: InboxPage.self, as: session.account)
                {
                case .success: return .redirect(to: "/inbox?done=read", type: .normal)
                case .failure(let error): return LeadRoutes(app: app).errorPage(error, t, session)
                }
            }
        }
    }

    private func orders(
        _ request: Request, _ session: WebSession, _ t: Texts, lead: String? = nil, notice: String? = nil,
        error: ErrorBody? = nil, values: FormData? = nil
    ) async -> Response {
        let filters = Self.filters(request, ["mine", "overdue", "lead"])
        let lead = lead ?? filters["lead"]
        let query = OrderQuery(
            leadId: lead?.isEmpty == false ? lead : nil, overdue: filters["overdue"] == "1" ? true : nil,
            mine: filters["mine"] == "1" ? true : nil, limit: 100)
        switch await app.gateway.request(
            .supervisor, .supervisionOrders, query, expecting: OrderPage.self, as: session.account)
        {
        case .success(let page):
            return app.html(
                OrdersPage.render(
                    page, lead: lead, filters: filters, names: (try? app.accounts.displayNames()) ?? [:], texts: t,
                    session: session, notice: notice, error: error, values: values),
                status: error == nil ? .ok : .unprocessableContent)
        case .failure(let failure): return LeadRoutes(app: app).errorPage(error ?? failure, t, session)
        }
    }

    private func inbox<Body: Codable & Sendable>(
        _ type: MessageType, _ body: Body, _ session: WebSession, _ t: Texts, _ notice: String?
    ) async -> Response {
        switch await app.gateway.request(.supervisor, type, body, expecting: InboxPage.self, as: session.account) {
        case .success(let page): return app.html(InboxPageView.render(page, texts: t, session: session, notice: notice))
        case .failure(let error): return LeadRoutes(app: app).errorPage(error, t, session)
        }
    }

    static func filters(_ request: Request, _ keys: [String]) -> [String: String] {
        var values: [String: String] = [:]
        for key in keys {
            if let value = request.uri.queryParameters[Substring(key)].map(String.init)?.trimmingWhitespace,
                !value.isEmpty
            {
                values[key] = value
            }
        }
        return values
    }
}

/// 首页: one request per part, each optional (a service down leaves its part out, not the page).
struct HomeRoutes: Sendable {
    let app: WebConsoleApp

    func add(to router: Router<BasicRequestContext>) {
        router.get("/home") { request, context in
            try await app.withSession(request, context) { session, t, _ in
                let account = session.account
                let gateway = app.gateway
                var parts = HomePage.Parts()
                parts.board =
                    try? await gateway.request(
                        .supervisor, .supervisionBoard, BoardQuery(limit: 50), expecting: SupervisionBoard.self,
                        as: account
                    ).get()
                parts.due =
                    try? await gateway.request(
                        .supervisor, .supervisionBoard, BoardQuery(due: true, limit: 20),
                        expecting: SupervisionBoard.self, as: account
                    ).get()
                let mine = account.role == "supervisor" ? nil : true
                parts.orders =
                    try? await gateway.request(
                        .supervisor, .supervisionOrders, OrderQuery(mine: mine, limit: 20), expecting: OrderPage.self,
                        as: account
                    ).get()
                parts.inbox =
                    try? await gateway.request(
                        .supervisor, .supervisionInbox, InboxQuery(limit: 5), expecting: InboxPage.self, as: account
                    ).get()
                if account.role == "supervisor" {
                    parts.report =
                        try? await gateway.request(
                            .reporter, .reportWeekly, WeeklyReportQuery(week: nil), expecting: PeriodReport.self,
                            as: account
                        ).get()
                    parts.line =
                        try? await gateway.request(
                            .supervisor, .supervisionWeekly, WeeklySupervisionQuery(), expecting: SupervisionLine.self,
                            as: account
                        ).get()
                }
                return app.html(
                    HomePage.render(parts, names: (try? app.accounts.displayNames()) ?? [:], texts: t, session: session)
                )
            }
        }
    }
}
