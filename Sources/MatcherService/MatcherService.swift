import AccessPolicy
import LeadMessages
import Matching
import ServiceKit

/// lead-matcher: follows intake's events, keeps one recommendation per lead, answers queries.
public struct MatcherService {
    public static let name = "lead-matcher"

    public let setup: ServiceSetup

    public init(setup: ServiceSetup) { self.setup = setup }

    public func makeLoop() -> ServiceLoop {
        .consuming(name: Self.name, setup: setup, storeName: "matcher", queries: \.matcherQueries) { database, setup in
            let store = try MatcherStore(database: database)
            let data = try ReferenceData.load()
            let recommender = Recommender(data: data)
            let prospectMap = ProspectMap(data: data)
            // The stored pinyin sort keys count as reference data: a new form of key recomputes them.
            let editions = data.editions.merging(["pinyin-sort-key": PinyinSortKey.version]) { $1 }
            if try store.resetIfReferenceChanged(editions: editions) {
                setup.logger.notice("reference data or rules changed: recommending every lead anew from the event log")
            }
            return ConsumerParts(
                database: store.database,
                applyPage: { events in
                    try store.apply(events.map(\.body)) { event in
                        try recommender.recommend(event.lead, sequence: event.sequence, pipeline: store)
                    }
                },
                handlers: { dispatcher in
                    dispatcher.on(.recommendationGet, LeadReference.self) { envelope, caller in
                        Self.recommendation(envelope.body.leadId, for: caller, store: store)
                    }
                    dispatcher.on(.prospectsQuery, ProspectQuery.self) { envelope, _ in
                        Self.prospects(envelope.body, map: prospectMap, store: store)
                    }
                    dispatcher.on(.pipelineQuery, PipelineQuery.self) { envelope, caller in
                        Self.pipeline(envelope.body, for: caller, store: store)
                    }
                    dispatcher.on(.duplicatesCheck, DuplicateCheck.self) { envelope, _ in
                        Self.duplicates(envelope.body, recommender: recommender, store: store)
                    }
                })
        }
    }

    static func recommendation(_ leadId: String, for caller: Caller, store: MatcherStore) -> Result<
        Recommendation, ErrorBody
    > {
        guard let canonical = LeadID.canonical(leadId) else {
            return .failure(
                ErrorBody(.invalidField, field: "leadId", "'\(leadId)' is not a lead id like L-000042 / 线索编号格式不正确"))
        }
        return Result.handling { try store.recommendation(canonical) }.flatMap { stored in
            guard let (found, owner) = stored else {
                return .failure(
                    ErrorBody(.notFound, field: "leadId", "no recommendation for \(canonical) yet / 暂无该线索的推荐"))
            }
            if let error = AccessPolicy.checkOwnership(caller, owner: owner, leadId: canonical) {
                return .failure(error)
            }
            return .success(found)
        }
    }

    static func pipeline(_ query: PipelineQuery, for caller: Caller, store: MatcherStore) -> Result<
        PipelineView, ErrorBody
    > {
        PipelineFilter.read(query).flatMap { filter in
            Result.handling { try store.pipeline(filter, owner: caller.role == .officer ? caller.identity : nil) }
        }
    }

    static func duplicates(_ check: DuplicateCheck, recommender: Recommender, store: MatcherStore) -> Result<
        DuplicateCheckResult, ErrorBody
    > {
        guard !check.companyName.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return .failure(ErrorBody(.missingField, field: "companyName", "companyName must not be empty / 企业名称不能为空"))
        }
        return Result.handling {
            DuplicateCheckResult(possibleDuplicates: try recommender.possibleDuplicates(check, pipeline: store))
        }
    }

    static func prospects(_ query: ProspectQuery, map: ProspectMap, store: MatcherStore) -> Result<
        ProspectList, ErrorBody
    > {
        Result.handling { try store.groupsInPipeline() }.flatMap { groups in
            map.query(query, pipelineGroups: groups).mapError { error in
                switch error {
                case .invalid(let field, let message): ErrorBody(.invalidField, field: field, message)
                }
            }
        }
    }
}
