import AccessPolicy
import LeadMessages

/// A change an officer asks for on an existing lead, checked and parsed from its wire command.
/// Pure: what a command does to a lead is decided here (`decide`); intake's store only loads the
/// lead, writes the outcome with its event and audit entry, and remembers the request id.
public struct LeadCommand: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case advance(Stage)
        case sign(amount: Money, at: Timestamp)
        case increase(amount: Money, at: Timestamp)
        case void(reason: String?)
        /// Protocol 1.8: a contact with the company (its `recordedBy` is the actor's, set by `decide`).
        case followUp(FollowUp)
        case assign(Assignment)
        case plan(PlanEdit)
        /// Protocol 1.10: the lead's fields corrected, checked against the lead in `decide`.
        case edit(EditLead)
        case milestone(ProjectMilestone, on: CivilDate, evidence: String)
        case funds(FundsChange)

        var changesSigning: Bool {
            switch self {
            case .sign, .increase, .void: true
            case .advance, .followUp, .assign, .plan, .edit, .milestone, .funds: false
            }
        }
    }

    public var kind: Kind
    /// The lead's number (L-000042 is 42).
    public var leadNumber: Int64
    public var requestId: String?

    /// The message type this command arrived as, for the audit log.
    public var action: MessageType {
        switch kind {
        case .advance: .leadAdvance
        case .sign: .leadSign
        case .increase: .leadIncrease
        case .void: .leadVoid
        case .followUp: .leadFollowUp
        case .assign: .leadAssign
        case .plan: .leadPlan
        case .edit: .leadEdit
        case .milestone: .leadMilestone
        case .funds: .leadFunds
        }
    }
}

/// What a command changes: the lead after it (stamped with who and when), the event that
/// publishes it, and the audit line that explains it.
public struct LeadChange: Sendable, Equatable {
    public var lead: Lead
    public var event: MessageType
    /// The signing before this change, for consumers that must undo what it counted.
    public var previousSigning: Signing?
    public var auditDetail: String
    /// The contact a `lead.follow-up` recorded, published beside the lead.
    public var followUp: FollowUp?
}

extension LeadCommand {
    public static func parse(_ command: AdvanceLead) -> Result<LeadCommand, ErrorBody> {
        LeadValidator.stage(command.stage).flatMap { stage in
            make(.advance(stage), command.leadId, command.requestId)
        }
    }

    public static func parse(_ command: SignLead, now: Timestamp) -> Result<LeadCommand, ErrorBody> {
        amountAndInstant(command.amount, command.signedAt, field: "signedAt", now: now).flatMap { amount, instant in
            make(.sign(amount: amount, at: instant), command.leadId, command.requestId)
        }
    }

    public static func parse(_ command: IncreaseCapital, now: Timestamp) -> Result<LeadCommand, ErrorBody> {
        amountAndInstant(command.amount, command.increasedAt, field: "increasedAt", now: now).flatMap {
            amount, instant in make(.increase(amount: amount, at: instant), command.leadId, command.requestId)
        }
    }

    public static func parse(_ command: VoidSigning) -> Result<LeadCommand, ErrorBody> {
        if let reason = command.reason, reason.unicodeScalars.count > LeadValidator.maxNameLength {
            return .failure(ErrorBody(.invalidField, field: "reason", "reason is longer than 200 characters / 原因过长"))
        }
        return make(.void(reason: command.reason), command.leadId, command.requestId)
    }

    static func make(_ kind: Kind, _ leadId: String, _ requestId: String?) -> Result<LeadCommand, ErrorBody> {
        if let error = LeadValidator.requestId(requestId) { return .failure(error) }
        return LeadValidator.leadNumber(leadId).map { LeadCommand(kind: kind, leadNumber: $0, requestId: requestId) }
    }

    private static func amountAndInstant(_ amount: String, _ instant: String, field: String, now: Timestamp)
        -> Result<(Money, Timestamp), ErrorBody>
    {
        switch (LeadValidator.signingAmount(amount), LeadValidator.signingInstant(instant, now: now, field: field)) {
        case (.failure(let error), _), (_, .failure(let error)): .failure(error)
        case (.success(let money), .success(let at)): .success((money, at))
        }
    }
}

extension LeadCommand {
    /// What this command does to `lead` when `actor` sends it at `now`: the change, nil when the
    /// lead is already as asked (no event, no audit line), or why it is refused.
    public func decide(on lead: Lead, by actor: Caller, at now: Timestamp) -> Result<LeadChange?, ErrorBody> {
        if let error = AccessPolicy.checkOwnership(actor, owner: lead.owner, leadId: lead.leadId) {
            return .failure(error)
        }
        // The access policy already keeps `lead.assign` from officers; the rule holds here too.
        if case .assign = kind, actor.role != .supervisor {
            return .failure(
                ErrorBody(.forbidden, field: "type", "only a supervisor assigns or hands over leads / 仅科室负责人可分配或流转线索"))
        }
        var followUp: FollowUp?
        if case .followUp(var contact) = kind {
            contact.recordedBy = actor.identity
            followUp = contact
        }
        return outcome(lead, followUp: followUp, by: actor.identity, at: now).map { outcome in
            outcome.map { updated, event, detail in
                var stamped = updated
                stamped.updatedAt = now
                stamped.updatedBy = actor.identity
                // Only a change of the signing carries the one it replaces, for consumers to undo it.
                let previous = kind.changesSigning ? lead.signing : nil
                return LeadChange(
                    lead: stamped, event: event, previousSigning: previous, auditDetail: detail, followUp: followUp)
            }
        }
    }

    private func outcome(_ lead: Lead, followUp: FollowUp?, by actor: String, at now: Timestamp)
        -> Result<(Lead, MessageType, String)?, ErrorBody>
    {
        var updated = lead
        switch kind {
        case .edit(let edit):
            return LeadEditRules.applying(edit, to: lead)
        case .milestone(let milestone, let on, let evidence):
            return AfterSigningRules.recording(
                milestone, MilestoneRecord(on: on, evidence: evidence, recordedBy: actor), on: lead)
        case .funds(let change):
            return AfterSigningRules.recording(change, on: lead, by: actor, at: now)
        case .followUp:
            guard let followUp else { return .success(nil) }
            return .success(LeadCommand.recording(followUp, on: lead))
        case .assign(let assignment):
            return .success(assignment.applied(to: lead))
        case .plan(let edit):
            return edit.applied(to: lead)
        case .advance(let stage):
            if let error = StageRules.checkAdvance(from: lead.stage, to: stage) { return .failure(error) }
            guard lead.stage != stage else { return .success(nil) }
            return AfterSigningRules.advancing(lead, to: stage, by: actor, at: now).map { advanced in
                var updated = advanced
                updated.stage = stage
                let recorded =
                    advanced.milestones?.reached.filter { lead.milestones?[$0.0] == nil }
                    .map { "; \($0.0.rawValue) recorded on \($0.1.on)" }.joined() ?? ""
                return (updated, .leadUpdated, "\(lead.stage.rawValue) → \(stage.rawValue)\(recorded)")
            }
        case .sign(let amount, let instant):
            if let error = StageRules.checkSigning(current: lead.stage) { return .failure(error) }
            let signing = Signing(amountYuan: amount, signedAt: instant)
            guard lead.signing != signing else { return .success(nil) }  // the same signing again
            if let error = AfterSigningRules.checkSigningDate(instant.businessDate, of: lead) { return .failure(error) }
            updated.signing = signing
            // Signed again after a void: the stage the recorded milestones had reached.
            if !lead.stage.isSignedOrLater {
                updated.stage =
                    lead.milestones?.operating != nil
                    ? .operating : lead.milestones?.started != nil ? .started : .signed
            }
            let was = lead.signing.map { "correction of \($0.amountYuan.yuanString) at \($0.signedAt) → " } ?? ""
            return .success((updated, .leadSigned, was + "\(amount.yuanString) yuan at \(instant)"))
        case .increase(let amount, let instant):
            if let error = StageRules.checkSigned(lead, action: "increase") { return .failure(error) }
            if let signing = lead.signing, instant < signing.signedAt {
                return .failure(
                    ErrorBody(
                        .invalidField, field: "increasedAt",
                        "the increase is dated before the signing (\(signing.signedAt)) / 增资时间早于签约时间"))
            }
            // Published as `lead.signed` with the increases, so reports add the increment and no project.
            updated.capitalIncreases =
                (lead.capitalIncreases ?? []) + [CapitalIncrease(amountYuan: amount, increasedAt: instant)]
            return .success((updated, .leadSigned, "+\(amount.yuanString) yuan at \(instant)"))
        case .void(let reason):
            if let error = StageRules.checkSigned(lead, action: "void") { return .failure(error) }
            // The project stops counting, its increases with it; the lead returns to negotiating.
            updated.signing = nil
            updated.capitalIncreases = nil
            updated.stage = .negotiating
            let voided = lead.signing?.amountYuan.yuanString ?? ""
            return .success((updated, .leadUpdated, "voided \(voided) yuan: \(reason ?? "")"))
        }
    }
}

extension Lead {
    /// A new lead from a valid submission: numbered by the store, owned by whoever submitted it,
    /// followed by the officer the submission names (or the submitter).
    public static func new(_ valid: ValidLead, number: Int64, by actor: Caller, at now: Timestamp) -> Lead {
        Lead(
            leadId: LeadID.make(number), companyName: valid.companyName, headquarters: valid.headquarters,
            projectName: valid.projectName, industry: valid.industry, description: valid.description,
            estimatedInvestmentYuan: valid.estimatedInvestment, channel: valid.channel,
            parentCompany: valid.parentCompany, officer: valid.officer ?? actor.identity,
            carrierPark: valid.carrierPark, ownership: valid.ownership, stage: .lead, signing: nil, createdAt: now,
            updatedAt: now, owner: actor.identity, updatedBy: actor.identity)
    }
}
