import AccessPolicy
import LeadMessages
import Logging
import PostgresStorage
import ServiceClient
import ServiceKit
import Storage
import Supervision

/// lead-supervisor (protocol 1.8): follows intake's events, lights every active lead by the
/// supervision rules on the day its clock says, and answers `supervision.board`.
public struct SupervisorService {
    public static let name = "lead-supervisor"

    public let setup: ServiceSetup
    public let rules: SupervisionRules
    /// The units 督办 orders may be addressed to, with their members.
    public let units: Units
    /// Where notifications go besides the inbox (email, a group chat).
    public let notifications: NotificationSettings
    /// The city this district belongs to, whose conflict notices reach the inbox (protocol 1.11).
    public let city: CityLink?

    public init(
        setup: ServiceSetup, rules: SupervisionRules, units: Units,
        notifications: NotificationSettings = NotificationSettings(), city: CityLink? = nil
    ) {
        self.city = city
        self.setup = setup
        self.rules = rules
        self.units = units
        self.notifications = notifications
    }

    public func makeLoop() -> ServiceLoop {
        let (rules, units, notifications, city) = (rules, units, notifications, city)
        return .consuming(name: Self.name, setup: setup, storeName: "supervisor", queries: \.supervisorQueries) {
            database, setup in
            let store = try SupervisionStore(database: database, notifications: notifications)
            let clock = setup.clock
            let board = LightBoard(
                leads: try store.allLeads(), rules: LightRules(rules: rules), today: clock.now().businessDate)
            // Leads changed by events since the last tick: their lights are noted (and notified) once
            // caught up, so a replay's passing states notify no one.
            var changed: Set<String> = []
            // Once a day, and at start (whatever changed while the service was down): every light
            // noted, the follow-ups due tomorrow, the orders past their deadline raised, the month
            // that closed frozen (月督查).
            let daily = DailyRun(logger: setup.logger)
            let openStore: @Sendable () throws -> any SQLDatabase = {
                try StoreOpener.open(
                    databaseURL: setup.databaseURL, directory: setup.dataDirectory, name: "supervisor",
                    logger: setup.logger)
            }
            let deliverer = Deliverer(
                settings: notifications, clock: clock, logger: setup.logger, openDatabase: openStore)
            let cityFeed = try city.map { link in
                CityFeed.poller(
                    link: link,
                    credentials: try ClientCredentials.load(
                        name: Self.name, directory: setup.security.keysDirectory,
                        plaintext: setup.security.insecurePlaintext),
                    settings: notifications, clock: clock, setup: setup, openDatabase: openStore)
            }
            return ConsumerParts(
                database: store.database,
                apply: { event in
                    let facts = try store.apply(event.body)
                    board.update(facts)
                    changed.insert(facts.leadId)
                },
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
                    dispatcher.on(.supervisionInbox, InboxQuery.self) { envelope, caller in
                        store.inbox(envelope.body, for: caller)
                    }
                    dispatcher.on(.supervisionRead, MarkRead.self) { envelope, caller in
                        store.markRead(envelope.body, for: caller, now: clock.now())
                    }
                    dispatcher.on(.supervisionWeekly, WeeklySupervisionQuery.self) { envelope, _ in
                        board.refresh(today: clock.now().businessDate)
                        return store.weeklyLine(envelope.body, board: board, today: board.asOf)
                    }
                    dispatcher.on(.supervisionMonthly, MonthlyReviewQuery.self) { envelope, _ in
                        board.refresh(today: clock.now().businessDate)
                        return store.monthlyReview(envelope.body, board: board, today: board.asOf)
                    }
                },
                onTick: { state in
                    // A new day lights every lead again (whether or not a board query noticed it first).
                    board.refresh(today: clock.now().businessDate)
                    guard !state.isBehind else { return }
                    daily.runIfDue(today: board.asOf, now: MonotonicClock.milliseconds()) {
                        try store.noteAll(on: board, now: clock.now())
                        changed = []
                        try store.escalateOverdue(
                            today: board.asOf, rules: rules.orders, units: units, now: clock.now())
                        // The month that just closed is frozen as it stands (its orders escalated first).
                        try store.freezePreviousMonth(board: board, today: board.asOf, now: clock.now())
                        try store.freezePreviousWeek(board: board, today: board.asOf, now: clock.now())
                    }
                    guard !changed.isEmpty else { return }
                    do {
                        try store.noteChanged(changed, on: board, now: clock.now())
                        changed = []
                    } catch {
                        setup.logger.error("noting lights failed; will retry", metadata: ["error": "\(error)"])
                    }
                },
                workers: [deliverer.run(stop:)] + (cityFeed.map { [$0.run(stop:)] } ?? []),
                backlog: { try store.database.read(Outbox.backlog) })
        }
    }
}
