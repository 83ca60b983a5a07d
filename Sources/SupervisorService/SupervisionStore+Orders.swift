import AccessPolicy
import LeadMessages
import ServiceKit
import Storage
import Supervision

/// 督办 orders: what `OrderDecisions` decides, written with the request id and the audit entry in
/// one transaction.
extension SupervisionStore {
    static let requests = RequestLog(table: "order_request", resultColumn: "orderId")

    public func issue(_ command: IssueOrder, by actor: Caller, units: Units, now: Timestamp) -> Result<
        SupervisionOrder, ErrorBody
    > {
        guard let leadId = LeadID.canonical(command.leadId) else {
            return .failure(
                ErrorBody(
                    .invalidField, field: "leadId", "'\(command.leadId)' is not a lead id like L-000042 / 线索编号格式不正确"))
        }
        if let error = Self.checkRequestId(command.requestId) { return .failure(error) }
        ordersVersion += 1
        return .handling {
            try database.write { db in
                let request = RequestLog.Entry(
                    command.requestId, body: command, identity: Self.requester(actor, .supervisionOrder))
                if let earlier = try Self.requests.earlier(request, db) { return try Self.order(db, earlier) }
                guard let lead = try Self.lead(db, leadId) else {
                    throw ErrorBody(.notFound, field: "leadId", "no lead \(leadId) / 找不到线索 \(leadId)")
                }
                // Checked before a number is taken; the number then names it.
                var order = try OrderDecisions.issue(command, on: lead, number: 0, by: actor, units: units, now: now)
                    .get()
                guard
                    let number = try db.int64(
                        """
                        INSERT INTO supervision_order (orderId, leadId, state, deadline, record)
                        VALUES (?, ?, ?, ?, '') RETURNING number
                        """, "pending-\(MessageID.make())", leadId, order.state.rawValue, order.deadline.description)
                else { throw ErrorBody(.internalError, "the new order got no number") }
                order.orderId = OrderDecisions.orderId(number)
                try db.execute(
                    "UPDATE supervision_order SET orderId = ?, record = ? WHERE number = ?", order.orderId,
                    try StoredJSON.string(order), number)
                try Self.audit(
                    db, actor, .supervisionOrder, order,
                    "to \(Self.addressee(order)) by \(order.deadline): \(order.request)", now)
                try Self.requests.remember(request, result: order.orderId, db)
                if let notice = Notices.orderIssued(order, units: units, at: now) {
                    try Self.notify(notice, settings: notifications, db)
                }
                return order
            }
        }
    }

    public func acknowledge(_ action: OrderAction, by actor: Caller, units: Units, now: Timestamp) -> Result<
        SupervisionOrder, ErrorBody
    > {
        change(action, .supervisionAcknowledge, by: actor, now: now) { order in
            try OrderDecisions.acknowledge(order, by: actor, units: units, now: now).get().map { ($0, "acknowledged") }
        }
    }

    public func answer(_ action: OrderAction, by actor: Caller, units: Units, now: Timestamp) -> Result<
        SupervisionOrder, ErrorBody
    > {
        change(action, .supervisionAnswer, by: actor, now: now) { order in
            let answered = try OrderDecisions.answer(order, action.answer, by: actor, units: units, now: now).get()
            return (answered, "answered: \(answered.answer ?? "")")
        }
    }

    /// Raises the level of every unanswered order past its deadline as of `today`; each step is audited.
    @discardableResult
    public func escalateOverdue(today: CivilDate, rules: SupervisionRules.Orders, units: Units, now: Timestamp) throws
        -> [SupervisionOrder]
    {
        ordersVersion += 1
        return try database.write { db in
            let open = try db.query(
                "SELECT record FROM supervision_order WHERE state <> 'answered' AND deadline < ? ORDER BY number",
                today.description
            ).map { try StoredJSON.decode(SupervisionOrder.self, from: try $0.string("record")) }
            var raised: [SupervisionOrder] = []
            for order in open {
                guard let escalated = OrderDecisions.escalated(order, rules: rules, today: today) else { continue }
                try Self.save(db, escalated)
                let system = Caller(identity: "lead-supervisor", role: .service)
                let steps = (escalated.escalations ?? []).dropFirst(order.escalations?.count ?? 0)
                for step in steps {
                    try Self.audit(
                        db, system, .supervisionOrder, escalated, "escalated to \(step.level.rawValue) on \(step.on)",
                        now)
                }
                if let notice = Notices.orderOverdue(escalated, units: units, at: now) {
                    try Self.notify(notice, settings: notifications, db)
                }
                raised.append(escalated)
            }
            return raised
        }
    }

    /// Orders newest first, as `caller` may see them: officers those addressed to them and those on
    /// their own leads.
    public func orders(_ query: OrderQuery, for caller: Caller, units: Units, today: CivilDate) -> Result<
        OrderPage, ErrorBody
    > {
        .handling {
            let state = try query.state.map { text in
                guard let state = OrderState(lenient: text) else {
                    throw ErrorBody(
                        .invalidField, field: "state", "unknown state '\(text)'; use issued, acknowledged or answered")
                }
                return state
            }
            let leadId = try query.leadId.map { text in
                guard let id = LeadID.canonical(text) else {
                    throw ErrorBody(.invalidField, field: "leadId", "'\(text)' is not a lead id like L-000042")
                }
                return id
            }
            let (limit, offset) = try Self.page(limit: query.limit, offset: query.offset)
            return try database.read { db in
                var conditions: [String] = []
                var arguments: [SQLValue] = []
                if let leadId {
                    conditions.append("leadId = ?")
                    arguments.append(.text(leadId))
                }
                if let state {
                    conditions.append("state = ?")
                    arguments.append(.text(state.rawValue))
                }
                let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
                var orders = try db.query(
                    "SELECT record FROM supervision_order \(filter) ORDER BY number DESC", arguments
                ).map { try StoredJSON.decode(SupervisionOrder.self, from: try $0.string("record")) }
                if query.overdue == true { orders = orders.filter { $0.state != .answered && $0.deadline < today } }
                if query.mine == true || caller.role == .officer {
                    var owned: [String: Bool] = [:]
                    orders = try orders.filter { order in
                        let addressed = units.isAddressee(caller.identity, of: order)
                        if query.mine == true { return addressed }
                        if addressed { return true }
                        if let known = owned[order.leadId] { return known }
                        let mine = try Self.lead(db, order.leadId)?.owner == caller.identity
                        owned[order.leadId] = mine
                        return mine
                    }
                }
                return OrderPage(
                    asOf: today, total: orders.count, orders: Array(orders.dropFirst(offset).prefix(limit)))
            }
        }
    }

    private func change(
        _ action: OrderAction, _ type: MessageType, by actor: Caller, now: Timestamp,
        _ decide: @escaping (SupervisionOrder) throws -> (SupervisionOrder, String)?
    ) -> Result<SupervisionOrder, ErrorBody> {
        if let error = Self.checkRequestId(action.requestId) { return .failure(error) }
        ordersVersion += 1
        let result: Result<SupervisionOrder, ErrorBody> = .handling {
            try database.write { db in
                let request = RequestLog.Entry(
                    action.requestId, body: action, identity: Self.requester(actor, type))
                if let earlier = try Self.requests.earlier(request, db) { return try Self.order(db, earlier) }
                let order = try Self.order(db, action.orderId.trimmingWhitespace.uppercased())
                var result = order
                if let (changed, detail) = try decide(order) {
                    try Self.save(db, changed)
                    try Self.audit(db, actor, type, changed, detail, now)
                    result = changed
                }
                try Self.requests.remember(request, result: result.orderId, db)
                return result
            }
        }
        // A refusal rolled its transaction back: it is audited on its own.
        if case .failure(let error) = result, error.code == .forbidden {
            try? database.write { db in
                try AuditLog.append(
                    AuditEntry(
                        at: now, service: "lead-supervisor", identity: actor.identity, role: actor.role.rawValue,
                        action: type.rawValue, leadId: nil, outcome: "denied",
                        detail: "\(action.orderId): \(error.message)",
                        via: actor.via), db)
            }
        }
        return result
    }

    /// Who a request id is bound to: the caller and the message type, so an acknowledgement and an
    /// answer with the same body and id are still two requests.
    private static func requester(_ actor: Caller, _ type: MessageType) -> String {
        "\(actor.identity)\n\(type.rawValue)"
    }

    static func order(_ db: any SQLConnection, _ orderId: String) throws -> SupervisionOrder {
        guard let record = try db.string("SELECT record FROM supervision_order WHERE orderId = ?", orderId) else {
            throw ErrorBody(.notFound, field: "orderId", "no order \(orderId) / 找不到督办单 \(orderId)")
        }
        return try StoredJSON.decode(SupervisionOrder.self, from: record)
    }

    private static func save(_ db: any SQLConnection, _ order: SupervisionOrder) throws {
        try db.execute(
            "UPDATE supervision_order SET state = ?, record = ? WHERE orderId = ?", order.state.rawValue,
            try StoredJSON.string(order), order.orderId)
    }

    private static func audit(
        _ db: any SQLConnection, _ actor: Caller, _ type: MessageType, _ order: SupervisionOrder, _ detail: String,
        _ now: Timestamp
    ) throws {
        try AuditLog.append(
            AuditEntry(
                at: now, service: "lead-supervisor", identity: actor.identity, role: actor.role.rawValue,
                action: type.rawValue, leadId: order.leadId, outcome: "ok", detail: "\(order.orderId) \(detail)",
                via: actor.via), db)
    }

    private static func addressee(_ order: SupervisionOrder) -> String {
        [order.unit, order.person].compactMap { $0 }.joined(separator: ", ")
    }

    /// A page of a list (orders, the inbox): 1–500 rows, default 50, from 0 to 1,000,000 skipped.
    static func page(limit: Int?, offset: Int?) throws -> (limit: Int, offset: Int) {
        let (limit, offset) = (limit ?? 50, offset ?? 0)
        guard (1...500).contains(limit) else {
            throw ErrorBody(.invalidField, field: "limit", "limit must be 1 to 500 / 每页1至500条")
        }
        guard (0...1_000_000).contains(offset) else {
            throw ErrorBody(.invalidField, field: "offset", "offset must be 0 to 1000000")
        }
        return (limit, offset)
    }

    private static func checkRequestId(_ requestId: String?) -> ErrorBody? {
        guard let requestId else { return nil }
        guard !requestId.isEmpty, requestId.unicodeScalars.count <= 200 else {
            return ErrorBody(.invalidField, field: "requestId", "requestId must be 1–200 characters / 请求编号长度应为1至200个字符")
        }
        return nil
    }
}
