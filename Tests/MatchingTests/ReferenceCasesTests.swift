import Foundation
import LeadMessages
import Testing

@testable import Matching

/// The matcher against the repository's own test set (Tests/MatchingTests/Resources/cases.jsonl):
/// headquarters in Chinese and English with traps, central SOEs by every kind of name, Hong Kong
/// groups, Global 500 firms, local firms and false-positive traps. Precision and recall per class
/// and per region must reach 0.97.
@Suite struct ReferenceCasesTests {
    struct Case: Decodable {
        var id: String
        var companyName: String
        var headquarters: String
        var parentCompany: String?
        var ownership: String?
        var expectRegion: String
        var expectClasses: [String]
        var expectMatches: [String]?
        var expectNoMatch: [String]?
    }

    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Resources/cases.jsonl")

    struct Score {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        var precision: Double {
            truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
        }
        var recall: Double {
            truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
        }
    }

    @Test func precisionAndRecallPerClassAndRegion() throws {
        let data = try ReferenceData.load(overrideDirectory: nil)
        let gazetteer = Gazetteer(data: data)
        let directory = EnterpriseDirectory(data: data)
        let cases = try String(contentsOf: Self.file, encoding: .utf8).split(separator: "\n")
            .map { try JSONDecoder().decode(Case.self, from: Data($0.utf8)) }
        #expect(cases.count >= 200)
        var scores: [String: Score] = [:]
        var failures: [String] = []
        for item in cases {
            let place = gazetteer.locate(item.headquarters)?.place
            let region = place?.region?.rawValue ?? "unknown"
            let evidence = directory.classify(
                companyName: item.companyName, parentCompany: item.parentCompany, headquarters: place,
                ownership: item.ownership.flatMap(Ownership.init(rawValue:)))
            let classes = Set(evidence.map(\.enterpriseClass.rawValue))
            for candidate in EnterpriseClass.allCases.map(\.rawValue) {
                let (got, want) = (classes.contains(candidate), item.expectClasses.contains(candidate))
                if got && want { scores["class " + candidate, default: Score()].truePositives += 1 }
                if got && !want { scores["class " + candidate, default: Score()].falsePositives += 1 }
                if !got && want { scores["class " + candidate, default: Score()].falseNegatives += 1 }
            }
            for candidate in Region.allCases.map(\.rawValue) {
                let (got, want) = (region == candidate, item.expectRegion == candidate)
                if got && want { scores["region " + candidate, default: Score()].truePositives += 1 }
                if got && !want { scores["region " + candidate, default: Score()].falsePositives += 1 }
                if !got && want { scores["region " + candidate, default: Score()].falseNegatives += 1 }
            }
            let matched = Set(evidence.map(\.entry))
            let wrongEntries =
                (item.expectMatches ?? []).filter { !matched.contains($0) }
                + (item.expectNoMatch ?? []).filter { matched.contains($0) }
            if region != item.expectRegion || classes != Set(item.expectClasses) || !wrongEntries.isEmpty {
                failures.append(
                    "\(item.id) \(item.companyName) @ \(item.headquarters): region \(region), classes \(classes.sorted()) \(wrongEntries)"
                )
            }
        }
        for (name, score) in scores.sorted(by: { $0.key < $1.key }) {
            print(
                String(
                    format: "%-32@ precision %.3f  recall %.3f  (tp %d, fp %d, fn %d)", name as NSString,
                    score.precision, score.recall,
                    score.truePositives, score.falsePositives, score.falseNegatives))
            #expect(
                score.precision >= 0.97 && score.recall >= 0.97,
                "\(name): precision \(score.precision), recall \(score.recall)")
        }
        print("\(cases.count - failures.count) of \(cases.count) cases exactly right")
        for failure in failures.prefix(20) { print("  miss: \(failure)") }
    }
}
