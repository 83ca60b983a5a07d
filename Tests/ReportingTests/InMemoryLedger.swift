import LeadMessages

@testable import Reporting

/// The reporter's aggregation, in memory: cells summed from facts, then inputs for a period. The
/// store does this with SQL; tests use this to exercise the builder and renderers.
struct InMemoryLedger {
    var facts: [String: ReportingFacts] = [:]
    var cells: [CellKey: CellAmount] = [:]

    mutating func apply(_ new: ReportingFacts) {
        for (key, amount) in Contributions.delta(from: facts[new.leadId], to: new) {
            cells[key, default: .zero] = cells[key, default: .zero] + amount
        }
        facts[new.leadId] = new
    }

    func inputs(_ period: ReportPeriod) -> ReportInputs {
        let (first, last) = (period.start.daysSinceEpoch, period.end.daysSinceEpoch)
        var periodCells: [ReportDimension: [String: CellAmount]] = [:]
        var daily: [Int64: CellAmount] = [:]
        for (key, amount) in cells where key.measure == .signing {
            if (first...last).contains(key.day) {
                periodCells[key.dimension, default: [:]][key.value, default: .zero] =
                    periodCells[key.dimension, default: [:]][key.value, default: .zero] + amount
            }
            if key.dimension == .total, key.day >= ReportInputs.firstDailyDay(for: period), key.day <= last {
                daily[key.day, default: .zero] = daily[key.day, default: .zero] + amount
            }
        }
        let projects = facts.values.compactMap { facts -> SignedProject? in
            guard let signing = facts.signing, period.contains(signing.signedAt.businessDate) else { return nil }
            return SignedProject(
                leadId: facts.leadId, companyName: facts.companyName, projectName: facts.projectName,
                amountYuan: signing.amountYuan, signedAt: signing.signedAt)
        }
        return ReportInputs(
            period: period, periodCells: periodCells, dailyTotals: daily, projects: projects, capitalIncreases: [],
            pipeline: [], corrections: [], basedOnSequence: 0)
    }
}
