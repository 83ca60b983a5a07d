import LeadMessages

/// Lights a lead on a day by the supervision rules. Pure: the day is an argument, so tests (and
/// the service's moved clock) decide what "today" is.
public struct LightRules: Sendable {
    public let rules: SupervisionRules

    public init(rules: SupervisionRules) { self.rules = rules }

    /// nil for a lead that is not active (dropped, operating): it has no light.
    public func light(_ lead: SupervisedLead, on today: CivilDate) -> LeadLight? {
        guard rules.activeStages.contains(lead.stage) else { return nil }
        var reasons: [LightReason] = []
        var suggestDrop = false
        let idle = Self.days(from: lead.lastActivityOn, to: today)
        if let color = color(idle, yellow: rules.stale.yellowAfterDays, red: rules.stale.redAfterDays) {
            reasons.append(
                LightReason(
                    rule: .stale, color: color, since: lead.lastActivityOn, days: idle,
                    limitDays: color == .red ? rules.stale.redAfterDays : rules.stale.yellowAfterDays))
            suggestDrop = idle >= rules.stale.suggestDropAfterDays
        }
        for (milestone, date, isDefault) in plannedDates(lead) where !reached(milestone, lead) {
            let late = Self.days(from: date, to: today)
            let limits = rules.milestones
            guard let color = color(late, yellow: limits.yellowAfterDaysLate, red: limits.redAfterDaysLate) else {
                continue
            }
            reasons.append(
                LightReason(
                    rule: .milestoneOverdue, color: color, since: date, days: late,
                    limitDays: color == .red ? limits.redAfterDaysLate : limits.yellowAfterDaysLate,
                    milestone: milestone, defaultDate: isDefault ? true : nil))
        }
        reasons.sort { ($0.color, $0.days) > ($1.color, $1.days) }
        return LeadLight(color: reasons.first?.color ?? .green, reasons: reasons, suggestDrop: suggestDrop ? true : nil)
    }

    /// Each milestone's date: the lead's own plan, else a default of the rules.
    func plannedDates(_ lead: SupervisedLead) -> [(Milestone, CivilDate, Bool)] {
        let plan = lead.plan ?? MilestonePlan()
        let own: [Milestone: CivilDate?] = [
            .contact: plan.contactBy, .sign: plan.signBy, .start: plan.startBy, .operate: plan.operateBy,
        ]
        return Milestone.allCases.compactMap { milestone in
            if let date = own[milestone] ?? nil { return (milestone, date, false) }
            guard let rule = rules.defaultPlan.first(where: { $0.milestone == milestone }),
                let entered = lead.entered[rule.afterEntering.rawValue]
            else { return nil }
            return (milestone, entered.adding(days: Int64(rule.days)), true)
        }
    }

    func reached(_ milestone: Milestone, _ lead: SupervisedLead) -> Bool {
        switch milestone {
        case .contact: lead.stage != .lead || (lead.followUps?.count ?? 0) > 0
        case .sign: lead.stage.isSignedOrLater
        case .start: lead.stage == .started || lead.stage == .operating
        case .operate: lead.stage == .operating
        }
    }

    private func color(_ days: Int, yellow: Int, red: Int) -> LightColor? {
        days >= red ? .red : days >= yellow ? .yellow : nil
    }

    static func days(from start: CivilDate, to end: CivilDate) -> Int {
        Int(end.daysSinceEpoch - start.daysSinceEpoch)
    }
}
