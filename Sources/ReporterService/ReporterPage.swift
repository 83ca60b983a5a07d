import LeadMessages
import Reporting
import Storage

/// What applying a page of events changes, held until the page is written: each lead's facts
/// (read for the whole page in a few queries, written once, as they stand after its last event),
/// and the aggregate cells and stage totals summed over the page (sums do not depend on order).
/// A page's events reach the store in a handful of statements instead of several per event,
/// which is what a database across a network (PostgreSQL) needs most.
public struct ReporterPage {
    /// Each lead the page has read or changed, as it stands now; nil when none is stored.
    private var facts: [String: ReportingFacts?] = [:]
    /// The leads whose facts changed, in the order first changed.
    private var changed: [String] = []
    private var changedSet = Set<String>()
    private var cells: [CellKey: CellAmount] = [:]
    private var stages: [Stage: CellAmount] = [:]

    public init() {}

    /// Reads the stored facts of `leadIds` (those not read yet), a hundred per query.
    public mutating func load(_ leadIds: [String], _ db: any SQLConnection) throws {
        let wanted = Array(Set(leadIds.filter { facts[$0] == nil }))
        // Facts are large values: a dictionary grown by doubling copies them again and again.
        facts.reserveCapacity(facts.count + wanted.count)
        for start in stride(from: 0, to: wanted.count, by: Self.rowsPerStatement) {
            let chunk = Array(wanted[start..<min(wanted.count, start + Self.rowsPerStatement)])
            for id in chunk { facts[id] = .some(nil) }
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
            for row in try db.query(
                "SELECT leadId, record FROM facts WHERE leadId IN (\(marks))", chunk.map(SQLValue.text))
            {
                facts[try row.string("leadId")] = try StoredJSON.decode(ReportingFacts.self, from: row.string("record"))
            }
        }
    }

    /// The lead's facts before the event at hand: as the page left them, else as stored.
    mutating func current(_ leadId: String, _ db: any SQLConnection) throws -> ReportingFacts? {
        if let known = facts[leadId] { return known }
        try load([leadId], db)
        return facts[leadId] ?? nil
    }

    /// One event's effect: the lead's new facts, its cell changes, and its move between stages.
    mutating func add(
        _ new: ReportingFacts, replacing old: ReportingFacts?, cells changes: [CellKey: CellAmount]
    ) {
        if changedSet.insert(new.leadId).inserted { changed.append(new.leadId) }
        facts[new.leadId] = new
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

    /// Writes what the page changed in the caller's transaction and forgets it.
    public mutating func write(_ db: any SQLConnection) throws {
        // A chunk of ids at a time, each lead's facts read from the dictionary as its row is
        // made: an array of a page's facts (half a megabyte) was fresh memory for every page.
        for start in stride(from: 0, to: changed.count, by: Self.rowsPerStatement) {
            try save(changed[start..<min(changed.count, start + Self.rowsPerStatement)], db)
        }
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
        self = ReporterPage()
    }

    /// Rows per multi-row statement: 100 facts of 8 columns stay far below both databases'
    /// limits on arguments, and the few statement texts (one per chunk length) are cached.
    static let rowsPerStatement = 100

    /// The facts rows, the signing's columns beside the record (a report lists its projects
    /// without decoding JSON).
    private func save(_ leadIds: ArraySlice<String>, _ db: any SQLConnection) throws {
        var arguments: [SQLValue] = []
        arguments.reserveCapacity(leadIds.count * 8)
        var rows = 0
        for leadId in leadIds {
            guard let stored = facts[leadId], let facts = stored else { continue }
            rows += 1
            let signing = facts.signing
            arguments += [
                .text(facts.leadId), .text(String(decoding: facts.wireJSON(), as: UTF8.self)),
                signing.map { .integer($0.signedAt.businessDate.daysSinceEpoch) } ?? .null, .text(facts.companyName),
                .text(facts.projectName), signing.map { .integer($0.amountYuan.fen) } ?? .null,
                signing.map { .text($0.signedAt.description) } ?? .null,
                signing == nil ? .null : .integer(facts.totalSignedFen),
            ]
        }
        guard rows > 0 else { return }
        let values = Array(repeating: "(?, ?, ?, ?, ?, ?, ?, ?)", count: rows).joined(separator: ", ")
        try db.execute(
            """
            INSERT INTO facts (leadId, record, signDay, companyName, projectName, signFen, signedAt, contractFen)
            VALUES \(values)
            ON CONFLICT (leadId) DO UPDATE SET record = excluded.record, signDay = excluded.signDay,
                companyName = excluded.companyName, projectName = excluded.projectName,
                signFen = excluded.signFen, signedAt = excluded.signedAt, contractFen = excluded.contractFen
            """, arguments)
    }
}
