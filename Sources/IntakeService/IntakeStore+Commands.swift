import AccessPolicy
import Intake
import LeadMessages
import ServiceKit
import Storage

/// The changes officers make. What a change does is decided by the pure `Intake` core
/// (`LeadValidator`, `LeadCommand`); here it is written: the lead, its event, its request id and
/// its audit entry in one transaction. The actor is always the transport identity, never the body's.
extension IntakeStore {
    public func submit(_ submission: LeadSubmission, by actor: Caller, now: Timestamp) -> Result<
        SubmitResult, ErrorBody
    > {
        let valid: ValidLead
        switch LeadValidator.validate(submission) {
        case .success(let value): valid = value
        case .failure(let error): return .failure(error)
        }
        return transaction(actor, action: .leadSubmit, leadId: nil, now: now) { db in
            let request = RequestLog.Entry(submission.requestId, body: submission, identity: actor.identity)
            if let earlier = try self.earlierRequest(db, request) {
                return SubmitResult(leadId: earlier.leadId, status: .duplicate, lead: earlier)
            }
            let number = try self.nextLeadNumber(db)
            let lead = Lead.new(valid, number: number, by: actor, at: now)
            let json = try self.insert(db, lead, number: number)
            try self.appendEvent(db, type: .leadCreated, lead: lead, leadJSON: json, at: now)
            try Self.requests.remember(request, result: lead.leadId, db)
            try self.audit(db, actor, .leadSubmit, lead.leadId, now, "\(lead.companyName) · \(lead.projectName)")
            return SubmitResult(leadId: lead.leadId, status: .accepted, lead: lead)
        }
    }

    public func advance(_ command: AdvanceLead, by actor: Caller, now: Timestamp) -> Result<Lead, ErrorBody> {
        LeadCommand.parse(command).flatMap { apply($0, wire: command, by: actor, now: now) }
    }

    public func sign(_ command: SignLead, by actor: Caller, now: Timestamp) -> Result<Lead, ErrorBody> {
        sign(command, by: actor, now: now, fromLedger: false)
    }

    /// - Parameter fromLedger: a signing read from a ledger being imported (`lead.import`): it
    ///   happened already, so an unregistered big one is flagged, never refused (1.11).
    func sign(_ command: SignLead, by actor: Caller, now: Timestamp, fromLedger: Bool) -> Result<Lead, ErrorBody> {
        LeadCommand.parse(command, now: now).flatMap {
            apply($0, wire: command, by: actor, now: now, refuseUnregistered: !fromLedger)
        }
    }

    /// A capital increase (增资) on a signed project.
    public func increase(_ command: IncreaseCapital, by actor: Caller, now: Timestamp) -> Result<Lead, ErrorBody> {
        LeadCommand.parse(command, now: now).flatMap { apply($0, wire: command, by: actor, now: now) }
    }

    /// Voids a signing recorded in error.
    public func void(_ command: VoidSigning, by actor: Caller, now: Timestamp) -> Result<Lead, ErrorBody> {
        LeadCommand.parse(command).flatMap { apply($0, wire: command, by: actor, now: now) }
    }

    /// A contact with the company (protocol 1.8).
    public func followUp(_ command: RecordFollowUp, by actor: Caller, now: Timestamp) -> Result<Lead, ErrorBody> {
        LeadCommand.parse(command, now: now).flatMap { apply($0, wire: command, by: actor, now: now) }
    }

    /// Who answers for a lead and who owns it (protocol 1.8; supervisors, by the access policy).
    public func assign(_ command: AssignLead, by actor: Caller, now: Timestamp) -> Result<Lead, ErrorBody> {
        LeadCommand.parse(command).flatMap { apply($0, wire: command, by: actor, now: now) }
    }

    /// Planned milestone dates (protocol 1.8).
    public func plan(_ command: PlanMilestones, by actor: Caller, now: Timestamp) -> Result<Lead, ErrorBody> {
        LeadCommand.parse(command).flatMap { apply($0, wire: command, by: actor, now: now) }
    }

    /// Corrects a lead's fields as typed (protocol 1.10).
    public func edit(_ command: EditLead, by actor: Caller, now: Timestamp) -> Result<Lead, ErrorBody> {
        LeadCommand.parse(command).flatMap { apply($0, wire: command, by: actor, now: now) }
    }

    /// 开工, 入统, 投产, 达产 or 上规 on a signed project (protocol 1.10).
    public func milestone(_ command: RecordMilestone, by actor: Caller, now: Timestamp) -> Result<Lead, ErrorBody> {
        LeadCommand.parse(command, now: now).flatMap { apply($0, wire: command, by: actor, now: now) }
    }

    /// Funds in place on a signed project, or a correction of an entry (protocol 1.10).
    public func funds(_ command: RecordFunds, by actor: Caller, now: Timestamp) -> Result<Lead, ErrorBody> {
        LeadCommand.parse(command, now: now).flatMap { apply($0, wire: command, by: actor, now: now) }
    }

    /// A lead the caller may read: officers their own, supervisors any.
    public func lead(number: Int64, for caller: Caller) throws -> Lead? {
        guard let lead = try lead(number: number) else { return nil }
        if let error = AccessPolicy.checkOwnership(caller, owner: lead.owner, leadId: lead.leadId) { throw error }
        return lead
    }
}

extension IntakeStore {
    static let requests = RequestLog(table: "request", resultColumn: "leadId")

    /// Loads the lead, lets the core decide, and writes the change in one transaction. A retry
    /// with the same request id answers with the lead as it is now and changes nothing.
    private func apply<Wire: Encodable>(
        _ command: LeadCommand, wire: Wire, by actor: Caller, now: Timestamp, refuseUnregistered: Bool = true
    ) -> Result<Lead, ErrorBody> {
        let leadId = LeadID.make(command.leadNumber)
        return transaction(actor, action: command.action, leadId: leadId, now: now) { db in
            let request = RequestLog.Entry(command.requestId, body: wire, identity: actor.identity)
            if let earlier = try self.earlierRequest(db, request) { return earlier }
            guard let lead = try Self.fetchLead(db, number: command.leadNumber) else {
                throw ErrorBody(.notFound, field: "leadId", "no lead \(leadId) / 找不到线索 \(leadId)")
            }
            var result = lead
            if let change = try self.registrationChecked(
                try command.decide(on: lead, by: actor, at: now).get(), command, lead, db, refuse: refuseUnregistered)
            {
                let json = try self.save(db, change.lead, number: command.leadNumber)
                try self.appendEvent(
                    db, type: change.event, lead: change.lead, leadJSON: json, previousSigning: change.previousSigning,
                    followUp: change.followUp, at: now)
                try self.audit(db, actor, command.action, leadId, now, change.auditDetail)
                result = change.lead
            }
            try Self.requests.remember(request, result: leadId, db)
            return result
        }
    }

    /// (1.11) A signing's registration mark, by the district's rule: flagged, refused, or nothing
    /// to mark. The same signing sent again changes nothing (nil), its mark included; once the
    /// city registered the project, sending it again clears the flag.
    private func registrationChecked(
        _ change: LeadChange?, _ command: LeadCommand, _ lead: Lead, _ db: any SQLConnection, refuse: Bool
    ) throws -> LeadChange? {
        guard case .sign(let amount, _) = command.kind, var change else { return change }
        let unmarked = { (signing: Signing?) in
            signing.map { Signing(amountYuan: $0.amountYuan, signedAt: $0.signedAt) }
        }
        let sameSigning = unmarked(lead.signing) == unmarked(change.lead.signing)
        let mark: Bool?
        do {
            mark = try checkRegistration(db, LeadID.make(command.leadNumber), amount: amount, refuse: refuse)
        } catch let refusal as ErrorBody where sameSigning && refusal.code == .unregisteredProject {
            return nil  // already signed so (flagged before the district began refusing): nothing to do
        }
        change.lead.signing?.unregistered = mark
        if sameSigning && lead.signing?.unregistered == mark { return nil }
        return change
    }

    /// A signing at or above the registration threshold, before the city registered the project:
    /// refused (`unregistered-project`), or flagged (returns true). Nil: nothing to mark.
    private func checkRegistration(_ db: any SQLConnection, _ leadId: String, amount: Money, refuse: Bool) throws
        -> Bool?
    {
        guard var rule = registrationRule, amount.fen >= rule.threshold.fen else { return nil }
        if !refuse { rule.mode = .flag }
        let registered = try db.int64("SELECT registrationId FROM city_registration WHERE leadId = ?", leadId) != nil
        switch rule.check(contract: amount, registered: registered) {
        case .allowed: return nil
        case .flagged: return true
        case .refused:
            throw ErrorBody(
                .unregisteredProject, field: "amount",
                "\(leadId): a project of \(amount.displayString) must be registered with the city before signing (threshold \(rule.threshold.displayString)) / 该项目达到\(rule.threshold.displayString)，须先报市里备案方可签约"
            )
        }
    }

    /// The lead an earlier request with this id produced, as it is now.
    private func earlierRequest(_ db: any SQLConnection, _ request: RequestLog.Entry?) throws -> Lead? {
        guard let leadId = try Self.requests.earlier(request, db) else { return nil }
        guard let number = LeadID.number(in: leadId), let lead = try Self.fetchLead(db, number: number) else {
            throw ErrorBody(.internalError, "request \(request?.requestId ?? "") refers to a missing lead")
        }
        return lead
    }

    private func audit(
        _ db: any SQLConnection, _ actor: Caller, _ action: MessageType, _ leadId: String?, _ now: Timestamp,
        _ detail: String
    ) throws {
        try AuditLog.append(
            AuditEntry(
                at: now, service: sender, identity: actor.identity, role: actor.role.rawValue, action: action.rawValue,
                leadId: leadId, outcome: "ok", detail: detail, via: actor.via), db)
    }

    /// Runs `body` in a write transaction; an `ErrorBody` thrown inside rolls back and is the reply.
    /// A refusal (`forbidden`) is then audited on its own, since the transaction is gone.
    private func transaction<T>(
        _ actor: Caller, action: MessageType, leadId: String?, now: Timestamp,
        _ body: @escaping (any SQLConnection) throws -> T
    ) -> Result<T, ErrorBody> {
        let result = Result.handling { try database.write { db in try body(db) } }
        // Refusals by rule are audited on their own: who was refused, and (1.11) a big signing
        // refused for want of the city's registration.
        if case .failure(let error) = result, error.code == .forbidden || error.code == .unregisteredProject {
            try? database.write { db in
                try AuditLog.append(
                    AuditEntry(
                        at: now, service: sender, identity: actor.identity, role: actor.role.rawValue,
                        action: action.rawValue, leadId: leadId,
                        outcome: error.code == .forbidden ? "denied" : error.code.rawValue, detail: error.message,
                        via: actor.via), db)
            }
        }
        return result
    }
}
