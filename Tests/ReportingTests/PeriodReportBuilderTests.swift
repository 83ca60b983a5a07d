import LeadMessages
import Testing

@testable import Reporting

@Suite struct PeriodReportBuilderTests {
    func report(_ period: String, _ facts: [ReportingFacts], targets: AnnualTargets = .workPlan2023) throws
        -> PeriodReport
    {
        var ledger = InMemoryLedger()
        facts.forEach { ledger.apply($0) }
        return PeriodReportBuilder.build(ledger.inputs(try #require(ReportPeriod(period))), targets: targets)
    }

    @Test func weekAndYearBoundariesAreBeijingDates() throws {
        let facts = [
            try Fixture.facts("L-1", signed: "1亿", at: "2022-12-31T17:00:00Z"),  // Sunday 2023-01-01 in Beijing
            try Fixture.facts("L-2", signed: "2亿", at: "2022-12-31T15:00:00Z"),  // Saturday 2022-12-31 23:00 in Beijing
            try Fixture.facts("L-3", signed: "4亿", at: "2023-01-02T00:30:00+08:00"),
        ]
        let w52 = try report("2022-W52", facts)
        #expect(w52.signedProjects == 2)
        #expect(w52.year == 2023)  // the week ends on Sunday 2023-01-01
        #expect(w52.ytdProjects == 1)
        #expect(w52.ytdAmountYuan == (try Fixture.yuan("1亿")))
        let w01 = try report("2023-W01", facts)
        #expect(w01.signedProjects == 1)
        #expect(w01.ytdProjects == 2)
        #expect(w01.ytdAmountYuan == (try Fixture.yuan("5亿")))
        #expect(try report("2022", facts).signedProjects == 1)
        #expect(try report("2023-01", facts).signedAmountYuan == (try Fixture.yuan("5亿")))
    }

    @Test func decimalSumsAreExact() throws {
        let week = try report(
            "2023-W10",
            [
                try Fixture.facts("L-1", signed: "0.1亿"), try Fixture.facts("L-2", signed: "0.2亿"),
            ])
        #expect(week.signedAmountYuan == (try Fixture.yuan("0.3亿")))
        #expect(week.signedAmountYuan.yuanString == "30000000")
    }

    @Test func progressAgainstTheTargetAndItsPace() throws {
        // Through Sunday 2023-03-12: 71 of 365 days. Pace: 29 × 71/365 = 5.64 projects; 371亿 × 71/365.
        let week = try report(
            "2023-W10",
            [
                try Fixture.facts("L-1", signed: "50亿", at: "2023-02-01T10:00:00+08:00"),
                try Fixture.facts("L-2", signed: "30亿"),
            ])
        let progress = try #require(week.progress)
        #expect(week.targetProjects == 29)
        #expect(week.targetAmountYuan?.yuanString == "37100000000")
        #expect(progress.paceProjects == 5.6)
        #expect(progress.paceAmountYuan.yuanString == "7216712328.77")  // 37100000000 × 71 / 365, to the fen
        #expect(progress.amountPercent == 21.6)  // 80亿 / 371亿
        #expect(progress.projectsPercent == 6.9)  // 2 / 29
        #expect(progress.status == "ahead")
        #expect(progress.amountVersusPaceYuan.yuanString == "783287671.23")
        let behind = try report("2023-W10", [try Fixture.facts("L-1", signed: "1亿")])
        #expect(behind.progress?.status == "behind")
        #expect(try report("2026-W10", []).progress == nil)  // no target configured for 2026
    }

    @Test func yearOverYearUsesTheSameSpanAndTheConfiguredActual() throws {
        let facts = [
            try Fixture.facts("L-1", signed: "10亿", at: "2022-03-01T10:00:00+08:00"),
            try Fixture.facts("L-2", signed: "5亿", at: "2022-06-01T10:00:00+08:00"),
            try Fixture.facts("L-3", signed: "15亿", at: "2023-03-01T10:00:00+08:00"),
        ]
        let yoy = try report("2023-W10", facts).yearOverYear
        #expect(yoy.previousYear == 2022)
        #expect(yoy.previousYtdProjects == 1)
        #expect(yoy.previousYtdAmountYuan == (try Fixture.yuan("10亿")))
        #expect(yoy.amountGrowthPercent == 50)
        #expect(yoy.previousYearProjects == 27)  // 2022 actual from the work plan
        #expect(yoy.previousYearAmountYuan == (try Fixture.yuan("363.8亿")))
        let noActual = try report("2023-W10", facts, targets: AnnualTargets(targets: [:]))
        #expect(noActual.yearOverYear.previousYearProjects == 2)  // from stored signings
    }

    @Test func breakdownsAndCapitalIncreases() throws {
        let week = try report(
            "2023-W14",
            [
                try Fixture.facts(
                    "L-1", signed: "10亿", at: "2023-03-06T10:00:00+08:00",
                    increases: [("2亿", "2023-04-03T09:00:00+08:00")]),
                try Fixture.facts(
                    "L-2", signed: "1亿", at: "2023-04-04T09:00:00+08:00", region: .jingjinji, park: "花园口新兴产业园"),
            ])
        #expect(week.signedProjects == 1)
        #expect(week.signedAmountYuan == (try Fixture.yuan("3亿")))
        #expect(week.capitalIncreaseYuan == (try Fixture.yuan("2亿")))
        let region = try #require(week.breakdowns.first { $0.dimension == "region" })
        #expect(region.rows.map(\.value) == ["greater-bay-area", "jingjinji"])  // by amount, largest first
        #expect(region.rows.map(\.projects) == [0, 1])
        let park = try #require(week.breakdowns.first { $0.dimension == "park" })
        #expect(park.rows.contains { $0.value == "花园口新兴产业园" && $0.projects == 1 })
    }

    @Test func theSeriesIsCumulativeAtEachSundayAndThePeriodEnd() throws {
        let month = try report(
            "2023-03",
            [
                try Fixture.facts("L-1", signed: "1亿", at: "2023-01-10T10:00:00+08:00"),
                try Fixture.facts("L-2", signed: "2亿", at: "2023-03-20T10:00:00+08:00"),
            ])
        #expect(month.series.last?.date == "2023-03-31")
        #expect(month.series.last?.cumulativeProjects == 2)
        #expect(month.series.first?.date == "2023-01-01")  // a Sunday
        #expect(month.series.first?.cumulativeProjects == 0)
        #expect(month.series.allSatisfy { $0.paceAmountYuan != nil })
        let amounts = month.series.map(\.cumulativeAmountYuan.fen)
        #expect(amounts == amounts.sorted())
    }
}
