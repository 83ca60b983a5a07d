import Foundation

/// True and false positives and negatives per class (or region), and the lines a test prints.
struct ClassScores {
    struct Score {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        var precision: Double {
            truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
        }
        var recall: Double {
            truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
        }
    }

    private(set) var scores: [String: Score] = [:]

    /// Counts one case for every candidate: whether it was answered (`got`) and expected (`want`).
    mutating func count(_ candidates: [String], prefix: String, got: Set<String>, want: Set<String>) {
        for candidate in candidates {
            let key = prefix + candidate
            switch (got.contains(candidate), want.contains(candidate)) {
            case (true, true): scores[key, default: Score()].truePositives += 1
            case (true, false): scores[key, default: Score()].falsePositives += 1
            case (false, true): scores[key, default: Score()].falseNegatives += 1
            case (false, false): break
            }
        }
    }

    var lines: [String] {
        scores.sorted { $0.key < $1.key }.map { name, score in
            String(
                format: "%-32@ precision %.3f  recall %.3f  (tp %d, fp %d, fn %d)", name as NSString, score.precision,
                score.recall, score.truePositives, score.falsePositives, score.falseNegatives)
        }
    }
}
