extension LeadSubmission: WireJSONReadable {
    /// Every submission is read once by intake: by hand, all its members being text.
    public init(reading reader: inout JSONReader) throws {
        var companyName: String?
        var headquarters: String?
        var projectName: String?
        var optional: [String??] = Array(repeating: nil, count: Self.optionalMembers.count)
        try reader.beginObject()
        while let key = try reader.nextKey() {
            switch key {
            case "companyName": try once(&companyName, reader.string())
            case "headquarters": try once(&headquarters, reader.string())
            case "projectName": try once(&projectName, reader.string())
            case "industry": try once(&optional[0], reader.optionalString())
            case "description": try once(&optional[1], reader.optionalString())
            case "estimatedInvestment": try once(&optional[2], reader.optionalString())
            case "channel": try once(&optional[3], reader.optionalString())
            case "parentCompany": try once(&optional[4], reader.optionalString())
            case "officer": try once(&optional[5], reader.optionalString())
            case "carrierPark": try once(&optional[6], reader.optionalString())
            case "ownership": try once(&optional[7], reader.optionalString())
            case "requestId": try once(&optional[8], reader.optionalString())
            default: try reader.skipValue()
            }
        }
        guard let companyName, let headquarters, let projectName else { throw JSONReader.Unread() }
        let value = optional.map { $0 ?? nil }
        self.init(
            companyName: companyName, headquarters: headquarters, projectName: projectName, industry: value[0],
            description: value[1], estimatedInvestment: value[2], channel: value[3], parentCompany: value[4],
            officer: value[5], carrierPark: value[6], ownership: value[7], requestId: value[8])
    }

    /// In the order of the slots above.
    static let optionalMembers = [
        "industry", "description", "estimatedInvestment", "channel", "parentCompany", "officer", "carrierPark",
        "ownership", "requestId",
    ]
}
