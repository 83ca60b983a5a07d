import AccessPolicy
import LeadMessages

/// The units 督办 orders may be addressed to, and who answers for each (the configuration's
/// `"units": {"区投资促进局一科": ["wangmin", "lina"]}`).
public struct Units: Sendable, Equatable {
    public var members: [String: Set<String>]

    public init(members: [String: Set<String>] = [:]) { self.members = members }

    public func isAddressee(_ identity: String, of order: SupervisionOrder) -> Bool {
        order.person == identity || order.unit.map { members[$0]?.contains(identity) ?? false } ?? false
    }
}

/// What each 督办 command does to an order. Pure: the caller, the units and the time are arguments.
public enum OrderDecisions {
    public static func orderId(_ number: Int64) -> String {
        let digits = String(number)
        return "D-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    /// A new order on `lead`, numbered `number`, or why it is refused.
    public static func issue(
        _ command: IssueOrder, on lead: SupervisedLead, number: Int64, by actor: Caller, units: Units, now: Timestamp
    ) -> Result<SupervisionOrder, ErrorBody> {
        Result {
            guard actor.role == .supervisor else {
                throw ErrorBody(.forbidden, field: "type", "only a supervisor issues 督办 orders / 仅科室负责人可下达督办")
            }
            let unit = command.unit?.trimmingWhitespace.nilIfEmpty
            let person = command.person?.trimmingWhitespace.nilIfEmpty
            guard unit != nil || person != nil else {
                throw ErrorBody(
                    .missingField, field: "unit", "address the order to a unit or a person / 请填写督办对象（单位或个人）")
            }
            if let unit, units.members[unit] == nil {
                let known = units.members.keys.sorted().joined(separator: "、")
                throw ErrorBody(
                    .invalidField, field: "unit",
                    "unknown unit '\(unit)'; known units: \(known.isEmpty ? "none configured" : known) / 未知责任单位")
            }
            if let person, person.contains(where: \.isWhitespace) || person.unicodeScalars.count > 64 {
                throw ErrorBody(
                    .invalidField, field: "person", "person is an identity of 1–64 characters without spaces")
            }
            let request = command.request.trimmingWhitespace
            guard !request.isEmpty else {
                throw ErrorBody(.missingField, field: "request", "request must not be empty / 督办事项不能为空")
            }
            guard request.unicodeScalars.count <= 4_000 else {
                throw ErrorBody(.invalidField, field: "request", "request is longer than 4000 characters / 督办事项过长")
            }
            guard let deadline = CivilDate(command.deadline) else {
                throw ErrorBody(
                    .invalidField, field: "deadline",
                    "deadline '\(command.deadline)' is not a date like 2023-03-20 / 期限格式应为 2023-03-20")
            }
            guard deadline >= now.businessDate else {
                throw ErrorBody(
                    .invalidField, field: "deadline", "the deadline \(deadline) has already passed / 办理期限不能早于今天")
            }
            return SupervisionOrder(
                orderId: orderId(number), leadId: lead.leadId, companyName: lead.companyName,
                projectName: lead.projectName, unit: unit, person: person, leader: lead.responsibility?.leader,
                request: request, deadline: deadline, issuedBy: actor.identity, issuedAt: now)
        }.mapError { $0 as? ErrorBody ?? ErrorBody(.internalError, "order refused") }
    }

    /// The addressee signs for the order; nil when it already was (nothing changes).
    public static func acknowledge(_ order: SupervisionOrder, by actor: Caller, units: Units, now: Timestamp)
        -> Result<SupervisionOrder?, ErrorBody>
    {
        if let refusal = checkAddressee(order, actor, units) { return .failure(refusal) }
        guard order.state == .issued else { return .success(nil) }
        var updated = order
        updated.state = .acknowledged
        updated.acknowledgedBy = actor.identity
        updated.acknowledgedAt = now
        return .success(updated)
    }

    /// The addressee's answer (办理反馈): the order is done; its level stays where it was.
    public static func answer(
        _ order: SupervisionOrder, _ text: String?, by actor: Caller, units: Units, now: Timestamp
    )
        -> Result<SupervisionOrder, ErrorBody>
    {
        if let refusal = checkAddressee(order, actor, units) { return .failure(refusal) }
        guard let answer = text?.trimmingWhitespace, !answer.isEmpty else {
            return .failure(ErrorBody(.missingField, field: "answer", "answer must not be empty / 反馈内容不能为空"))
        }
        guard answer.unicodeScalars.count <= 4_000 else {
            return .failure(ErrorBody(.invalidField, field: "answer", "answer is longer than 4000 characters / 反馈内容过长"))
        }
        guard order.state != .answered else {
            return .failure(
                ErrorBody(.invalidTransition, field: "orderId", "\(order.orderId) is already answered / 该督办已反馈"))
        }
        var updated = order
        if updated.acknowledgedAt == nil {
            updated.acknowledgedBy = actor.identity
            updated.acknowledgedAt = now
        }
        updated.state = .answered
        updated.answer = answer
        updated.answeredBy = actor.identity
        updated.answeredAt = now
        return .success(updated)
    }

    /// The order after `today`'s escalation, or nil when its level does not rise: an unanswered
    /// order past its deadline goes up a level at each of the rules' limits, each step dated.
    public static func escalated(_ order: SupervisionOrder, rules: SupervisionRules.Orders, today: CivilDate)
        -> SupervisionOrder?
    {
        guard order.state != .answered else { return nil }
        let steps: [(OrderLevel, Int)] = [
            (.yellow, rules.yellowAfterDaysOverdue), (.red, rules.redAfterDaysOverdue),
            (.leader, rules.leaderAfterDaysOverdue),
        ]
        var updated = order
        for (level, days) in steps where level > updated.level {
            let on = order.deadline.adding(days: Int64(days))
            guard on <= today else { break }
            updated.level = level
            updated.escalations = (updated.escalations ?? []) + [OrderEscalation(level: level, on: on)]
        }
        return updated == order ? nil : updated
    }

    private static func checkAddressee(_ order: SupervisionOrder, _ actor: Caller, _ units: Units) -> ErrorBody? {
        guard !units.isAddressee(actor.identity, of: order) else { return nil }
        let to = [order.unit, order.person].compactMap { $0 }.joined(separator: ", ")
        return ErrorBody(
            .forbidden, field: "orderId", "\(order.orderId) is addressed to \(to), not to you / 该督办不是下达给您的")
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
