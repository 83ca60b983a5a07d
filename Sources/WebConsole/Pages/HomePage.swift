import LeadMessages
import Supervision

/// 首页: what a person works through first. An officer: their leads by light, the follow-ups due,
/// the 督办 addressed to them, their unread notifications. A supervisor: the bureau's week against
/// the year's target and the week's supervision line, the lights, the latest 督办.
enum HomePage {
    struct Parts {
        var board: SupervisionBoard?
        var due: SupervisionBoard?
        var orders: OrderPage?
        var inbox: InboxPage?
        var report: PeriodReport?
        var line: SupervisionLine?
    }

    static func render(_ parts: Parts, names: [String: String], texts t: Texts, session: WebSession) -> String {
        let supervisor = session.account.role == "supervisor"
        var sections: [String] = []
        if supervisor, let report = parts.report { sections.append(week(report, parts.line, t)) }
        if let board = parts.board {
            let counts = LightColor.allCases.reversed().map { (color) -> String in
                "<a href=\"/board?light=\(color.rawValue)\"><span class=\"light light-\(color.rawValue)\">\(color.label(t.language))</span> \(board.counts[color.rawValue] ?? 0)</a>"
            }.joined(separator: " ")
            let worst = board.rows.filter { $0.light.color != .green }.prefix(10)
            sections.append(
                """
                <section id="home-lights"><h2>\(supervisor ? t[.board] : t[.myLeads])</h2><p class="counts">\(counts)</p>\
                \(leadTable(Array(worst), names: names, t, id: "home-worst"))</section>
                """)
        }
        if let due = parts.due {
            sections.append(
                "<section id=\"home-due\"><h2>\(t[.dueOnly])</h2>\(leadTable(due.rows, names: names, t, id: "home-due-rows"))</section>"
            )
        }
        if let orders = parts.orders {
            let open = orders.orders.filter { $0.state != .answered }
            let list =
                open.isEmpty
                ? "<p>\(t[.noRows])</p>"
                : "<ul id=\"home-orders\">"
                    + open.prefix(10).map { (order) -> String in
                        "<li><a href=\"/orders?lead=\(order.leadId)\">\(order.orderId)</a> \(HTML.escape(order.companyName))："
                            + "\(HTML.escape(order.request))（\(t[.deadline]) \(order.deadline)，\(order.state.label(t.language))，\(order.level.label(t.language))）</li>"
                    }.joined() + "</ul>"
            sections.append("<section id=\"home-open-orders\"><h2>\(t[.orders])</h2>\(list)</section>")
        }
        if let inbox = parts.inbox {
            let latest = inbox.items.prefix(5).map { (item) -> String in
                "<li\(item.readAt == nil ? " class=\"unread\"" : "")>\(item.notification.createdAt.businessDate) \(HTML.escape(item.notification.title))</li>"
            }.joined()
            sections.append(
                """
                <section id="home-inbox"><h2><a href="/inbox">\(t[.inbox])</a></h2>\
                <p>\(t[.unread]) \(inbox.unread)</p><ul>\(latest)</ul></section>
                """)
        }
        return Layout.page(title: t[.home], texts: t, session: session, body: sections.joined(separator: "\n"))
    }

    /// The bureau's week: signed this week and this year against the target, and the supervision line.
    private static func week(_ report: PeriodReport, _ line: SupervisionLine?, _ t: Texts) -> String {
        let target =
            report.targetProjects.map { projects in
                "，\(t[.targetProgress]) \(projects) 个 / \(report.targetAmountYuan?.displayString ?? "—")"
            }
            ?? "（\(report.year) 年目标未配置：在配置文件 targets 中设置，如 \"targets\": {\"\(report.year)\": {\"projects\": 29, \"amount\": \"371亿\"}}）"
        return """
            <section id="home-week"><h2><a href="/reports/weekly?period=\(report.period)">\(t[.weekly]) \(report.period)</a></h2>\
            <p>\(t[.signedProjects]) \(report.signedProjects) 个，\(report.signedAmountYuan.displayString)；\
            \(report.year) 年累计 \(report.ytdProjects) 个，\(report.ytdAmountYuan.displayString)\(target)</p>\
            \(line.map { "<p id=\"home-supervision-line\">\(HTML.escape($0.chineseText))</p>" } ?? "")</section>
            """
    }

    private static func leadTable(_ rows: [BoardRow], names: [String: String], _ t: Texts, id: String) -> String {
        guard !rows.isEmpty else { return "<p>\(t[.noRows])</p>" }
        let body = rows.map { (row) -> String in
            let reason = row.light.reasons.first.map(Notices.describe) ?? ""
            return """
                <tr data-lead="\(row.leadId)"><td><span class="light light-\(row.light.color.rawValue)">\(row.light.color.label(t.language))</span></td>\
                <td><a href="/leads/\(row.leadId)">\(row.leadId)</a></td><td>\(HTML.escape(row.companyName))</td>\
                <td>\(HTML.escape(row.owner.map { names[$0] ?? $0 } ?? ""))</td>\
                <td>\(row.nextFollowUpOn.map(\.description) ?? "")</td><td style="white-space:normal">\(HTML.escape(reason))</td></tr>
                """
        }.joined()
        return "<div class=\"scroll\"><table id=\"\(id)\"><tbody>\(body)</tbody></table></div>"
    }
}
