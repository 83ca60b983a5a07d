extension LeadSubmission: WireJSONReadable {
    /// Every submission is read once by intake: by hand, all its members being text.
    public init(reading reader: inout JSONReader) throws {
        var companyName: String?
        var headquarters: String?
        var projectName: String?
        var industry: String??
        var description: String??
        var estimatedInvestment: String??
        var channel: String??
        var parentCompany: String??
        var officer: String??
        var carrierPark: String??
        var ownership: String??
        var requestId: String??
        try reader.beginObject()
        while let key = try reader.nextKey() {
            switch key {
            case "companyName": try once(&companyName, reader.string())
            case "headquarters": try once(&headquarters, reader.string())
            case "projectName": try once(&projectName, reader.string())
            case "industry": try once(&industry, reader.optionalString())
            case "description": try once(&description, reader.optionalString())
            case "estimatedInvestment": try once(&estimatedInvestment, reader.optionalString())
            case "channel": try once(&channel, reader.optionalString())
            case "parentCompany": try once(&parentCompany, reader.optionalString())
            case "officer": try once(&officer, reader.optionalString())
            case "carrierPark": try once(&carrierPark, reader.optionalString())
            case "ownership": try once(&ownership, reader.optionalString())
            case "requestId": try once(&requestId, reader.optionalString())
            default: try reader.skipValue()
            }
        }
        guard let companyName, let headquarters, let projectName else { throw JSONReader.Unread() }
        self.init(
            companyName: companyName, headquarters: headquarters, projectName: projectName, industry: industry ?? nil,
            description: description ?? nil, estimatedInvestment: estimatedInvestment ?? nil, channel: channel ?? nil,
            parentCompany: parentCompany ?? nil, officer: officer ?? nil, carrierPark: carrierPark ?? nil,
            ownership: ownership ?? nil, requestId: requestId ?? nil)
    }
}
