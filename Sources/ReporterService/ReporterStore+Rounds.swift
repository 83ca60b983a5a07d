import LeadMessages
import Reporting
import ServiceKit
import Storage

/// The 三个一批 of a quarter (protocol 1.10): three lists read by index ranges, at most
/// `PeriodReport.listLimit` lines each, with totals that count every project.
extension ReporterStore {
    public func rounds(_ quarter: ReportPeriod) throws -> RoundsReport {
        try database.read { db in try Self.rounds(db, quarter) }
    }

    static func rounds(_ db: any SQLConnection, _ quarter: ReportPeriod) throws -> RoundsReport {
        let (first, last) = (quarter.start.daysSinceEpoch, quarter.end.daysSinceEpoch)
        return RoundsReport(
            quarter: quarter.key, start: quarter.start.description, end: quarter.end.description,
            signed: try signedRound(db, first, last), started: try milestoneRound(db, .started, first, last),
            operating: try milestoneRound(db, .operating, first, last),
            basedOnSequence: try ConsumerCheckpoint.lastSequence(db))
    }

    /// 签约一批: the projects signed in the quarter, in signing order.
    static func signedRound(_ db: any SQLConnection, _ first: Int64, _ last: Int64) throws -> RoundList {
        let listed = try lines(
            db, from: "facts x", where: "x.signDay BETWEEN ? AND ?", order: "x.signDay, x.leadId", [first, last],
            fundsThrough: last)
        return try totals(
            listed, db,
            "SELECT COUNT(*) AS projects, CAST(COALESCE(SUM(contractFen), 0) AS BIGINT) AS fen FROM facts "
                + "WHERE signDay BETWEEN ? AND ?", [first, last])
    }

    /// 开工一批 or 投产一批: the projects that reached the milestone in the quarter, in the order
    /// they reached it.
    static func milestoneRound(_ db: any SQLConnection, _ milestone: ProjectMilestone, _ first: Int64, _ last: Int64)
        throws -> RoundList
    {
        let listed = try lines(
            // CROSS JOIN keeps SQLite walking the milestone index, never every signed fact.
            db, from: "milestone r CROSS JOIN facts x",
            where: "x.leadId = r.leadId AND r.milestone = ? AND r.day BETWEEN ? AND ?", order: "r.day, r.leadId",
            [milestone.rawValue, first, last],
            fundsThrough: last)
        return try totals(
            listed, db,
            "SELECT COUNT(*) AS projects, CAST(COALESCE(SUM(contractFen), 0) AS BIGINT) AS fen FROM milestone "
                + "WHERE milestone = ? AND day BETWEEN ? AND ?", [milestone.rawValue, first, last])
    }

    /// The list; when it was cut at the limit, its totals from an index instead of its lines.
    private static func totals(
        _ listed: [RoundLine], _ db: any SQLConnection, _ sql: String, _ arguments: [any SQLArgument]
    ) throws -> RoundList {
        guard listed.count == PeriodReport.listLimit,
            let totals = try db.query(sql, arguments.map(\.sqlValue)).first
        else { return RoundList(lines: listed) }
        return RoundList(
            lines: listed, projects: Int(try totals.int64("projects")),
            contractYuan: Money(fen: try totals.int64("fen")))
    }

    /// Each project with its milestones' days and its funds in place by `fundsThrough`.
    private static func lines(
        _ db: any SQLConnection, from source: String, where condition: String, order: String,
        _ arguments: [any SQLArgument], fundsThrough last: Int64
    ) throws -> [RoundLine] {
        try db.query(
            """
            SELECT x.leadId AS leadId, x.companyName AS companyName, x.projectName AS projectName,
                x.contractFen AS contractFen, x.signDay AS signDay,
                (SELECT day FROM milestone m WHERE m.leadId = x.leadId AND m.milestone = 'started') AS startedDay,
                (SELECT day FROM milestone m WHERE m.leadId = x.leadId AND m.milestone = 'operating') AS operatingDay,
                (SELECT CAST(COALESCE(SUM(f.fen), 0) AS BIGINT) FROM funds f
                    WHERE f.leadId = x.leadId AND f.day <= ?) AS fundsFen
            FROM \(source) WHERE \(condition) ORDER BY \(order) LIMIT ?
            """, ([last] + arguments + [PeriodReport.listLimit]).map(\.sqlValue)
        ).map { row in
            RoundLine(
                leadId: try row.string("leadId"), companyName: try row.string("companyName"),
                projectName: try row.string("projectName"), contractYuan: Money(fen: try row.int64("contractFen")),
                signedOn: CivilDate(daysSinceEpoch: try row.int64("signDay")),
                startedOn: try row.optionalInt64("startedDay").map(CivilDate.init(daysSinceEpoch:)),
                operatingOn: try row.optionalInt64("operatingDay").map(CivilDate.init(daysSinceEpoch:)),
                fundsInPlaceYuan: Money(fen: try row.int64("fundsFen")))
        }
    }
}
