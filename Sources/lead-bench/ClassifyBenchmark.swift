import ArgumentParser
import Foundation
import LeadMessages
import Matching

/// `lead-bench classify`: the matcher's classification and recommendation per lead, in process,
/// over a mix of leads like an officer's (central SOE units, Hong Kong and Global 500 firms, local
/// firms, English names, traps).
struct ClassifyBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify", abstract: "Classification and recommendation per second, in process.")

    @Option(help: "Leads to classify") var count: Int = 20_000

    static let mix: [(String, String, String)] = [
        ("中建七局第三建筑有限公司", "河南省郑州市金水区", "装配式建筑产业园"), ("華為技術（深圳）有限公司", "广东深圳", "鲲鹏生态创新中心"),
        ("长江和记实业有限公司", "香港中环", "冷链物流园"), ("郑州某食品有限公司", "河南郑州", "速冻食品生产基地"),
        ("上海某智能装备有限公司", "上海浦东新区", "工业机器人生产线"), ("中国移动通信集团河南有限公司", "郑州", "算力中心与5G应用基地"),
        ("Siemens Ltd., China", "Beijing, China", "smart factory"), ("京东方科技集团股份有限公司", "北京市朝阳区", "显示面板"),
        ("汕头某玩具有限公司", "广东汕头", "玩具出口"), ("Volkswagen AG", "Wolfsburg, Germany", "new energy vehicle parts"),
    ]

    func run() throws {
        let data = try ReferenceData.load()
        let recommender = Recommender(data: data)
        let classifier = LeadClassifier(data: data)
        let now = Timestamp(epochSeconds: 0)
        let leads = (0..<count).map { index in
            let (base, headquarters, project) = Self.mix[index % Self.mix.count]
            // Mostly distinct companies (a unit number), one in twenty a company already seen.
            let company = index % 20 == 0 ? base : "\(base)第\(index)项目部"
            return Lead(
                leadId: LeadID.make(Int64(index + 1)), companyName: company, headquarters: headquarters,
                projectName: project, industry: nil, description: nil,
                estimatedInvestmentYuan: Money(fen: 1_000_000_000),
                channel: nil, parentCompany: nil, officer: nil, stage: .lead, signing: nil, createdAt: now,
                updatedAt: now)
        }
        var start = DispatchTime.now().uptimeNanoseconds
        for lead in leads { _ = classifier.classify(lead) }
        report("classification", start)
        var pipeline = InMemoryPipeline()
        start = DispatchTime.now().uptimeNanoseconds
        for lead in leads {
            let (_, entry) = try recommender.recommend(lead, sequence: 1, pipeline: pipeline)
            pipeline.upsert(entry)
        }
        report("recommendation (with duplicate lookups in memory)", start)
    }

    private func report(_ name: String, _ start: UInt64) {
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print(
            "\(name): \(count) leads in \(String(format: "%.2f", seconds)) s, \(Int(Double(count) / seconds))/s, "
                + String(format: "%.1f µs each", seconds * 1e6 / Double(count)))
    }
}
