import LeadMessages

/// Scores units or officers for a year by a scheme. Pure: the figures come summed per name and
/// measure from the reporter's cells.
public enum AssessmentScorer {
    /// Each name's score, ranked: highest first, equal scores sharing a rank, names in order within.
    public static func score(
        _ figures: [String: [Measure: CellAmount]], scheme: AssessmentScheme, targets: [String: [String: Int64]]
    ) -> [AssessmentScore] {
        func actual(_ name: String, _ item: AssessmentScheme.Item) -> Int64 {
            let cell = figures[name]?[item.measure] ?? .zero
            return item.usesAmount ? cell.fen : Int64(cell.projects)
        }
        let best = Dictionary(
            uniqueKeysWithValues: scheme.items.map { item in
                (item.id, figures.keys.map { actual($0, item) }.max() ?? 0)
            })
        let scored = figures.keys.sorted().map { name -> AssessmentScore in
            let items = scheme.items.map { item -> ScoreItem in
                let value = actual(name, item)
                let target = targets[name]?[item.id]
                let reference = target ?? best[item.id] ?? 0
                let ratio = reference > 0 ? min(Double(value) / Double(reference), 1) : 0
                return ScoreItem(
                    item: item.id, label: item.label, weight: item.weight, unit: item.usesAmount ? "yuan" : "count",
                    actual: text(value, amount: item.usesAmount),
                    basis: target == nil ? "best" : "target", reference: text(reference, amount: item.usesAmount),
                    points: twoDecimals(item.weight * max(ratio, 0)))
            }
            let deductions = scheme.deductions.map { deduction -> ScoreDeduction in
                let count = figures[name]?[deduction.measure]?.projects ?? 0
                return ScoreDeduction(
                    item: deduction.id, label: deduction.label, count: count, pointsEach: deduction.pointsEach,
                    points: twoDecimals(min(Double(count) * deduction.pointsEach, deduction.maxPoints)))
            }
            let total = items.reduce(0) { $0 + $1.points } - deductions.reduce(0) { $0 + $1.points }
            return AssessmentScore(
                rank: 0, name: name, score: max(twoDecimals(total), 0), items: items, deductions: deductions)
        }
        let ordered = scored.sorted { ($1.score, $0.name) < ($0.score, $1.name) }
        var ranked: [AssessmentScore] = []
        for (index, var score) in ordered.enumerated() {
            score.rank = index > 0 && ranked[index - 1].score == score.score ? ranked[index - 1].rank : index + 1
            ranked.append(score)
        }
        return ranked
    }

    static func text(_ value: Int64, amount: Bool) -> String {
        amount ? Money(fen: value).yuanString : String(value)
    }

    /// Rounded half away from zero to two decimals.
    static func twoDecimals(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
