import LeadMessages

/// The reporter stores every lead's facts on every event (lead-city every district's): written
/// by hand, byte for byte what the generic encoder writes (`ReportingFactsJSONTests`), with the
/// after-signing members, rarer, the generic way (and only when present: a call of the generic
/// writer from another module looks its types' metadata up at run time, even for nil).
extension ReportingFacts: WireJSONWritable {
    public func wireJSON() -> [UInt8] {
        var object = JSONObjectWriter(capacity: 512)
        if capitalIncreases.isEmpty {
            object.json("capitalIncreases", [UInt8(ascii: "["), UInt8(ascii: "]")])
        } else {
            object.encoded("capitalIncreases", capitalIncreases)
        }
        object.string("carrierPark", carrierPark)
        object.string("channel", channel?.rawValue)
        object.json("classification", classification.wireJSON())
        object.string("companyName", companyName)
        object.string("district", district)
        if let funds { object.encoded("funds", funds) }
        object.string("leadId", leadId)
        if let milestones { object.encoded("milestones", milestones) }
        object.string("officer", officer)
        if let plannedStart { object.encoded("plannedStart", plannedStart) }
        object.string("projectName", projectName)
        object.json("signing", signing?.wireJSON())
        object.string("stage", stage.rawValue)
        object.string("unit", unit)
        if let voidedSignings { object.encoded("voidedSignings", voidedSignings) }
        return object.finish()
    }
}

extension Classification: WireJSONWritable {
    public func wireJSON() -> [UInt8] {
        var object = JSONObjectWriter(capacity: 96)
        object.strings("enterpriseClasses", enterpriseClasses.map(\.rawValue))
        object.string("industry", industry.rawValue)
        object.string("region", region.rawValue)
        return object.finish()
    }
}
