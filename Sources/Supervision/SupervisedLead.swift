import LeadMessages

/// What supervision knows of a lead: enough to light it and to show it on the board. Built from
/// intake's events alone (`applying`), so a replay from sequence 0 rebuilds the same facts.
public struct SupervisedLead: Codable, Sendable, Equatable {
    public var leadId: String
    public var companyName: String
    public var projectName: String
    public var stage: Stage
    public var officer: String?
    public var owner: String?
    public var responsibility: Responsibility?
    public var plan: MilestonePlan?
    public var createdOn: CivilDate
    /// The Beijing day the lead entered its current stage.
    public var stageSince: CivilDate
    /// The Beijing day it entered each stage it has been in, latest entry (for default deadlines).
    public var entered: [String: CivilDate]
    public var followUps: FollowUpSummary?

    public init(
        leadId: String, companyName: String, projectName: String, stage: Stage, officer: String?, owner: String?,
        responsibility: Responsibility?, plan: MilestonePlan?, createdOn: CivilDate, stageSince: CivilDate,
        entered: [String: CivilDate], followUps: FollowUpSummary?
    ) {
        self.leadId = leadId
        self.companyName = companyName
        self.projectName = projectName
        self.stage = stage
        self.officer = officer
        self.owner = owner
        self.responsibility = responsibility
        self.plan = plan
        self.createdOn = createdOn
        self.stageSince = stageSince
        self.entered = entered
        self.followUps = followUps
    }

    /// The latest of its creation, its latest follow-up and its latest stage change.
    public var lastActivityOn: CivilDate {
        max(createdOn, stageSince, followUps?.lastOn ?? createdOn)
    }

    /// The facts after `event`; `previous` is what was known before it (nil for a new lead).
    public static func applying(_ event: LeadEvent, to previous: SupervisedLead?) -> SupervisedLead {
        let lead = event.lead
        let day = lead.updatedAt.businessDate
        let stageChanged = previous.map { $0.stage != lead.stage } ?? true
        let since = stageChanged ? (previous == nil ? lead.createdAt.businessDate : day) : (previous?.stageSince ?? day)
        var entered = previous?.entered ?? [:]
        if stageChanged { entered[lead.stage.rawValue] = since }
        return SupervisedLead(
            leadId: lead.leadId, companyName: lead.companyName, projectName: lead.projectName, stage: lead.stage,
            officer: lead.officer, owner: lead.owner, responsibility: lead.responsibility, plan: lead.plan,
            createdOn: lead.createdAt.businessDate, stageSince: since, entered: entered, followUps: lead.followUps)
    }
}
