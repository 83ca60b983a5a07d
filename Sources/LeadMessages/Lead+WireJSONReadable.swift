extension Lead: WireJSONReadable {
    /// Every member by hand but the after-signing ones (responsibility, plan, follow-ups,
    /// milestones, funds), which are read the generic way from their own bytes.
    public init(reading reader: inout JSONReader) throws {
        var text = [String: String?]()
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
            case "leadId": try Self.text("leadId", &text, reader.string())
            case "companyName": try Self.text("companyName", &text, reader.string())
            case "headquarters": try Self.text("headquarters", &text, reader.string())
            case "projectName": try Self.text("projectName", &text, reader.string())
            case "description": try Self.text("description", &text, reader.optionalString())
            case "parentCompany": try Self.text("parentCompany", &text, reader.optionalString())
            case "officer": try Self.text("officer", &text, reader.optionalString())
            case "carrierPark": try Self.text("carrierPark", &text, reader.optionalString())
            case "owner": try Self.text("owner", &text, reader.optionalString())
            case "updatedBy": try Self.text("updatedBy", &text, reader.optionalString())
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
        guard let leadId = text["leadId"] ?? nil, let companyName = text["companyName"] ?? nil,
            let headquarters = text["headquarters"] ?? nil, let projectName = text["projectName"] ?? nil,
            let stage, let createdAt, let updatedAt
        else { throw JSONReader.Unread() }
        self.init(
            leadId: leadId, companyName: companyName, headquarters: headquarters, projectName: projectName,
            industry: industry ?? nil, description: text["description"] ?? nil,
            estimatedInvestmentYuan: estimatedInvestmentYuan ?? nil, channel: channel ?? nil,
            parentCompany: text["parentCompany"] ?? nil, officer: text["officer"] ?? nil,
            carrierPark: text["carrierPark"] ?? nil, ownership: ownership ?? nil, stage: stage,
            signing: signing ?? nil, capitalIncreases: capitalIncreases ?? nil, createdAt: createdAt,
            updatedAt: updatedAt, owner: text["owner"] ?? nil, updatedBy: text["updatedBy"] ?? nil)
        self.responsibility = responsibility ?? nil
        self.plan = plan ?? nil
        self.followUps = followUps ?? nil
        self.milestones = milestones ?? nil
        self.funds = funds ?? nil
    }

    /// The text members, each once.
    private static func text(_ name: String, _ members: inout [String: String?], _ value: String?) throws {
        guard members.updateValue(value, forKey: name) == nil else { throw JSONReader.Unread() }
    }
}
