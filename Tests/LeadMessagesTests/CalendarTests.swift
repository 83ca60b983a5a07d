import Testing

@testable import LeadMessages

@Suite struct CalendarTests {
    @Test func aUTCSigningLateOnSundayIsMondayInBeijing() throws {
        let instant = try #require(Timestamp(rfc3339: "2023-03-05T16:30:00Z"))
        #expect(instant.businessDate.description == "2023-03-06")
        #expect(BusinessCalendar.week(of: instant).description == "2023-W10")
    }

    @Test func newYearSundayIsInTheOldISOYear() throws {
        let instant = try #require(Timestamp(rfc3339: "2023-01-01T10:00:00+08:00"))
        #expect(instant.businessDate.year == 2023)
        #expect(BusinessCalendar.week(of: instant).description == "2022-W52")
    }

    @Test func newYearsEveInUTCIsNewYearInBeijing() throws {
        let instant = try #require(Timestamp(rfc3339: "2022-12-31T17:00:00Z"))
        #expect(instant.businessDate.description == "2023-01-01")
    }

    @Test(arguments: [
        ("2020-12-31", "2020-W53"), ("2021-01-03", "2020-W53"), ("2021-01-04", "2021-W01"),
        ("2024-12-30", "2025-W01"), ("2023-03-06", "2023-W10"), ("2023-12-31", "2023-W52"), ("2026-11-27", "2026-W48"),
    ])
    func isoWeeks(date: String, week: String) throws {
        let instant = try #require(Timestamp(rfc3339: date))
        #expect(ISOWeek(containing: instant.businessDate).description == week)
    }

    @Test func weekBoundsAndParsing() throws {
        let week = try #require(ISOWeek("2023-W10"))
        #expect(week.monday.description == "2023-03-06")
        #expect(week.sunday.description == "2023-03-12")
        #expect(ISOWeek("2023w10") == week)
        #expect(ISOWeek("2023-W53") == nil)  // 2023 has 52 weeks
        #expect(ISOWeek("2020-W53") != nil)
        #expect(ISOWeek("2023-10") == nil)
        #expect(week.next.description == "2023-W11")
        #expect(ISOWeek("2023-W01")?.previous.description == "2022-W52")
    }

    @Test func timestampsKeepTheirOffset() throws {
        let text = "2023-03-05T23:30:00+08:00"
        let instant = try #require(Timestamp(rfc3339: text))
        #expect(instant.description == text)
        #expect(instant.isSameInstant(as: try #require(Timestamp(rfc3339: "2023-03-05T15:30:00Z"))))
        #expect(Timestamp(rfc3339: "2023-03-05T23:30:00.250+0800")?.description == "2023-03-05T23:30:00.250+08:00")
        #expect(Timestamp(rfc3339: "2023-03-05T23:30:00.5Z")?.milliseconds == 500)
    }

    @Test func timestampTextWrittenDigitByDigitIsTheInterpolatedText() {
        var random = SystemRandomNumberGenerator()
        let offsets: [Int32] = [0, 480, -300, 345, -1, 59, 1439, -1439, 5999, 6000, -7200]
        let milliseconds: [Int32] = [0, 1, 9, 10, 99, 100, 250, 999, 1000, 12345]
        var differences = 0
        for _ in 0..<20_000 {
            let instant = Timestamp(
                epochSeconds: Int64.random(in: -62_200_000_000...253_500_000_000, using: &random),
                milliseconds: milliseconds.randomElement(using: &random) ?? 0,
                offsetMinutes: offsets.randomElement(using: &random) ?? 0)
            if instant.description != instant.interpolatedDescription { differences += 1 }
        }
        #expect(differences == 0)
        #expect(Timestamp(epochSeconds: 0).description == "1970-01-01T00:00:00Z")
    }

    @Test(arguments: [
        "2023-03-05T23:30:00", "2023-02-29T10:00:00Z", "2023-03-05T24:00:00Z", "yesterday", "2023-3-5",
        "2023-03-05T23:30:00+08:00junk", "",
    ])
    func ambiguousOrInvalidTimesAreRefused(text: String) {
        #expect(Timestamp(rfc3339: text) == nil)
    }

    @Test func aBareDateIsMidnightInBeijing() throws {
        let instant = try #require(Timestamp(rfc3339: "2023-03-06"))
        #expect(instant.description == "2023-03-06T00:00:00+08:00")
    }

    @Test func civilDateRoundTripsAcrossCenturies() {
        for days in stride(from: Int64(-800_000), through: 800_000, by: 997) {
            #expect(CivilDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
    }
}
