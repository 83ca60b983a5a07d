import Foundation
import LeadMessages
import Testing

@testable import Reporting

/// The facts the reporter stores on every event are written by hand exactly as the generic
/// encoder writes them: with and without each optional member, with text that needs escaping,
/// and with the after-signing members of the golden examples.
@Suite struct ReportingFactsJSONTests {
    @Test func factsAreWrittenAsTheEncoderWritesThem() throws {
        let texts = ["中建七局", "a\"b\\c/d", "\n\t\u{0}\u{1F}", "😀（香港）", ""]
        var all: [ReportingFacts] = []
        for (index, text) in texts.enumerated() {
            var facts = try Fixture.facts(
                "L-\(index)", signed: index % 2 == 0 ? "12.3亿" : nil,
                increases: index == 2 ? [("1000万", "2023-04-01T09:00:00+08:00")] : [],
                classes: Array(EnterpriseClass.allCases.prefix(index % 3)), officer: index == 1 ? nil : text,
                park: index == 3 ? nil : text)
            facts.companyName = text
            facts.district = index == 4 ? nil : "huiji"
            facts.unit = index == 0 ? nil : text
            facts.channel = index == 3 ? nil : .targeted
            if index == 4 { facts.signing?.unregistered = true }
            all.append(facts)
        }
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Protocols/examples")
        for name in ["lead.updated.milestones.json", "lead.signed.json", "lead.updated.follow-up.json"] {
            let event = try JSONDecoder().decode(
                Envelope<LeadEvent>.self, from: Data(contentsOf: examples.appendingPathComponent(name)))
            let classification = Classification(region: .yangtzeRiverDelta, enterpriseClasses: [], industry: .other)
            let facts = ReportingFacts(lead: event.body.lead, classification: classification)
            var voided = event.body.lead
            voided.signing = nil
            all += [facts, ReportingFacts(lead: voided, classification: classification, previous: facts)]
        }
        #expect(all.contains { $0.milestones != nil } && all.contains { $0.voidedSignings != nil })
        for facts in all {
            #expect(facts.wireJSON() == StoredJSON.bytes(facts), "\(String(decoding: facts.wireJSON(), as: UTF8.self))")
        }
    }

    /// A member added to the facts must be added to their hand-written JSON too.
    @Test func theHandWrittenFactsHaveTheMembersTheirWriterKnows() throws {
        let members = Set(Mirror(reflecting: try Fixture.facts()).children.compactMap(\.label))
        #expect(
            members == [
                "leadId", "companyName", "projectName", "stage", "signing", "capitalIncreases", "channel", "officer",
                "carrierPark", "classification", "unit", "milestones", "funds", "plannedStart", "voidedSignings",
                "district",
            ], "update ReportingFacts.wireJSON()")
        let signing = Signing(amountYuan: .zero, signedAt: Timestamp(epochSeconds: 0))
        #expect(
            Set(Mirror(reflecting: signing).children.compactMap(\.label)) == ["amountYuan", "signedAt", "unregistered"])
    }
}
