import Foundation
import LeadMessages
import ServiceKit
import Storage

/// The changes officers make. Each validates first (changing nothing on bad input), checks that
/// the caller may touch the lead, then writes the change, its event, its request id and its audit
/// entry in one transaction. The actor is always the transport identity, never the body's.
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
            let fingerprint = try Self.fingerprint(submission, actor)
            if let requestId = submission.requestId,
                let earlier = try self.earlierRequest(db, requestId: requestId, fingerprint: fingerprint)
            {
                return SubmitResult(leadId: earlier.leadId, status: .duplicate, lead: earlier)
            }
            guard
                let number = try db.int64(
                    "INSERT INTO lead (stage, record, owner) VALUES ('lead', '', ?) RETURNING id", actor.identity)
            else { throw ErrorBody(.internalError, "the new lead got no number") }
            let lead = Lead(
                leadId: LeadID.make(number), companyName: valid.companyName, headquarters: valid.headquarters,
                projectName: valid.projectName, industry: valid.industry, description: valid.description,
                estimatedInvestmentYuan: valid.estimatedInvestment, channel: valid.channel,
                parentCompany: valid.parentCompany, officer: valid.officer ?? actor.identity,
                carrierPark: valid.carrierPark, ownership: valid.ownership, stage: .lead, signing: nil, createdAt: now,
                updatedAt: now,
                owner: actor.identity, updatedBy: actor.identity)
            try self.save(db, lead, number: number)
            try self.appendEvent(db, type: .leadCreated, lead: lead, at: now)
            try self.remember(db, requestId: submission.requestId, fingerprint: fingerprint, leadId: lead.leadId)
            try self.audit(db, actor, .leadSubmit, lead.leadId, now, "\(lead.companyName) · \(lead.projectName)")
            return SubmitResult(leadId: lead.leadId, status: .accepted, lead: lead)
        }
    }

    public func advance(_ command: AdvanceLead, by actor: Caller, now: Timestamp) -> Result<Lead, ErrorBody> {
        let stage: Stage
        switch LeadValidator.stage(command.stage) {
        case .success(let value): stage = value
        case .failure(let error): return .failure(error)
        }
        return change(command.leadId, command.requestId, command, actor, .leadAdvance, now) { db, lead, number in
            if let error = StageRules.checkAdvance(from: lead.stage, to: stage) { throw error }
            guard lead.stage != stage else { return (lead, nil) }  // already there: nothing changes, no event
            var updated = lead
            updated.stage = stage
            try self.commit(db, updated, number, .leadUpdated, previous: nil, actor, now)
            return (updated, "\(lead.stage.rawValue) → \(stage.rawValue)")
        }
    }

    public func sign(_ command: SignLead, by actor: Caller, now: Timestamp) -> Result<Lead, ErrorBody> {
        let amount: Money
        let instant: Timestamp
        switch (LeadValidator.signingAmount(command.amount), LeadValidator.signingInstant(command.signedAt, now: now)) {
        case (.failure(let error), _), (_, .failure(let error)): return .failure(error)
        case (.success(let a), .success(let i)): (amount, instant) = (a, i)
        }
        return change(command.leadId, command.requestId, command, actor, .leadSign, now) { db, lead, number in
            if let error = StageRules.checkSigning(current: lead.stage) { throw error }
            let signing = Signing(amountYuan: amount, signedAt: instant)
            if lead.signing == signing { return (lead, nil) }  // the same signing again: nothing to correct
            var updated = lead
            updated.signing = signing
            if !lead.stage.isSignedOrLater { updated.stage = .signed }
            try self.commit(db, updated, number, .leadSigned, previous: lead.signing, actor, now)
            let was = lead.signing.map { "correction of \($0.amountYuan.yuanString) at \($0.signedAt) → " } ?? ""
            return (updated, was + "\(amount.yuanString) yuan at \(instant)")
        }
    }

    /// A capital increase (增资) on a signed project: published as `lead.signed` with the lead's
    /// `capitalIncreases`, so reports add the increment and no project.
    public func increase(_ command: IncreaseCapital, by actor: Caller, now: Timestamp) -> Result<Lead, ErrorBody> {
        let amount: Money
        let instant: Timestamp
        switch (
            LeadValidator.signingAmount(command.amount),
            LeadValidator.signingInstant(command.increasedAt, now: now, field: "increasedAt")
        ) {
        case (.failure(let error), _), (_, .failure(let error)): return .failure(error)
        case (.success(let a), .success(let i)): (amount, instant) = (a, i)
        }
        return change(command.leadId, command.requestId, command, actor, .leadIncrease, now) { db, lead, number in
            if let error = StageRules.checkSigned(lead, action: "increase") { throw error }
            if let signing = lead.signing, instant < signing.signedAt {
                throw ErrorBody(
                    .invalidField, field: "increasedAt",
                    "the increase is dated before the signing (\(signing.signedAt)) / 增资时间早于签约时间")
            }
            var updated = lead
            updated.capitalIncreases =
                (lead.capitalIncreases ?? []) + [CapitalIncrease(amountYuan: amount, increasedAt: instant)]
            try self.commit(db, updated, number, .leadSigned, previous: lead.signing, actor, now)
            return (updated, "+\(amount.yuanString) yuan at \(instant)")
        }
    }

    /// Voids a signing recorded in error: the project stops counting, capital increases with it,
    /// and the lead returns to `negotiating`. Published as `lead.updated`.
    public func void(_ command: VoidSigning, by actor: Caller, now: Timestamp) -> Result<Lead, ErrorBody> {
        if let reason = command.reason, reason.unicodeScalars.count > LeadValidator.maxNameLength {
            return .failure(ErrorBody(.invalidField, field: "reason", "reason is longer than 200 characters / 原因过长"))
        }
        return change(command.leadId, command.requestId, command, actor, .leadVoid, now) { db, lead, number in
            if let error = StageRules.checkSigned(lead, action: "void") { throw error }
            var updated = lead
            updated.signing = nil
            updated.capitalIncreases = nil
            updated.stage = .negotiating
            try self.commit(db, updated, number, .leadUpdated, previous: lead.signing, actor, now)
            return (updated, "voided \(lead.signing?.amountYuan.yuanString ?? "") yuan: \(command.reason ?? "")")
        }
    }

    /// A lead the caller may read: officers their own, supervisors any.
    public func lead(number: Int64, for caller: Caller) throws -> Lead? {
        guard let lead = try lead(number: number) else { return nil }
        if let error = AccessPolicy.checkOwnership(caller, owner: lead.owner, leadId: lead.leadId) { throw error }
        return lead
    }
}

extension IntakeStore {
    // MARK: - Transaction plumbing

    /// Loads the lead, checks the caller may change it, runs `body` inside one transaction, and
    /// remembers the request id. `body` returns the lead after the change and, when it changed
    /// anything, the audit detail.
    private func change<Command: Encodable>(
        _ leadId: String, _ requestId: String?, _ command: Command, _ actor: Caller, _ action: MessageType,
        _ now: Timestamp, _ body: @escaping (any SQLConnection, Lead, Int64) throws -> (Lead, String?)
    ) -> Result<Lead, ErrorBody> {
        if let error = LeadValidator.requestId(requestId) { return .failure(error) }
        let number: Int64
        switch LeadValidator.leadNumber(leadId) {
        case .success(let value): number = value
        case .failure(let error): return .failure(error)
        }
        return transaction(actor, action: action, leadId: LeadID.make(number), now: now) { db in
            let fingerprint = try Self.fingerprint(command, actor)
            if let requestId, let earlier = try self.earlierRequest(db, requestId: requestId, fingerprint: fingerprint)
            {
                return earlier
            }
            guard let lead = try Self.fetchLead(db, number: number) else {
                throw ErrorBody(
                    .notFound, field: "leadId", "no lead \(LeadID.make(number)) / 找不到线索 \(LeadID.make(number))")
            }
            if let error = AccessPolicy.checkOwnership(actor, owner: lead.owner, leadId: lead.leadId) { throw error }
            let (updated, detail) = try body(db, lead, number)
            if let detail { try self.audit(db, actor, action, updated.leadId, now, detail) }
            try self.remember(db, requestId: requestId, fingerprint: fingerprint, leadId: updated.leadId)
            return updated
        }
    }

    /// Saves a changed lead stamped with who changed it and when, and appends its event.
    private func commit(
        _ db: any SQLConnection, _ lead: Lead, _ number: Int64, _ type: MessageType, previous: Signing?,
        _ actor: Caller,
        _ now: Timestamp
    ) throws {
        var stamped = lead
        stamped.updatedAt = now
        stamped.updatedBy = actor.identity
        try save(db, stamped, number: number)
        try appendEvent(db, type: type, lead: stamped, previousSigning: previous, at: now)
    }

    private func audit(
        _ db: any SQLConnection, _ actor: Caller, _ action: MessageType, _ leadId: String?, _ now: Timestamp,
        _ detail: String
    )
        throws
    {
        try AuditLog.append(
            AuditEntry(
                at: now, service: sender, identity: actor.identity, role: actor.role.rawValue, action: action.rawValue,
                leadId: leadId, outcome: "ok", detail: detail, via: actor.via), db)
    }

    /// A request id is bound to its body and its caller: another officer reusing it is a conflict,
    /// never a way to read someone else's result.
    private static func fingerprint<Command: Encodable>(_ command: Command, _ actor: Caller) throws -> String {
        actor.identity + "\n" + (try encode(command))
    }

    /// The lead an earlier request with this id produced, as it is now; a reused id with another
    /// body is a conflict.
    private func earlierRequest(_ db: any SQLConnection, requestId: String, fingerprint: String) throws -> Lead? {
        guard
            let row = try db.row("SELECT fingerprint, leadId FROM request WHERE requestId = ?", requestId)
        else { return nil }
        let stored = try row.string("fingerprint")
        guard stored == fingerprint else {
            throw ErrorBody(
                .requestIdConflict, field: "requestId",
                "requestId \(requestId) was already used for a different request / 请求编号已用于其他请求")
        }
        let leadId = try row.string("leadId")
        guard let number = LeadID.number(in: leadId), let lead = try Self.fetchLead(db, number: number) else {
            throw ErrorBody(.internalError, "request \(requestId) refers to a missing lead")
        }
        return lead
    }

    private func remember(_ db: any SQLConnection, requestId: String?, fingerprint: String, leadId: String) throws {
        guard let requestId else { return }
        try db.execute(
            "INSERT INTO request (requestId, fingerprint, leadId) VALUES (?, ?, ?)", requestId, fingerprint, leadId)
    }

    /// Runs `body` in a write transaction; an `ErrorBody` thrown inside rolls back and is the reply.
    /// A refusal (`forbidden`) is then audited on its own, since the transaction is gone.
    private func transaction<T>(
        _ actor: Caller, action: MessageType, leadId: String?, now: Timestamp,
        _ body: @escaping (any SQLConnection) throws -> T
    ) -> Result<T, ErrorBody> {
        do {
            return .success(try database.write { db in try body(db) })
        } catch let error as ErrorBody {
            if error.code == .forbidden {
                try? database.write { db in
                    try AuditLog.append(
                        AuditEntry(
                            at: now, service: sender, identity: actor.identity, role: actor.role.rawValue,
                            action: action.rawValue, leadId: leadId, outcome: "denied", detail: error.message,
                            via: actor.via), db)
                }
            }
            return .failure(error)
        } catch {
            return .failure(ErrorBody(.internalError, "storage error: \(error) / 存储错误"))
        }
    }
}
