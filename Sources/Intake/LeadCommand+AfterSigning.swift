import LeadMessages

/// `lead.funds`, checked: a new entry of funds in place, or the entry it replaces.
public struct FundsChange: Sendable, Equatable {
    /// The entry a correction replaces, and why.
    public struct Correction: Sendable, Equatable {
        public var entryId: String
        public var reason: String
    }

    public var amount: Money
    public var on: CivilDate
    public var origin: FundsOrigin
    public var note: String?
    /// Nil for a new entry.
    public var correction: Correction?
}

extension LeadCommand {
    /// Cumulative funds in place above this many times the contract amount are a typo (a unit
    /// missed: 万 for 亿), not an investment.
    public static let fundsToContractLimit: Int64 = 10

    /// What a stage change records when it reaches 开工 or 投产 without a dated milestone: the day
    /// it was reported, and that it came from a stage change, so no one mistakes it for evidence.
    static let stageChangeEvidence = "由阶段变更记录，日期为登记日 / recorded by a stage change on the day reported"

    public static func parse(_ command: RecordMilestone, now: Timestamp) -> Result<LeadCommand, ErrorBody> {
        Result {
            guard let milestone = ProjectMilestone(lenient: command.milestone) else {
                throw ErrorBody(
                    command.milestone.trimmingWhitespace.isEmpty ? .missingField : .invalidField, field: "milestone",
                    "unknown milestone '\(command.milestone)'; use one of \(ProjectMilestone.wireValueList) / 节点可选：开工、入统、投产、达产、上规"
                )
            }
            let on = try pastDate(command.on, field: "on", label: "节点日期", today: now.businessDate)
            let evidence = try LeadValidator.required(
                command.evidence, field: "evidence", label: "佐证", limit: LeadValidator.maxDescriptionLength)
            return try make(.milestone(milestone, on: on, evidence: evidence), command.leadId, command.requestId).get()
        }.mapError { $0 as? ErrorBody ?? ErrorBody(.internalError, "validation failed") }
    }

    public static func parse(_ command: RecordFunds, now: Timestamp) -> Result<LeadCommand, ErrorBody> {
        Result {
            let corrects = try LeadValidator.optional(command.corrects, field: "corrects", limit: 20)
            if let blank = LeadValidator.blank(command.amount, field: "amount", label: "金额") { throw blank }
            let amount = try LeadValidator.amount(command.amount, field: "amount").get()
            if amount.fen == 0 && corrects == nil {
                throw ErrorBody(.invalidField, field: "amount", "the amount must be above zero / 金额必须大于零")
            }
            let on = try pastDate(command.on, field: "on", label: "到位日期", today: now.businessDate)
            guard let origin = FundsOrigin(lenient: command.origin) else {
                throw ErrorBody(
                    command.origin.trimmingWhitespace.isEmpty ? .missingField : .invalidField, field: "origin",
                    "unknown origin '\(command.origin)'; use one of \(FundsOrigin.wireValueList) / 资金来源可选：省外、市外省内、境外")
            }
            var correction: FundsChange.Correction?
            if corrects == nil, let reason = command.reason, !reason.trimmingWhitespace.isEmpty {
                throw ErrorBody(
                    .invalidField, field: "reason", "a reason goes with a correction (corrects) / 更正原因仅用于更正记录")
            }
            if let corrects {
                guard corrects.range(of: #"^[Ff]-?[0-9]{1,9}$"#, options: .regularExpression) != nil else {
                    throw ErrorBody(
                        .invalidField, field: "corrects",
                        "'\(corrects)' is not a funds entry like F-2 / 到位资金记录编号格式应为 F-2")
                }
                let reason = try LeadValidator.required(command.reason ?? "", field: "reason", label: "更正原因")
                let number = corrects.drop { !$0.isNumber }
                correction = FundsChange.Correction(entryId: FundsInPlace.entryId(Int(number) ?? 0), reason: reason)
            }
            let change = FundsChange(
                amount: amount, on: on, origin: origin,
                note: try LeadValidator.optional(command.note, field: "note", limit: LeadValidator.maxNameLength),
                correction: correction)
            return try make(.funds(change), command.leadId, command.requestId).get()
        }.mapError { $0 as? ErrorBody ?? ErrorBody(.internalError, "validation failed") }
    }

    /// A date as typed: a Beijing date or a date-time with offset; not in the future, not before 2000.
    static func pastDate(_ text: String, field: String, label: String, today: CivilDate) throws -> CivilDate {
        if let blank = LeadValidator.blank(text, field: field, label: label) { throw blank }
        guard let date = CivilDate(text.trimmingWhitespace) ?? Timestamp(rfc3339: text.trimmingWhitespace)?.businessDate
        else {
            throw ErrorBody(
                .invalidField, field: field, "\(field) '\(text)' is not a date like 2023-03-05 / 日期格式应为 2023-03-05")
        }
        guard date <= today else {
            throw ErrorBody(.invalidField, field: field, "\(field) \(date) is in the future / \(label)不能晚于今天")
        }
        guard date.year >= 2000 else {
            throw ErrorBody(.invalidField, field: field, "\(field) \(text) is before 2000 / 日期过早")
        }
        return date
    }
}

/// What milestones and funds do to a lead. Pure.
enum AfterSigningRules {
    /// The lead with `milestone` recorded (or corrected), or why not.
    static func recording(
        _ milestone: ProjectMilestone, _ record: MilestoneRecord, on lead: Lead
    ) -> Result<(Lead, MessageType, String)?, ErrorBody> {
        guard let signing = lead.signing else {
            return .failure(
                ErrorBody(
                    .invalidTransition, field: "leadId",
                    "\(lead.leadId) is not signed; \(milestone.rawValue) comes after the signing / 项目尚未签约，不能登记\(milestone.chineseLabel)"
                ))
        }
        let signedOn = signing.signedAt.businessDate
        guard record.on >= signedOn else {
            return .failure(
                ErrorBody(
                    .invalidField, field: "on",
                    "\(milestone.rawValue) on \(record.on) is before the signing (\(signedOn)) / \(milestone.chineseLabel)日期早于签约日期"
                ))
        }
        let current = lead.milestones ?? ProjectMilestones()
        if let required = milestone.requires {
            guard let before = current[required] else {
                return .failure(
                    ErrorBody(
                        .invalidTransition, field: "milestone",
                        "\(milestone.rawValue) needs \(required.rawValue) first / 请先登记\(required.chineseLabel)，再登记\(milestone.chineseLabel)"
                    ))
            }
            guard record.on >= before.on else {
                return .failure(
                    ErrorBody(
                        .invalidField, field: "on",
                        "\(milestone.rawValue) on \(record.on) is before \(required.rawValue) (\(before.on)) / \(milestone.chineseLabel)日期早于\(required.chineseLabel)日期"
                    ))
            }
        }
        // A corrected date must still come before the milestones that follow it.
        for (later, laterRecord) in current.reached where later.requires == milestone && laterRecord.on < record.on {
            return .failure(
                ErrorBody(
                    .invalidField, field: "on",
                    "\(milestone.rawValue) on \(record.on) would be after \(later.rawValue) (\(laterRecord.on)) / \(milestone.chineseLabel)日期晚于已登记的\(later.chineseLabel)日期"
                ))
        }
        let previous = current[milestone]
        if previous?.on == record.on && previous?.evidence == record.evidence { return .success(nil) }
        var updated = lead
        var milestones = current
        milestones[milestone] = record
        updated.milestones = milestones
        if let stage = milestone.stage, lead.stage < stage { updated.stage = stage }
        let was = previous.map { "correction of \($0.on) → " } ?? ""
        return .success((updated, .leadUpdated, "\(milestone.rawValue) \(was)\(record.on): \(record.evidence)"))
    }

    /// The lead with the funds entry added, replaced or withdrawn, or why not.
    static func recording(
        _ change: FundsChange, on lead: Lead, by actor: String, at now: Timestamp
    ) -> Result<(Lead, MessageType, String)?, ErrorBody> {
        guard let signing = lead.signing else {
            return .failure(
                ErrorBody(
                    .invalidTransition, field: "leadId",
                    "\(lead.leadId) is not signed; funds in place follow a signing / 项目尚未签约，不能登记到位资金"))
        }
        let signedOn = signing.signedAt.businessDate
        guard change.on >= signedOn else {
            return .failure(
                ErrorBody(
                    .invalidField, field: "on",
                    "funds on \(change.on) are dated before the signing (\(signedOn)) / 到位日期早于签约日期"))
        }
        var funds = lead.funds ?? FundsInPlace(entries: [], lastNumber: 0)
        var detail: String
        if let correction = change.correction {
            let (entryId, reason) = (correction.entryId, correction.reason)
            guard let index = funds.entries.firstIndex(where: { $0.entryId == entryId }) else {
                return .failure(
                    ErrorBody(
                        .notFound, field: "corrects",
                        "\(lead.leadId) has no funds entry \(entryId) / 找不到到位资金记录 \(entryId)"))
            }
            let old = funds.entries[index]
            if change.amount.fen == 0 {
                funds.entries.remove(at: index)
                detail = "\(entryId) withdrawn (was \(old.amountYuan.yuanString) yuan on \(old.on)): \(reason)"
            } else {
                var replacement = old
                replacement.amountYuan = change.amount
                replacement.on = change.on
                replacement.origin = change.origin
                replacement.note = change.note
                if replacement == old { return .success(nil) }
                replacement.recordedBy = actor
                replacement.recordedAt = now
                funds.entries[index] = replacement
                detail =
                    "\(entryId) corrected: \(old.amountYuan.yuanString) yuan on \(old.on) \(old.origin.rawValue) → "
                    + "\(change.amount.yuanString) yuan on \(change.on) \(change.origin.rawValue): \(reason)"
            }
        } else {
            funds.lastNumber += 1
            let entry = FundsEntry(
                entryId: FundsInPlace.entryId(funds.lastNumber), amountYuan: change.amount, on: change.on,
                origin: change.origin, note: change.note, recordedBy: actor, recordedAt: now)
            funds.entries.append(entry)
            detail = "\(entry.entryId) +\(change.amount.yuanString) yuan on \(change.on) \(change.origin.rawValue)"
        }
        let contract = lead.contractFen
        // Only a rise is checked: a correction that lowers a mistyped total must always go through.
        if funds.totalFen > (lead.funds?.totalFen ?? 0),
            funds.totalFen > contract.multipliedReportingOverflow(by: LeadCommand.fundsToContractLimit).partialValue
        {
            return .failure(
                ErrorBody(
                    .invalidField, field: "amount",
                    "funds in place would reach \(Money(fen: funds.totalFen).yuanString) yuan, over \(LeadCommand.fundsToContractLimit) times the contract (\(Money(fen: contract).yuanString)); check the unit / 到位资金累计超过合同额的\(LeadCommand.fundsToContractLimit)倍，请检查金额单位"
                ))
        }
        funds.entries.sort { ($0.on, $0.entryId.count, $0.entryId) < ($1.on, $1.entryId.count, $1.entryId) }
        var updated = lead
        updated.funds = funds
        return .success((updated, .leadUpdated, detail))
    }

    /// A signing (a correction, or a new signing after a void) may not be dated after a milestone or
    /// funds already recorded on the project: they would come before their own signing.
    static func checkSigningDate(_ date: CivilDate, of lead: Lead) -> ErrorBody? {
        if let (milestone, record) = lead.milestones?.reached.first(where: { $0.1.on < date }) {
            return ErrorBody(
                .invalidField, field: "signedAt",
                "the signing (\(date)) would be after \(milestone.rawValue) on \(record.on) / 签约日期晚于已登记的\(milestone.chineseLabel)日期（\(record.on)）"
            )
        }
        if let entry = lead.funds?.entries.first(where: { $0.on < date }) {
            return ErrorBody(
                .invalidField, field: "signedAt",
                "the signing (\(date)) would be after funds \(entry.entryId) on \(entry.on) / 签约日期晚于已登记的到位资金日期（\(entry.entryId)，\(entry.on)）"
            )
        }
        return nil
    }

    /// A stage change to 开工 or 投产 records the milestone on the day it was reported when no dated
    /// milestone exists yet; 投产 needs 开工 first, as `lead.milestone` does.
    static func advancing(_ lead: Lead, to stage: Stage, by actor: String, at now: Timestamp) -> Result<Lead, ErrorBody>
    {
        let milestone: ProjectMilestone
        switch stage {
        case .started: milestone = .started
        case .operating: milestone = .operating
        default: return .success(lead)
        }
        if lead.milestones?[milestone] != nil { return .success(lead) }
        let record = MilestoneRecord(
            on: max(now.businessDate, lead.signing?.signedAt.businessDate ?? now.businessDate),
            evidence: LeadCommand.stageChangeEvidence, recordedBy: actor)
        // The request named a stage, so a refusal names the stage too.
        return recording(milestone, record, on: lead).map { $0?.0 ?? lead }.mapError { error in
            var error = error
            if error.field == "milestone" { error.field = "stage" }
            return error
        }
    }
}
