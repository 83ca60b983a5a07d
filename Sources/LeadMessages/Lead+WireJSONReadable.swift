extension Lead: WireJSONReadable {
    /// Every member by hand but the after-signing ones (responsibility, plan, follow-ups,
    /// milestones, funds), which are read the generic way from their own bytes.
    public init(reading reader: inout JSONReader) throws {
        var leadId: String?
        var companyName: String?
        var headquarters: String?
        var projectName: String?
        var description: String??
        var parentCompany: String??
        var officer: String??
        var carrierPark: String??
        var owner: String??
        var updatedBy: String??
        var industry: Industry??
        var estimatedInvestmentYuan: Money??
        var channel: Channel??
        var ownership: Ownership??
        var stage: Stage?
        var signing: Signing??
        var capitalIncreases: [CapitalIncrease]??
        var createdAt: Timestamp?
        var updatedAt: Timestamp?
        var responsibility: Responsibility??
        var plan: MilestonePlan??
        var followUps: FollowUpSummary??
        var milestones: ProjectMilestones??
        var funds: FundsInPlace??
        try reader.beginObject()
        while let key = try reader.nextKey() {
            switch key {
            case "leadId": try once(&leadId, reader.string())
            case "companyName": try once(&companyName, reader.string())
            case "headquarters": try once(&headquarters, reader.string())
            case "projectName": try once(&projectName, reader.string())
            case "description": try once(&description, reader.optionalString())
            case "parentCompany": try once(&parentCompany, reader.optionalString())
            case "officer": try once(&officer, reader.optionalString())
            case "carrierPark": try once(&carrierPark, reader.optionalString())
            case "owner": try once(&owner, reader.optionalString())
            case "updatedBy": try once(&updatedBy, reader.optionalString())
            case "industry": try once(&industry, reader.optional { try $0.value(Industry.self) })
            case "estimatedInvestmentYuan": try once(&estimatedInvestmentYuan, reader.optional { try $0.money() })
            case "channel": try once(&channel, reader.optional { try $0.value(Channel.self) })
            case "ownership": try once(&ownership, reader.optional { try $0.value(Ownership.self) })
            case "stage": try once(&stage, reader.value(Stage.self))
            case "signing": try once(&signing, reader.optional { try Signing(reading: &$0) })
            case "capitalIncreases":
                try once(
                    &capitalIncreases,
                    reader.optional { reader in
                        var list: [CapitalIncrease] = []
                        try reader.elements { list.append(try CapitalIncrease(reading: &$0)) }
                        return list
                    })
            case "createdAt": try once(&createdAt, reader.timestamp())
            case "updatedAt": try once(&updatedAt, reader.timestamp())
            case "responsibility": try once(&responsibility, reader.optional { try $0.decoded(Responsibility.self) })
            case "plan": try once(&plan, reader.optional { try $0.decoded(MilestonePlan.self) })
            case "followUps": try once(&followUps, reader.optional { try $0.decoded(FollowUpSummary.self) })
            case "milestones": try once(&milestones, reader.optional { try $0.decoded(ProjectMilestones.self) })
            case "funds": try once(&funds, reader.optional { try $0.decoded(FundsInPlace.self) })
            default: try reader.skipValue()
            }
        }
        guard let leadId, let companyName, let headquarters, let projectName, let stage, let createdAt, let updatedAt
        else { throw JSONReader.Unread() }
        self.init(
            leadId: leadId, companyName: companyName, headquarters: headquarters, projectName: projectName,
            industry: industry ?? nil, description: description ?? nil,
            estimatedInvestmentYuan: estimatedInvestmentYuan ?? nil, channel: channel ?? nil,
            parentCompany: parentCompany ?? nil, officer: officer ?? nil,
            carrierPark: carrierPark ?? nil, ownership: ownership ?? nil, stage: stage,
            signing: signing ?? nil, capitalIncreases: capitalIncreases ?? nil, createdAt: createdAt,
            updatedAt: updatedAt, owner: owner ?? nil, updatedBy: updatedBy ?? nil)
        self.responsibility = responsibility ?? nil
        self.plan = plan ?? nil
        self.followUps = followUps ?? nil
        self.milestones = milestones ?? nil
        self.funds = funds ?? nil
    }
}
