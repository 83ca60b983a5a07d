import LeadMessages

/// A field a command may leave as it is, clear, or set (an absent field stays; an empty one clears).
public enum Edit<Value: Sendable & Equatable>: Sendable, Equatable {
    case keep
    case clear
    case set(Value)

    func applied(to current: Value?) -> Value? {
        switch self {
        case .keep: current
        case .clear: nil
        case .set(let value): value
        }
    }
}

/// `lead.assign`, checked: who answers for a lead and who owns it.
public struct Assignment: Sendable, Equatable {
    public var leader: Edit<String>
    public var unit: Edit<String>
    public var team: Edit<[String]>
    public var owner: Edit<String>
    public var officer: Edit<String>
    public var reason: String

    /// The lead after the assignment, or nil when it changes nothing.
    func applied(to lead: Lead) -> (Lead, MessageType, String)? {
        var updated = lead
        let before = lead.responsibility ?? Responsibility()
        var after = before
        after.leader = leader.applied(to: before.leader)
        after.unit = unit.applied(to: before.unit)
        after.team = team.applied(to: before.team)
        updated.responsibility = after == Responsibility() ? nil : after
        updated.owner = owner.applied(to: lead.owner)
        updated.officer = officer.applied(to: lead.officer)
        var changes: [String] = []
        func note(_ label: String, _ old: String?, _ new: String?) {
            if old != new { changes.append("\(label): \(old ?? "—") → \(new ?? "—")") }
        }
        note("leader", before.leader, after.leader)
        note("unit", before.unit, after.unit)
        note("team", before.team?.joined(separator: "、"), after.team?.joined(separator: "、"))
        note("owner", lead.owner, updated.owner)
        note("officer", lead.officer, updated.officer)
        guard !changes.isEmpty else { return nil }
        return (updated, .leadUpdated, changes.joined(separator: "; ") + " (\(reason))")
    }
}

/// `lead.plan`, checked: the planned milestone dates to change.
public struct PlanEdit: Sendable, Equatable {
    public var contactBy: Edit<CivilDate>
    public var signBy: Edit<CivilDate>
    public var startBy: Edit<CivilDate>
    public var operateBy: Edit<CivilDate>

    /// The lead with its new plan; refused when the dates would run backwards.
    func applied(to lead: Lead) -> Result<(Lead, MessageType, String)?, ErrorBody> {
        let before = lead.plan ?? MilestonePlan()
        let after = MilestonePlan(
            contactBy: contactBy.applied(to: before.contactBy), signBy: signBy.applied(to: before.signBy),
            startBy: startBy.applied(to: before.startBy), operateBy: operateBy.applied(to: before.operateBy))
        let ordered: [(String, CivilDate?)] = [
            ("contactBy", after.contactBy), ("signBy", after.signBy), ("startBy", after.startBy),
            ("operateBy", after.operateBy),
        ]
        let planned = ordered.compactMap { field, date in date.map { (field, $0) } }
        for (earlier, later) in zip(planned, planned.dropFirst()) where later.1 < earlier.1 {
            return .failure(
                ErrorBody(
                    .invalidField, field: later.0,
                    "\(later.0) \(later.1) is before \(earlier.0) \(earlier.1) / 计划日期应按接洽、签约、开工、投产的顺序"))
        }
        guard after != before else { return .success(nil) }
        var updated = lead
        updated.plan = after.isEmpty ? nil : after
        let changes = zip(
            ["contactBy", "signBy", "startBy", "operateBy"],
            zip([before.contactBy, before.signBy, before.startBy, before.operateBy], ordered.map(\.1))
        ).compactMap { field, pair in
            pair.0 == pair.1 ? nil : "\(field): \(pair.0?.description ?? "—") → \(pair.1?.description ?? "—")"
        }
        return .success((updated, .leadUpdated, changes.joined(separator: "; ")))
    }
}

extension LeadCommand {
    /// The team of a 专班: at most this many people.
    public static let maxTeam = 30

    public static func parse(_ command: RecordFollowUp, now: Timestamp) -> Result<LeadCommand, ErrorBody> {
        let today = now.businessDate
        return Result {
            let on = try contactDate(command.on, today: today)
            guard let kind = FollowUpKind(lenient: command.kind) else {
                throw ErrorBody(
                    command.kind.trimmingWhitespace.isEmpty ? .missingField : .invalidField, field: "kind",
                    "unknown follow-up kind '\(command.kind)'; use one of \(FollowUpKind.wireValueList) / 跟进方式可选：电话、拜访、来访考察、洽谈、签约仪式、外出招商、其他"
                )
            }
            let destination = try LeadValidator.optional(
                command.destination, field: "destination", limit: LeadValidator.maxNameLength)
            if kind == .outbound && destination == nil {
                throw ErrorBody(
                    .missingField, field: "destination", "an outbound trip needs its destination city / 外出招商请填写目的地")
            }
            var next: CivilDate?
            if let text = command.nextFollowUpOn, !text.trimmingWhitespace.isEmpty {
                guard let date = CivilDate(text) else { throw badDate("nextFollowUpOn", text) }
                guard date >= on else {
                    throw ErrorBody(
                        .invalidField, field: "nextFollowUpOn",
                        "the next follow-up (\(date)) is before this contact (\(on)) / 下次跟进日期早于本次跟进日期")
                }
                next = date
            }
            let followUp = FollowUp(
                on: on, kind: kind,
                people: try LeadValidator.optional(command.people, field: "people", limit: LeadValidator.maxNameLength),
                place: try LeadValidator.optional(command.place, field: "place", limit: LeadValidator.maxNameLength),
                destination: destination,
                summary: try LeadValidator.required(
                    command.summary, field: "summary", label: "跟进内容", limit: LeadValidator.maxDescriptionLength),
                nextStep: try LeadValidator.optional(
                    command.nextStep, field: "nextStep", limit: LeadValidator.maxDescriptionLength),
                nextOn: next, recordedBy: "")
            return try make(.followUp(followUp), command.leadId, command.requestId).get()
        }.mapError { $0 as? ErrorBody ?? ErrorBody(.internalError, "validation failed") }
    }

    public static func parse(_ command: AssignLead) -> Result<LeadCommand, ErrorBody> {
        Result {
            let reason = try LeadValidator.required(command.reason, field: "reason", label: "原因")
            var team = Edit<[String]>.keep
            if let names = command.team {
                let cleaned = try names.enumerated().compactMap { index, name in
                    try LeadValidator.optional(name, field: "team[\(index)]", limit: LeadValidator.maxNameLength)
                }
                guard cleaned.count <= maxTeam else {
                    throw ErrorBody(.invalidField, field: "team", "a team has at most \(maxTeam) people / 专班人数过多")
                }
                team = cleaned.isEmpty ? .clear : .set(cleaned)
            }
            let owner = try textEdit(command.owner, field: "owner")
            if case .set(let identity) = owner,
                identity.contains(where: \.isWhitespace) || identity.unicodeScalars.count > 64
            {
                throw ErrorBody(
                    .invalidField, field: "owner", "owner is an identity of 1–64 characters without spaces / 负责人账号格式有误")
            }
            if case .clear = owner {
                throw ErrorBody(
                    .invalidField, field: "owner", "a lead always has an owner; name the new one / 请指定新的负责人")
            }
            let assignment = Assignment(
                leader: try textEdit(command.leader, field: "leader"), unit: try textEdit(command.unit, field: "unit"),
                team: team, owner: owner, officer: try textEdit(command.officer, field: "officer"), reason: reason)
            if assignment
                == Assignment(leader: .keep, unit: .keep, team: .keep, owner: .keep, officer: .keep, reason: reason)
            {
                throw ErrorBody(
                    .missingField, field: "leader",
                    "name at least one of leader, unit, team, owner or officer / 请至少填写包联领导、责任单位、专班或负责人之一")
            }
            return try make(.assign(assignment), command.leadId, command.requestId).get()
        }.mapError { $0 as? ErrorBody ?? ErrorBody(.internalError, "validation failed") }
    }

    public static func parse(_ command: PlanMilestones) -> Result<LeadCommand, ErrorBody> {
        Result {
            let edit = PlanEdit(
                contactBy: try dateEdit(command.contactBy, field: "contactBy"),
                signBy: try dateEdit(command.signBy, field: "signBy"),
                startBy: try dateEdit(command.startBy, field: "startBy"),
                operateBy: try dateEdit(command.operateBy, field: "operateBy"))
            if edit == PlanEdit(contactBy: .keep, signBy: .keep, startBy: .keep, operateBy: .keep) {
                throw ErrorBody(
                    .missingField, field: "signBy",
                    "name at least one of contactBy, signBy, startBy or operateBy / 请至少填写一个计划日期")
            }
            return try make(.plan(edit), command.leadId, command.requestId).get()
        }.mapError { $0 as? ErrorBody ?? ErrorBody(.internalError, "validation failed") }
    }

    /// The lead with one more follow-up: any contact resets how long it has been left alone.
    static func recording(_ followUp: FollowUp, on lead: Lead) -> (Lead, MessageType, String) {
        var updated = lead
        updated.followUps = lead.followUps.map { $0.adding(followUp) } ?? .first(followUp)
        let place = followUp.destination.map { " → \($0)" } ?? ""
        return (updated, .leadUpdated, "\(followUp.kind.rawValue) \(followUp.on)\(place): \(followUp.summary)")
    }

    /// A contact's date: a Beijing date or a date-time with offset; not in the future, not before 2000.
    private static func contactDate(_ text: String, today: CivilDate) throws -> CivilDate {
        if let blank = LeadValidator.blank(text, field: "on", label: "跟进日期") { throw blank }
        guard let date = CivilDate(text) ?? Timestamp(rfc3339: text.trimmingWhitespace)?.businessDate else {
            throw badDate("on", text)
        }
        guard date <= today else {
            throw ErrorBody(.invalidField, field: "on", "the contact date \(date) is in the future / 跟进日期不能晚于今天")
        }
        guard date.year >= 2000 else { throw ErrorBody(.invalidField, field: "on", "on \(text) is before 2000 / 日期过早") }
        return date
    }

    private static func textEdit(_ text: String?, field: String) throws -> Edit<String> {
        guard let text else { return .keep }
        return try LeadValidator.optional(text, field: field, limit: LeadValidator.maxNameLength).map { .set($0) }
            ?? .clear
    }

    private static func dateEdit(_ text: String?, field: String) throws -> Edit<CivilDate> {
        guard let text else { return .keep }
        guard !text.trimmingWhitespace.isEmpty else { return .clear }
        guard let date = CivilDate(text) else { throw badDate(field, text) }
        guard date.year >= 2000 && date.year <= 2100 else {
            throw ErrorBody(.invalidField, field: field, "\(field) \(text) is not a plausible date / 日期不合理")
        }
        return .set(date)
    }

    private static func badDate(_ field: String, _ text: String) -> ErrorBody {
        ErrorBody(.invalidField, field: field, "\(field) '\(text)' is not a date like 2023-03-05 / 日期格式应为 2023-03-05")
    }
}
