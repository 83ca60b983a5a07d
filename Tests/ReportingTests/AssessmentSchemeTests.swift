import Foundation
import LeadMessages
import Testing

@testable import Reporting

/// The 年考核 scheme is checked when it is read, and scores follow it exactly.
@Suite struct AssessmentSchemeTests {
    func scheme(items: String, deductions: String = "[]", targets: String = "{}") throws -> AssessmentScheme {
        try AssessmentScheme(
            json: Data(
                """
                {"name": "测试方案", "version": "1", "effective": "2023-01-01", "sources": ["测试"],
                 "items": \(items), "deductions": \(deductions), "targets": \(targets)}
                """.utf8))
    }

    func reason(_ body: () throws -> AssessmentScheme) -> String? {
        do {
            _ = try body()
            return nil
        } catch let error as AssessmentSchemeError {
            return error.reason
        } catch {
            return "\(error)"
        }
    }

    @Test func theShippedSchemeLoadsWithWeightsOf100AndItsSources() throws {
        let shipped = try AssessmentScheme.load(overrideDirectory: nil)
        #expect(shipped.items.reduce(0) { $0 + $1.weight } == 100)
        #expect(!shipped.info.sources.isEmpty && shipped.deductions.count == 2)
    }

    @Test func aSchemeThatDoesNotAddUpOrNamesTheUnknownIsRefused() {
        let twoItems = #"[{"id": "a", "label": "签约", "measure": "signing", "use": "projects", "weight": 60},"#
        #expect(
            reason {
                try scheme(
                    items: twoItems + #"{"id": "b", "label": "资金", "measure": "funds", "use": "amount", "weight": 39}]"#
                )
            } == "the items' weights add up to 99.0, not 100")
        #expect(
            reason {
                try scheme(
                    items: twoItems + #"{"id": "b", "label": "x", "measure": "luck", "use": "amount", "weight": 40}]"#)
            }?.contains("unknown measure 'luck'") == true)
        let full = twoItems + #"{"id": "b", "label": "资金", "measure": "funds", "use": "amount", "weight": 40}]"#
        #expect(
            reason { try scheme(items: full, targets: #"{"units": {"一科": {"c": 3}}}"#) }?.contains("unknown item 'c'")
                == true)
        #expect(
            reason { try scheme(items: full, targets: #"{"units": {"一科": {"b": 3}}}"#) }?.contains("an amount") == true)
        #expect(
            reason {
                try scheme(
                    items: full,
                    deductions: #"[{"id": "d", "label": "迟", "measure": "late-start", "pointsEach": 0, "max": 1}]"#)
            }?.contains("pointsEach") == true)
        #expect(reason { try scheme(items: full) } == nil)
    }

    @Test func aTargetReplacesTheBestAndDeductionsStopAtTheirCap() throws {
        let scheme = try scheme(
            items: #"""
                [{"id": "n", "label": "签约", "measure": "signing", "use": "projects", "weight": 60},
                 {"id": "f", "label": "资金", "measure": "funds", "use": "amount", "weight": 40}]
                """#,
            deductions: #"[{"id": "v", "label": "作废", "measure": "voided", "pointsEach": 3, "max": 5}]"#,
            targets: #"{"units": {"一科": {"n": 4, "f": "2亿"}}}"#)
        let figures: [String: [Measure: CellAmount]] = [
            "一科": [.signing: CellAmount(projects: 2), .funds: CellAmount(fen: 300_000_000_00)],
            "二科": [
                .signing: CellAmount(projects: 3), .funds: CellAmount(fen: 100_000_000_00),
                .voided: CellAmount(projects: 2),
            ],
        ]
        let scores = AssessmentScorer.score(figures, scheme: scheme, targets: scheme.unitTargets)
        // 一科 against its own targets: 60 × 2/4 + 40 × min(3亿/2亿, 1) = 30 + 40.
        #expect(scores.map { "\($0.rank) \($0.name) \($0.score)" } == ["1 一科 70.0", "2 二科 68.33"])
        // 二科 against the best: 60 × 3/3 + 40 × 1亿/3亿 = 73.33, minus min(2 × 3, 5) = 5: 68.33.
        let second = try #require(scores.last)
        #expect(second.items.map(\.basis) == ["best", "best"] && second.deductions.first?.points == 5)
        #expect(scores.first?.items.first?.reference == "4" && scores.first?.items.last?.reference == "200000000")
    }

    @Test func equalScoresShareARank() throws {
        let scheme = try scheme(
            items: #"[{"id": "n", "label": "签约", "measure": "signing", "use": "projects", "weight": 100}]"#)
        let figures: [String: [Measure: CellAmount]] = [
            "甲": [.signing: CellAmount(projects: 2)], "乙": [.signing: CellAmount(projects: 2)],
            "丙": [.signing: CellAmount(projects: 1)],
        ]
        let ranks = AssessmentScorer.score(figures, scheme: scheme, targets: [:]).map { "\($0.rank) \($0.name)" }
        #expect(ranks == ["1 乙", "1 甲", "3 丙"])
    }
}
