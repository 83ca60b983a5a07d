import AccessPolicy
import LeadMessages
import ServiceKit

/// lead-city's requests besides the reports: conflicts, notices, registrations and decisions,
/// with who may read what (a district's service its own district's only).
enum CityHandlers {
    static func install(
        on dispatcher: inout RequestDispatcher, store: CityStore, districts: [DistrictStream], audit: ServiceAudit,
        clock: ServiceClock
    ) {
        dispatcher.on(.cityConflicts, CityConflictsQuery.self) { envelope, _ -> Result<ConflictList, ErrorBody> in
            checkedLimit(envelope.body.limit, default: CityConflictsQuery.maximumLimit).flatMap { limit in
                .handling { try store.conflicts(district: envelope.body.district, limit: limit) }
            }
        }
        dispatcher.on(.cityNotices, CityNoticesQuery.self) { envelope, caller -> Result<NoticePage, ErrorBody> in
            let query = envelope.body
            return checkedPage(after: query.afterNoticeId, field: "afterNoticeId", limit: query.limit).flatMap {
                limit in
                district(query.district, of: caller, by: \.supervisorIdentity, districts: districts).flatMap {
                    district in
                    guard let district else { return .failure(nameADistrict(districts)) }
                    return .handling {
                        let page = try store.notices(district: district, after: query.afterNoticeId, limit: limit)
                        auditDelivery(
                            audit, .cityNotices, caller, district: district, ids: page.notices.map(\.noticeId),
                            at: clock.now())
                        return page
                    }
                }
            }
        }
        dispatcher.on(.cityRegistrations, CityRegistrationsQuery.self) {
            envelope, caller -> Result<RegistrationPage, ErrorBody> in
            let query = envelope.body
            return checkedPage(after: query.afterRegistrationId, field: "afterRegistrationId", limit: query.limit)
                .flatMap { limit in
                    district(query.district, of: caller, by: \.intakeIdentity, districts: districts).flatMap {
                        district in
                        .handling {
                            let page = try store.registrations(
                                district: district, after: query.afterRegistrationId, limit: limit,
                                withUnregistered: caller.role != .service)
                            auditDelivery(
                                audit, .cityRegistrations, caller, district: district,
                                ids: page.registrations.map(\.registrationId), at: clock.now())
                            return page
                        }
                    }
                }
        }
        dispatcher.on(.cityRegister, RegisterProject.self) {
            envelope, caller -> Result<ProjectRegistration, ErrorBody> in
            var request = envelope.body
            guard districts.contains(where: { $0.code == request.district }) else {
                return .failure(nameADistrict(districts))
            }
            guard let number = LeadID.number(in: request.leadId) else {
                return .failure(
                    ErrorBody(
                        .invalidField, field: "leadId",
                        "'\(request.leadId)' is not a lead id like L-000012 / 线索编号格式应为 L-000012"))
            }
            request.leadId = LeadID.make(number)
            return .handling { try store.register(request, by: caller, at: clock.now()) }
        }
        dispatcher.on(.cityDecide, DecideConflict.self) { envelope, caller -> Result<ConflictRecord, ErrorBody> in
            .handling { try store.decide(envelope.body, by: caller, at: clock.now()) }
        }
    }

    /// A page's position (never negative) and its limit (1–500, default 100).
    static func checkedPage(after position: Int64, field: String, limit: Int?) -> Result<Int, ErrorBody> {
        guard position >= 0 else {
            return .failure(ErrorBody(.invalidField, field: field, "\(field) must not be negative / \(field) 不能为负数"))
        }
        return checkedLimit(limit, default: CityNoticesQuery.defaultLimit)
    }

    static func checkedLimit(_ limit: Int?, default fallback: Int) -> Result<Int, ErrorBody> {
        let limit = limit ?? fallback
        let maximum = CityConflictsQuery.maximumLimit
        guard (1...maximum).contains(limit) else {
            return .failure(
                ErrorBody(
                    .invalidField, field: "limit", "limit must be between 1 and \(maximum) / 条数应在1至\(maximum)之间"))
        }
        return .success(limit)
    }

    /// Whose notices or registrations `caller` may read: a district's service its own district's
    /// only (by the identity its key was authorized under, `identity`); the city's supervisors any
    /// district they name, or (nil) all where that makes sense.
    static func district(
        _ asked: String?, of caller: Caller, by identity: KeyPath<DistrictStream, String>, districts: [DistrictStream]
    ) -> Result<String?, ErrorBody> {
        if caller.role == .service {
            guard let own = districts.first(where: { $0[keyPath: identity] == caller.identity }) else {
                return .failure(
                    ErrorBody(
                        .forbidden, field: nil,
                        "\(caller.identity) is no district's service here / 该身份不是本市任一区县的服务"))
            }
            guard asked == nil || asked == own.code else {
                return .failure(
                    ErrorBody(
                        .forbidden, field: "district",
                        "a district reads its own only / 区县只能读取本区县的数据"))
            }
            return .success(own.code)
        }
        if let asked, !districts.contains(where: { $0.code == asked }) { return .failure(nameADistrict(districts)) }
        return .success(asked)
    }

    /// What crosses to a district is audited (the city sees all; every cross-district action is
    /// recorded): which notices or registrations went to whom. An empty poll records nothing.
    static func auditDelivery(
        _ audit: ServiceAudit, _ action: MessageType, _ caller: Caller, district: String?, ids: [Int64],
        at now: Timestamp
    ) {
        guard let first = ids.first, let last = ids.last else { return }
        audit.append(
            AuditEntry(
                at: now, service: CityService.name, identity: caller.identity, role: caller.role.rawValue,
                action: action.rawValue,
                leadId: nil, outcome: "ok",
                detail: "\(ids.count) to \(district ?? "all districts"): \(first)…\(last)", via: caller.via))
    }

    static func nameADistrict(_ districts: [DistrictStream]) -> ErrorBody {
        ErrorBody(
            .invalidField, field: "district",
            "name one of the city's districts: \(districts.map(\.code).joined(separator: ", ")) / 请指定本市的区县代码")
    }
}
