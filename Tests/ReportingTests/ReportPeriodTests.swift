import LeadMessages
import Testing

@testable import Reporting

@Suite struct ReportPeriodTests {
    @Test(arguments: [
        ("2023-W10", PeriodKind.week, "2023-03-06", "2023-03-12"), ("2023-03", .month, "2023-03-01", "2023-03-31"),
        ("2024-02", .month, "2024-02-01", "2024-02-29"), ("2023-Q1", .quarter, "2023-01-01", "2023-03-31"),
        ("2023-q4", .quarter, "2023-10-01", "2023-12-31"), ("2023", .year, "2023-01-01", "2023-12-31"),
        ("2022-W52", .week, "2022-12-26", "2023-01-01"),
    ])
    func periodsParseToTheirDates(text: String, kind: PeriodKind, start: String, end: String) throws {
        let period = try #require(ReportPeriod(text))
        #expect(period.kind == kind)
        #expect(period.start.description == start)
        #expect(period.end.description == end)
    }

    @Test(arguments: ["2023-13", "2023-Q5", "23", "2023-W54", "march", "2023-03-01", ""])
    func badPeriodsAreRefused(text: String) {
        #expect(ReportPeriod(text) == nil)
    }

    @Test func theCurrentPeriodContainsTheDate() throws {
        let date = try #require(CivilDate(year: 2023, month: 1, day: 1))
        #expect(ReportPeriod.containing(date, kind: .week).key == "2022-W52")
        #expect(ReportPeriod.containing(date, kind: .month).key == "2023-01")
        #expect(ReportPeriod.containing(date, kind: .quarter).key == "2023-Q1")
        #expect(ReportPeriod.containing(date, kind: .year).key == "2023")
    }
}
