import Foundation
import Testing

@testable import LeadMessages

/// The hand-written reader reads what `JSONDecoder` reads, identically, and leaves to it (never
/// accepts) whatever it would refuse: on generated events, on the golden examples, and on every
/// truncation and many corruptions of them.
@Suite struct JSONReaderTests {
    typealias Generator = WireJSONTests.Generator

    static func generic<T: Decodable>(_ type: T.Type, _ bytes: [UInt8]) -> T? {
        try? JSONDecoder().decode(T.self, from: Data(bytes))
    }

    static func events(count: Int) -> [Envelope<LeadEvent>] {
        var generator = Generator(state: 20_261_206)
        let day = CivilDate(year: 2023, month: 5, day: 8) ?? CivilDate(daysSinceEpoch: 0)
        return (0..<count).map { _ in
            var lead = generator.lead()
            if generator.chance(20) {
                lead.capitalIncreases = [
                    CapitalIncrease(amountYuan: Money(fen: Int64(generator.next())), increasedAt: generator.timestamp())
                ]
            }
            let followUp =
                generator.chance(30)
                ? FollowUp(
                    on: day, kind: generator.pick(FollowUpKind.allCases), summary: generator.text(),
                    recordedBy: generator.text()) : nil
            let previous =
                generator.chance(20)
                ? Signing(amountYuan: Money(fen: 100), signedAt: generator.timestamp(), unregistered: true) : nil
            let event = LeadEvent(
                sequence: Int64(generator.next()), lead: lead, previousSigning: previous, followUp: followUp)
            return Envelope(
                type: generator.pick([.leadCreated, .leadUpdated]), body: event, sender: generator.text(),
                id: generator.text(), correlationId: generator.optionalText(), sentAt: generator.timestamp(),
                onBehalfOf: generator.chance(30) ? OnBehalfOf(identity: generator.text(), role: "officer") : nil)
        }
    }

    static func same(_ one: Envelope<LeadEvent>, _ other: Envelope<LeadEvent>) -> Bool {
        one.protocol == other.protocol && one.type == other.type && one.id == other.id
            && one.correlationId == other.correlationId && one.sentAt == other.sentAt
            && one.sentAt.offsetMinutes == other.sentAt.offsetMinutes && one.sender == other.sender
            && one.onBehalfOf == other.onBehalfOf && one.body == other.body
    }

    @Test func generatedEventsAndPagesReadByHandAsTheDecoderReadsThem() throws {
        let events = Self.events(count: 2_000)
        for envelope in events {
            let bytes = StoredJSON.bytes(envelope)
            let byHand = try Envelope<LeadEvent>.read(wireJSON: bytes)
            let generic = try #require(Self.generic(Envelope<LeadEvent>.self, bytes))
            #expect(Self.same(byHand, generic), "\(String(decoding: bytes, as: UTF8.self))")
            let header = try EnvelopeHeader.read(wireJSON: bytes)
            #expect(header == Self.generic(EnvelopeHeader.self, bytes))
        }
        let page = EventPage(events: Array(events.prefix(100)), lastSequence: 12_345, storeId: "store-1")
        let bytes = StoredJSON.bytes(Envelope(type: .ok, body: page, sender: "lead-intake"))
        let read = try Envelope<EventPage>.read(wireJSON: bytes)
        #expect(read.body.lastSequence == 12_345 && read.body.storeId == "store-1")
        #expect(zip(read.body.events, page.events).allSatisfy(Self.same) && read.body.events.count == 100)
        // Intake's page of stored events is the page the encoder writes, byte for byte.
        let stored = StoredEventPage(
            events: page.events.map(MessageCodec.encode), lastSequence: page.lastSequence, storeId: page.storeId)
        #expect(stored.wireJSON() == StoredJSON.bytes(page))
        #expect(
            MessageCodec.encode(Envelope(type: .ok, body: stored, sender: "s", id: "i", sentAt: .init(epochSeconds: 1)))
                == MessageCodec.encode(
                    Envelope(type: .ok, body: page, sender: "s", id: "i", sentAt: .init(epochSeconds: 1))))
    }

    /// The after-signing members (read the generic way inside the hand-read lead) and every
    /// event and page of the golden examples.
    @Test func goldenEventsReadByHand() throws {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Protocols/examples")
        let names = [
            "lead.created.json", "lead.updated.json", "lead.updated.follow-up.json", "lead.updated.milestones.json",
            "lead.signed.json", "lead.signed.correction.json", "lead.signed.unregistered.json",
        ]
        for name in names {
            let bytes = Array(try Data(contentsOf: examples.appendingPathComponent(name)))
            let byHand = try Envelope<LeadEvent>.read(wireJSON: bytes)
            let generic = try #require(Self.generic(Envelope<LeadEvent>.self, bytes))
            #expect(Self.same(byHand, generic), "\(name)")
        }
        let page = Array(try Data(contentsOf: examples.appendingPathComponent("ok.event-page.json")))
        let read = try Envelope<EventPage>.read(wireJSON: page)
        let generic = try #require(Self.generic(Envelope<EventPage>.self, page))
        #expect(zip(read.body.events, generic.body.events).allSatisfy(Self.same))
        #expect(read.body.lastSequence == generic.body.lastSequence && read.body.storeId == generic.body.storeId)
    }

    /// Whatever the reader accepts, the decoder accepts and reads the same; it may leave more.
    @Test func corruptedMessagesAreNeverReadDifferently() throws {
        var generator = Generator(state: 7)
        let replacements: [[UInt8]] = [
            [], Array("\"".utf8), Array("\\".utf8), Array(",".utf8), Array("}".utf8), Array("]".utf8), Array(" ".utf8),
            Array("null".utf8), Array("1.5".utf8), Array("01".utf8), Array("1e3".utf8), Array("\\u0000".utf8),
            Array("\\ud800".utf8), Array("\\uD83D\\uDE00".utf8), Array("\"leadId\":\"x\",".utf8), [0x01], [0xFF],
            Array("\"sequence\":-9223372036854775809,".utf8), Array("true".utf8), Array("{}".utf8),
        ]
        var readByHand = 0
        for envelope in Self.events(count: 60) {
            let bytes = StoredJSON.bytes(envelope)
            var variants = (0..<bytes.count).filter { $0 % 7 == 0 }.map { Array(bytes[..<$0]) }
            for _ in 0..<150 {
                let at = Int(generator.next() % UInt64(bytes.count))
                let length = Int(generator.next() % 4)
                variants.append(
                    Array(bytes[..<at]) + generator.pick(replacements) + Array(bytes[min(bytes.count, at + length)...]))
            }
            for variant in variants {
                guard let byHand = try? Envelope<LeadEvent>.read(wireJSON: variant) else { continue }
                readByHand += 1
                let generic = Self.generic(Envelope<LeadEvent>.self, variant)
                #expect(generic.map { Self.same(byHand, $0) } == true, "\(String(decoding: variant, as: UTF8.self))")
            }
        }
        #expect(readByHand > 0)
    }

    @Test func duplicateMembersAndOddNumbersAreLeftToTheGenericRoute() {
        let lead =
            #"{"companyName":"a","createdAt":"2023-03-05T23:30:00+08:00","headquarters":"b","leadId":"L-1","projectName":"c","stage":"lead","updatedAt":"2023-03-05T23:30:00+08:00"}"#
        let event = #"{"lead":\#(lead),"sequence":5}"#
        #expect((try? LeadEvent.read(wireJSON: Array(event.utf8)))?.sequence == 5)
        for odd in [
            #"{"lead":\#(lead),"sequence":5,"sequence":6}"#, #"{"lead":\#(lead),"sequence":5.0}"#,
            #"{"lead":\#(lead),"sequence":5e0}"#, #"{"lead":\#(lead),"sequence":05}"#,
            #"{"lead":\#(lead),"sequ\u0065nce":5}"#, #"{"lead":\#(lead),"sequence":5} x"#,
            #"{"lead":\#(lead),"sequence":5,}"#,
            // A duplicate inside the lead, one of them an explicit null.
            #"{"lead":\#(lead.dropLast()),"leadId":"L-2"},"sequence":5}"#,
            #"{"lead":\#(lead.dropLast()),"description":null,"description":"x"},"sequence":5}"#,
        ] {
            #expect((try? LeadEvent.read(wireJSON: Array(odd.utf8))) == nil, "\(odd)")
        }
        // Through the codec the same messages still read (or fail) as the decoder has them.
        let codec = MessageCodec.decodeLoosely(LeadEvent.self, from: Array(event.utf8))
        #expect((try? codec.get())?.sequence == 5)
    }
}

extension JSONReaderTests {
    /// The reader's quick reading of an amount agrees with `Money(yuanString:)` wherever it reads one.
    @Test func amountsReadQuicklyAsMoneyReadsThem() {
        let texts = [
            "0", "-0", "1", "12.3", "12.30", "12.34", "-5.06", "0.5", ".5", "5.", "1.234", "1.230", "007", "", "-",
            "1e3", "1,000", "9223372036854775807", "92233720368547758.07", "92233720368547758.08", "99999999999999.99",
            "100000000000000", " 1", "1 ", "--1",
        ]
        for text in texts {
            let quick = JSONReader.plainFen(text)
            if let quick { #expect(Money(yuanString: text)?.fen == quick, "\(text)") }
        }
        #expect(JSONReader.plainFen("12.3") == 1_230 && JSONReader.plainFen("-5.06") == -506)
        #expect(JSONReader.plainFen(".5") == nil && JSONReader.plainFen("1.230") == nil)
    }
}

extension JSONReaderTests {
    /// Submissions, the message intake reads most, read by hand as the decoder reads them.
    @Test func submissionsReadByHandAsTheDecoderReadsThem() throws {
        var generator = Generator(state: 99)
        for _ in 0..<2_000 {
            let submission = generator.submission()
            let bytes = StoredJSON.bytes(Envelope(type: .leadSubmit, body: submission, sender: generator.text()))
            let byHand = try Envelope<LeadSubmission>.read(wireJSON: bytes)
            #expect(
                byHand.body == submission && byHand.body == Self.generic(Envelope<LeadSubmission>.self, bytes)?.body)
        }
        // Explicit nulls read as absent; a missing required member is left to the decoder's error.
        let nulls = #"{"companyName":"a","headquarters":"b","projectName":"c","officer":null,"extra":[1,{"x":null}]}"#
        #expect(
            try LeadSubmission.read(wireJSON: Array(nulls.utf8))
                == LeadSubmission(companyName: "a", headquarters: "b", projectName: "c"))
        #expect((try? LeadSubmission.read(wireJSON: Array(#"{"companyName":"a","headquarters":"b"}"#.utf8))) == nil)
    }
}

extension JSONReaderTests {
    /// The consumers' one-pass readings take only what they are for: an event of this protocol
    /// major, an `ok` page; a heartbeat, an error reply or another major go the header-first way.
    @Test func oneReadingTakesOnlyEventsAndPages() throws {
        let event = try #require(Self.events(count: 1).first)
        #expect(MessageCodec.readEvent(StoredJSON.bytes(event))?.body == event.body)
        var future = event
        future.protocol = "2.0"
        #expect(MessageCodec.readEvent(StoredJSON.bytes(future)) == nil)
        let beat = Envelope(type: .intakeHeartbeat, body: Heartbeat(lastSequence: 5), sender: "lead-intake")
        #expect(MessageCodec.readEvent(StoredJSON.bytes(beat)) == nil)
        let reply = Envelope(type: .ok, body: EventPage(events: [event], lastSequence: 9), sender: "lead-intake")
        #expect(MessageCodec.readPage(StoredJSON.bytes(reply))?.body.lastSequence == 9)
        #expect(MessageCodec.readEvent(StoredJSON.bytes(reply)) == nil)
        let refused = Envelope(type: .error, body: ErrorBody(.forbidden, "no"), sender: "lead-intake")
        #expect(MessageCodec.readPage(StoredJSON.bytes(refused)) == nil)
        var wrongType = reply
        wrongType.type = .leadCreated
        #expect(MessageCodec.readPage(StoredJSON.bytes(wrongType)) == nil)
    }
}

/// The reader's UTF-8 check against the standard library's, which it replaces on the hot path.
@Suite struct UTF8ValidationTests {
    static func agree(_ bytes: [UInt8]) -> Bool {
        let ours = bytes.withUnsafeBufferPointer { JSONReader.isWellFormedUTF8($0) }
        return ours == (String(validating: bytes, as: UTF8.self) != nil)
    }

    @Test func everySequenceOfUpToThreeInterestingBytes() {
        // Each boundary of table 3-7 and its neighbours.
        let interesting: [UInt8] = [
            0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED,
            0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF,
        ]
        var checked = 0
        for a in interesting {
            #expect(Self.agree([a]))
            for b in interesting {
                #expect(Self.agree([a, b]), "\([a, b])")
                for c in interesting {
                    #expect(Self.agree([a, b, c]), "\([a, b, c])")
                    for d in [0x80, 0xBF, 0x41, 0xC0] as [UInt8] {
                        #expect(Self.agree([a, b, c, d]), "\([a, b, c, d])")
                    }
                    checked += 1
                }
            }
        }
        #expect(checked == interesting.count * interesting.count * interesting.count)
    }

    @Test func randomBytesAndTextWithThemInside() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...12, using: &generator)
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            #expect(Self.agree(bytes), "\(bytes)")
            #expect(Self.agree(Array("华为技术".utf8) + bytes + Array("𠀀 ok".utf8)), "\(bytes)")
        }
        #expect(Self.agree(Array("华为技术有限公司 😀 Ａ".utf8)))
    }
}
