import Foundation
import LeadMessages

/// `lead-matcher classify`: the matcher's classification and recommendation without any
/// service. Reads one JSON object per line (the `lead.submit` body, or the Chinese ledger
/// headers 企业名称, 总部所在地, 项目名称 …) and writes one JSON object per line, in the same order,
/// with the same wire values as the services. Duplicates are found among the lines read so far.
public struct OfflineClassifier {
    let recommender: Recommender
    var pipeline = InMemoryPipeline()
    var line = 0

    public init(data: ReferenceData) { recommender = Recommender(data: data) }

    /// The keys accepted for each field, the wire name first.
    static let keys: [String: [String]] = [
        "companyName": ["companyName", "company", "name", "company_name", "企业名称", "公司名称", "企业"],
        "headquarters": ["headquarters", "hq", "address", "location", "总部所在地", "总部", "所在地", "注册地"],
        "projectName": ["projectName", "project", "project_name", "项目名称", "项目"],
        "description": ["description", "desc", "项目描述", "描述", "项目简介"],
        "industry": ["industry", "产业", "行业", "所属产业"],
        "parentCompany": ["parentCompany", "parent", "parent_company", "上级单位", "母公司", "所属集团"],
        "ownership": ["ownership", "资本来源", "企业性质"],
        "estimatedInvestment": ["estimatedInvestment", "amount", "investment", "投资额", "预计投资", "计划投资"],
        "carrierPark": ["carrierPark", "park", "载体园区", "园区"],
    ]

    /// Classifies one input line; blank lines give nil.
    public mutating func classify(line text: Substring) -> ClassifiedLine? {
        line += 1
        guard !String(text).trimmingWhitespace.isEmpty else { return nil }
        switch Self.parse(text, line: line) {
        case .failure(let error): return ClassifiedLine(line: line, error: error)
        case .success(let (lead, notes)):
            do {
                let (recommendation, entry) = try recommender.recommend(lead, sequence: 0, pipeline: pipeline)
                pipeline.upsert(entry)
                return ClassifiedLine(line: line, lead: lead, recommendation: recommendation, notes: notes)
            } catch {
                return ClassifiedLine(line: line, error: ErrorBody(.internalError, "\(error)"))
            }
        }
    }

    /// The lead a line describes, and notes on values that were ignored (an unknown industry …).
    static func parse(_ text: Substring, line: Int) -> Result<(Lead, [String]), ErrorBody> {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            return .failure(
                ErrorBody(.invalidJSON, "line \(line) is not a JSON object / 第\(line)行不是 JSON 对象"))
        }
        func value(_ field: String) -> String? {
            for key in keys[field] ?? [] {
                if let string = object[key] as? String, !string.trimmingWhitespace.isEmpty {
                    return string.trimmingWhitespace
                }
                if let number = object[key] as? NSNumber { return number.stringValue }
            }
            return nil
        }
        guard let company = value("companyName") else {
            return .failure(
                ErrorBody(
                    .missingField, field: "companyName", "line \(line) has no companyName / 第\(line)行缺少企业名称"))
        }
        var notes: [String] = []
        func wire<T: WireValue>(_ field: String, _ type: T.Type) -> T? {
            guard let text = value(field) else { return nil }
            guard let parsed = T(lenient: text) else {
                notes.append("\(field) '\(text)' not recognised, ignored; expected \(T.wireValueList)")
                return nil
            }
            return parsed
        }
        var amount: Money?
        if let text = value("estimatedInvestment") {
            switch MoneyParser.parse(text) {
            case .success(let money): amount = money
            case .failure(let error): notes.append("estimatedInvestment '\(text)' ignored: \(error)")
            }
        }
        let epoch = Timestamp(epochSeconds: 0)
        let lead = Lead(
            leadId: "line-\(line)", companyName: company, headquarters: value("headquarters") ?? "",
            projectName: value("projectName") ?? "", industry: wire("industry", Industry.self),
            description: value("description"), estimatedInvestmentYuan: amount, channel: nil,
            parentCompany: value("parentCompany"), officer: nil, carrierPark: value("carrierPark"),
            ownership: wire("ownership", Ownership.self), stage: .lead, signing: nil, createdAt: epoch,
            updatedAt: epoch)
        return .success((lead, notes))
    }
}

/// One output line of `lead-matcher classify`: the classification and advice, or the error.
public struct ClassifiedLine: Encodable {
    public var line: Int
    public var companyName: String?
    public var headquarters: String?
    public var projectName: String?
    public var region: Region?
    public var matchedPlace: String?
    public var enterpriseClasses: [EnterpriseClass]?
    public var industry: Industry?
    public var industrySource: IndustrySource?
    public var frontierTags: [String]?
    public var tier: Tier?
    public var score: Int?
    public var strategies: [Strategy]?
    public var suggestedPark: String?
    public var suggestedChannel: Channel?
    /// Earlier lines for the same company (their `leadId` is `line-N`).
    public var possibleDuplicates: [DuplicateLead]?
    public var evidence: [Evidence]?
    public var reasons: [String]?
    public var notes: [String]?
    public var error: ErrorBody?

    init(line: Int, error: ErrorBody) {
        self.line = line
        self.error = error
    }

    init(line: Int, lead: Lead, recommendation r: Recommendation, notes: [String]) {
        self.line = line
        companyName = lead.companyName
        headquarters = lead.headquarters
        projectName = lead.projectName
        region = r.region
        matchedPlace = r.matchedPlace
        enterpriseClasses = r.enterpriseClasses
        industry = r.industry
        industrySource = r.industrySource
        frontierTags = r.frontierTags
        tier = r.tier
        score = r.score
        strategies = r.strategies
        suggestedPark = r.suggestedPark
        suggestedChannel = r.suggestedChannel
        possibleDuplicates = r.possibleDuplicates
        evidence = r.evidence
        reasons = r.reasons
        self.notes = notes.isEmpty ? nil : notes
    }
}
