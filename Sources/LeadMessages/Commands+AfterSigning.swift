/// `lead.milestone` (protocol 1.10): a signed project reached 开工, 入统, 投产, 达产 or 上规.
/// Recording a milestone again corrects its date and evidence (a correction replaces, never adds).
public struct RecordMilestone: Codable, Sendable, Equatable {
    public var leadId: String
    /// A ProjectMilestone: wire value or label (开工, 入统, 投产, 达产, 上规).
    public var milestone: String
    /// `2023-05-08` (Beijing): not before the signing, not in the future.
    public var on: String
    /// What shows it: a permit number, a statistics registration, a ceremony.
    public var evidence: String
    public var requestId: String?

    public init(leadId: String, milestone: String, on: String, evidence: String, requestId: String? = nil) {
        self.leadId = leadId
        self.milestone = milestone
        self.on = on
        self.evidence = evidence
        self.requestId = requestId
    }
}

/// `lead.funds` (protocol 1.10): funds actually in place (实际到位资金) on a signed project, or a
/// correction of an earlier entry. A correction names the entry it replaces and why; an amount of
/// `0` in a correction withdraws the entry. Corrections are kept in the lead's history.
public struct RecordFunds: Codable, Sendable, Equatable {
    public var leadId: String
    /// As typed: `"1.2亿"`, `"3000万"`.
    public var amount: String
    /// `2023-06-30` (Beijing): not before the signing, not in the future.
    public var on: String
    /// A FundsOrigin: wire value or label (省外, 市外省内, 境外).
    public var origin: String
    public var note: String?
    /// The entry this one replaces, `F-2`.
    public var corrects: String?
    /// Why the entry is corrected; required with `corrects`.
    public var reason: String?
    public var requestId: String?

    public init(
        leadId: String, amount: String, on: String, origin: String, note: String? = nil, corrects: String? = nil,
        reason: String? = nil, requestId: String? = nil
    ) {
        self.leadId = leadId
        self.amount = amount
        self.on = on
        self.origin = origin
        self.note = note
        self.corrects = corrects
        self.reason = reason
        self.requestId = requestId
    }
}

/// `lead.edit` (protocol 1.10): correct a lead's fields as typed. An absent field stays as it is; an
/// empty one clears it (the company, headquarters and project cannot be cleared). The stage, the
/// signing, the owner and the officer change through their own commands.
public struct EditLead: Codable, Sendable, Equatable {
    public var leadId: String
    public var companyName: String?
    public var headquarters: String?
    public var projectName: String?
    public var industry: String?
    public var description: String?
    public var estimatedInvestment: String?
    public var channel: String?
    public var parentCompany: String?
    public var carrierPark: String?
    public var ownership: String?
    public var requestId: String?

    public init(
        leadId: String, companyName: String? = nil, headquarters: String? = nil, projectName: String? = nil,
        industry: String? = nil, description: String? = nil, estimatedInvestment: String? = nil,
        channel: String? = nil, parentCompany: String? = nil, carrierPark: String? = nil, ownership: String? = nil,
        requestId: String? = nil
    ) {
        self.leadId = leadId
        self.companyName = companyName
        self.headquarters = headquarters
        self.projectName = projectName
        self.industry = industry
        self.description = description
        self.estimatedInvestment = estimatedInvestment
        self.channel = channel
        self.parentCompany = parentCompany
        self.carrierPark = carrierPark
        self.ownership = ownership
        self.requestId = requestId
    }
}
