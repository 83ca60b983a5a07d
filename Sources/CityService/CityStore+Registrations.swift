import AccessPolicy
import Federation
import LeadMessages
import Storage

/// Registrations of big projects with the city (Henan's 2025 rule), and what the districts fetch.
extension CityStore {
    /// Registers `district`'s lead with the city, once (a second registration answers with the
    /// first), audited with who did it.
    public func register(_ request: RegisterProject, by caller: Caller, at now: Timestamp) throws
        -> ProjectRegistration
    {
        try database.write { db in
            if let earlier = try db.string(
                "SELECT record FROM registration WHERE district = ? AND leadId = ?", request.district, request.leadId)
            {
                return try StoredJSON.decode(ProjectRegistration.self, from: earlier)
            }
            guard
                let lead = try db.row(
                    "SELECT companyName, projectName FROM city_lead WHERE district = ? AND leadId = ?",
                    request.district, request.leadId)
            else {
                throw ErrorBody(
                    .notFound, field: "leadId",
                    "the city has no lead \(request.leadId) of \(request.district) (yet) / 市里尚未收到该区县的这条线索")
            }
            if let note = request.note, note.count > Self.maximumTextLength {
                throw ErrorBody(
                    .invalidField, field: "note", "the note is longer than \(Self.maximumTextLength) characters / 备注过长")
            }
            var registration = ProjectRegistration(
                registrationId: 0, district: request.district, leadId: request.leadId,
                companyName: try lead.string("companyName"), projectName: try lead.string("projectName"),
                registeredBy: caller.identity, registeredAt: now, note: request.note)
            let inserted = try db.query(
                "INSERT INTO registration (district, leadId, record) VALUES (?, ?, '') RETURNING id",
                [.text(request.district), .text(request.leadId)])
            guard let id = try inserted.first?.int64("id") else { throw StorageError("registration not numbered") }
            registration.registrationId = id
            try db.execute("UPDATE registration SET record = ? WHERE id = ?", try StoredJSON.string(registration), id)
            try AuditLog.append(
                AuditEntry(
                    at: now, service: "lead-city", identity: caller.identity, role: caller.role.rawValue,
                    action: MessageType.cityRegister.rawValue, leadId: "\(request.district)/\(request.leadId)",
                    outcome: "ok", detail: "\(registration.companyName) · \(registration.projectName)", via: caller.via),
                db)
            return registration
        }
    }

    /// Registrations after `afterId` (of `district`, or of all), oldest first; with
    /// `withUnregistered`, the flagged signings in the same scope.
    public func registrations(district: String?, after afterId: Int64, limit: Int, withUnregistered: Bool) throws
        -> RegistrationPage
    {
        try database.read { db in
            let scope = district == nil ? "" : "AND district = ?"
            let arguments: [SQLValue] = district.map { [.text($0)] } ?? []
            let records = try db.query(
                "SELECT record FROM registration WHERE id > ? \(scope) ORDER BY id LIMIT \(limit)",
                [.integer(afterId)] + arguments)
            let last = try db.query("SELECT MAX(id) AS last FROM registration WHERE 1 = 1 \(scope)", arguments)
            var page = RegistrationPage(
                registrations: try records.map {
                    try StoredJSON.decode(ProjectRegistration.self, from: $0.string("record"))
                },
                lastRegistrationId: try last.first?.optionalInt64("last") ?? 0,
                storeId: try db.string("SELECT value FROM meta WHERE key = 'cityStoreId'"))
            if withUnregistered {
                page.unregisteredSignings = try db.query(
                    """
                    SELECT district, leadId, companyName, projectName, unregisteredFen, unregisteredAt FROM city_lead
                    WHERE unregisteredMillis IS NOT NULL \(scope) ORDER BY unregisteredMillis LIMIT 1000
                    """, arguments
                ).map { row in
                    let text = try row.string("unregisteredAt")
                    guard let signedAt = Timestamp(rfc3339: text) else { throw StorageError("unregisteredAt \(text)") }
                    return UnregisteredSigning(
                        district: try row.string("district"), leadId: try row.string("leadId"),
                        companyName: try row.string("companyName"), projectName: try row.string("projectName"),
                        amountYuan: Money(fen: try row.int64("unregisteredFen")), signedAt: signedAt)
                }
            }
            return page
        }
    }
}
