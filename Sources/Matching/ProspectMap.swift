import LeadMessages

/// The 招商图谱: every group of the three reference lists with its classes, industries and head
/// office, ranked by the same weights as leads, so that "who should we approach?" has an answer
/// with reasons. A group already in the pipeline (a lead of it that is not dropped) is left out.
public struct ProspectMap: Sendable {
    struct Candidate: Sendable {
        var name: String
        var english: String?
        var classes: Set<EnterpriseClass>
        var industries: [Industry]
        var headquarters: String?
        var region: Region
        var confidence: String?
        var fortuneRank: Int?
    }

    let candidates: [Candidate]
    let rules: RecommendationRules
    let editions: [String: String]

    public init(data: ReferenceData) {
        let gazetteer = Gazetteer(data: data)
        var byGroup: [String: Candidate] = [:]
        var order: [String] = []
        for (enterpriseClass, record) in data.enterpriseEntries {
            let group = record.sasacName ?? record.name
            var candidate =
                byGroup[group]
                ?? Candidate(
                    name: group, english: nil, classes: [], industries: [], headquarters: nil, region: .unknown,
                    confidence: nil, fortuneRank: nil)
            if byGroup[group] == nil { order.append(group) }
            candidate.classes.insert(enterpriseClass)
            candidate.english = candidate.english ?? record.english
            for industry in (record.industries ?? []).compactMap(Industry.init(rawValue:))
            where !candidate.industries.contains(industry) {
                candidate.industries.append(industry)
            }
            if candidate.headquarters == nil, let headquarters = record.headquarters {
                candidate.headquarters = headquarters
                // A head office abroad is not in the gazetteer's China; it is outside the three regions.
                candidate.region = gazetteer.locate(headquarters)?.place.region ?? .other
            }
            if enterpriseClass == .fortuneGlobal500 {
                candidate.fortuneRank = record.rank
                if record.confidence == "unverified" { candidate.confidence = "unverified" }
            }
            byGroup[group] = candidate
        }
        candidates = order.compactMap { byGroup[$0] }
        rules = data.rules
        editions = data.editions
    }

    public enum QueryError: Error, Equatable {
        case invalid(field: String, message: String)
    }

    /// Ranks the groups that pass the filters and are not in `pipelineGroups`.
    public func query(_ query: ProspectQuery, pipelineGroups: Set<String>) -> Result<ProspectList, QueryError> {
        var industry: Industry?
        var region: Region?
        var enterpriseClass: EnterpriseClass?
        if let text = query.industry {
            guard let value = Industry(lenient: text) else {
                return .failure(
                    .invalid(
                        field: "industry", message: "unknown industry '\(text)': \(Industry.wireValueList) / 产业无法识别"))
            }
            industry = value
        }
        if let text = query.region {
            guard let value = Region(lenient: text) else {
                return .failure(
                    .invalid(field: "region", message: "unknown region '\(text)': \(Region.wireValueList) / 区域无法识别"))
            }
            region = value
        }
        if let text = query.enterpriseClass {
            guard let value = EnterpriseClass(lenient: text) else {
                return .failure(
                    .invalid(
                        field: "enterpriseClass",
                        message: "unknown class '\(text)': \(EnterpriseClass.wireValueList) / 企业类别无法识别"))
            }
            enterpriseClass = value
        }
        let limit = query.limit ?? rules.defaultProspectLimit
        guard (1...rules.maxProspectLimit).contains(limit) else {
            return .failure(
                .invalid(
                    field: "limit",
                    message: "limit must be 1…\(rules.maxProspectLimit) / 数量应在 1 到 \(rules.maxProspectLimit) 之间"))
        }
        let offset = query.offset ?? 0
        guard (0...100_000).contains(offset) else {
            return .failure(.invalid(field: "offset", message: "offset must be 0…100000 / 偏移量应在 0 到 100000 之间"))
        }
        let matching = candidates.filter { candidate in
            (industry.map { candidate.industries.contains($0) } ?? true)
                && (region.map { candidate.region == $0 } ?? true)
                && (enterpriseClass.map { candidate.classes.contains($0) } ?? true)
        }
        let open = matching.filter { !pipelineGroups.contains($0.name) }
        let ranked = open.map { prospect($0, industry: industry) }.sorted {
            ($0.score, $1.name) > ($1.score, $0.name)
        }
        return .success(
            ProspectList(
                prospects: Array(ranked.dropFirst(offset).prefix(limit)), total: open.count,
                inPipeline: matching.count - open.count,
                editions: editions))
    }

    /// Scored as a lead of this group would be, for the industry asked about (or its best one).
    func prospect(_ candidate: Candidate, industry wanted: Industry?) -> Prospect {
        var score = 0
        var reasons: [String] = []
        let classes = EnterpriseClass.allCases.filter(candidate.classes.contains)
        let byPoints = classes.sorted { (rules.classPoints[$0] ?? 0) > (rules.classPoints[$1] ?? 0) }
        for (index, enterpriseClass) in byPoints.enumerated() {
            score += index == 0 ? rules.classPoints[enterpriseClass] ?? 0 : rules.extraClass
            reasons.append("三类企业：\(enterpriseClass.chineseLabel) / \(enterpriseClass.englishLabel)")
        }
        if candidate.region.isTarget {
            score += rules.targetRegion
            reasons.append(
                "总部\(candidate.headquarters ?? "")属\(candidate.region.chineseLabel) / head office in \(candidate.region.englishLabel)"
            )
        } else if let headquarters = candidate.headquarters {
            reasons.append("总部：\(headquarters) / head office: \(headquarters)")
        }
        let industry =
            wanted ?? candidate.industries.first(where: \.isEmerging) ?? candidate.industries.first ?? .other
        if industry != .other {
            score += rules.leadingIndustry + (industry.isEmerging ? rules.emergingIndustry : 0)
            reasons.append(
                "主营契合主导产业：\(industry.chineseLabel)\(industry.isEmerging ? "（新兴）" : "") / fits \(industry.englishLabel)")
        } else {
            reasons.append("主营不在六大主导产业 / outside the six leading industries")
        }
        if let rank = candidate.fortuneRank {
            reasons.append("《财富》世界500强第\(rank)位 / Fortune Global 500 rank \(rank)")
        }
        if candidate.confidence == "unverified" {
            reasons.append("500强身份待核实 / Global 500 membership unverified")
        }
        reasons.append("尚未进入本区项目库 / not yet in the pipeline")
        var strategies: [Strategy] = [.bigAndStrong]
        if industry.isEmerging { strategies.append(.newAndHigh) }
        return Prospect(
            name: candidate.name, english: candidate.english, enterpriseClasses: classes,
            industries: candidate.industries, headquarters: candidate.headquarters, region: candidate.region,
            score: min(100, score), strategies: strategies, suggestedPark: rules.park(for: industry)?.name,
            reasons: reasons, confidence: candidate.confidence)
    }
}
