import ArgumentParser
import Foundation
import Histogram
import LeadMessages
import Supervision

/// `lead-bench lights`: lead-supervisor's work in process over a pipeline of 100,000 leads: lighting
/// every lead when the day turns (and ordering them worst first), then board queries as the
/// console and leadctl send them, each timed.
struct LightsBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lights", abstract: "Lights for every lead, and board queries, in process.")

    @Option(help: "Leads in the pipeline") var count: Int = 100_000
    @Option(help: "Board queries to time") var queries: Int = 2_000

    func run() throws {
        let rules = LightRules(rules: try SupervisionRules.load())
        let leads = Self.pipeline(count)
        let today = Self.lastDay
        var relights: [Double] = []
        var lit: [LitLead] = []
        for round in 0..<5 {
            let start = DispatchTime.now().uptimeNanoseconds
            lit = leads.compactMap { lead in
                rules.light(lead, on: today.adding(days: Int64(round))).map { LitLead(lead: lead, light: $0) }
            }
            lit.sort(by: LitLead.worstFirst)
            relights.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        let colors = Dictionary(grouping: lit, by: \.light.color).mapValues(\.count)
        print(
            "light \(count) leads and order them worst first: best \(String(format: "%.3f", relights.min() ?? 0)) s, "
                + "worst \(String(format: "%.3f", relights.max() ?? 0)) s of 5 days (green \(colors[.green] ?? 0), "
                + "yellow \(colors[.yellow] ?? 0), red \(colors[.red] ?? 0))")
        let filters: [BoardQuery] = [
            BoardQuery(), BoardQuery(light: "red"), BoardQuery(light: "黄灯"), BoardQuery(unit: "招商一科"),
            BoardQuery(officer: "王敏", limit: 100), BoardQuery(leader: "李副区长", offset: 50),
            BoardQuery(leadId: "L-054321"), BoardQuery(stage: "在谈", limit: 500),
        ]
        var histogram = Histogram<UInt64>(highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: .three)
        for index in 0..<queries {
            let query = filters[index % filters.count]
            let owner = index % 4 == 0 ? "officer\(index % 40)" : nil
            let start = DispatchTime.now().uptimeNanoseconds
            _ = try BoardView.make(query, from: lit, owner: owner, asOf: today, rules: "bench").get()
            histogram.record((DispatchTime.now().uptimeNanoseconds - start) / 1_000)
        }
        print(
            "board queries over \(lit.count) lit leads: \(queries) queries, p50 \(ms(histogram.valueAtPercentile(50))) ms, "
                + "p99 \(ms(histogram.valueAtPercentile(99))) ms, max \(ms(histogram.max)) ms")
    }

    private func ms(_ microseconds: UInt64) -> String { String(format: "%.2f", Double(microseconds) / 1_000) }

    /// A district's pipeline: stages, units, officers and leaders spread over it, a third followed
    /// up recently, some with plans, dates over the year before `2023-06-30`.
    /// The day lit first: 2023-06-30.
    static let lastDay = CivilDate(daysSinceEpoch: 19_538)

    static func pipeline(_ count: Int) -> [SupervisedLead] {
        let stages: [Stage] = [
            .lead, .lead, .contacted, .negotiating, .negotiating, .signed, .started, .operating, .dropped,
        ]
        let units = ["招商一科", "招商二科", "招商三科", "花园口园区", "古荥园区"]
        return (0..<count).map { index in
            let created = lastDay.adding(days: -364 + Int64(index % 360))
            let stage = stages[index % stages.count]
            var entered = [stage.rawValue: created.adding(days: 10)]
            if stage.isSignedOrLater { entered["negotiating"] = created }
            return SupervisedLead(
                leadId: LeadID.make(Int64(index + 1)), companyName: "企业\(index)", projectName: "项目\(index)",
                stage: stage, officer: index % 7 == 0 ? "王敏" : "officer\(index % 40)", owner: "officer\(index % 40)",
                responsibility: Responsibility(
                    leader: index % 11 == 0 ? "李副区长" : nil, unit: units[index % units.count]),
                plan: index % 5 == 0 ? MilestonePlan(startBy: created.adding(days: 200)) : nil, createdOn: created,
                stageSince: created.adding(days: 10), entered: entered,
                followUps: index % 3 == 0
                    ? FollowUpSummary(count: 2, trips: index % 2, lastOn: created.adding(days: 300), nextOn: nil) : nil)
        }
    }
}
