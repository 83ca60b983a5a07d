/// A lead as intake stores it: the canonical record every other service sees in events.
public struct Lead: Codable, Sendable, Equatable {
    /// `L-000042`: stable, assigned by intake.
    public var leadId: String
    public var companyName: String
    public var headquarters: String
    public var projectName: String
    /// The officer's choice; nil lets the matcher infer it.
    public var industry: Industry?
    public var description: String?
    public var estimatedInvestmentYuan: Money?
    public var channel: Channel?
    public var parentCompany: String?
    public var officer: String?
    /// The carrier park (载体园区) the project is to land in, as configured (protocol 1.2).
    public var carrierPark: String?
    /// Declared ownership (protocol 1.4); overrides the matcher's Hong Kong inference.
    public var ownership: Ownership?
    public var stage: Stage
    public var signing: Signing?
    /// Capital increases (增资) recorded after the signing, in order (protocol 1.2; absent when none).
    public var capitalIncreases: [CapitalIncrease]?
    public var createdAt: Timestamp
    public var updatedAt: Timestamp
    /// The identity that submitted the lead, from the transport (protocol 1.3); officers work on their own.
    public var owner: String?
    /// The identity that made the latest change, from the transport (protocol 1.3).
    public var updatedBy: String?
    /// 包联领导, 责任单位, 专班 (protocol 1.8; absent until assigned).
    public var responsibility: Responsibility?
    /// Planned milestone dates (protocol 1.8; absent until planned).
    public var plan: MilestonePlan?
    /// The follow-ups so far (protocol 1.8; absent before the first).
    public var followUps: FollowUpSummary?
    /// 开工, 入统, 投产, 达产, 上规 with their dates and evidence (protocol 1.10; absent before the first).
    public var milestones: ProjectMilestones?
    /// Funds actually in place (实际到位资金; protocol 1.10; absent before the first entry).
    public var funds: FundsInPlace?

    public init(
        leadId: String, companyName: String, headquarters: String, projectName: String, industry: Industry?,
        description: String?, estimatedInvestmentYuan: Money?, channel: Channel?, parentCompany: String?,
        officer: String?, carrierPark: String? = nil, ownership: Ownership? = nil, stage: Stage, signing: Signing?,
        capitalIncreases: [CapitalIncrease]? = nil, createdAt: Timestamp, updatedAt: Timestamp, owner: String? = nil,
        updatedBy: String? = nil
    ) {
        self.leadId = leadId
        self.companyName = companyName
        self.headquarters = headquarters
        self.projectName = projectName
        self.industry = industry
        self.description = description
        self.estimatedInvestmentYuan = estimatedInvestmentYuan
        self.channel = channel
        self.parentCompany = parentCompany
        self.officer = officer
        self.carrierPark = carrierPark
        self.ownership = ownership
        self.stage = stage
        self.signing = signing
        self.capitalIncreases = capitalIncreases
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.owner = owner
        self.updatedBy = updatedBy
    }
}

/// The signing of a project: its amount and the instant, in the officer's offset.
public struct Signing: Codable, Sendable, Equatable {
    public var amountYuan: Money
    public var signedAt: Timestamp
    /// (1.11) Signed at or above the city's registration threshold before the city registered the
    /// project: the district's rule flagged it (it may refuse instead). Absent otherwise.
    public var unregistered: Bool?

    public init(amountYuan: Money, signedAt: Timestamp, unregistered: Bool? = nil) {
        self.amountYuan = amountYuan
        self.signedAt = signedAt
        self.unregistered = unregistered
    }
}

/// A capital increase (增资) on a signed project: only the increment counts, and no new project.
public struct CapitalIncrease: Codable, Sendable, Equatable {
    public var amountYuan: Money
    public var increasedAt: Timestamp

    public init(amountYuan: Money, increasedAt: Timestamp) {
        self.amountYuan = amountYuan
        self.increasedAt = increasedAt
    }
}

/// Lead ids are `L-` and a zero-padded number; officers may type `42`, `L42` or `l-000042`.
public enum LeadID {
    public static func make(_ number: Int64) -> String {
        let digits = String(number)
        return "L-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    /// The number in a lead id as typed, or nil when it is not one.
    public static func number(in text: String) -> Int64? {
        var body = Substring(text.trimmingWhitespace)
        if body.first == "L" || body.first == "l" { body = body.dropFirst() }
        if body.first == "-" { body = body.dropFirst() }
        guard !body.isEmpty, body.count <= 18, body.allSatisfy(\.isASCIIDigit), let value = Int64(body), value > 0
        else { return nil }
        return value
    }

    /// The canonical form of a typed id, or nil.
    public static func canonical(_ text: String) -> String? { number(in: text).map(make) }
}

extension String {
    /// Trimmed of Unicode whitespace, including the full-width space officers' IMEs produce.
    public var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }
}
