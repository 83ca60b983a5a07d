import Foundation
import GRDB
import LeadMessages

/// The three changes an officer makes. Each validates first (changing nothing on bad input), then
/// writes the change, its event and its request id in one transaction.
extension IntakeStore {
    public func submit(_ submission: LeadSubmission, now: Timestamp) -> Result<SubmitResult, ErrorBody> {
        let valid: ValidLead
        switch LeadValidator.validate(submission) {
        case .success(let value): valid = value
        case .failure(let error): return .failure(error)
        }
        return transaction { db in
            let fingerprint = try Self.encode(submission)
            if let requestId = submission.requestId,
                let earlier = try self.earlierRequest(db, requestId: requestId, fingerprint: fingerprint)
            {
                return SubmitResult(leadId: earlier.leadId, status: .duplicate, lead: earlier)
            }
            try db.execute(sql: "INSERT INTO lead (stage, record) VALUES ('lead', '')")
            let number = db.lastInsertedRowID
            let lead = Lead(
                leadId: LeadID.make(number), companyName: valid.companyName, headquarters: valid.headquarters,
                projectName: valid.projectName, industry: valid.industry, description: valid.description,
                estimatedInvestmentYuan: valid.estimatedInvestment, channel: valid.channel,
                parentCompany: valid.parentCompany, officer: valid.officer, carrierPark: valid.carrierPark,
                stage: .lead, signing: nil,
                createdAt: now, updatedAt: now)
            try self.save(db, lead, number: number)
            try self.appendEvent(db, type: .leadCreated, lead: lead, at: now)
            try self.remember(db, requestId: submission.requestId, fingerprint: fingerprint, leadId: lead.leadId)
            return SubmitResult(leadId: lead.leadId, status: .accepted, lead: lead)
        }
    }

    public func advance(_ command: AdvanceLead, now: Timestamp) -> Result<Lead, ErrorBody> {
        let stage: Stage
        switch LeadValidator.stage(command.stage) {
        case .success(let value): stage = value
        case .failure(let error): return .failure(error)
        }
        return change(command.leadId, requestId: command.requestId, fingerprint: command) { db, lead, number in
            if let error = StageRules.checkAdvance(from: lead.stage, to: stage) { throw error }
            guard lead.stage != stage else { return lead }  // already there: nothing changes, no event
            var updated = lead
            updated.stage = stage
            updated.updatedAt = now
            try self.save(db, updated, number: number)
            try self.appendEvent(db, type: .leadUpdated, lead: updated, at: now)
            return updated
        }
    }

    public func sign(_ command: SignLead, now: Timestamp) -> Result<Lead, ErrorBody> {
        let amount: Money
        let instant: Timestamp
        switch (LeadValidator.signingAmount(command.amount), LeadValidator.signingInstant(command.signedAt, now: now)) {
        case (.failure(let error), _), (_, .failure(let error)): return .failure(error)
        case (.success(let a), .success(let i)): (amount, instant) = (a, i)
        }
        return change(command.leadId, requestId: command.requestId, fingerprint: command) { db, lead, number in
            if let error = StageRules.checkSigning(current: lead.stage) { throw error }
            let signing = Signing(amountYuan: amount, signedAt: instant)
            if lead.signing == signing { return lead }  // the same signing again: nothing to correct
            var updated = lead
            updated.signing = signing
            if !lead.stage.isSignedOrLater { updated.stage = .signed }
            updated.updatedAt = now
            try self.save(db, updated, number: number)
            try self.appendEvent(db, type: .leadSigned, lead: updated, previousSigning: lead.signing, at: now)
            return updated
        }
    }

    /// A capital increase (增资) on a signed project: published as `lead.signed` with the lead's
    /// `capitalIncreases`, so reports add the increment and no project.
    public func increase(_ command: IncreaseCapital, now: Timestamp) -> Result<Lead, ErrorBody> {
        let amount: Money
        let instant: Timestamp
        switch (
            LeadValidator.signingAmount(command.amount),
            LeadValidator.signingInstant(command.increasedAt, now: now, field: "increasedAt")
        ) {
        case (.failure(let error), _), (_, .failure(let error)): return .failure(error)
        case (.success(let a), .success(let i)): (amount, instant) = (a, i)
        }
        return change(command.leadId, requestId: command.requestId, fingerprint: command) { db, lead, number in
            if let error = StageRules.checkSigned(lead, action: "increase") { throw error }
            if let signing = lead.signing, instant < signing.signedAt {
                throw ErrorBody(
                    .invalidField, field: "increasedAt",
                    "the increase is dated before the signing (\(signing.signedAt)) / 增资时间早于签约时间")
            }
            var updated = lead
            updated.capitalIncreases =
                (lead.capitalIncreases ?? []) + [CapitalIncrease(amountYuan: amount, increasedAt: instant)]
            updated.updatedAt = now
            try self.save(db, updated, number: number)
            try self.appendEvent(db, type: .leadSigned, lead: updated, previousSigning: lead.signing, at: now)
            return updated
        }
    }

    /// Voids a signing recorded in error: the project stops counting, capital increases with it,
    /// and the lead returns to `negotiating`. Published as `lead.updated`.
    public func void(_ command: VoidSigning, now: Timestamp) -> Result<Lead, ErrorBody> {
        if let reason = command.reason, reason.unicodeScalars.count > LeadValidator.maxNameLength {
            return .failure(ErrorBody(.invalidField, field: "reason", "reason is longer than 200 characters / 原因过长"))
        }
        return change(command.leadId, requestId: command.requestId, fingerprint: command) { db, lead, number in
            if let error = StageRules.checkSigned(lead, action: "void") { throw error }
            var updated = lead
            updated.signing = nil
            updated.capitalIncreases = nil
            updated.stage = .negotiating
            updated.updatedAt = now
            try self.save(db, updated, number: number)
            try self.appendEvent(db, type: .leadUpdated, lead: updated, previousSigning: lead.signing, at: now)
            return updated
        }
    }

    // MARK: - Transaction plumbing

    /// Loads the lead, runs `body` on it inside one transaction, and remembers the request id.
    private func change<Command: Encodable>(
        _ leadId: String, requestId: String?, fingerprint command: Command,
        _ body: @escaping (Database, Lead, Int64) throws -> Lead
    ) -> Result<Lead, ErrorBody> {
        if let error = LeadValidator.requestId(requestId) { return .failure(error) }
        let number: Int64
        switch LeadValidator.leadNumber(leadId) {
        case .success(let value): number = value
        case .failure(let error): return .failure(error)
        }
        return transaction { db in
            let fingerprint = try Self.encode(command)
            if let requestId, let earlier = try self.earlierRequest(db, requestId: requestId, fingerprint: fingerprint)
            {
                return earlier
            }
            guard let lead = try Self.fetchLead(db, number: number) else {
                throw ErrorBody(
                    .notFound, field: "leadId", "no lead \(LeadID.make(number)) / 找不到线索 \(LeadID.make(number))")
            }
            let updated = try body(db, lead, number)
            try self.remember(db, requestId: requestId, fingerprint: fingerprint, leadId: updated.leadId)
            return updated
        }
    }

    /// The lead an earlier request with this id produced, as it is now; a reused id with another
    /// body is a conflict.
    private func earlierRequest(_ db: Database, requestId: String, fingerprint: String) throws -> Lead? {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT fingerprint, leadId FROM request WHERE requestId = ?", arguments: [requestId])
        else { return nil }
        let stored: String = row["fingerprint"]
        guard stored == fingerprint else {
            throw ErrorBody(
                .requestIdConflict, field: "requestId",
                "requestId \(requestId) was already used for a different request / 请求编号已用于其他请求")
        }
        let leadId: String = row["leadId"]
        guard let number = LeadID.number(in: leadId), let lead = try Self.fetchLead(db, number: number) else {
            throw ErrorBody(.internalError, "request \(requestId) refers to a missing lead")
        }
        return lead
    }

    private func remember(_ db: Database, requestId: String?, fingerprint: String, leadId: String) throws {
        guard let requestId else { return }
        try db.execute(
            sql: "INSERT INTO request (requestId, fingerprint, leadId) VALUES (?, ?, ?)",
            arguments: [requestId, fingerprint, leadId])
    }

    /// Runs `body` in a write transaction; an `ErrorBody` thrown inside rolls back and is the reply.
    private func transaction<T>(_ body: @escaping (Database) throws -> T) -> Result<T, ErrorBody> {
        do {
            return .success(try database.write { db in try body(db) })
        } catch let error as ErrorBody {
            return .failure(error)
        } catch {
            return .failure(ErrorBody(.internalError, "storage error: \(error) / 存储错误"))
        }
    }
}
