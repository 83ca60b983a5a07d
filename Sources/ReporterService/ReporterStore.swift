import Foundation
import GRDB
import LeadMessages
import Reporting
import ServiceKit

/// The reporter's database: each lead's counted signing, the per-bucket totals kept incrementally
/// (reports read a handful of rows, never scan all leads), and the last sequence applied — all
/// written in one transaction per event.
public final class ReporterStore {
    let database: DatabaseQueue

    public init(database: DatabaseQueue) throws {
        self.database = database
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE signing (
                        leadId TEXT PRIMARY KEY, companyName TEXT NOT NULL, projectName TEXT NOT NULL,
                        amountFen INTEGER NOT NULL, signedAt TEXT NOT NULL, week TEXT NOT NULL, year INTEGER NOT NULL);
                    CREATE INDEX signing_week ON signing(week);
                    CREATE TABLE bucket (
                        week TEXT NOT NULL, year INTEGER NOT NULL, projects INTEGER NOT NULL, amountFen INTEGER NOT NULL,
                        PRIMARY KEY (week, year));
                    """)
            try ConsumerCheckpoint.createTable(db)
        }
        try migrator.migrate(database)
    }

    public func lastSequence() throws -> Int64 {
        try database.read(ConsumerCheckpoint.lastSequence)
    }

    /// Applies one event: counts a first signing, moves a corrected one, and records the sequence.
    public func apply(_ event: LeadEvent) throws {
        try database.write { db in
            if let signing = event.lead.signing {
                let previous = try Self.storedSigning(db, leadId: event.lead.leadId)
                for delta in CountingRules.deltas(previous: previous, current: signing) {
                    try db.execute(
                        sql: """
                            INSERT INTO bucket (week, year, projects, amountFen) VALUES (?, ?, ?, ?)
                            ON CONFLICT (week, year) DO UPDATE SET
                                projects = projects + excluded.projects, amountFen = amountFen + excluded.amountFen
                            """,
                        arguments: [delta.key.week.description, delta.key.year, delta.projects, delta.amount.fen])
                }
                let key = BucketKey(signing.signedAt)
                try db.execute(
                    sql: "INSERT OR REPLACE INTO signing VALUES (?, ?, ?, ?, ?, ?, ?)",
                    arguments: [
                        event.lead.leadId, event.lead.companyName, event.lead.projectName, signing.amountYuan.fen,
                        signing.signedAt.description, key.week.description, key.year,
                    ])
            }
            try ConsumerCheckpoint.record(event.sequence, db)
        }
    }

    /// The week's report from stored totals.
    public func weeklyReport(_ week: ISOWeek, targets: AnnualTargets) throws -> WeeklyReport {
        try database.read { db in
            let year = week.sunday.year
            let buckets = try Row.fetchAll(
                db, sql: "SELECT week, year, projects, amountFen FROM bucket WHERE year = ? OR week = ?",
                arguments: [year, week.description]
            ).compactMap { row -> BucketTotals? in
                guard let bucketWeek = ISOWeek(row["week"] as String) else { return nil }
                return BucketTotals(
                    key: BucketKey(week: bucketWeek, year: row["year"]), projects: row["projects"],
                    amount: Money(fen: row["amountFen"]))
            }
            let projects = try Row.fetchAll(
                db, sql: "SELECT leadId, companyName, projectName, amountFen, signedAt FROM signing WHERE week = ?",
                arguments: [week.description]
            ).compactMap { row -> SignedProject? in
                guard let signedAt = Timestamp(rfc3339: row["signedAt"]) else { return nil }
                return SignedProject(
                    leadId: row["leadId"], companyName: row["companyName"], projectName: row["projectName"],
                    amountYuan: Money(fen: row["amountFen"]), signedAt: signedAt)
            }
            let sequence = try ConsumerCheckpoint.lastSequence(db)
            return WeeklyReportBuilder.build(
                week: week, buckets: buckets, projects: projects, targets: targets, basedOnSequence: sequence)
        }
    }

    private static func storedSigning(_ db: Database, leadId: String) throws -> Signing? {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT amountFen, signedAt FROM signing WHERE leadId = ?", arguments: [leadId]),
            let signedAt = Timestamp(rfc3339: row["signedAt"])
        else { return nil }
        return Signing(amountYuan: Money(fen: row["amountFen"]), signedAt: signedAt)
    }
}
