import ArgumentParser
import Foundation
import LeadMessages
import ReporterService
import Reporting
import ServiceKit
import Storage

/// `lead-bench report`: loads N signed projects into a reporter store through its real event path,
/// then times weekly, monthly, quarterly and yearly reports read from the incremental aggregates.
struct ReportBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Reports over N signed projects (target: weekly report ≤ 20 ms at 1,000,000).")

    @Option(help: "Signed projects to load") var signed: Int = 1_000_000
    @Option(help: "Timed reports per period kind") var runs: Int = 200
    @Option(help: "Events per transaction while loading") var batch: Int = 5_000
    @Option(help: "Random seed") var seed: UInt64 = 2023

    func run() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lead-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try ReporterStore(database: try SQLiteDatabase.open(directory: directory.path, name: "reporter"))
        var random = SplitMix(seed: seed)
        let years = 2020...2026
        let firstDay = (CivilDate(year: years.lowerBound, month: 1, day: 1) ?? CivilDate(daysSinceEpoch: 0))
            .daysSinceEpoch
        let span = UInt64(365 * years.count)

        let loadStart = Date()
        var pending: [(LeadEvent, Classification)] = []
        for index in 0..<signed {
            let day = CivilDate(daysSinceEpoch: firstDay + Int64(random.next() % span))
            let signedAt = BusinessCalendar.startOfDay(day)
            let lead = Lead(
                leadId: LeadID.make(Int64(index + 1)), companyName: "企业\(index)", headquarters: "深圳",
                projectName: "项目\(index)", industry: nil, description: nil, estimatedInvestmentYuan: nil,
                channel: Channel.allCases[Int(random.next() % 3)], parentCompany: nil,
                officer: "专员\(random.next() % 40)",
                carrierPark: ["花园口新兴产业园", "古荥智能制造产业园", "大运河文化片区"][Int(random.next() % 3)], stage: .signed,
                signing: Signing(
                    amountYuan: Money(fen: Int64(1 + random.next() % 5_000_000) * 10_000), signedAt: signedAt),
                createdAt: signedAt, updatedAt: signedAt)
            let classification = Classification(
                region: Region.allCases[Int(random.next() % 5)],
                enterpriseClasses: [EnterpriseClass.allCases[Int(random.next() % 3)]],
                industry: Industry.allCases[Int(random.next() % 7)])
            pending.append((LeadEvent(sequence: Int64(index + 1), lead: lead), classification))
            if pending.count == batch || index == signed - 1 {
                try store.apply(pending, at: .now())
                pending.removeAll(keepingCapacity: true)
            }
        }
        let loadSeconds = Date().timeIntervalSince(loadStart)
        print(
            "loaded \(signed) signed projects in \(String(format: "%.1f", loadSeconds)) s (\(Int(Double(signed) / loadSeconds)) events/s applied, \(batch) per transaction)"
        )

        print("report    runs   p50 ms   p99 ms   max ms   projects in last report")
        for kind in PeriodKind.allCases {
            var timings: [Double] = []
            var projects = 0
            for _ in 0..<runs {
                let day = CivilDate(daysSinceEpoch: firstDay + Int64(random.next() % span))
                let period = ReportPeriod.containing(day, kind: kind)
                let start = DispatchTime.now().uptimeNanoseconds
                let report = try store.report(period, targets: .workPlan2023)
                timings.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                projects = report.signedProjects
            }
            timings.sort()
            let p50 = timings[timings.count / 2]
            let p99 = timings[min(timings.count - 1, Int(Double(timings.count) * 0.99))]
            print(
                String(
                    format: "%-8@ %5d %8.2f %8.2f %8.2f   %d", kind.rawValue as NSString, runs, p50, p99,
                    timings.last ?? 0, projects))
        }
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
