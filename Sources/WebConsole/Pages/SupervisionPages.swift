import LeadMessages
import Supervision

/// 挂图作战: the active leads by light, worst first, with the filters a supervisor works by.
enum BoardPage {
    /// - Parameter names: identities as the console knows people (wangmin → 王敏).
    static func render(
        _ board: SupervisionBoard, filters: [String: String], names: [String: String], texts t: Texts,
        session: WebSession
    ) -> String {
        let name = { (identity: String) in names[identity] ?? identity }
        let counts = LightColor.allCases.reversed().map { (color) -> String in
            "<span><span class=\"light light-\(color.rawValue)\">\(color.label(t.language))</span> \(board.counts[color.rawValue] ?? 0)</span>"
        }.joined()
        let lights = LightColor.allCases.reversed().map { (color) -> String in
            "<option value=\"\(color.rawValue)\"\(filters["light"] == color.rawValue ? " selected" : "")>\(color.label(t.language))</option>"
        }.joined()
        let form = """
            <form method="get" action="/board" class="filters" id="board-filters">
            <div><label for="light">\(t[.light])</label><select id="light" name="light"><option value="">\(t[.all])</option>\(lights)</select></div>
            <div><label for="unit">\(t[.unit])</label><input id="unit" name="unit" value="\(HTML.escape(filters["unit"] ?? ""))"></div>
            <div><label for="officer">\(t[.officer])</label><input id="officer" name="officer" value="\(HTML.escape(filters["officer"] ?? ""))"></div>
            <div><label><input type="checkbox" name="due" value="1"\(filters["due"] == "1" ? " checked" : "") style="width:auto"> \(t[.dueOnly])</label></div>
            <div><button class="primary" type="submit" id="filter">\(t[.filter])</button></div></form>
            """
        let rows = board.rows.map { (row) -> String in
            let reasons = row.light.reasons.map(Notices.describe).joined(separator: "；")
            return """
                <tr data-lead="\(row.leadId)"><td data-label="\(t[.light])"><span class="light light-\(row.light.color.rawValue)">\(row.light.color.label(t.language))</span></td>\
                <td data-label="ID"><a href="/leads/\(row.leadId)">\(row.leadId)</a></td><td data-label="\(t[.company])">\(HTML.escape(row.companyName))</td>\
                <td data-label="\(t[.project])">\(HTML.escape(row.projectName))</td><td data-label="\(t[.unit])">\(HTML.escape(row.responsibility?.unit ?? ""))</td>\
                <td data-label="\(t[.officer])">\(HTML.escape(row.officer ?? row.owner.map(name) ?? ""))</td><td data-label="\(t[.lastActivity])">\(row.lastActivityOn)</td>\
                <td data-label="\(t[.nextFollowUp])">\(row.nextFollowUpOn.map(\.description) ?? "")</td><td data-label="\(t[.reasonsLabel])" style="white-space:normal">\(HTML.escape(reasons))</td>\
                <td><a href="/orders?lead=\(row.leadId)">\(t[.orders])</a></td></tr>
                """
        }.joined(separator: "\n")
        let table =
            board.rows.isEmpty
            ? "<p id=\"board-empty\">\(t[.noRows])</p>"
            : """
            <div class="scroll"><table id="board" class="cards"><thead><tr><th>\(t[.light])</th><th>ID</th><th>\(t[.company])</th>\
            <th>\(t[.project])</th><th>\(t[.unit])</th><th>\(t[.officer])</th><th>\(t[.lastActivity])</th>\
            <th>\(t[.nextFollowUp])</th><th>\(t[.reasonsLabel])</th><th></th></tr></thead><tbody>\(rows)</tbody></table></div>
            """
        let offset = Int(filters["offset"] ?? "") ?? 0
        let shown = offset + board.rows.count
        var query = filters.filter { $0.key != "offset" && !$0.value.isEmpty }.sorted { $0.key < $1.key }
            .map { "\($0.key)=\(HTML.queryValue($0.value))" }.joined(separator: "&")
        if !query.isEmpty { query += "&" }
        let pager =
            "<p class=\"pager\">"
            + (offset > 0 ? "<a href=\"/board?\(query)offset=\(max(0, offset - 50))\">\(t[.previous])</a>" : "")
            + (shown < board.total
                ? "<a href=\"/board?\(query)offset=\(shown)\" id=\"board-next\">\(t[.next])</a>" : "")
            + " \(offset + (board.rows.isEmpty ? 0 : 1))–\(shown) / \(board.total)</p>"
        return Layout.page(
            title: t[.board], texts: t, session: session,
            body:
                "<p class=\"counts\" id=\"board-counts\">\(t[.asOf]) \(board.asOf)：\(counts)</p>\(form)\(table)\(pager)"
        )
    }
}

/// 督办: the orders (a lead's, mine, the overdue ones), the form a supervisor issues one with,
/// and the addressee's buttons to sign for and answer theirs.
enum OrdersPage {
    static func render(
        _ page: OrderPage, lead: String?, filters: [String: String], names: [String: String], texts t: Texts,
        session: WebSession, notice: String? = nil, error: ErrorBody? = nil, values: FormData? = nil
    ) -> String {
        let supervisor = session.account.role == "supervisor"
        let rows = page.orders.map { (order) -> String in
            let to = [order.unit, order.person.map { names[$0] ?? $0 }].compactMap { $0 }.joined(separator: "、")
            var actions = ""
            if order.state == .issued {
                actions += """
                    <form method="post" action="/orders/\(order.orderId)/acknowledge" class="inline">\
                    <input type="hidden" name="_csrf" value="\(session.csrf)">\
                    <button type="submit" id="acknowledge-\(order.orderId)">\(t[.acknowledge])</button></form>
                    """
            }
            if order.state != .answered {
                actions += """
                    <form method="post" action="/orders/\(order.orderId)/answer" class="inline">\
                    <input type="hidden" name="_csrf" value="\(session.csrf)">\
                    <input name="answer" id="answer-\(order.orderId)" placeholder="\(t[.answerText])" required style="max-width:14em">\
                    <button type="submit" id="submit-answer-\(order.orderId)">\(t[.answer])</button></form>
                    """
            }
            return """
                <tr data-order="\(order.orderId)"><td>\(order.orderId)</td><td><a href="/leads/\(order.leadId)">\(order.leadId)</a> \(HTML.escape(order.companyName))</td>\
                <td>\(HTML.escape(to))</td><td style="white-space:normal">\(HTML.escape(order.request))</td><td>\(order.deadline)</td>\
                <td class="state">\(order.state.label(t.language))</td><td>\(order.level.label(t.language))</td>\
                <td style="white-space:normal">\(HTML.escape(order.answer ?? ""))</td><td>\(actions)</td></tr>
                """
        }.joined(separator: "\n")
        let table =
            page.orders.isEmpty
            ? "<p id=\"orders-empty\">\(t[.noRows])</p>"
            : """
            <div class="scroll"><table id="orders"><thead><tr><th>No.</th><th>\(t[.orderLead])</th><th>\(t[.orderUnit])</th>\
            <th>\(t[.orderRequest])</th><th>\(t[.deadline])</th><th>\(t[.orderState])</th><th>\(t[.level])</th>\
            <th>\(t[.answerText])</th><th></th></tr></thead><tbody>\(rows)</tbody></table></div>
            """
        let filterForm = """
            <form method="get" action="/orders" class="filters" id="order-filters">
            <div><label><input type="checkbox" name="mine" value="1"\(filters["mine"] == "1" ? " checked" : "") style="width:auto"> \(t[.mineOnly])</label></div>
            <div><label><input type="checkbox" name="overdue" value="1"\(filters["overdue"] == "1" ? " checked" : "") style="width:auto"> \(t[.overdueOnly])</label></div>
            <div><button class="primary" type="submit">\(t[.filter])</button></div></form>
            """
        let errorLine =
            error.map { "<p class=\"error\" role=\"alert\" id=\"order-error\">\(HTML.escape(t.message($0)))</p>" } ?? ""
        let value = { (key: String) in HTML.escape(values?.text(key) ?? "") }
        let issue =
            supervisor
            ? """
            <section id="issue-order"><h2>\(t[.issueOrder])</h2>\(errorLine)
            <form method="post" action="/orders" id="order-form">
            <input type="hidden" name="_csrf" value="\(session.csrf)">
            <input type="hidden" name="requestId" value="web-\(PasswordHash.token().prefix(24))">
            <label for="leadId">\(t[.orderLead])</label><input id="leadId" name="leadId" required value="\(HTML.escape(values?.text("leadId") ?? lead ?? ""))">
            <label for="orderUnit">\(t[.orderUnit])</label><input id="orderUnit" name="unit" value="\(value("unit"))">
            <label for="person">\(t[.person])</label><input id="person" name="person" value="\(value("person"))">
            <label for="request">\(t[.orderRequest])</label><textarea id="request" name="request" required>\(value("request"))</textarea>
            <label for="deadline">\(t[.deadline])</label><input id="deadline" name="deadline" type="date" required value="\(value("deadline"))">
            <button class="primary" type="submit" id="issue">\(t[.issueOrder])</button></form></section>
            """ : errorLine
        return Layout.page(
            title: t[.orders] + (lead.map { " · \($0)" } ?? ""), texts: t, session: session,
            body: "\(filterForm)\(table)\(issue)", notice: notice)
    }
}

/// 通知: the person's notifications, newest first, unread in bold; mark all read.
enum InboxPageView {
    static func render(_ page: InboxPage, texts t: Texts, session: WebSession, notice: String? = nil) -> String {
        let rows = page.items.map { (item) -> String in
            let note = item.notification
            let link = note.orderId == nil ? "/leads/\(note.leadId)" : "/orders?lead=\(note.leadId)"
            return """
                <tr class="\(item.readAt == nil ? "unread" : "read")" data-notification="\(HTML.escape(note.notificationId))">\
                <td>\(note.createdAt.businessDate)</td><td>\(note.kind.label(t.language))</td>\
                <td><a href="\(link)">\(HTML.escape(note.title))</a></td><td style="white-space:normal">\(HTML.escape(note.text))</td></tr>
                """
        }.joined(separator: "\n")
        let table =
            page.items.isEmpty
            ? "<p id=\"inbox-empty\">\(t[.noRows])</p>"
            : "<div class=\"scroll\"><table id=\"inbox\"><tbody>\(rows)</tbody></table></div>"
        let markAll = """
            <form method="post" action="/inbox/read" class="inline"><input type="hidden" name="_csrf" value="\(session.csrf)">\
            <button type="submit" id="mark-all-read">\(t[.markAllRead])</button></form>
            """
        return Layout.page(
            title: t[.inbox], texts: t, session: session,
            body:
                "<p id=\"inbox-unread\">\(t[.unread]) \(page.unread) / \(page.total)</p>\(page.unread > 0 ? markAll : "")\(table)",
            notice: notice)
    }
}
