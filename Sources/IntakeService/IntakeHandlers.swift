import AccessPolicy
import Intake
import LeadMessages
import Logging
import ServiceKit

/// Binds intake's message types to its store: the allowlist of what the command socket serves.
struct IntakeHandlers {
    let store: IntakeStore
    let counters: ServiceCounters
    let startedAt: Timestamp
    let clock: ServiceClock
    let logger: Logger

    /// A lead's history is its first 1,000 changes: far more than a project has in its life, and
    /// a bound on one reply.
    static let historyLimit = 1000

    func dispatcher() -> RequestDispatcher {
        var dispatcher = RequestDispatcher(sender: IntakeService.name, counters: counters, clock: clock)
        /// A change of one lead, at the service's time, logged with the lead it touched.
        func change<Body: Codable & Sendable, Value: Codable & Sendable>(
            _ type: MessageType, _ apply: @escaping (Body, Caller, Timestamp) -> Result<Value, ErrorBody>,
            leadId: @escaping (Value) -> String
        ) {
            dispatcher.on(type, Body.self) { envelope, caller in
                logged(envelope, caller, apply(envelope.body, caller, clock.now()), leadId)
            }
        }
        change(.leadSubmit, store.submit(_:by:now:), leadId: \.leadId)
        change(.leadAdvance, store.advance(_:by:now:), leadId: \.leadId)
        change(.leadSign, store.sign(_:by:now:), leadId: \.leadId)
        change(.leadIncrease, store.increase(_:by:now:), leadId: \.leadId)
        change(.leadVoid, store.void(_:by:now:), leadId: \.leadId)
        change(.leadFollowUp, store.followUp(_:by:now:), leadId: \.leadId)
        change(.leadAssign, store.assign(_:by:now:), leadId: \.leadId)
        change(.leadPlan, store.plan(_:by:now:), leadId: \.leadId)
        change(.leadEdit, store.edit(_:by:now:), leadId: \.leadId)
        change(.leadMilestone, store.milestone(_:by:now:), leadId: \.leadId)
        change(.leadFunds, store.funds(_:by:now:), leadId: \.leadId)
        change(.leadImport, store.importLeads(_:by:now:)) {
            "\($0.leads.first?.leadId ?? "-")…\($0.leads.last?.leadId ?? "-") (\($0.leads.count) rows)"
        }
        dispatcher.on(.leadGet, LeadReference.self) { envelope, caller in
            .handling { try lead(envelope.body, for: caller) }
        }
        dispatcher.on(.leadHistory, LeadReference.self) { envelope, caller in
            .handling {
                // The lead's own checks first: officers read the history of their own leads only.
                let lead = try lead(envelope.body, for: caller)
                return LeadHistory(
                    leadId: lead.leadId, entries: try store.history(leadId: lead.leadId, limit: Self.historyLimit))
            }
        }
        dispatcher.on(.leadList, ListLeads.self) { envelope, caller in
            .handling { try list(envelope.body, for: caller) }
        }
        dispatcher.on(.eventsReplay, ReplayEvents.self) { envelope, _ in .handling { try replay(envelope.body) } }
        dispatcher.on(.serviceStatus, EmptyBody.self) { _, _ in
            .handling {
                ServiceStatus(
                    service: IntakeService.name, lastSequence: try store.headSequence(), lag: 0, startedAt: startedAt,
                    counters: counters.values, latencies: counters.latencySummaries)
            }
        }
        return dispatcher
    }

    /// The lead a reference names, if the caller may read it: `invalid-field`, `not-found` or
    /// `forbidden` otherwise.
    private func lead(_ reference: LeadReference, for caller: Caller) throws -> Lead {
        let number = try LeadValidator.leadNumber(reference.leadId).get()
        guard let lead = try store.lead(number: number, for: caller) else {
            throw ErrorBody(.notFound, field: "leadId", "no lead \(LeadID.make(number)) / 找不到线索 \(LeadID.make(number))")
        }
        return lead
    }

    /// One log line per change an officer asks for, with the ids to find it again: the request's
    /// envelope id, its lead, the caller (the audit log holds the same in the database).
    private func logged<Body, Value>(
        _ envelope: Envelope<Body>, _ caller: Caller, _ result: Result<Value, ErrorBody>, _ leadId: (Value) -> String
    ) -> Result<Value, ErrorBody> {
        var metadata: Logger.Metadata = ["requestId": "\(envelope.id)", "caller": "\(caller.identity)"]
        switch result {
        case .success(let value):
            metadata["leadId"] = "\(leadId(value))"
            logger.info("\(envelope.type.rawValue)", metadata: metadata)
        case .failure(let error):
            metadata["code"] = "\(error.code.rawValue)"
            metadata["field"] = "\(error.field ?? "-")"
            logger.notice("\(envelope.type.rawValue) refused", metadata: metadata)
        }
        return result
    }

    /// Officers see their own leads; supervisors see all.
    private func list(_ query: ListLeads, for caller: Caller) throws -> LeadPage {
        let stage = try query.stage.map { try LeadValidator.stage($0).get() }
        let limit = try checkedLimit(query.limit, default: 100, max: 500)
        let after = try query.after.map { try LeadValidator.leadNumber($0, field: "after").get() } ?? 0
        let owner = caller.role == .officer ? caller.identity : nil
        let leads = try store.list(stage: stage, owner: owner, after: after, limit: limit)
        return LeadPage(leads: leads, next: leads.count == limit ? leads.last?.leadId : nil)
    }

    private func replay(_ query: ReplayEvents) throws -> StoredEventPage {
        guard query.afterSequence >= 0 else {
            throw ErrorBody(.invalidField, field: "afterSequence", "afterSequence must be 0 or more")
        }
        let limit = try checkedLimit(query.limit, default: 500, max: 1_000)
        let head = try store.headSequence()
        let events = try store.events(after: query.afterSequence, limit: limit)
        return StoredEventPage(events: events, lastSequence: head, storeId: store.storeId)
    }

    private func checkedLimit(_ limit: Int?, default fallback: Int, max: Int) throws -> Int {
        guard let limit else { return fallback }
        guard (1...max).contains(limit) else {
            throw ErrorBody(.invalidField, field: "limit", "limit must be between 1 and \(max)")
        }
        return limit
    }

}
