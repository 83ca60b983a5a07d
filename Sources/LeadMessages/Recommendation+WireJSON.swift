/// The matcher stores a recommendation for every event it applies and answers it to every
/// `recommendation.get`: written by hand, byte for byte what the generic encoder writes
/// (`WireJSONTests`); the possible duplicates, which carry a floating-point similarity, and
/// are rare, the generic way.
extension Recommendation: WireJSONWritable {
    public func wireJSON() -> [UInt8] {
        var object = JSONObjectWriter(capacity: 1_024)
        object.string("action", action)
        object.integer("basedOnSequence", basedOnSequence)
        object.strings("enterpriseClasses", enterpriseClasses.map(\.rawValue))
        object.array("evidence", evidence.map { $0.wireJSON() })
        object.strings("frontierTags", frontierTags)
        object.string("industry", industry.rawValue)
        object.string("industrySource", industrySource.rawValue)
        object.string("leadId", leadId)
        object.string("matchedPlace", matchedPlace)
        if possibleDuplicates.isEmpty {
            object.array("possibleDuplicates", [])
        } else {
            object.encoded("possibleDuplicates", possibleDuplicates)
        }
        object.string("priority", priority.rawValue)
        object.strings("reasons", reasons)
        object.string("region", region.rawValue)
        object.integer("score", Int64(score))
        object.array("scoreFactors", scoreFactors.map { $0.wireJSON() })
        object.strings("strategies", strategies.map(\.rawValue))
        object.string("suggestedChannel", suggestedChannel?.rawValue)
        object.string("suggestedPark", suggestedPark)
        object.string("tier", tier.rawValue)
        return object.finish()
    }
}

extension Evidence: WireJSONWritable {
    public func wireJSON() -> [UInt8] {
        var object = JSONObjectWriter(capacity: 160)
        object.string("confidence", confidence)
        object.string("entry", entry)
        object.string("kind", kind.rawValue)
        object.string("matched", matched)
        object.string("source", source)
        object.string("value", value)
        object.bool("viaParent", viaParent)
        return object.finish()
    }
}

extension ScoreFactor: WireJSONWritable {
    public func wireJSON() -> [UInt8] {
        var object = JSONObjectWriter(capacity: 128)
        object.string("factor", factor)
        object.integer("points", Int64(points))
        object.string("reason", reason)
        return object.finish()
    }
}
