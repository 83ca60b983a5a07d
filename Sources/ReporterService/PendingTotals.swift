import LeadMessages
import Reporting
import Storage

/// What a page of events changes in the aggregate cells and the pipeline by stage, summed over
/// the page and written once per cell before the page commits (sums do not depend on order).
public struct PendingTotals {
    var cells: [CellKey: CellAmount] = [:]
    var stages: [Stage: CellAmount] = [:]

    public init() {}

    /// One event's effect: its cell changes, and its lead moved from its old stage to its new one.
    mutating func add(_ changes: [CellKey: CellAmount], stageFrom old: ReportingFacts?, to new: ReportingFacts) {
        for (key, amount) in changes where !amount.isZero {
            cells[key, default: .zero] = cells[key, default: .zero] + amount
        }
        if let old {
            stages[old.stage, default: .zero] =
                stages[old.stage, default: .zero] + CellAmount(projects: -1, fen: -old.totalSignedFen)
        }
        stages[new.stage, default: .zero] =
            stages[new.stage, default: .zero] + CellAmount(projects: 1, fen: new.totalSignedFen)
    }

    /// Writes the sums in the caller's transaction and forgets them.
    public mutating func write(_ db: any SQLConnection) throws {
        for (key, amount) in cells where !amount.isZero {
            try db.execute(
                """
                INSERT INTO cell (measure, dimension, day, value, projects, fen) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (measure, dimension, day, value) DO UPDATE SET
                    projects = cell.projects + excluded.projects, fen = cell.fen + excluded.fen
                """, key.measure.rawValue, key.dimension.rawValue, key.day, key.value, amount.projects, amount.fen)
        }
        for (stage, amount) in stages where !amount.isZero {
            try db.execute(
                """
                INSERT INTO stage_total (stage, leads, fen) VALUES (?, ?, ?)
                ON CONFLICT (stage) DO UPDATE SET
                    leads = stage_total.leads + excluded.leads, fen = stage_total.fen + excluded.fen
                """, stage.rawValue, amount.projects, amount.fen)
        }
        self = PendingTotals()
    }
}
