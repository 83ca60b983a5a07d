import Foundation
import AccessPolicy
import LeadMessages
import Logging
import Matching
import PostgresStorage
import ReporterService
import Reporting
import ServiceClient
import ServiceKit
import Storage
import ZeroMQ

/// lead-city: one city over many districts. It follows each district intake's event stream on
/// its own (a consumer per district: gap, replay, heartbeats, its own checkpoint), keeps the
/// city's figures with the reporter's counting rules and a district dimension, and finds the
/// conflicts between districts (首报首谈). A district never needs it: districts keep working when
/// the city is down, and the city catches up from their logs.
public struct CityService {
    public static let name = "lead-city"

    public let setup: ServiceSetup
    public let districts: [DistrictStream]
    /// The city's annual targets (the configuration's `targets`, as lead-reporter reads them).
    public let targets: AnnualTargets

    public init(setup: ServiceSetup, districts: [DistrictStream], targets: AnnualTargets) {
        self.setup = setup
        self.districts = districts
        self.targets = targets
    }

    public func makeLoop() -> ServiceLoop {
        let (setup, districts, targets) = (setup, districts, targets)
        return ServiceLoop(name: Self.name, logger: setup.logger) { stop in
            let logger = setup.logger
            let database = try StoreOpener.open(
                databaseURL: setup.databaseURL, directory: setup.dataDirectory, name: "city", logger: logger)
            let store = try CityStore(
                database: database, sameProjectSimilarity: try ReferenceData.loadRules().likelyDuplicateSimilarity,
                districtNames: Dictionary(uniqueKeysWithValues: districts.map { ($0.code, $0.name) }))
            // The districts' reporters classify with the same code and data: the breakdowns agree.
            let classifier = LeadClassifier(data: try ReferenceData.load())
            let context = try ZMQContext()
            defer { context.shutdown() }
            let queries = setup.endpoints.cityQueries
            let security = try ServiceSecurity(
                context: context, options: setup.security, service: Self.name,
                endpoints: [queries] + districts.flatMap { [$0.intakeCommands, $0.intakeEvents] }, logger: logger)
            let consumers = try districts.map { district in
                try Self.consumer(
                    of: district, store: store, classifier: classifier, context: context, security: security,
                    setup: setup)
            }
            let counters = ServiceCounters()
            let audit = try ServiceAudit(database: store.database, service: Self.name)
            let server = try CommandServer(
                context: context, endpoint: queries, security: security, counters: counters, logger: logger)
            var dispatcher = RequestDispatcher(sender: Self.name, counters: counters, clock: setup.clock)
            ReporterService.answerReports(on: &dispatcher, store: store.reporter, targets: targets, clock: setup.clock)
            dispatcher.on(.cityConflicts, CityConflictsQuery.self) { envelope, _ -> Result<ConflictList, ErrorBody> in
                let limit = envelope.body.limit ?? CityConflictsQuery.maximumLimit
                guard (1...CityConflictsQuery.maximumLimit).contains(limit) else {
                    return .failure(
                        ErrorBody(
                            .invalidField, field: "limit",
                            "limit must be between 1 and \(CityConflictsQuery.maximumLimit) / 条数应在1至\(CityConflictsQuery.maximumLimit)之间"
                        ))
                }
                return .handling { try store.conflicts(district: envelope.body.district, limit: limit) }
            }
            dispatcher.on(.cityNotices, CityNoticesQuery.self) { envelope, caller -> Result<NoticePage, ErrorBody> in
                let query = envelope.body
                let limit = query.limit ?? CityNoticesQuery.defaultLimit
                guard query.afterNoticeId >= 0 else {
                    return .failure(
                        ErrorBody(
                            .invalidField, field: "afterNoticeId",
                            "afterNoticeId must not be negative / afterNoticeId 不能为负数"))
                }
                guard (1...CityConflictsQuery.maximumLimit).contains(limit) else {
                    return .failure(
                        ErrorBody(
                            .invalidField, field: "limit",
                            "limit must be between 1 and \(CityConflictsQuery.maximumLimit) / 条数应在1至\(CityConflictsQuery.maximumLimit)之间"
                        ))
                }
                return Self.district(query.district, of: caller, by: \.supervisorIdentity, districts: districts)
                    .flatMap { district in
                        guard let district else {
                            return .failure(Self.nameADistrict(districts))
                        }
                        return .handling {
                            let page = try store.notices(district: district, after: query.afterNoticeId, limit: limit)
                            Self.auditDelivery(
                                audit, .cityNotices, caller, district: district, ids: page.notices.map(\.noticeId),
                                at: setup.clock.now())
                            return page
                        }
                    }
            }
            dispatcher.on(.cityRegister, RegisterProject.self) { envelope, caller -> Result<ProjectRegistration, ErrorBody> in
                var request = envelope.body
                guard districts.contains(where: { $0.code == request.district }) else {
                    return .failure(Self.nameADistrict(districts))
                }
                guard let number = LeadID.number(in: request.leadId) else {
                    return .failure(
                        ErrorBody(
                            .invalidField, field: "leadId",
                            "'\(request.leadId)' is not a lead id like L-000012 / 线索编号格式应为 L-000012"))
                }
                request.leadId = LeadID.make(number)
                return .handling { try store.register(request, by: caller, at: setup.clock.now()) }
            }
            dispatcher.on(.cityDecide, DecideConflict.self) { envelope, caller -> Result<ConflictRecord, ErrorBody> in
                .handling { try store.decide(envelope.body, by: caller, at: setup.clock.now()) }
            }
            dispatcher.on(.cityRegistrations, CityRegistrationsQuery.self) {
                envelope, caller -> Result<RegistrationPage, ErrorBody> in
                let query = envelope.body
                let limit = query.limit ?? CityNoticesQuery.defaultLimit
                guard query.afterRegistrationId >= 0 else {
                    return .failure(
                        ErrorBody(
                            .invalidField, field: "afterRegistrationId",
                            "afterRegistrationId must not be negative / afterRegistrationId 不能为负数"))
                }
                guard (1...CityConflictsQuery.maximumLimit).contains(limit) else {
                    return .failure(
                        ErrorBody(
                            .invalidField, field: "limit",
                            "limit must be between 1 and \(CityConflictsQuery.maximumLimit) / 条数应在1至\(CityConflictsQuery.maximumLimit)之间"
                        ))
                }
                return Self.district(query.district, of: caller, by: \.intakeIdentity, districts: districts)
                    .flatMap { district in
                        .handling {
                            let page = try store.registrations(
                                district: district, after: query.afterRegistrationId, limit: limit,
                                withUnregistered: caller.role != .service)
                            Self.auditDelivery(
                                audit, .cityRegistrations, caller, district: district,
                                ids: page.registrations.map(\.registrationId), at: setup.clock.now())
                            return page
                        }
                    }
            }
            logger.info(
                "ready",
                metadata: [
                    "queries": "\(server.boundEndpoint)", "districts": "\(districts.map(\.code).joined(separator: ","))",
                ])
            try SubscriberLoop.run(
                service: Self.name, stop: stop, context: context, security: security,
                audit: audit, queries: server,
                consumers: consumers, dispatcher: dispatcher, metricsListen: setup.metricsListen, logger: logger,
                streams: {
                    zip(districts, consumers).map { district, consumer in
                        StreamStatus(
                            district: district.code, name: district.name, lastSequence: consumer.state.lastApplied,
                            head: consumer.state.knownHead, intakeStore: consumer.state.intakeStore,
                            lastHeardAt: consumer.lastHeardAt)
                    }
                })
        }
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
                at: now, service: name, identity: caller.identity, role: caller.role.rawValue, action: action.rawValue,
                leadId: nil, outcome: "ok",
                detail: "\(ids.count) to \(district ?? "all districts"): \(first)…\(last)", via: caller.via))
    }

    static func nameADistrict(_ districts: [DistrictStream]) -> ErrorBody {
        ErrorBody(
            .invalidField, field: "district",
            "name one of the city's districts: \(districts.map(\.code).joined(separator: ", ")) / 请指定本市的区县代码")
    }

    /// The consumer of one district's stream, with its own checkpoint and the district's key.
    static func consumer(
        of district: DistrictStream, store: CityStore, classifier: LeadClassifier, context: ZMQContext,
        security: ServiceSecurity, setup: ServiceSetup
    ) throws -> EventConsumer {
        var logger = setup.logger
        logger[metadataKey: "district"] = "\(district.code)"
        let checkpoint = try store.checkpoint(district.code)
        return try EventConsumer(
            context: context, eventsEndpoint: district.intakeEvents, commandsEndpoint: district.intakeCommands,
            sender: Self.name, credentials: security.clientCredentials, intakeKey: district.intakeKey,
            lastApplied: checkpoint.lastSequence, intakeStore: checkpoint.intakeStore, logger: logger,
            batch: store.database.batch,
            rememberStore: { intakeStore in try store.recordIntakeStore(intakeStore, district: district.code) },
            apply: { event in
                try store.apply(
                    event.body, from: district.code,
                    classification: ReporterService.classification(event.body.lead, classifier),
                    at: setup.clock.now())
            })
    }
}
