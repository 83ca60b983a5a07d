import LeadMessages

/// Infers one of the six leading industries from a project's name and description, by keyword.
/// The officer's choice always wins; this only fills the gap. Each industry's keywords are listed
/// here so an officer can see why a project was put where it was.
public struct IndustryLexicon: Sendable {
    public static let keywords: [(Industry, [String])] = [
        (
            .nextGenIT,
            [
                "数据中心", "算力", "云计算", "大数据", "人工智能", "ai", "5g", "芯片", "半导体", "集成电路", "软件",
                "信息技术", "物联网", "元宇宙", "区块链", "数字经济", "智慧城市", "通信", "网络安全", "服务器",
            ]
        ),
        (
            .dualCarbon,
            [
                "光伏", "储能", "氢能", "风电", "新能源", "碳中和", "双碳", "节能", "环保", "充电桩", "锂电", "电池",
                "绿色能源", "低碳",
            ]
        ),
        (
            .smartManufacturing,
            [
                "智能制造", "装备", "机器人", "数控", "生产线", "工业互联网", "汽车零部件", "精密", "自动化",
                "新能源汽车", "制造基地",
            ]
        ),
        (.cultureTourism, ["文旅", "旅游", "文化", "演艺", "影视", "博物馆", "景区", "大运河", "黄河文化", "酒店", "研学", "文创"]),
        (
            .modernCommerce,
            [
                "商贸", "物流", "供应链", "电商", "商业综合体", "总部经济", "金融", "会展", "零售", "仓储", "冷链物流",
                "购物中心",
            ]
        ),
        (.foodManufacturing, ["食品", "饮料", "粮油", "速冻", "调味", "乳业", "乳制品", "烘焙", "中央厨房", "预制菜", "肉制品"]),
    ]

    /// Frontier tags the work plan names: 元宇宙 (metaverse) and 区块链 (blockchain).
    public static let frontierTags: [(tag: String, keywords: [String])] = [
        ("metaverse", ["元宇宙", "metaverse", "虚拟现实", "vr", "ar"]),
        ("blockchain", ["区块链", "blockchain"]),
    ]

    public init() {}

    public struct Inference: Sendable, Equatable {
        public var industry: Industry
        /// The keywords that decided it; empty for `other`.
        public var keywords: [String]
    }

    /// The industry with the most keyword hits (ties: the order above), or `other`.
    public func infer(_ text: String) -> Inference {
        let folded = text.lowercased()
        var best = Inference(industry: .other, keywords: [])
        for (industry, words) in Self.keywords {
            let hits = words.filter { folded.contains($0) }
            if hits.count > best.keywords.count { best = Inference(industry: industry, keywords: hits) }
        }
        return best
    }

    public func frontierTags(_ text: String) -> [String] {
        let folded = text.lowercased()
        return Self.frontierTags.filter {
            $0.keywords.contains { word in
                word.count <= 2
                    ? folded.split(whereSeparator: { !$0.isLetter }).contains { $0 == word } : folded.contains(word)
            }
        }.map(\.tag)
    }
}
