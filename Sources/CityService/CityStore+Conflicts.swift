import AccessPolicy
import Federation
import LeadMessages
import Storage

/// Conflicts between districts (首报首谈): found as leads arrive, one per company and pair of
/// districts, each district told through its notices; the city's decisions.
extension CityStore {
    /// Keeps what a conflict needs of the lead and, when its company or project is new to the
    /// city, records the conflicts with other districts' leads of the same company.
    /// - Parameter index: the event's place in `page`.
    func recordLead(_ db: any SQLConnection, page: inout CityLeadPage, _ lead: Lead, index: Int, at now: Timestamp)
        throws
    {
        let district = page.district
        let flagged = lead.signing?.unregistered == true ? lead.signing : nil
        let stored = page.stored[lead.leadId] ?? nil
        let key = page.keys[index]
        let known = DistrictLead(
            district: district, leadId: lead.leadId, companyName: lead.companyName, projectName: lead.projectName,
            reportedAt: lead.createdAt, companyKey: key)
        let sameName = stored?.companyName == lead.companyName
        let sameCompany = stored.map { $0.companyKey == key && $0.projectName == lead.projectName } ?? false
        let sameFlag =
            stored?.unregisteredFen == flagged?.amountYuan.fen
            && stored?.unregisteredAt == flagged?.signedAt.description
        // Most events (a follow-up, a milestone) change none of these.
        if sameCompany && sameName && sameFlag { return }
        let row: [SQLValue] = [
            .text(district), .text(lead.leadId), .text(key), .text(lead.companyName), .text(lead.projectName),
            .text(lead.createdAt.description), .integer(lead.createdAt.epochMilliseconds),
            flagged.map { .integer($0.amountYuan.fen) } ?? .null,
            flagged.map { .text($0.signedAt.description) } ?? .null,
            flagged.map { .integer($0.signedAt.epochMilliseconds) } ?? .null,
        ]
        page.recorded(
            lead.leadId,
            StoredCityLead(
                companyKey: key, companyName: lead.companyName, projectName: lead.projectName,
                unregisteredFen: flagged?.amountYuan.fen, unregisteredAt: flagged?.signedAt.description),
            row: row)
        // Only a company another district pursues can start a conflict.
        guard !key.isEmpty, !sameCompany, page.elsewhere.contains(key) else { return }
        let others = try candidates(db, key: key, district: district, lead: known, reads: &page.reads)
        for conflict in ConflictIndex.districtConflicts(
            of: known, among: others, sameProjectSimilarity: sameProjectSimilarity)
        {
            try record(db, conflict, at: now, page: &page)
        }
    }

    /// A conflict is found once per company and pair of districts, and keeps each district's
    /// earliest known lead of the company: `first` is the earlier of the two (首报首谈, ties to the
    /// lower district code), `second` the other. A later lead may make it one project (its kind
    /// never goes back), or be an earlier report heard late (a district whose stream was behind):
    /// then its side changes, and if that changes who reported first both districts are told again
    /// — unless the city has decided, which stands.
    /// - Parameter page: the page being applied, whose district's leads may not be written yet.
    func record(_ db: any SQLConnection, _ conflict: Conflict, at now: Timestamp, page: inout CityLeadPage) throws {
        let districts = [conflict.first.district, conflict.second.district].sorted()
        let key: [SQLValue] = [.text(conflict.companyKey), .text(districts[0]), .text(districts[1])]
        guard
            let stored = try db.query(
                """
                SELECT id, kind, firstDistrict, firstLeadId, firstAt, secondDistrict, secondLeadId, secondAt, decision
                FROM conflict WHERE companyKey = ? AND lowDistrict = ? AND highDistrict = ?
                """, key
            ).first
        else {
            let inserted = try db.query(
                """
                INSERT INTO conflict (
                    companyKey, lowDistrict, highDistrict, kind, firstDistrict, firstLeadId, firstAt, firstMillis,
                    secondDistrict, secondLeadId, secondAt, secondMillis, detectedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """,
                key + [.text(conflict.kind.rawValue)] + Self.sides(conflict.first, conflict.second)
                    + [.text(now.description)])
            guard let id = try inserted.first?.int64("id") else { throw StorageError("conflict not numbered") }
            page.reads.noteConflict(
                key: conflict.companyKey, conflict.kind.rawValue, conflict.first, conflict.second,
                district: page.district)
            return try notify(
                db, conflictId: id, conflict.first, conflict.second, kind: conflict.kind.rawValue, at: now)
        }
        let id = try stored.int64("id")
        let kind =
            try stored.string("kind") == Conflict.Kind.sameProject.rawValue ? Conflict.Kind.sameProject : conflict.kind
        func side(_ prefix: String) throws -> DistrictLead {
            let text = try stored.string("\(prefix)At")
            guard let at = Timestamp(rfc3339: text) else { throw StorageError("conflict.\(prefix)At \(text)") }
            return DistrictLead(
                district: try stored.string("\(prefix)District"), leadId: try stored.string("\(prefix)LeadId"),
                companyName: "", projectName: "", reportedAt: at, companyKey: conflict.companyKey)
        }
        var (first, second) = (try side("first"), try side("second"))
        // Each side keeps its district's earliest report: the new pair's lead of each district
        // replaces the stored one when it came first.
        for candidate in [conflict.first, conflict.second] {
            if candidate.district == first.district, ConflictIndex.isEarlier(candidate, than: first) {
                first = candidate
            }
            if candidate.district == second.district, ConflictIndex.isEarlier(candidate, than: second) {
                second = candidate
            }
        }
        let storedFirst = first.district
        let before = (try stored.string("firstLeadId"), try stored.string("secondLeadId"), try stored.string("kind"))
        (first, second) = ConflictIndex.firstReported(first, second)
        let decided = try stored.optionalString("decision") != nil
        // Most later leads of a company change nothing of its conflicts.
        let unchanged =
            first.district == storedFirst && before.0 == first.leadId && before.1 == second.leadId
            && before.2 == kind.rawValue
        if unchanged { return }
        try db.execute(
            """
            UPDATE conflict SET kind = ?, firstDistrict = ?, firstLeadId = ?, firstAt = ?, firstMillis = ?,
                secondDistrict = ?, secondLeadId = ?, secondAt = ?, secondMillis = ? WHERE id = ?
            """, [.text(kind.rawValue)] + Self.sides(first, second) + [.integer(id)])
        page.reads.noteConflict(key: conflict.companyKey, kind.rawValue, first, second, district: page.district)
        guard first.district != storedFirst, !decided else { return }
        // The full leads, for the notices' company names: the page's own as it holds them (their
        // rows are written at its end), the others as stored.
        let sides = try [first, second].map { lead in
            if lead.district == page.district, let own = page.stored[lead.leadId] ?? nil {
                return DistrictLead(
                    district: lead.district, leadId: lead.leadId, companyName: own.companyName,
                    projectName: own.projectName, reportedAt: lead.reportedAt, companyKey: own.companyKey)
            }
            return try db.query(
                "SELECT \(Self.leadColumns) FROM city_lead WHERE district = ? AND leadId = ?", lead.district,
                lead.leadId
            ).first.map(Self.districtLead) ?? lead
        }
        try notify(db, conflictId: id, sides[0], sides[1], kind: kind.rawValue, at: now)
    }

    static let leadColumns = "district, leadId, companyKey, companyName, projectName, reportedAt"

    static func sides(_ first: DistrictLead, _ second: DistrictLead) -> [SQLValue] {
        [
            .text(first.district), .text(first.leadId), .text(first.reportedAt.description),
            .integer(first.reportedAt.epochMilliseconds), .text(second.district), .text(second.leadId),
            .text(second.reportedAt.description), .integer(second.reportedAt.epochMilliseconds),
        ]
    }

    /// One notice to each district: the first keeps priority.
    func notify(
        _ db: any SQLConnection, conflictId: Int64, _ first: DistrictLead, _ second: DistrictLead, kind: String,
        at now: Timestamp
    ) throws {
        for (own, other, priority) in [(first, second, "yours"), (second, first, "theirs")] {
            let notice = CityNotice(
                noticeId: 0, conflictId: conflictId, kind: kind, leadId: own.leadId, companyName: own.companyName,
                otherDistrict: other.district, otherDistrictName: districtNames[other.district] ?? other.district,
                priority: priority, detectedAt: now)
            try db.execute(
                "INSERT INTO notice (district, record) VALUES (?, ?)", own.district, try StoredJSON.string(notice))
        }
    }

    /// `district`'s notices after `afterId`, oldest first, each with its number.
    public func notices(district: String, after afterId: Int64, limit: Int) throws -> NoticePage {
        try database.read { db in
            let rows = try db.query(
                "SELECT id, record FROM notice WHERE district = ? AND id > ? ORDER BY id LIMIT \(limit)", district,
                afterId)
            let notices = try rows.map { row in
                var notice = try StoredJSON.decode(CityNotice.self, from: try row.string("record"))
                notice.noticeId = try row.int64("id")
                return notice
            }
            let last = try db.int64("SELECT MAX(id) FROM notice WHERE district = ?", district) ?? 0
            return NoticePage(
                notices: notices, lastNoticeId: last,
                storeId: try db.string("SELECT value FROM meta WHERE key = 'cityStoreId'"))
        }
    }

    /// The other districts' leads of company `key` that a new lead `lead` of `district` must be
    /// compared with, district by district, so that a company courted for years by many districts
    /// costs a bounded amount per lead:
    /// - a district with no conflict yet: its first report (who has priority) and its latest leads;
    /// - a same-company conflict: its latest leads (one of them may be this project), and its first
    ///   report if this lead came before the conflict's first (heard late);
    /// - a same-project conflict: nothing, unless this lead came before the conflict's first and
    ///   the city has not decided: then the other district's first report, for the new priority.
    func candidates(
        _ db: any SQLConnection, key: String, district: String, lead: DistrictLead, reads: inout ConflictReads
    ) throws -> [DistrictLead] {
        let pursuers = try reads.pursuers(of: key, besides: district, db)
        guard !pursuers.isEmpty else { return [] }
        let known = try reads.conflicts(of: key, district: district, db)
        var found: [DistrictLead] = []
        for other in pursuers {
            let conflict = known[other]
            // No conflict yet, or this lead came before its district's side (heard late): the
            // other district's first report is needed to pair with it.
            let heardLate = conflict.map { lead.reportedAt.epochMilliseconds < $0.ownSideMillis } ?? true
            if heardLate { found += try reads.firstReport(of: key, in: other, db) }
            if conflict?.kind != Conflict.Kind.sameProject.rawValue {
                found += try reads.latest(of: key, in: other, db)
            }
        }
        var seen = Set<String>()
        return found.filter { seen.insert("\($0.district)/\($0.leadId)").inserted }
    }

    /// The longest reason or note the city records (it goes into notices, inboxes and emails).
    static let maximumTextLength = 4_000

    /// How many of another district's latest leads of a company a new lead is compared with.
    static let recentLimit = 50

    static func districtLead(_ row: SQLRow) throws -> DistrictLead {
        let text = try row.string("reportedAt")
        guard let reportedAt = Timestamp(rfc3339: text) else { throw StorageError("city_lead.reportedAt \(text)") }
        return DistrictLead(
            district: try row.string("district"), leadId: try row.string("leadId"),
            companyName: try row.string("companyName"), projectName: try row.string("projectName"),
            reportedAt: reportedAt, companyKey: try row.string("companyKey"))
    }

    /// The conflicts found, newest first; with `district`, those that involve it.
    public func conflicts(district: String?, limit: Int) throws -> ConflictList {
        try database.read { db in
            let filter = district == nil ? "" : "WHERE c.firstDistrict = ? OR c.secondDistrict = ?"
            let arguments: [SQLValue] = district.map { [.text($0), .text($0)] } ?? []
            let total =
                try db.query("SELECT COUNT(*) AS n FROM conflict c \(filter)", arguments).first
                .map { try $0.int64("n") } ?? 0
            let rows = try db.query("\(Self.conflictSelect) \(filter) ORDER BY c.id DESC LIMIT \(limit)", arguments)
            return ConflictList(conflicts: try rows.map(Self.conflictRecord), total: Int(total))
        }
    }

    /// A conflict with both leads as the city knows them now.
    static let conflictSelect = """
        SELECT c.id, c.kind, c.companyKey, c.detectedAt, c.decision,
            f.district AS fDistrict, f.leadId AS fLeadId, f.companyName AS fCompany,
            f.projectName AS fProject, f.reportedAt AS fAt,
            s.district AS sDistrict, s.leadId AS sLeadId, s.companyName AS sCompany,
            s.projectName AS sProject, s.reportedAt AS sAt
        FROM conflict c
        JOIN city_lead f ON f.district = c.firstDistrict AND f.leadId = c.firstLeadId
        JOIN city_lead s ON s.district = c.secondDistrict AND s.leadId = c.secondLeadId
        """

    static func conflict(_ db: any SQLConnection, id: Int64) throws -> ConflictRecord? {
        try db.query("\(conflictSelect) WHERE c.id = ?", [.integer(id)]).first.map(conflictRecord)
    }

    static func conflictRecord(_ row: SQLRow) throws -> ConflictRecord {
        func side(_ prefix: String) throws -> ConflictSide {
            let text = try row.string("\(prefix)At")
            guard let reportedAt = Timestamp(rfc3339: text) else { throw StorageError("city_lead.reportedAt \(text)") }
            return ConflictSide(
                district: try row.string("\(prefix)District"), leadId: try row.string("\(prefix)LeadId"),
                companyName: try row.string("\(prefix)Company"), projectName: try row.string("\(prefix)Project"),
                reportedAt: reportedAt)
        }
        let detected = try row.string("detectedAt")
        guard let detectedAt = Timestamp(rfc3339: detected) else {
            throw StorageError("conflict.detectedAt \(detected)")
        }
        return ConflictRecord(
            conflictId: try row.int64("id"), kind: try row.string("kind"), companyKey: try row.string("companyKey"),
            first: try side("f"), second: try side("s"), detectedAt: detectedAt,
            decision: try row.optionalString("decision").map { try StoredJSON.decode(ConflictDecision.self, from: $0) })
    }

    /// The city decides which district keeps the company (overruling or confirming 首报首谈):
    /// recorded on the conflict, both districts told, the decision audited.
    public func decide(_ request: DecideConflict, by caller: Caller, at now: Timestamp) throws -> ConflictRecord {
        try database.write { db in
            guard
                let row = try db.row(
                    "SELECT companyKey, firstDistrict, firstLeadId, secondDistrict, secondLeadId, kind FROM conflict WHERE id = ?",
                    request.conflictId)
            else {
                throw ErrorBody(
                    .notFound, field: "conflictId", "no conflict \(request.conflictId) / 找不到冲突 \(request.conflictId)")
            }
            let sides = [
                (try row.string("firstDistrict"), try row.string("firstLeadId")),
                (try row.string("secondDistrict"), try row.string("secondLeadId")),
            ]
            guard sides.contains(where: { $0.0 == request.keeps }) else {
                throw ErrorBody(
                    .invalidField, field: "keeps",
                    "keeps must be \(sides[0].0) or \(sides[1].0) / 只能裁定给冲突双方之一")
            }
            let reason = request.reason.trimmingWhitespace
            guard !reason.isEmpty else {
                throw ErrorBody(.missingField, field: "reason", "give the reason for the decision / 请填写裁决理由")
            }
            guard reason.count <= Self.maximumTextLength else {
                throw ErrorBody(
                    .invalidField, field: "reason",
                    "the reason is longer than \(Self.maximumTextLength) characters / 裁决理由过长")
            }
            let decision = ConflictDecision(
                keeps: request.keeps, reason: reason, decidedBy: caller.identity, decidedAt: now)
            try db.execute(
                "UPDATE conflict SET decision = ? WHERE id = ?", try StoredJSON.string(decision), request.conflictId)
            let kind = try row.string("kind")
            for (index, (district, leadId)) in sides.enumerated() {
                let (other, _) = sides[1 - index]
                guard
                    let lead = try db.row(
                        "SELECT companyName FROM city_lead WHERE district = ? AND leadId = ?", district, leadId)
                else { continue }
                var notice = CityNotice(
                    noticeId: 0, conflictId: request.conflictId, kind: kind, leadId: leadId,
                    companyName: try lead.string("companyName"), otherDistrict: other,
                    otherDistrictName: districtNames[other] ?? other,
                    priority: district == request.keeps ? "yours" : "theirs", detectedAt: now)
                notice.decisionReason = reason
                try db.execute(
                    "INSERT INTO notice (district, record) VALUES (?, ?)", district, try StoredJSON.string(notice))
            }
            try AuditLog.append(
                AuditEntry(
                    at: now, service: "lead-city", identity: caller.identity, role: caller.role.rawValue,
                    action: MessageType.cityDecide.rawValue, leadId: nil, outcome: "ok",
                    detail:
                        "conflict \(request.conflictId) (\(try row.string("companyKey"))): \(request.keeps) keeps it; \(reason)",
                    via: caller.via), db)
            guard let record = try Self.conflict(db, id: request.conflictId) else {
                throw StorageError("conflict \(request.conflictId) vanished")
            }
            return record
        }
    }
}
