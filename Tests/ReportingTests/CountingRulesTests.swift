import LeadMessages
import Testing

@testable import Reporting

@Suite struct CountingRulesTests {
    func signing(_ amount: String, _ at: String) throws -> Signing {
        Signing(amountYuan: try MoneyParser.parse(amount).get(), signedAt: try #require(Timestamp(rfc3339: at)))
    }

    func week(_ text: String) throws -> ISOWeek { try #require(ISOWeek(text)) }
    func yuan(_ text: String) throws -> Money { try MoneyParser.parse(text).get() }

    @Test func aFirstSigningCountsOneProject() throws {
        let deltas = CountingRules.deltas(previous: nil, current: try signing("12.3亿", "2023-03-05T16:30:00Z"))
        #expect(deltas.count == 1)
        #expect(deltas[0].key.week.description == "2023-W10")
        #expect(deltas[0].projects == 1)
        #expect(deltas[0].amount.yuanString == "1230000000")
    }

    @Test func aCorrectionInTheSameWeekReplacesTheAmountOnly() throws {
        let deltas = CountingRules.deltas(
            previous: try signing("10亿", "2023-03-06T10:00:00+08:00"),
            current: try signing("12亿", "2023-03-07T10:00:00+08:00"))
        #expect(
            deltas == [
                BucketDelta(
                    key: BucketKey(week: try week("2023-W10"), year: 2023), projects: 0,
                    amount: Money(fen: 2 * 100_000_000 * 100))
            ])
    }

    @Test func aCorrectionToAnotherWeekMovesTheProject() throws {
        let deltas = CountingRules.deltas(
            previous: try signing("10亿", "2023-03-06T10:00:00+08:00"),
            current: try signing("10亿", "2023-03-13T10:00:00+08:00"))
        #expect(deltas.map(\.projects) == [-1, 1])
        #expect(deltas.map(\.key.week.description) == ["2023-W10", "2023-W11"])
        #expect(deltas[0].amount.fen == -deltas[1].amount.fen)
    }

    @Test func theSameSigningTwiceChangesNothing() throws {
        let same = try signing("10亿", "2023-03-06T10:00:00+08:00")
        #expect(CountingRules.deltas(previous: same, current: same).isEmpty)
    }

    @Test func weeklyReportSplitsYearToDateAtNewYear() throws {
        let w52 = try week("2022-W52")
        let buckets = [
            BucketTotals(key: BucketKey(week: w52, year: 2022), projects: 2, amount: Money(fen: 100)),
            BucketTotals(key: BucketKey(week: w52, year: 2023), projects: 1, amount: Money(fen: 30)),
            BucketTotals(key: BucketKey(week: try week("2023-W01"), year: 2023), projects: 1, amount: Money(fen: 5)),
        ]
        let lastWeekOf2022 = WeeklyReportBuilder.build(
            week: w52, buckets: buckets, projects: [], targets: .workPlan2023, basedOnSequence: 0)
        #expect(lastWeekOf2022.signedProjects == 3)
        #expect(lastWeekOf2022.year == 2023)  // the week ends on Sunday 2023-01-01
        #expect(lastWeekOf2022.ytdProjects == 1)
        let firstWeek = WeeklyReportBuilder.build(
            week: try week("2023-W01"), buckets: buckets, projects: [], targets: .workPlan2023, basedOnSequence: 0)
        #expect(firstWeek.ytdProjects == 2)
        #expect(firstWeek.ytdAmountYuan == Money(fen: 35))
        #expect(firstWeek.targetProjects == 29)
        #expect(firstWeek.targetAmountYuan?.yuanString == "37100000000")
    }

    @Test func decimalSumsAreExact() throws {
        let w10 = try week("2023-W10")
        let key = BucketKey(week: w10, year: 2023)
        let buckets = [
            BucketTotals(key: key, projects: 1, amount: try yuan("0.1亿")),
            BucketTotals(key: BucketKey(week: try week("2023-W09"), year: 2023), projects: 1, amount: try yuan("0.2亿")),
        ]
        let report = WeeklyReportBuilder.build(
            week: w10, buckets: buckets, projects: [], targets: .workPlan2023, basedOnSequence: 0)
        #expect(report.ytdAmountYuan == (try yuan("0.3亿")))
    }
}
