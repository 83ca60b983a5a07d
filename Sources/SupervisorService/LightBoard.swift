import LeadMessages
import Supervision

/// Every lead's light for one Beijing day, kept in memory so the board answers without lighting
/// 100,000 leads per query: a changed lead is lit again when its event is applied, all of them
/// when the day changes. Used from the service's loop thread only.
final class LightBoard {
    let rules: LightRules
    private(set) var asOf: CivilDate
    /// Goes up with every change of a lead or of the day: what was computed from the board at one
    /// version is still true while it stays.
    private(set) var version = 0
    private var leads: [String: SupervisedLead] = [:]
    private var lit: [String: LitLead] = [:]
    /// `lit` worst first, as of the last sort; nil when too much changed since.
    private var ordered: [LitLead]?
    /// The changes since `ordered` was last brought up to date: a few are moved into place at the
    /// next query (a lead's follow-up costs a remove and an insert, not a sort of 100,000 leads);
    /// past `maxPending` the next query sorts again.
    private var pending: [(old: LitLead?, new: LitLead?)] = []
    private static let maxPending = 64

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
        let new = light.map { LitLead(lead: lead, light: $0) }
        let old = new.map { lit.updateValue($0, forKey: lead.leadId) } ?? lit.removeValue(forKey: lead.leadId)
        if ordered != nil, pending.count < Self.maxPending {
            pending.append((old, new))
        } else {
            ordered = nil
            pending = []
        }
        version += 1
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
        version += 1
        return true
    }

    /// The active leads, worst first.
    func worstFirst() -> [LitLead] {
        if var list = ordered {
            guard !pending.isEmpty else { return list }
            ordered = nil  // so that `list` is the only reference: changed in place, not copied
            for (old, new) in pending {
                if let old {
                    let index = Self.position(of: old, in: list)
                    if index < list.count, list[index].lead.leadId == old.lead.leadId { list.remove(at: index) }
                }
                if let new { list.insert(new, at: Self.position(of: new, in: list)) }
            }
            pending = []
            ordered = list
            return list
        }
        let sorted = lit.values.sorted(by: LitLead.worstFirst)
        ordered = sorted
        pending = []
        return sorted
    }

    /// The first index whose lead does not come before `lead` (binary search; leads are unique).
    private static func position(of lead: LitLead, in list: [LitLead]) -> Int {
        var (low, high) = (0, list.count)
        while low < high {
            let middle = (low + high) / 2
            if LitLead.worstFirst(list[middle], lead) { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private func relightAll() {
        lit = [:]
        lit.reserveCapacity(leads.count)
        for lead in leads.values {
            if let light = rules.light(lead, on: asOf) { lit[lead.leadId] = LitLead(lead: lead, light: light) }
        }
        ordered = nil
        pending = []
    }
}
