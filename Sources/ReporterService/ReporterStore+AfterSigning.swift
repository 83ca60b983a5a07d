import LeadMessages
import Reporting
import ServiceKit
import Storage

/// The 年考核 of a year (protocol 1.10).
extension ReporterStore {
    /// The 年考核 of `year` as of `today`: the frozen one once the year has been frozen.
    public func assessment(year: Int, today: CivilDate, scheme: AssessmentScheme) throws -> AssessmentReport {
        try database.read { db in
            if let frozen = try db.string("SELECT report FROM frozen_assessment WHERE year = ?", year) {
                return try StoredJSON.decode(AssessmentReport.self, from: frozen)
            }
            return try Self.liveAssessment(db, year: year, today: today, scheme: scheme, frozenAt: nil)
        }
    }

    /// Freezes the assessment of every closed year not frozen yet since the reporter began
    /// (a year closes at 00:00 on 1 January in Beijing): it is published once, as scored then.
    public func freezeClosedYears(now: Timestamp, scheme: AssessmentScheme) throws -> [AssessmentReport] {
        let today = now.businessDate
        return try database.write { db in
            let start = try db.string("SELECT value FROM meta WHERE key = 'freezeFrom'").flatMap(ISOWeek.init)
            guard let firstYear = start?.monday.year, firstYear < today.year else { return [] }
            var frozen: [AssessmentReport] = []
            for year in firstYear..<today.year
            where try db.int64("SELECT year FROM frozen_assessment WHERE year = ?", year) == nil {
                let report = try Self.liveAssessment(db, year: year, today: today, scheme: scheme, frozenAt: now)
                try db.execute(
                    "INSERT INTO frozen_assessment (year, frozenAt, report) VALUES (?, ?, ?)", year, now.description,
                    try StoredJSON.string(report))
                frozen.append(report)
            }
            return frozen
        }
    }

    static func liveAssessment(
        _ db: any SQLConnection, year: Int, today: CivilDate, scheme: AssessmentScheme, frozenAt: Timestamp?
    ) throws -> AssessmentReport {
        let first = CivilDate(year: year, month: 1, day: 1) ?? today
        let yearEnd = CivilDate(year: year, month: 12, day: 31) ?? today
        let asOf = min(yearEnd, max(today, first))
        let measures = Set(scheme.items.map(\.measure) + scheme.deductions.map(\.measure))
        var byUnit: [String: [Measure: CellAmount]] = [:]
        var byOfficer: [String: [Measure: CellAmount]] = [:]
        for measure in measures {
            for (dimension, into) in [(ReportDimension.unit, 0), (.officer, 1)] {
                for row in try sums(db, measure, dimension, from: first.daysSinceEpoch, through: asOf.daysSinceEpoch)
                where row.value != Contributions.unspecified {
                    if into == 0 {
                        byUnit[row.value, default: [:]][measure] = row.amount
                    } else {
                        byOfficer[row.value, default: [:]][measure] = row.amount
                    }
                }
            }
        }
        return AssessmentReport(
            year: year, asOf: asOf, scheme: scheme.info,
            units: AssessmentScorer.score(byUnit, scheme: scheme, targets: scheme.unitTargets),
            officers: AssessmentScorer.score(byOfficer, scheme: scheme, targets: scheme.officerTargets),
            frozenAt: frozenAt, basedOnSequence: try ConsumerCheckpoint.lastSequence(db))
    }
}
