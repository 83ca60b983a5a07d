import LeadMessages

/// What the matcher knows about a lead before it looks at the rest of the pipeline: its region,
/// enterprise classes, industry and frontier tags, each with evidence and a reason.
public struct LeadClassification: Sendable {
    public var region: Region
    public var matchedPlace: String?
    public var enterpriseClasses: [EnterpriseClass]
    public var industry: Industry
    public var industrySource: IndustrySource
    public var frontierTags: [String]
    public var evidence: [Evidence]
    /// One line per piece of evidence, in Chinese and English.
    public var reasons: [String]
    /// The reference-list groups the company belongs to.
    public var groups: [String]
    public var companyKey: String
    /// The main industries of the groups matched, first match first: the fallback when the
    /// project's words name no industry.
    var groupIndustries: [(industry: Industry, group: String)] = []
}

/// Classifies a lead against the three regions, the three enterprise classes and the six
/// industries. Pure: the same code serves the matcher service and `lead-matcher classify`.
public struct LeadClassifier: Sendable {
    let gazetteer: Gazetteer
    let directory: EnterpriseDirectory
    let lexicon: IndustryLexicon
    let geographyEdition: String

    public init(data: ReferenceData) {
        gazetteer = Gazetteer(data: data)
        directory = EnterpriseDirectory(data: data)
        lexicon = IndustryLexicon(data: data)
        geographyEdition = data.geography.edition
    }

    public func classify(_ lead: Lead) -> LeadClassification {
        var result = LeadClassification(
            region: .unknown, matchedPlace: nil, enterpriseClasses: [], industry: .other, industrySource: .inferred,
            frontierTags: [], evidence: [], reasons: [], groups: [], companyKey: CompanyKey.make(lead.companyName))
        // Located once: the region and the Hong Kong headquarters rule both use it.
        let match = gazetteer.locate(lead.headquarters)
        classifyRegion(lead.headquarters, match, into: &result)
        classifyEnterprise(lead, headquarters: match?.place, into: &result)
        classifyIndustry(lead, into: &result)
        return result
    }

    private func classifyRegion(
        _ headquarters: String, _ match: Gazetteer.Match?, into result: inout LeadClassification
    ) {
        guard let match else {
            result.reasons.append("总部「\(headquarters)」无法定位到省市，区域记为无法识别 / headquarters not placed: region unknown")
            return
        }
        result.matchedPlace = match.place.display
        guard let region = match.place.region else {
            result.reasons.append(
                "总部「\(headquarters)」只到\(match.place.province)，需具体城市才能判断是否属大湾区 / province alone does not decide the region: unknown"
            )
            return
        }
        result.region = region
        result.evidence.append(
            Evidence(
                kind: .region, value: region.rawValue, matched: match.matchedText, entry: match.place.display,
                source: geographyEdition))
        result.reasons.append(
            "总部匹配「\(match.matchedText)」→ \(match.place.display)，属\(region.chineseLabel) / headquarters in \(match.place.display): \(region.englishLabel)"
        )
    }

    private func classifyEnterprise(_ lead: Lead, headquarters: Place?, into result: inout LeadClassification) {
        let found = directory.classify(
            companyName: lead.companyName, parentCompany: lead.parentCompany, headquarters: headquarters,
            ownership: lead.ownership)
        for item in found {
            let via = item.viaParent ? "上级单位" : "企业名称"
            let unsure = item.confidence == "unverified" ? "（名录待核实 / entry unverified）" : ""
            result.reasons.append(
                "\(item.enterpriseClass.chineseLabel)：\(via)匹配「\(item.matched)」→ \(item.entry)（\(item.source)）\(unsure)/ \(item.enterpriseClass.englishLabel)"
            )
            result.evidence.append(
                Evidence(
                    kind: .enterpriseClass, value: item.enterpriseClass.rawValue, matched: item.matched,
                    entry: item.entry, source: item.source, viaParent: item.viaParent, confidence: item.confidence))
            if let group = item.group, !result.groups.contains(group) { result.groups.append(group) }
            for industry in item.industries.compactMap(Industry.init(rawValue:))
            where !result.groupIndustries.contains(where: { $0.industry == industry }) {
                result.groupIndustries.append((industry, item.entry))
            }
        }
        if found.isEmpty { result.reasons.append("未匹配到三类企业名录 / not on the target enterprise lists") }
        result.enterpriseClasses = EnterpriseClass.allCases.filter { wanted in
            found.contains { $0.enterpriseClass == wanted }
        }
    }

    private func classifyIndustry(_ lead: Lead, into result: inout LeadClassification) {
        let text = [lead.projectName, lead.description ?? ""].joined(separator: " ")
        for (tag, keyword) in lexicon.frontierTags(text) {
            result.frontierTags.append(tag)
            result.evidence.append(Evidence(kind: .frontierTag, value: tag, matched: keyword, source: lexicon.edition))
            result.reasons.append("前沿领域标签：\(tag)（关键词「\(keyword)」）/ frontier tag \(tag)")
        }
        if let chosen = lead.industry {
            result.industry = chosen
            result.industrySource = .officer
            result.evidence.append(
                Evidence(kind: .industry, value: chosen.rawValue, matched: chosen.chineseLabel, source: "officer"))
            result.reasons.append("产业由招商专员选定：\(chosen.chineseLabel) / industry chosen by the officer")
            return
        }
        let inference = lexicon.infer(text)
        result.industry = inference.industry
        if inference.industry == .other, let (industry, group) = result.groupIndustries.first {
            result.industry = industry
            result.evidence.append(
                Evidence(kind: .industry, value: industry.rawValue, matched: group, entry: group, source: "group"))
            result.reasons.append(
                "项目名称未命中产业关键词，按所属集团「\(group)」主营记为\(industry.chineseLabel) / inferred from the group's main industry"
            )
        } else if inference.industry == .other {
            result.reasons.append("项目名称与描述未命中六大主导产业关键词 / no leading-industry keyword")
        } else {
            result.evidence.append(
                Evidence(
                    kind: .industry, value: inference.industry.rawValue,
                    matched: inference.keywords.joined(separator: "、"), source: lexicon.edition))
            result.reasons.append(
                "项目关键词「\(inference.keywords.joined(separator: "、"))」→ \(inference.industry.chineseLabel) / inferred from keywords"
            )
        }
    }
}
