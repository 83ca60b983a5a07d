import LeadMessages
import Reporting
import Testing

/// Leads and facts for reporting tests.
enum Fixture {
    static func instant(_ text: String) throws -> Timestamp { try #require(Timestamp(rfc3339: text)) }
    static func yuan(_ text: String) throws -> Money { try MoneyParser.parse(text).get() }

    static func facts(
        _ id: String = "L-000001", signed amount: String? = nil, at: String = "2023-03-06T10:00:00+08:00",
        increases: [(String, String)] = [], region: Region = .greaterBayArea,
        classes: [EnterpriseClass] = [.centralSOE],
        industry: Industry = .nextGenIT, officer: String? = "王敏", park: String? = nil, stage: Stage? = nil
    ) throws -> ReportingFacts {
        let signing = try amount.map { Signing(amountYuan: try yuan($0), signedAt: try instant(at)) }
        let lead = Lead(
            leadId: id, companyName: "企业\(id)", headquarters: "深圳", projectName: "项目\(id)", industry: nil,
            description: nil, estimatedInvestmentYuan: nil, channel: .targeted, parentCompany: nil, officer: officer,
            carrierPark: park, stage: stage ?? (signing == nil ? .negotiating : .signed), signing: signing,
            capitalIncreases: try increases.map {
                CapitalIncrease(amountYuan: try yuan($0.0), increasedAt: try instant($0.1))
            },
            createdAt: Timestamp(epochSeconds: 0), updatedAt: Timestamp(epochSeconds: 0))
        return ReportingFacts(
            lead: lead, classification: Classification(region: region, enterpriseClasses: classes, industry: industry))
    }

    static func day(_ text: String) throws -> Int64 { try instant(text).businessDate.daysSinceEpoch }
}
