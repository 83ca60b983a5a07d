import Foundation
import LeadMessages
import LeadMessagesTesting
import ServiceClient
import Testing
import ZeroMQ

/// No lead lost, none duplicated: thousands of submissions and signings stream in while every
/// service is killed with SIGKILL and restarted at random moments (seeded), then every store is
/// checked against intake's, and intake against every acknowledgement it gave.
@Suite(.serialized) struct FaultTests {
    static let submissions = Int(ProcessInfo.processInfo.environment["LEADTRACKER_FAULT_SUBMISSIONS"] ?? "") ?? 7_000
    static let signings = Int(ProcessInfo.processInfo.environment["LEADTRACKER_FAULT_SIGNINGS"] ?? "") ?? 3_000

    @Test func nothingAcknowledgedIsLostUnderKillNine() throws {
        let seed = SeededRandom.seed(fallback: 0x5EED_2023)
        print(
            "fault seed \(seed) (LEADTRACKER_SEED to replay): \(Self.submissions) submissions, \(Self.signings) signings"
        )
        let cluster = try ServiceCluster()
        try cluster.start()
        let chaos = Chaos(cluster: cluster, seed: seed)
        chaos.start()

        let context = try ZMQContext()
        let client = PersistentClient(
            client: RequestClient(
                context: context, endpoint: try #require(cluster.endpoints["intakeCommands"]), sender: "fault-test",
                timeoutMilliseconds: 500, attempts: 1,
                configure: try cluster.credentials().configure(for: "lead-intake")))
        var random = SeededRandom(seed: seed ^ 0xABCD)
        var acknowledged: [String: String] = [:]  // company name → lead id
        var leadIds: [String] = []
        // Each lead's last acknowledged signing: a later signing of the same lead corrects it.
        var acknowledgedSignings: [String: Signing] = [:]
        var signingsDone = 0
        let total = Self.submissions + Self.signings
        for step in 0..<total {
            // Interleave: sign only leads already acknowledged, at the planned ratio.
            let signNow =
                !leadIds.isEmpty && Int(random.next() % UInt64(total)) < Self.signings
                && signingsDone < Self.signings || acknowledged.count == Self.submissions
            if signNow {
                let lead = leadIds[Int(random.next() % UInt64(leadIds.count))]
                let amount = "\(1 + random.next() % 5_000).\(random.next() % 100)万"
                let day = CivilDate(daysSinceEpoch: 19_358 + Int64(random.next() % 365))  // a 2023 date
                let offset = ["+08:00", "Z", "-05:00"][Int(random.next() % 3)]
                let hour = random.next() % 24
                let at = "\(day)T\(hour < 10 ? "0" : "")\(hour):30:00\(offset)"
                let command = SignLead(leadId: lead, amount: amount, signedAt: at, requestId: "sign-\(step)")
                let signed = try client.send(.leadSign, command, expecting: Lead.self)
                acknowledgedSignings[lead] = signed.signing
                signingsDone += 1
            } else {
                let company = "故障测试企业\(acknowledged.count)"
                let submission = LeadSubmission(
                    companyName: company, headquarters: ["北京", "上海", "深圳", "郑州"][Int(random.next() % 4)],
                    projectName: "项目\(step)", requestId: "submit-\(acknowledged.count)")
                let result = try client.send(.leadSubmit, submission, expecting: SubmitResult.self)
                acknowledged[company] = result.leadId
                leadIds.append(result.leadId)
            }
        }
        let kills = chaos.stop()
        for service in ServiceCluster.services where !cluster.isRunning(service) { try cluster.start(service) }
        try cluster.waitUntilReady()
        print(
            "streamed \(acknowledged.count) submissions and \(signingsDone) signings; \(kills) kill -9s; retries \(client.retries)"
        )
        #expect(kills >= 6, "the chaos must have hit the services")

        // 1. Intake: every acknowledged lead exactly once, nothing else.
        let leads = try Self.allLeads(client)
        #expect(leads.count == Self.submissions)
        #expect(Set(leads.map(\.leadId)) == Set(acknowledged.values))
        #expect(Set(leads.map(\.companyName)).count == leads.count, "a company was stored twice")
        #expect(leads.allSatisfy { acknowledged[$0.companyName] == $0.leadId })
        // Every acknowledged signing is what intake holds for its lead, and no lead is signed
        // that was never acknowledged as signed.
        let lostSignings = leads.filter { $0.signing != acknowledgedSignings[$0.leadId] }
        #expect(
            lostSignings.isEmpty,
            "\(lostSignings.count) leads differ from their acknowledged signing, e.g. \(lostSignings.prefix(3).map { "\($0.leadId): intake \(String(describing: $0.signing)), acked \(String(describing: acknowledgedSignings[$0.leadId]))" })"
        )
        #expect(acknowledgedSignings.count == leads.filter { $0.signing != nil }.count)

        // Consumers catch up to intake's head.
        let head = try client.send(.serviceStatus, EmptyBody(), expecting: ServiceStatus.self).lastSequence
        #expect(
            cluster.eventually(timeoutSeconds: 60) {
                ["lead-matcher", "lead-reporter"].allSatisfy { service in
                    let status = cluster.leadctl(["status", "--json"]).json()?[service] as? [String: Any]
                    return (status?["status"] as? [String: Any])?["lastSequence"] as? Int == Int(head)
                }
            }, "consumers did not reach sequence \(head)")

        // 2. Matcher: exactly one recommendation per lead (one per id; none for ids that do not exist).
        let matcher = PersistentClient(
            client: RequestClient(
                context: context, endpoint: try #require(cluster.endpoints["matcherQueries"]), sender: "fault-test",
                configure: try cluster.credentials().configure(for: "lead-matcher")))
        var recommended = 0
        for lead in leads {
            let recommendation = try matcher.send(
                .recommendationGet, LeadReference(leadId: lead.leadId), expecting: Recommendation.self)
            if recommendation.leadId == lead.leadId { recommended += 1 }
        }
        #expect(recommended == leads.count)

        // 3. Reporter: every week's totals equal those recomputed from intake's own store, to the yuan.
        let reporter = PersistentClient(
            client: RequestClient(
                context: context, endpoint: try #require(cluster.endpoints["reporterQueries"]), sender: "fault-test",
                configure: try cluster.credentials().configure(for: "lead-reporter")))
        var expected: [ISOWeek: (projects: Int, fen: Int64)] = [:]
        for lead in leads {
            guard let signing = lead.signing else { continue }
            let week = BusinessCalendar.week(of: signing.signedAt)
            expected[week, default: (0, 0)].projects += 1
            expected[week, default: (0, 0)].fen += signing.amountYuan.fen
        }
        var weeksChecked = 0
        var mismatches: [String] = []
        for week in Set(expected.keys).union((1...52).compactMap { ISOWeek(year: 2023, week: $0) }) {
            let report = try reporter.send(
                .reportWeekly, WeeklyReportQuery(week: week.description), expecting: PeriodReport.self)
            let want = expected[week] ?? (0, 0)
            if report.signedProjects != want.projects || report.signedAmountYuan.fen != want.fen {
                mismatches.append(
                    "\(week): reporter \(report.signedProjects)/\(report.signedAmountYuan.yuanString), intake \(want.projects)/\(Money(fen: want.fen).yuanString)"
                )
            }
            weeksChecked += 1
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
        let signed = leads.filter { $0.signing != nil }
        print(
            "checked: \(leads.count) leads exactly once in intake, \(recommended) recommendations, \(weeksChecked) weekly reports covering \(signed.count) signed projects (\(Money(fen: signed.reduce(0) { $0 + ($1.signing?.amountYuan.fen ?? 0) }).yuanString) yuan); all equal"
        )
    }

    static func allLeads(_ client: PersistentClient) throws -> [Lead] {
        var leads: [Lead] = []
        var after: String?
        repeat {
            let page = try client.send(.leadList, ListLeads(after: after, limit: 500), expecting: LeadPage.self)
            leads += page.leads
            after = page.next
        } while after != nil
        return leads
    }
}

/// Keeps asking until the service answers: a service being killed and restarted is not an error
/// for a client with a requestId, only a delay. Gives up after a minute.
final class PersistentClient {
    let client: RequestClient
    private(set) var retries = 0

    init(client: RequestClient) { self.client = client }

    func send<Body: Codable & Sendable, Reply: Codable & Sendable>(
        _ type: MessageType, _ body: Body, expecting: Reply.Type
    ) throws -> Reply {
        let deadline = Date().addingTimeInterval(60)
        while true {
            switch client.request(type, body, expecting: Reply.self) {
            case .success(let reply): return reply
            case .failure(let error) where error.code == .unavailable && Date() < deadline:
                retries += 1
            case .failure(let error): throw error
            }
        }
    }
}

/// Kills a random service with SIGKILL every 0.2–0.8 s and restarts it after 0–300 ms.
final class Chaos: @unchecked Sendable {
    private let cluster: ServiceCluster
    private let seed: UInt64
    private let done = NSCondition()
    private var stopping = false
    private var kills = 0
    private var thread: Thread?

    init(cluster: ServiceCluster, seed: UInt64) {
        self.cluster = cluster
        self.seed = seed
    }

    func start() {
        let thread = Thread { [self] in run() }
        self.thread = thread
        thread.start()
    }

    /// Stops the chaos; returns how many kills it made.
    func stop() -> Int {
        done.lock()
        stopping = true
        done.broadcast()
        while thread != nil { done.wait() }
        defer { done.unlock() }
        return kills
    }

    private func run() {
        var random = SeededRandom(seed: seed)
        done.lock()
        while !stopping {
            _ = done.wait(until: Date().addingTimeInterval(0.2 + Double(random.next() % 600) / 1_000))
            if stopping { break }
            let service = ServiceCluster.services[Int(random.next() % 3)]
            let pause = Double(random.next() % 300) / 1_000
            done.unlock()
            cluster.kill(service)
            Thread.sleep(forTimeInterval: pause)
            try? cluster.start(service)
            done.lock()
            kills += 1
        }
        thread = nil
        done.broadcast()
        done.unlock()
    }
}
