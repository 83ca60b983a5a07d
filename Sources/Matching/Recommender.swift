import LeadMessages

/// Classifies a lead against the three regions and three enterprise classes, infers its industry,
/// scores its priority and says why. Pure: a lead in, a recommendation out.
public struct Recommender: Sendable {
    let gazetteer: Gazetteer
    let directory: EnterpriseDirectory
    let lexicon: IndustryLexicon

    public init(data: ReferenceData) {
        gazetteer = Gazetteer(data: data)
        directory = EnterpriseDirectory(data: data)
        lexicon = IndustryLexicon(data: data)
    }

    public func recommend(_ lead: Lead, sequence: Int64) -> Recommendation {
        var reasons: [String] = []
        // Located once: the region and the Hong Kong headquarters rule both use it.
        let match = gazetteer.locate(lead.headquarters)
        let region = classifyRegion(lead.headquarters, match, reasons: &reasons)
        let classes = classifyEnterprise(lead, headquarters: match?.place, reasons: &reasons)
        let industry = classifyIndustry(lead, reasons: &reasons)
        let priority = Self.priority(region: region.region, classes: classes, industry: industry.industry)
        return Recommendation(
            leadId: lead.leadId, region: region.region, matchedPlace: region.place, enterpriseClasses: classes,
            industry: industry.industry, industrySource: industry.source, priority: priority,
            action: Self.action(priority: priority, classes: classes, stage: lead.stage), reasons: reasons,
            basedOnSequence: sequence)
    }

    private func classifyRegion(_ headquarters: String, _ match: Gazetteer.Match?, reasons: inout [String])
        -> (region: Region, place: String?)
    {
        guard let match else {
            reasons.append("总部「\(headquarters)」无法定位到省市，区域记为无法识别 / headquarters not placed: region unknown")
            return (.unknown, nil)
        }
        guard let region = match.place.region else {
            reasons.append(
                "总部「\(headquarters)」只到\(match.place.province)，需具体城市才能判断是否属大湾区 / province alone does not decide the region: unknown"
            )
            return (.unknown, match.place.display)
        }
        reasons.append(
            "总部匹配「\(match.matchedText)」→ \(match.place.display)，属\(region.chineseLabel) / headquarters in \(match.place.display): \(region.englishLabel)"
        )
        return (region, match.place.display)
    }

    private func classifyEnterprise(_ lead: Lead, headquarters: Place?, reasons: inout [String]) -> [EnterpriseClass] {
        let evidence = directory.classify(
            companyName: lead.companyName, parentCompany: lead.parentCompany, headquarters: headquarters)
        for item in evidence {
            let via = item.viaParent ? "上级单位" : "企业名称"
            reasons.append(
                "\(item.enterpriseClass.chineseLabel)：\(via)匹配「\(item.matched)」→ \(item.entry)（\(item.source)）/ \(item.enterpriseClass.englishLabel)"
            )
        }
        if evidence.isEmpty { reasons.append("未匹配到三类企业名录 / not on the target enterprise lists") }
        return EnterpriseClass.allCases.filter { wanted in evidence.contains { $0.enterpriseClass == wanted } }
    }

    private func classifyIndustry(_ lead: Lead, reasons: inout [String]) -> (industry: Industry, source: IndustrySource)
    {
        let text = [lead.projectName, lead.description ?? ""].joined(separator: " ")
        let tags = lexicon.frontierTags(text)
        if !tags.isEmpty { reasons.append("前沿领域标签：\(tags.joined(separator: ", "))") }
        if let chosen = lead.industry {
            reasons.append("产业由招商专员选定：\(chosen.chineseLabel) / industry chosen by the officer")
            return (chosen, .officer)
        }
        let inference = lexicon.infer(text)
        if inference.industry == .other {
            reasons.append("项目名称与描述未命中六大主导产业关键词 / no leading-industry keyword")
        } else {
            reasons.append(
                "项目关键词「\(inference.keywords.joined(separator: "、"))」→ \(inference.industry.chineseLabel) / inferred from keywords"
            )
        }
        return (inference.industry, .inferred)
    }

    static func priority(region: Region, classes: [EnterpriseClass], industry: Industry) -> Priority {
        var score = 0
        if region.isTarget { score += 1 }
        if !classes.isEmpty { score += 2 }
        if industry != .other { score += 1 }
        return score >= 3 ? .high : score >= 2 ? .medium : .low
    }

    static func action(priority: Priority, classes: [EnterpriseClass], stage: Stage) -> String {
        if stage == .dropped { return "线索已终止，无需跟进 / dropped: no follow-up" }
        if stage.isSignedOrLater { return "已签约：跟踪开工投产（三个一批）/ signed: follow through to start and operation" }
        switch priority {
        case .high:
            return classes.isEmpty
                ? "重点跟进：主要领导带队对接 / high priority: leadership-led visit"
                : "招大引强重点项目：一周内主要领导带队拜访总部 / big-and-strong target: leadership visit to headquarters within a week"
        case .medium: return "专班跟进：两周内完成首次接洽 / medium: first contact within two weeks"
        case .low: return "常规跟进：纳入项目库定期联系 / low: keep in the pipeline, contact periodically"
        }
    }
}
