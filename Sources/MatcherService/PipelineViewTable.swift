import LeadMessages
import Matching
import Storage

/// The matcher's pipeline view: each lead's columns beside how it was classified, for
/// `pipeline.query` to filter and sort without decoding a recommendation per row.
enum PipelineViewTable {
    static func upsert(
        _ db: any SQLConnection, entry: PipelineEntry, lead: Lead, recommendation: Recommendation
    ) throws {
        // Classes travel as ",central-soe,hong-kong-funded," so one LIKE finds a class.
        let classes = "," + recommendation.enterpriseClasses.map(\.rawValue).joined(separator: ",") + ","
        let values: [SQLValue] = [
            .text(entry.leadId), .text(entry.companyName), .text(entry.projectName), .text(entry.stage.rawValue),
            .text(entry.companyKey), LeadID.number(in: lead.leadId).map(SQLValue.integer) ?? .null,
            .text(recommendation.region.rawValue), .text(classes), .text(recommendation.industry.rawValue),
            .text(recommendation.tier.rawValue), .integer(Int64(recommendation.score)),
            .integer(Int64(Stage.allCases.firstIndex(of: lead.stage) ?? 0)),
            lead.estimatedInvestmentYuan.map { .integer($0.fen) } ?? .null, text(lead.officer), text(lead.carrierPark),
            text(lead.owner), .text(lead.updatedAt.description), .integer(lead.updatedAt.epochMilliseconds),
            lead.signing == nil ? .null : .integer(lead.contractFen), text(lead.signing?.signedAt.description),
            lead.signing.map { .integer($0.signedAt.epochMilliseconds) } ?? .null,
            text(lead.followUps?.lastOn.description), .text(PinyinSortKey.of(lead.companyName)),
        ]
        try db.execute(
            """
            INSERT INTO pipeline_lead (leadId, companyName, projectName, stage, companyKey, number, region, classes,
                industry, tier, score, stageRank, amountFen, officer, park, owner, updatedAt, updatedMs,
                signedFen, signedAt, signedMs, lastFollowUpOn, companySort)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (leadId) DO UPDATE SET companyName = excluded.companyName,
                projectName = excluded.projectName, stage = excluded.stage, companyKey = excluded.companyKey,
                number = excluded.number, region = excluded.region, classes = excluded.classes,
                industry = excluded.industry, tier = excluded.tier, score = excluded.score,
                stageRank = excluded.stageRank, amountFen = excluded.amountFen, officer = excluded.officer,
                park = excluded.park, owner = excluded.owner, updatedAt = excluded.updatedAt,
                updatedMs = excluded.updatedMs, signedFen = excluded.signedFen, signedAt = excluded.signedAt,
                signedMs = excluded.signedMs, lastFollowUpOn = excluded.lastFollowUpOn,
                companySort = excluded.companySort
            """, values)
    }

    /// One page of the leads `filter` selects, and how many it selects; `owner` restricts the
    /// view to one officer's leads.
    static func query(_ db: any SQLConnection, _ filter: PipelineFilter, owner: String?) throws -> (
        rows: [PipelineLead], total: Int
    ) {
        var conditions: [String] = []
        var arguments: [SQLValue] = []
        func require(_ condition: String, _ values: SQLValue...) {
            conditions.append(condition)
            arguments += values
        }
        if let owner { require("owner = ?", .text(owner)) }
        if let stage = filter.stage { require("stage = ?", .text(stage.rawValue)) }
        if let region = filter.region { require("region = ?", .text(region.rawValue)) }
        if let value = filter.enterpriseClass { require("classes LIKE ?", .text("%,\(value.rawValue),%")) }
        if let industry = filter.industry { require("industry = ?", .text(industry.rawValue)) }
        if let tier = filter.tier { require("tier = ?", .text(tier.rawValue)) }
        if let officer = filter.officer { require("officer = ?", .text(officer)) }
        if let park = filter.park { require("park = ?", .text(park)) }
        if let text = filter.text {
            // LOWER on both sides: SQLite's LIKE ignores ASCII case, PostgreSQL's does not.
            let pattern = "%" + escapeLike(text.lowercased()) + "%"
            require(
                "(LOWER(companyName) LIKE ? ESCAPE '\\' OR LOWER(projectName) LIKE ? ESCAPE '\\')", .text(pattern),
                .text(pattern))
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let total =
            try db.query("SELECT COUNT(*) AS n FROM pipeline_lead \(whereClause)", arguments).first?.int64("n") ?? 0
        let direction = filter.descending ? "DESC" : "ASC"
        // The lead number breaks ties, so paging through equal amounts or scores is stable.
        let order =
            switch filter.sort {
            case .lead: "number \(direction)"
            case .company: "companySort \(direction), companyName \(direction), number"
            case .amount: "COALESCE(amountFen, -1) \(direction), number"
            case .score: "score \(direction), number"
            case .stage: "stageRank \(direction), number"
            case .updated: "updatedMs \(direction), number"
            // Leads without a signing or a follow-up come last whichever the direction.
            case .signedAmount: "(signedFen IS NULL), signedFen \(direction), number"
            case .signed: "(signedMs IS NULL), signedMs \(direction), number"
            case .followUp: "(lastFollowUpOn IS NULL), lastFollowUpOn \(direction), number"
            }
        let rows = try db.query(
            "SELECT * FROM pipeline_lead \(whereClause) ORDER BY \(order) LIMIT ? OFFSET ?",
            arguments + [.integer(Int64(filter.limit)), .integer(Int64(filter.offset))]
        ).map(row)
        return (rows, Int(total))
    }

    private static func row(_ row: SQLRow) throws -> PipelineLead {
        let classes = try row.string("classes").split(separator: ",").compactMap {
            EnterpriseClass(rawValue: String($0))
        }
        return PipelineLead(
            leadId: try row.string("leadId"), companyName: try row.string("companyName"),
            projectName: try row.string("projectName"), stage: Stage(rawValue: try row.string("stage")) ?? .lead,
            region: Region(rawValue: try row.string("region")) ?? .unknown, enterpriseClasses: classes,
            industry: Industry(rawValue: try row.string("industry")) ?? .other,
            tier: Tier(rawValue: try row.string("tier")) ?? .c, score: Int(try row.int64("score")),
            estimatedInvestmentYuan: try row.optionalInt64("amountFen").map(Money.init(fen:)),
            officer: try row.optionalString("officer"), carrierPark: try row.optionalString("park"),
            updatedAt: Timestamp(rfc3339: try row.string("updatedAt")) ?? Timestamp(epochSeconds: 0),
            signedAmountYuan: try row.optionalInt64("signedFen").map(Money.init(fen:)),
            signedAt: try row.optionalString("signedAt").flatMap { Timestamp(rfc3339: $0) },
            lastFollowUpOn: try row.optionalString("lastFollowUpOn").flatMap { CivilDate($0) })
    }

    private static func text(_ value: String?) -> SQLValue { value.map(SQLValue.text) ?? .null }

    /// `%`, `_` and `\` typed by an officer match themselves.
    private static func escapeLike(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
