import Foundation
import Testing

@testable import LeadMessages

/// The matcher's recommendations are written by hand exactly as the generic encoder writes them.
@Suite struct RecommendationJSONTests {
    static func golden(_ name: String) throws -> Recommendation {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Protocols/examples/\(name)")
        return try JSONDecoder().decode(Envelope<Recommendation>.self, from: Data(contentsOf: url)).body
    }

    @Test func recommendationsAreWrittenAsTheEncoderWritesThem() throws {
        var generator = WireJSONTests.Generator(state: 31)
        var all = [try Self.golden("ok.recommendation.json"), try Self.golden("ok.recommendation.duplicate.json")]
        #expect(all.contains { !$0.possibleDuplicates.isEmpty } && all.contains { !$0.evidence.isEmpty })
        for _ in 0..<500 {
            var value = generator.pick(all.prefix(2).map { $0 })
            value.action = generator.text()
            value.reasons = (0..<Int(generator.next() % 3)).map { _ in generator.text() }
            value.matchedPlace = generator.optionalText()
            value.suggestedPark = generator.optionalText()
            value.suggestedChannel = generator.chance(50) ? generator.pick(Channel.allCases) : nil
            value.frontierTags = generator.chance(50) ? [generator.text()] : []
            value.score = Int(generator.next() % 200) - 50
            value.enterpriseClasses = Array(EnterpriseClass.allCases.prefix(Int(generator.next() % 4)))
            value.evidence = value.evidence.map { evidence in
                var changed = evidence
                changed.value = generator.text()
                changed.entry = generator.optionalText()
                changed.confidence = generator.optionalText()
                changed.viaParent = generator.chance(30) ? generator.chance(50) : nil
                return changed
            }
            value.scoreFactors = value.scoreFactors.map { factor in
                var changed = factor
                changed.reason = generator.text()
                changed.points = -factor.points
                return changed
            }
            all.append(value)
        }
        for value in all {
            #expect(value.wireJSON() == StoredJSON.bytes(value), "\(String(decoding: value.wireJSON(), as: UTF8.self))")
        }
    }

    /// A member added to these types must be added to their hand-written JSON too.
    @Test func theHandWrittenTypesHaveTheMembersTheirWritersKnow() throws {
        func members(_ value: Any) -> Set<String> { Set(Mirror(reflecting: value).children.compactMap(\.label)) }
        let value = try Self.golden("ok.recommendation.json")
        #expect(
            members(value) == [
                "leadId", "region", "matchedPlace", "enterpriseClasses", "industry", "industrySource", "priority",
                "action", "reasons", "basedOnSequence", "tier", "score", "scoreFactors", "strategies", "suggestedPark",
                "suggestedChannel", "frontierTags", "evidence", "possibleDuplicates",
            ], "update Recommendation.wireJSON()")
        let evidence = try #require(value.evidence.first)
        #expect(members(evidence) == ["kind", "value", "matched", "entry", "source", "viaParent", "confidence"])
        let factor = try #require(value.scoreFactors.first)
        #expect(members(factor) == ["factor", "points", "reason"])
    }
}
