import ArgumentParser
import Foundation
import LeadMessages
import ReporterService
import Reporting
import ServiceKit
import Storage

/// `lead-bench report`: loads N signed projects into a reporter store through its real event path —
/// each with a 责任单位, and most with milestones, funds in place, a planned 开工 date and follow-ups
/// (protocol 1.10) — then times reports of every kind (with their indicators), the 三个一批 of a
/// quarter and the 年考核 of a year, read from the incremental aggregates.
struct ReportBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract:
            "Reports over N signed projects (targets: weekly report ≤ 20 ms; yearly report with indicators and 年考核 ≤ 100 ms at 1,000,000)."
    )

    @Option(help: "Signed projects to load") var signed: Int = 1_000_000
    @Option(help: "Timed reports per period kind") var runs: Int = 200
    @Option(help: "Events per transaction while loading") var batch: Int = 5_000
    @Option(help: "Random seed") var seed: UInt64 = 2023
    @Option(
        help: "Keep the loaded store in this directory and reuse it on the next run (loading 1,000,000 takes minutes)")
    var keep: String?

    func run() throws {
        let directory =
            keep.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("lead-bench-\(UUID().uuidString)")
        defer { if keep == nil { try? FileManager.default.removeItem(at: directory) } }
        let store = try ReporterStore(database: try SQLiteDatabase.open(directory: directory.path, name: "reporter"))
        let loaded = try store.lastSequence()
        var random = SplitMix(seed: seed)
        let years = 2020...2026
        let firstDay = (CivilDate(year: years.lowerBound, month: 1, day: 1) ?? CivilDate(daysSinceEpoch: 0))
            .daysSinceEpoch
        let span = UInt64(365 * years.count)

        let loadStart = Date()
        var pending: [(LeadEvent, Classification)] = []
        var sequence: Int64 = 0
        if loaded > 0 { print("reusing the store in \(directory.path) (\(loaded) events applied)") }
        for index in 0..<(loaded > 0 ? 0 : signed) {
            let (lead, followUps) = Self.project(index, firstDay: firstDay, span: span, &random)
            let classification = Classification(
                region: Region.allCases[Int(random.next() % 5)],
                enterpriseClasses: random.next() % 4 == 0 ? [] : [EnterpriseClass.allCases[Int(random.next() % 3)]],
                industry: Industry.allCases[Int(random.next() % 7)])
            sequence += 1
            pending.append((LeadEvent(sequence: sequence, lead: lead), classification))
            // A follow-up arrives as an event of its own, as intake publishes it.
            for followUp in followUps {
                sequence += 1
                pending.append((LeadEvent(sequence: sequence, lead: lead, followUp: followUp), classification))
            }
            if pending.count >= batch || index == signed - 1 {
                try store.apply(pending, at: .now())
                pending.removeAll(keepingCapacity: true)
            }
        }
        let loadSeconds = Date().timeIntervalSince(loadStart)
        if loaded == 0 {
            print(
                "loaded \(signed) signed projects (\(sequence) events, with milestones, funds and follow-ups) in \(String(format: "%.1f", loadSeconds)) s (\(Int(Double(sequence) / loadSeconds)) events/s applied, \(batch) per transaction)"
            )
        }

        let scheme = try AssessmentScheme.load()
        let targets = AnnualTargets(
            targets: Dictionary(
                uniqueKeysWithValues: years.map {
                    (
                        $0,
                        AnnualFigure(
                            projects: 150_000, amount: Money(fen: 1_000_000_000_000_000),
                            fundsInPlace: Money(fen: 300_000_000_000_000))
                    )
                }))
        func timed(_ label: String, detail: (Int) -> String, _ body: () throws -> Int) rethrows {
            var timings: [Double] = []
            var last = 0
            for _ in 0..<runs {
                let start = DispatchTime.now().uptimeNanoseconds
                last = try body()
                timings.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
            timings.sort()
            let p50 = timings[timings.count / 2]
            let p99 = timings[min(timings.count - 1, Int(Double(timings.count) * 0.99))]
            print(
                String(
                    format: "%@ %5d %8.2f %8.2f %8.2f   %@", label.padding(toLength: 11, withPad: " ", startingAt: 0),
                    runs, p50, p99, timings.last ?? 0, detail(last) as NSString))
        }
        print("report      runs   p50 ms   p99 ms   max ms   last report")
        for kind in PeriodKind.allCases {
            try timed(kind.rawValue, detail: { "\($0) projects listed, with indicators" }) {
                let day = CivilDate(daysSinceEpoch: firstDay + Int64(random.next() % span))
                let report = try store.report(ReportPeriod.containing(day, kind: kind), targets: targets)
                return report.projects.count
            }
        }
        try timed("rounds", detail: { "\($0) projects in the quarter's three lists" }) {
            let day = CivilDate(daysSinceEpoch: firstDay + Int64(random.next() % span))
            let rounds = try store.rounds(ReportPeriod.containing(day, kind: .quarter))
            return rounds.signed.projects + rounds.started.projects + rounds.operating.projects
        }
        try timed("assessment", detail: { "\($0) units and officers scored" }) {
            let year = years.lowerBound + Int(random.next() % UInt64(years.count))
            let today = CivilDate(year: years.upperBound, month: 12, day: 31) ?? CivilDate(daysSinceEpoch: 0)
            let assessment = try store.assessment(year: year, today: today, scheme: scheme)
            return assessment.units.count + assessment.officers.count
        }
    }

    /// One signed project of the load: a 责任单位 of 12 and an officer of 40; three in four started
    /// 20–200 days after signing, half of those in production 60–300 days later; up to three funds
    /// entries; half with a planned 开工 date; up to two follow-ups.
    static func project(_ index: Int, firstDay: Int64, span: UInt64, _ random: inout SplitMix) -> (Lead, [FollowUp]) {
        let day = CivilDate(daysSinceEpoch: firstDay + Int64(random.next() % span))
        let signedAt = BusinessCalendar.startOfDay(day)
        let amount = Money(fen: Int64(1 + random.next() % 5_000_000) * 10_000)
        var lead = Lead(
            leadId: LeadID.make(Int64(index + 1)), companyName: "企业\(index)", headquarters: "深圳",
            projectName: "项目\(index)", industry: nil, description: nil, estimatedInvestmentYuan: nil,
            channel: Channel.allCases[Int(random.next() % 3)], parentCompany: nil, officer: "专员\(random.next() % 40)",
            carrierPark: ["花园口新兴产业园", "古荥智能制造产业园", "大运河文化片区"][Int(random.next() % 3)], stage: .signed,
            signing: Signing(amountYuan: amount, signedAt: signedAt), createdAt: signedAt, updatedAt: signedAt)
        lead.responsibility = Responsibility(unit: "招商\(random.next() % 12 + 1)科")
        var milestones = ProjectMilestones()
        if random.next() % 4 != 0 {
            let started = day.adding(days: Int64(20 + random.next() % 180))
            milestones.started = MilestoneRecord(on: started, evidence: "施工许可证", recordedBy: "bench")
            if random.next() % 2 == 0 {
                milestones.operating = MilestoneRecord(
                    on: started.adding(days: Int64(60 + random.next() % 240)), evidence: "投产仪式", recordedBy: "bench")
            }
            lead.stage = milestones.operating == nil ? .started : .operating
            lead.milestones = milestones
        }
        let entries = (0..<Int(random.next() % 4)).map { number in
            FundsEntry(
                entryId: FundsInPlace.entryId(number + 1), amountYuan: Money(fen: amount.fen / 4),
                on: day.adding(days: Int64(random.next() % 365)), origin: FundsOrigin.allCases[Int(random.next() % 3)],
                recordedBy: "bench", recordedAt: signedAt)
        }
        if !entries.isEmpty { lead.funds = FundsInPlace(entries: entries, lastNumber: entries.count) }
        if random.next() % 2 == 0 { lead.plan = MilestonePlan(startBy: day.adding(days: 90)) }
        let followUps = (0..<Int(random.next() % 3)).map { _ in
            FollowUp(on: day.adding(days: -Int64(random.next() % 60)), kind: .visit, summary: "走访", recordedBy: "bench")
        }
        return (lead, followUps)
    }
}

/// SplitMix64: a seedable generator so runs are comparable.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
