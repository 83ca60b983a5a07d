import LeadMessages
import Supervision

/// Every lead's light for one Beijing day, kept in memory so the board answers without lighting
/// 100,000 leads per query: a changed lead is lit again when its event is applied, all of them
/// when the day changes. Used from the service's loop thread only.
final class LightBoard {
    let rules: LightRules
    private(set) var asOf: CivilDate
    private var leads: [String: SupervisedLead] = [:]
    private var lit: [String: LitLead] = [:]
    /// `lit` worst first; nil when a change made it stale.
    private var ordered: [LitLead]?

    init(leads: [SupervisedLead], rules: LightRules, today: CivilDate) {
        self.rules = rules
        asOf = today
        for lead in leads { self.leads[lead.leadId] = lead }
        relightAll()
    }

    /// A lead changed: light it again. Returns its light (nil: not active).
    @discardableResult
    func update(_ lead: SupervisedLead) -> LeadLight? {
        leads[lead.leadId] = lead
        let light = rules.light(lead, on: asOf)
        lit[lead.leadId] = light.map { LitLead(lead: lead, light: $0) }
        ordered = nil
        return light
    }

    /// Every lead supervision knows, active or not.
    var allLeads: Dictionary<String, SupervisedLead>.Values { leads.values }

    func lead(_ leadId: String) -> SupervisedLead? { leads[leadId] }

    /// A lead's light as of `asOf`; nil when it is not active.
    func light(of leadId: String) -> LeadLight? { lit[leadId]?.light }

    /// Lights everything again when `today` is another day than the board's. Returns whether it did.
    @discardableResult
    func refresh(today: CivilDate) -> Bool {
        guard today != asOf else { return false }
        asOf = today
        relightAll()
        return true
    }

    /// The active leads, worst first.
    func worstFirst() -> [LitLead] {
        if let ordered { return ordered }
        let sorted = lit.values.sorted(by: LitLead.worstFirst)
        ordered = sorted
        return sorted
    }

    private func relightAll() {
        lit = [:]
        lit.reserveCapacity(leads.count)
        for lead in leads.values {
            if let light = rules.light(lead, on: asOf) { lit[lead.leadId] = LitLead(lead: lead, light: light) }
        }
        ordered = nil
    }
}
