import Foundation
import Testing

@testable import LeadMessages

/// The hand-written JSON of the hot messages is byte for byte what the generic encoder writes:
/// on thousands of generated values, with every control character, quotes, backslashes, slashes,
/// Chinese and emoji in their strings, and with members present and absent.
@Suite struct WireJSONTests {
    /// A small deterministic generator (the same values on every run).
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        mutating func chance(_ percent: UInt64) -> Bool { next() % 100 < percent }
        mutating func pick<T>(_ values: [T]) -> T { values[Int(next() % UInt64(values.count))] }

        mutating func text() -> String {
            let pieces = [
                "中建七局", "郑州", "\"", "\\", "/", "\n", "\r", "\t", "\u{8}", "\u{C}", "\u{0}", "\u{1F}", "\u{7F}",
                "a", "Z", " ", "（香港）", "😀", "é", "\u{2028}", "</script>", "1.5亿",
            ]
            return (0..<Int(next() % 6)).map { _ in pick(pieces) }.joined()
        }

        mutating func optionalText() -> String? { chance(50) ? text() : nil }

        mutating func timestamp() -> Timestamp {
            Timestamp(
                epochSeconds: Int64(next() % 4_000_000_000) - 1_000_000_000, milliseconds: Int32(next() % 1000),
                offsetMinutes: pick([480, 0, -300]))
        }

        mutating func submission() -> LeadSubmission {
            LeadSubmission(
                companyName: text(), headquarters: text(), projectName: text(), industry: optionalText(),
                description: optionalText(), estimatedInvestment: optionalText(), channel: optionalText(),
                parentCompany: optionalText(), officer: optionalText(), carrierPark: optionalText(),
                ownership: optionalText(), requestId: optionalText())
        }

        mutating func lead() -> Lead {
            var lead = Lead(
                leadId: LeadID.make(Int64(next() % 1_000_000)), companyName: text(), headquarters: text(),
                projectName: text(), industry: chance(50) ? pick(Industry.allCases) : nil, description: optionalText(),
                estimatedInvestmentYuan: chance(50) ? Money(fen: Int64(next()) - (1 << 30)) : nil,
                channel: chance(50) ? pick(Channel.allCases) : nil, parentCompany: optionalText(),
                officer: optionalText(), carrierPark: optionalText(),
                ownership: chance(50) ? pick(Ownership.allCases) : nil, stage: pick(Stage.allCases), signing: nil,
                createdAt: timestamp(), updatedAt: timestamp(), owner: optionalText(), updatedBy: optionalText())
            if chance(20) { lead.signing = Signing(amountYuan: Money(fen: Int64(next())), signedAt: timestamp()) }
            return lead
        }
    }

    @Test func leadsSubmissionsEventsRepliesAndEnvelopesAreWrittenAsTheEncoderWritesThem() throws {
        let day = try #require(CivilDate(year: 2023, month: 5, day: 8))
        var generator = Generator(state: 20_261_205)
        for _ in 0..<3_000 {
            let lead = generator.lead()
            #expect(lead.wireJSON() == StoredJSON.bytes(lead), "\(String(decoding: lead.wireJSON(), as: UTF8.self))")

            let submission = generator.submission()
            #expect(submission.wireJSON() == StoredJSON.bytes(submission))

            let result = SubmitResult(leadId: lead.leadId, status: generator.pick([.accepted, .duplicate]), lead: lead)
            #expect(result.wireJSON() == StoredJSON.bytes(result))

            let followUp =
                generator.chance(30)
                ? FollowUp(
                    on: day, kind: generator.pick(FollowUpKind.allCases),
                    summary: generator.text(), recordedBy: generator.text()) : nil
            let previous =
                generator.chance(20) ? Signing(amountYuan: Money(fen: 100), signedAt: generator.timestamp()) : nil
            let event = LeadEvent(
                sequence: Int64(generator.next()), lead: lead, previousSigning: previous, followUp: followUp)
            #expect(event.wireJSON() == StoredJSON.bytes(event))

            let type: MessageType = generator.pick([.leadCreated, .ok, .leadUpdated])
            let envelope = Envelope<LeadEvent>(
                type: type, body: event, sender: generator.text(),
                id: generator.text(), correlationId: generator.optionalText(), sentAt: generator.timestamp(),
                onBehalfOf: generator.chance(30) ? OnBehalfOf(identity: generator.text(), role: "officer") : nil)
            #expect(MessageCodec.encode(envelope) == StoredJSON.bytes(envelope))

            let audit = AuditEntry(
                at: generator.timestamp(), service: generator.text(), identity: generator.text(),
                role: generator.optionalText(), action: generator.text(), leadId: generator.optionalText(),
                outcome: generator.text(), detail: generator.optionalText(), via: generator.optionalText())
            #expect(audit.wireJSON() == StoredJSON.bytes(audit))
        }
    }

    /// A member added to one of these types must be added to its hand-written JSON too: the
    /// generated values above leave a new member out, so this is what notices.
    @Test func theHandWrittenTypesHaveTheMembersTheirWritersKnow() throws {
        func members(_ value: Any) -> Set<String> { Set(Mirror(reflecting: value).children.compactMap(\.label)) }
        var generator = Generator(state: 1)
        let lead = generator.lead()
        #expect(
            members(lead) == [
                "leadId", "companyName", "headquarters", "projectName", "industry", "description",
                "estimatedInvestmentYuan", "channel", "parentCompany", "officer", "carrierPark", "ownership", "stage",
                "signing", "capitalIncreases", "createdAt", "updatedAt", "owner", "updatedBy", "responsibility", "plan",
                "followUps", "milestones", "funds",
            ], "update Lead.wireJSON()")
        #expect(
            members(LeadSubmission(companyName: "", headquarters: "", projectName: "")) == [
                "companyName", "headquarters", "projectName", "industry", "description", "estimatedInvestment",
                "channel", "parentCompany", "officer", "carrierPark", "ownership", "requestId",
            ], "update LeadSubmission.wireJSON()")
        #expect(members(SubmitResult(leadId: "", status: .accepted, lead: lead)) == ["leadId", "status", "lead"])
        #expect(members(LeadEvent(sequence: 1, lead: lead)) == ["sequence", "lead", "previousSigning", "followUp"])
        #expect(
            members(Envelope(type: .ok, body: EmptyBody(), sender: "")) == [
                "protocol", "type", "id", "correlationId", "sentAt", "sender", "onBehalfOf", "body",
            ], "update Envelope.wireJSON(body:)")
        #expect(
            members(
                AuditEntry(
                    at: Timestamp(epochSeconds: 0), service: "", identity: "", role: nil, action: "", leadId: nil,
                    outcome: "", detail: nil, via: nil)) == [
                    "at", "service", "identity", "role", "action", "leadId", "outcome", "detail", "via",
                ], "update AuditEntry.wireJSON()")
    }

    @Test func messageIDsAreVersionFourUUIDsInLowerCase() {
        var seen = Set<String>()
        for _ in 0..<1_000 {
            let id = MessageID.make()
            #expect(UUID(uuidString: id) != nil && id == id.lowercased() && id.count == 36)
            #expect(Array(id)[14] == "4" && "89ab".contains(Array(id)[19]), "\(id)")
            seen.insert(id)
        }
        #expect(seen.count == 1_000)
    }
}
