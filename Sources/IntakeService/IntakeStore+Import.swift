import AccessPolicy
import Intake
import LeadMessages
import ServiceKit

/// `lead.import`: a ledger's rows as one all-or-nothing change. Every row is checked before
/// anything is written; then each becomes a lead through the same steps an officer would take
/// (submit, advance to its stage, sign), all in one transaction, so a refused row leaves no
/// trace. Each step carries a request id derived from the import's, so a retried import
/// answers with the leads it made instead of making them twice.
extension IntakeStore {
    public func importLeads(_ command: ImportLeads, by actor: Caller, now: Timestamp) -> Result<ImportResult, ErrorBody>
    {
        if let error = LeadValidator.requestId(command.requestId) { return .failure(error) }
        guard (1...ImportLeads.maxRows).contains(command.rows.count) else {
            return .failure(
                ErrorBody(
                    .invalidField, field: "rows",
                    "an import has 1 to \(ImportLeads.maxRows) rows / 每次导入1至\(ImportLeads.maxRows)行"))
        }
        let checked: [CheckedImportRow]
        switch CheckedImportRow.check(command.rows, now: now) {
        case .success(let rows): checked = rows
        case .failure(let error): return .failure(error)
        }
        return .handling { try database.atomically { try apply(checked, requestId: command.requestId, actor, now) } }
    }

    private func apply(_ rows: [CheckedImportRow], requestId: String, _ actor: Caller, _ now: Timestamp) throws
        -> ImportResult
    {
        var leads: [ImportedLead] = []
        var repeated = false
        for checked in rows {
            let outcome: Result<(ImportedLead, Bool), ErrorBody> = applyRow(checked, requestId: requestId, actor, now)
            switch outcome {
            case .success(let (lead, wasRepeated)):
                leads.append(lead)
                repeated = repeated || wasRepeated
            case .failure(let error):
                throw ErrorBody(
                    error.code, field: "rows[\(checked.index)]" + (error.field.map { "." + $0 } ?? ""),
                    "row \(checked.row.row) / 第\(checked.row.row)行: \(error.message)")
            }
        }
        return ImportResult(status: repeated ? .duplicate : .accepted, leads: leads)
    }

    /// One row through the officer's steps; whether it had been stored by an earlier try.
    private func applyRow(_ checked: CheckedImportRow, requestId: String, _ actor: Caller, _ now: Timestamp) -> Result<
        (ImportedLead, Bool), ErrorBody
    > {
        let base = "\(requestId)#\(checked.index)"
        var submission = checked.row.lead
        submission.requestId = base
        let submitted: SubmitResult
        switch submit(submission, by: actor, now: now) {
        case .success(let value): submitted = value
        case .failure(let error): return .failure(error)
        }
        let leadId = submitted.leadId
        let stage = checked.stage
        var steps: [() -> Result<Lead, ErrorBody>] = []
        if [.contacted, .negotiating, .dropped].contains(stage) {
            steps.append {
                self.advance(
                    AdvanceLead(leadId: leadId, stage: stage.rawValue, requestId: base + "/stage"), by: actor, now: now)
            }
        }
        if let signing = checked.row.signing {
            let command = SignLead(
                leadId: leadId, amount: signing.amount, signedAt: signing.signedAt, requestId: base + "/sign")
            steps.append { self.sign(command, by: actor, now: now, fromLedger: true) }
        }
        if stage == .operating {
            // 投产 needs 开工 first; a ledger that says 已投产 says the project started too.
            steps.append {
                self.advance(
                    AdvanceLead(leadId: leadId, stage: Stage.started.rawValue, requestId: base + "/started"), by: actor,
                    now: now)
            }
        }
        if stage == .started || stage == .operating {
            steps.append {
                self.advance(
                    AdvanceLead(leadId: leadId, stage: stage.rawValue, requestId: base + "/stage"), by: actor, now: now)
            }
        }
        for step in steps {
            if case .failure(let error) = step() { return .failure(error) }
        }
        return .success(
            (ImportedLead(row: checked.row.row, leadId: leadId, stage: stage), submitted.status == .duplicate))
    }
}
