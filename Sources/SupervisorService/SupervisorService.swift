import AccessPolicy
import LeadMessages
import Logging
import ServiceClient
import ServiceKit
import Supervision

/// lead-supervisor (protocol 1.8): follows intake's events, lights every active lead by the
/// supervision rules on the day its clock says, and answers `supervision.board`.
public struct SupervisorService {
    public static let name = "lead-supervisor"

    public let setup: ServiceSetup
    public let rules: SupervisionRules
    /// The units 督办 orders may be addressed to, with their members.
    public let units: Units

    public init(setup: ServiceSetup, rules: SupervisionRules, units: Units) {
        self.setup = setup
        self.rules = rules
        self.units = units
    }

    public func makeLoop() -> ServiceLoop {
        let (rules, units) = (rules, units)
        return .consuming(name: Self.name, setup: setup, storeName: "supervisor", queries: \.supervisorQueries) {
            database, setup in
            let store = try SupervisionStore(database: database)
            let clock = setup.clock
            let board = LightBoard(
                leads: try store.allLeads(), rules: LightRules(rules: rules), today: clock.now().businessDate)
            // Orders that went past their deadline while the service was down go up now.
            try store.escalateOverdue(today: board.asOf, rules: rules.orders, now: clock.now())
            let escalation = DailyRun(done: board.asOf, logger: setup.logger)
            return ConsumerParts(
                database: store.database,
                apply: { event in board.update(try store.apply(event.body)) },
                handlers: { dispatcher in
                    dispatcher.on(.supervisionBoard, BoardQuery.self) { envelope, caller in
                        board.refresh(today: clock.now().businessDate)
                        return BoardView.make(
                            envelope.body, from: board.worstFirst(),
                            owner: caller.role == .officer ? caller.identity : nil, asOf: board.asOf,
                            rules: rules.edition)
                    }
                    dispatcher.on(.supervisionOrder, IssueOrder.self) { envelope, caller in
                        store.issue(envelope.body, by: caller, units: units, now: clock.now())
                    }
                    dispatcher.on(.supervisionAcknowledge, OrderAction.self) { envelope, caller in
                        store.acknowledge(envelope.body, by: caller, units: units, now: clock.now())
                    }
                    dispatcher.on(.supervisionAnswer, OrderAction.self) { envelope, caller in
                        store.answer(envelope.body, by: caller, units: units, now: clock.now())
                    }
                    dispatcher.on(.supervisionOrders, OrderQuery.self) { envelope, caller in
                        store.orders(envelope.body, for: caller, units: units, today: clock.now().businessDate)
                    }
                },
                onTick: { _ in
                    // A new day: light every lead again, and raise the orders that went past their deadline
                    // (whether or not a board query noticed the new day first).
                    let today = clock.now().businessDate
                    board.refresh(today: today)
                    escalation.runIfDue(today: today, now: MonotonicClock.milliseconds()) {
                        try store.escalateOverdue(today: today, rules: rules.orders, now: clock.now())
                    }
                })
        }
    }
}
