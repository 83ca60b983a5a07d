import Foundation
import LeadMessages
import Testing

@testable import Matching

/// The classifier against a set it was not built from (research/listed-cases: listed companies
/// drawn by a written, seeded rule from the exchanges' lists and labelled from public sources,
/// frozen before the units table was merged; none of its strings is in the reference data).
/// Prints precision and recall per class, certain cases and all; the floors only guard against a
/// regression of today's figures, they are not a goal.
@Suite struct ListedCompanyCasesTests {
    struct Case: Decodable {
        var id: String
        /// Null where no source gave the issuer's name: such a case cannot be typed by an officer.
        var companyName: String?
        var headquarters: String?
        var expectClasses: [String]
        var uncertain: Bool?
    }

    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../research/listed-cases/cases.jsonl").standardizedFileURL

    @Test func precisionAndRecallPerClassOnTheFrozenSample() throws {
        let certain = try measure(try ReferenceData.load(overrideDirectory: nil), label: "with the units table")
        // Today's figures on the certain cases (2026-12-05, with the units table) less a margin of a case or two.
        let floors = ["class central-soe": (0.9, 0.8), "class fortune-global-500": (0.75, 0.7)]
        for (name, (precision, recall)) in floors {
            let score = certain.scores[name] ?? ClassScores.Score()
            #expect(score.precision >= precision && score.recall >= recall, "\(name): \(score)")
        }
        // What the units table adds: the same cases with an empty table in its place.
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("no-units-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(#"{"edition": "none", "source": "none", "units": []}"#.utf8).write(
            to: directory.appendingPathComponent("group-units.json"))
        _ = try measure(try ReferenceData.load(overrideDirectory: directory.path), label: "without the units table")
    }

    /// Classifies every named case, prints the scores, and returns those of the certain cases.
    private func measure(_ data: ReferenceData, label: String) throws -> ClassScores {
        let gazetteer = Gazetteer(data: data)
        let directory = EnterpriseDirectory(data: data)
        let drawn = try String(contentsOf: Self.file, encoding: .utf8).split(separator: "\n")
            .map { try JSONDecoder().decode(Case.self, from: Data($0.utf8)) }
        let cases = drawn.filter { $0.companyName != nil }
        #expect(cases.count >= 300)
        var certain = ClassScores()
        var all = ClassScores()
        var misses: [String] = []
        for item in cases {
            let place = item.headquarters.flatMap { gazetteer.locate($0)?.place }
            let got = Set(
                directory.classify(companyName: item.companyName ?? "", parentCompany: nil, headquarters: place)
                    .map(\.enterpriseClass.rawValue))
            let want = Set(item.expectClasses)
            let classes = EnterpriseClass.allCases.map(\.rawValue)
            all.count(classes, prefix: "class ", got: got, want: want)
            if item.uncertain != true { certain.count(classes, prefix: "class ", got: got, want: want) }
            if got != want {
                misses.append(
                    "\(item.id) \(item.companyName ?? ""): got \(got.sorted()), labelled \(want.sorted())"
                        + (item.uncertain == true ? " (uncertain)" : ""))
            }
        }
        let uncertain = cases.filter { $0.uncertain == true }.count
        print(
            "listed-company sample, \(label): \(cases.count) cases with a name (of \(drawn.count) labelled), "
                + "\(cases.count - uncertain) certain")
        print("certain cases:")
        certain.lines.forEach { print("  " + $0) }
        print("all cases (uncertain labels included):")
        all.lines.forEach { print("  " + $0) }
        misses.forEach { print("  miss: " + $0) }
        return certain
    }
}
