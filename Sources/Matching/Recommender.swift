import LeadMessages

/// Turns a classified lead into advice: a score from the rules file's weights, a tier, the
/// strategy tags, a carrier park and a channel, and the other leads for the same company.
/// Pure apart from the pipeline lookups it is given.
public struct Recommender: Sendable {
    public let classifier: LeadClassifier
    public let rules: RecommendationRules

    public init(data: ReferenceData) {
        classifier = LeadClassifier(data: data)
        rules = data.rules
    }

    /// The recommendation, and the lead's entry for the pipeline index (what later leads see of it).
    public func recommend(_ lead: Lead, sequence: Int64, pipeline: any PipelineLookup) throws -> (
        recommendation: Recommendation, entry: PipelineEntry
    ) {
        let facts = classifier.classify(lead)
        // One look-up of the company's other leads serves both 以商招商 and the duplicates.
        let sameCompany = try pipeline.leads(companyKey: facts.companyKey, excluding: lead.leadId)
        // 以商招商 goes through another enterprise: the company's own earlier projects (its first
        // phase) are never a channel to itself.
        let related = try pipeline.signedLeads(inGroups: facts.groups, excluding: lead.leadId)
            .filter { $0.companyKey != facts.companyKey }
        let duplicates = duplicates(of: lead.projectName, among: sameCompany)
        var reasons = facts.reasons
        let factors = scoreFactors(lead, facts, relatedSigned: related.first)
        let score = min(100, factors.reduce(0) { $0 + $1.points })
        let tier = rules.tier(score)
        reasons.append(
            "评分 \(score)（\(factors.map { "\($0.factor) +\($0.points)" }.joined(separator: ", "))）→ \(tier.rawValue) 类 / score \(score): tier \(tier.rawValue)"
        )
        let strategies = strategies(lead, facts)
        let park = park(lead, facts)
        let channel = channel(facts, relatedSigned: related.first)
        reasons += [strategies.reason, park.reason, channel.reason]
        for duplicate in duplicates {
            if duplicate.anotherPhase == true {
                reasons.append(
                    "同一项目的另一期：\(duplicate.leadId)「\(duplicate.projectName)」（\(duplicate.stage.chineseLabel)），不是重复，单独计为项目 / another phase of \(duplicate.leadId), not a duplicate"
                )
                continue
            }
            reasons.append(
                duplicate.likelyDuplicate
                    ? "疑似重复：\(duplicate.leadId)「\(duplicate.companyName) / \(duplicate.projectName)」同一企业、项目相似度 \(duplicate.similarityPercent) / possible duplicate of \(duplicate.leadId)"
                    : "同一企业另有线索 \(duplicate.leadId)「\(duplicate.projectName)」（\(duplicate.stage.chineseLabel)），项目不同 / same company, other project: \(duplicate.leadId)"
            )
        }
        let entry = PipelineEntry(
            leadId: lead.leadId, companyName: lead.companyName, projectName: lead.projectName, stage: lead.stage,
            companyKey: facts.companyKey, groups: facts.groups)
        let recommendation = Recommendation(
            leadId: lead.leadId, region: facts.region, matchedPlace: facts.matchedPlace,
            enterpriseClasses: facts.enterpriseClasses, industry: facts.industry, industrySource: facts.industrySource,
            priority: tier.priority,
            action: Self.action(tier: tier, facts: facts, stage: lead.stage, duplicates: duplicates),
            reasons: reasons, basedOnSequence: sequence, tier: tier, score: score, scoreFactors: factors,
            strategies: strategies.tags, suggestedPark: park.name, suggestedChannel: channel.channel,
            frontierTags: facts.frontierTags, evidence: facts.evidence, possibleDuplicates: duplicates)
        return (recommendation, entry)
    }

    func scoreFactors(_ lead: Lead, _ facts: LeadClassification, relatedSigned: PipelineEntry?) -> [ScoreFactor] {
        var factors: [ScoreFactor] = []
        if facts.region.isTarget {
            factors.append(
                ScoreFactor(
                    factor: "target-region", points: rules.targetRegion,
                    reason: "三大区域：\(facts.region.chineseLabel) / target region"))
        }
        let classes = facts.enterpriseClasses.sorted { (rules.classPoints[$0] ?? 0) > (rules.classPoints[$1] ?? 0) }
        for (index, enterpriseClass) in classes.enumerated() {
            factors.append(
                ScoreFactor(
                    factor: enterpriseClass.rawValue,
                    points: index == 0 ? rules.classPoints[enterpriseClass] ?? 0 : rules.extraClass,
                    reason: "三类企业：\(enterpriseClass.chineseLabel) / \(enterpriseClass.englishLabel)"))
        }
        if facts.industry != .other {
            factors.append(
                ScoreFactor(
                    factor: "leading-industry", points: rules.leadingIndustry,
                    reason: "六大主导产业：\(facts.industry.chineseLabel) / leading industry"))
        }
        if facts.industry.isEmerging {
            factors.append(
                ScoreFactor(
                    factor: "emerging-industry", points: rules.emergingIndustry,
                    reason: "新兴产业 / emerging industry"))
        }
        if !facts.frontierTags.isEmpty {
            factors.append(
                ScoreFactor(
                    factor: "frontier-tag", points: rules.frontierTag,
                    reason: "前沿领域：\(facts.frontierTags.joined(separator: ", ")) / frontier tag"))
        }
        if let amount = lead.estimatedInvestmentYuan,
            let band = rules.investmentBands.first(where: { amount >= $0.atLeast })
        {
            factors.append(
                ScoreFactor(
                    factor: "investment", points: band.points,
                    reason: "预计投资 \(amount.yiString()) ≥ \(band.text) / estimated investment at least \(band.text)"))
        }
        if let relatedSigned {
            factors.append(
                ScoreFactor(
                    factor: "related-signed", points: rules.relatedSigned,
                    reason:
                        "关联企业已签约：\(relatedSigned.leadId)「\(relatedSigned.companyName)」/ related enterprise signed here")
            )
        }
        return factors
    }

    func strategies(_ lead: Lead, _ facts: LeadClassification) -> (tags: [Strategy], reason: String) {
        var tags: [Strategy] = []
        var why: [String] = []
        if !facts.enterpriseClasses.isEmpty {
            tags.append(.bigAndStrong)
            why.append("三类企业 / target class")
        } else if let amount = lead.estimatedInvestmentYuan, amount >= rules.bigAndStrongInvestment {
            tags.append(.bigAndStrong)
            why.append("投资 ≥ \(rules.bigAndStrongInvestment.yiString()) / large investment")
        }
        if facts.industry.isEmerging || !facts.frontierTags.isEmpty {
            tags.append(.newAndHigh)
            why.append(facts.industry.isEmerging ? "新兴产业 / emerging industry" : "前沿领域 / frontier tag")
        }
        guard !tags.isEmpty else {
            return ([], "策略：非三类企业、投资未达招大引强标准、非新兴产业 / strategy: neither big-and-strong nor new-and-high")
        }
        return (
            tags,
            "策略：\(tags.map(\.chineseLabel).joined(separator: "+"))（\(why.joined(separator: "；"))）/ strategy: \(tags.map(\.englishLabel).joined(separator: " + "))"
        )
    }

    func park(_ lead: Lead, _ facts: LeadClassification) -> (name: String?, reason: String) {
        if let chosen = lead.carrierPark {
            return (chosen, "载体：专员已选 \(chosen) / park chosen by the officer")
        }
        guard let park = rules.park(for: facts.industry) else {
            return (nil, "载体：未配置承接\(facts.industry.chineseLabel)的园区，另行选址 / park: none configured for this industry")
        }
        return (
            park.name,
            "建议载体：\(park.name)（承接\(facts.industry.chineseLabel)）/ suggested park for \(facts.industry.englishLabel)"
        )
    }

    func channel(_ facts: LeadClassification, relatedSigned: PipelineEntry?) -> (channel: Channel?, reason: String) {
        for channel in rules.channelOrder {
            switch channel {
            case .businessReferral:
                if let relatedSigned {
                    return (
                        channel,
                        "建议以商招商：关联企业 \(relatedSigned.leadId)「\(relatedSigned.companyName)」已在本区签约 / business referral via a signed related enterprise"
                    )
                }
            case .targeted:
                if !facts.enterpriseClasses.isEmpty {
                    return (channel, "建议定向招商：属三类企业 / targeted: a target-class enterprise")
                }
            case .industryChain:
                if facts.industry != .other {
                    return (
                        channel, "建议以链招商：补强\(facts.industry.chineseLabel)产业链 / industry chain: fills a leading chain"
                    )
                }
            }
        }
        return (nil, "渠道：不属三类企业与主导产业，按常规渠道跟进 / channel: none of the three applies")
    }

    /// At most this many other leads of one company are compared and listed.
    static let duplicateLimit = 20

    /// The leads a new lead of this company and project would duplicate (`duplicates.check`):
    /// what its recommendation would list, before it is saved.
    public func possibleDuplicates(_ check: DuplicateCheck, pipeline: any PipelineLookup) throws -> [DuplicateLead] {
        let sameCompany = try pipeline.leads(companyKey: CompanyKey.make(check.companyName), excluding: "")
        return duplicates(of: check.projectName, among: sameCompany)
    }

    func duplicates(of projectName: String, among sameCompany: [PipelineEntry]) -> [DuplicateLead] {
        let own = ProjectSimilarity.bigrams(projectName)
        return sameCompany.suffix(Self.duplicateLimit).map { other in
            let similarity = ProjectSimilarity.score(own, ProjectSimilarity.bigrams(other.projectName))
            let threshold = rules.likelyDuplicateSimilarity
            let phase = ProjectSimilarity.isAnotherPhase(
                projectName, other.projectName, similarity: similarity, threshold: threshold)
            return DuplicateLead(
                leadId: other.leadId, companyName: other.companyName, projectName: other.projectName,
                stage: other.stage,
                projectSimilarity: (similarity * 100).rounded() / 100,
                likelyDuplicate: similarity >= threshold && !phase, anotherPhase: phase ? true : nil)
        }.sorted { ($0.projectSimilarity, $1.leadId) > ($1.projectSimilarity, $0.leadId) }
    }

    static func action(tier: Tier, facts: LeadClassification, stage: Stage, duplicates: [DuplicateLead]) -> String {
        if stage == .dropped { return "线索已终止，无需跟进 / dropped: no follow-up" }
        if stage.isSignedOrLater { return "已签约：跟踪开工投产（三个一批）/ signed: follow through to start and operation" }
        if let duplicate = duplicates.first(where: \.likelyDuplicate) {
            return "先核对是否与 \(duplicate.leadId) 重复，合并后再跟进 / check against \(duplicate.leadId) before following up"
        }
        switch tier {
        case .a:
            return facts.enterpriseClasses.isEmpty
                ? "A类重点项目：主要领导带队对接 / tier A: leadership-led visit"
                : "A类招大引强重点项目：一周内主要领导带队拜访总部 / tier A big-and-strong target: leadership visit to headquarters within a week"
        case .b: return "B类：专班跟进，两周内完成首次接洽 / tier B: task force, first contact within two weeks"
        case .c: return "C类：纳入项目库定期联系 / tier C: keep in the pipeline, contact periodically"
        }
    }
}
