import LeadMessages
import Testing

@testable import Reporting

/// The counting rules, one by one.
@Suite struct ContributionsTests {
    func total(_ cells: [CellKey: CellAmount]) -> [Int64: CellAmount] {
        cells.filter { $0.key.measure == .signing && $0.key.dimension == .total }.reduce(into: [:]) {
            $0[$1.key.day] = $1.value
        }
    }

    @Test func aFirstSigningCountsOneProjectOnItsBeijingDay() throws {
        // 2023-03-05T16:30Z is Monday 2023-03-06 in Beijing.
        let cells = Contributions.cells(try Fixture.facts(signed: "12.3亿", at: "2023-03-05T16:30:00Z"))
        #expect(total(cells) == [try Fixture.day("2023-03-06"): CellAmount(projects: 1, fen: 1_230_000_000_00)])
    }

    @Test func anUnsignedLeadCountsNowhere() throws {
        #expect(Contributions.cells(try Fixture.facts()).isEmpty)
    }

    @Test func aCorrectedAmountReplacesNeverAdds() throws {
        let delta = Contributions.delta(from: try Fixture.facts(signed: "10亿"), to: try Fixture.facts(signed: "12亿"))
        #expect(total(delta) == [try Fixture.day("2023-03-06"): CellAmount(projects: 0, fen: 2 * 100_000_000 * 100)])
    }

    @Test func aCorrectedDateMovesTheProject() throws {
        let delta = Contributions.delta(
            from: try Fixture.facts(signed: "10亿", at: "2023-03-06T10:00:00+08:00"),
            to: try Fixture.facts(signed: "10亿", at: "2023-03-13T10:00:00+08:00"))
        #expect(total(delta)[try Fixture.day("2023-03-06")] == CellAmount(projects: -1, fen: -1_000_000_000_00))
        #expect(total(delta)[try Fixture.day("2023-03-13")] == CellAmount(projects: 1, fen: 1_000_000_000_00))
    }

    @Test func aCapitalIncreaseAddsOnlyTheIncrementAndNoProject() throws {
        let before = try Fixture.facts(signed: "10亿")
        let after = try Fixture.facts(signed: "10亿", increases: [("2亿", "2023-04-03T09:00:00+08:00")])
        let delta = Contributions.delta(from: before, to: after)
        #expect(total(delta) == [try Fixture.day("2023-04-03"): CellAmount(projects: 0, fen: 2 * 100_000_000 * 100)])
        let increaseCell = CellKey(day: try Fixture.day("2023-04-03"), dimension: .increase, value: "all")
        let increased = try #require(delta[increaseCell])
        #expect(increased == CellAmount(projects: 0, fen: 20_000_000_000))
        #expect(after.totalSignedFen == 12 * 100_000_000 * 100)
    }

    @Test func aVoidedSigningLeavesEveryCell() throws {
        let signed = try Fixture.facts(signed: "10亿", increases: [("2亿", "2023-04-03T09:00:00+08:00")])
        let delta = Contributions.delta(from: signed, to: try Fixture.facts())
        #expect(delta.count == Contributions.cells(signed).count)
        #expect(
            total(delta).values.reduce(CellAmount.zero, +) == CellAmount(projects: -1, fen: -12 * 100_000_000 * 100))
    }

    @Test func theSameSigningTwiceChangesNothing() throws {
        #expect(
            Contributions.delta(from: try Fixture.facts(signed: "10亿"), to: try Fixture.facts(signed: "10亿")).isEmpty)
    }

    @Test func aProjectCountsInEachOfItsClassesAndOnceInTotal() throws {
        let cells = Contributions.cells(try Fixture.facts(signed: "1亿", classes: [.centralSOE, .fortuneGlobal500]))
        let classes = cells.filter { $0.key.measure == .signing && $0.key.dimension == .enterpriseClass }.map(
            \.key.value
        ).sorted()
        #expect(classes == ["central-soe", "fortune-global-500"])
        #expect(total(cells).values.first?.projects == 1)
        let none = Contributions.cells(try Fixture.facts(signed: "1亿", classes: [], officer: nil))
        #expect(none.keys.contains { $0.dimension == .enterpriseClass && $0.value == "none" })
        #expect(none.keys.contains { $0.dimension == .officer && $0.value == "unspecified" })
    }

    @Test func aReclassificationMovesTheBreakdownNotTheTotal() throws {
        let delta = Contributions.delta(
            from: try Fixture.facts(signed: "1亿", region: .unknown),
            to: try Fixture.facts(signed: "1亿", region: .jingjinji))
        #expect(total(delta).isEmpty)
        #expect(delta.filter { $0.key.measure == .signing && $0.key.dimension == .region }.count == 2)
    }
}
