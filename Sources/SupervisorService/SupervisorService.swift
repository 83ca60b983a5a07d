import AccessPolicy
import LeadMessages
import ServiceKit
import Supervision

/// lead-supervisor (protocol 1.8): follows intake's events, lights every active lead by the
/// supervision rules on the day its clock says, and answers `supervision.board`.
public struct SupervisorService {
    public static let name = "lead-supervisor"

    public let setup: ServiceSetup
    public let rules: SupervisionRules

    public init(setup: ServiceSetup, rules: SupervisionRules) {
        self.setup = setup
        self.rules = rules
    }

    public func makeLoop() -> ServiceLoop {
        let rules = rules
        return .consuming(name: Self.name, setup: setup, storeName: "supervisor", queries: \.supervisorQueries) {
            database, setup in
            let store = try SupervisionStore(database: database)
            let board = LightBoard(
                leads: try store.allLeads(), rules: LightRules(rules: rules), today: setup.clock.now().businessDate)
            return ConsumerParts(
                database: store.database,
                apply: { event in board.update(try store.apply(event.body)) },
                handlers: { dispatcher in
                    dispatcher.on(.supervisionBoard, BoardQuery.self) { envelope, caller in
                        board.refresh(today: setup.clock.now().businessDate)
                        return BoardView.make(
                            envelope.body, from: board.worstFirst(),
                            owner: caller.role == .officer ? caller.identity : nil, asOf: board.asOf,
                            rules: rules.edition)
                    }
                },
                onTick: { _ in board.refresh(today: setup.clock.now().businessDate) })
        }
    }
}
