import LeadMessages
import Reporting
import ServiceClient

/// The reporter's part of the configuration file:
/// `"targets": {"2023": {"projects": 29, "amount": "371亿", "fundsInPlace": "150亿"}}`, `"actuals": {"2022": {…}}`,
/// `"freezeFrom": "2023-W01"`, `"freezeDelayMinutes": 0`. Without targets and actuals, the
/// 2023 work plan's.
public enum ReporterSettings {
    public static func targets(from settings: Settings) throws -> AnnualTargets {
        let defaults = AnnualTargets.workPlan2023
        return AnnualTargets(
            targets: try figures("targets", settings) ?? defaults.targets,
            actuals: try figures("actuals", settings) ?? defaults.actuals)
    }

    public static func freezePolicy(from settings: Settings) throws -> FreezePolicy {
        var policy = FreezePolicy()
        if case .string(let text)? = settings.file["freezeFrom"] {
            guard let week = ISOWeek(text) else {
                throw SettingsError(message: "freezeFrom must be an ISO week like 2023-W01")
            }
            policy.from = week
        }
        if case .number(let minutes)? = settings.file["freezeDelayMinutes"] { policy.delayMinutes = Int64(minutes) }
        return policy
    }

    private static func figures(_ key: String, _ settings: Settings) throws -> [Int: AnnualFigure]? {
        guard case .object(let years)? = settings.file[key] else { return nil }
        var byYear: [Int: AnnualFigure] = [:]
        for (yearText, value) in years {
            guard let year = Int(yearText), case .object(let fields) = value,
                case .number(let projects)? = fields["projects"], case .string(let amountText)? = fields["amount"],
                case .success(let amount) = MoneyParser.parse(amountText)
            else {
                throw SettingsError(
                    message:
                        "\(key).\(yearText) must be {\"projects\": N, \"amount\": \"371亿\"} in the configuration file")
            }
            var funds: Money?
            if let value = fields["fundsInPlace"] {
                guard case .string(let text) = value, case .success(let parsed) = MoneyParser.parse(text) else {
                    throw SettingsError(
                        message:
                            "\(key).\(yearText).fundsInPlace must be an amount like \"150亿\" in the configuration file")
                }
                funds = parsed
            }
            byYear[year] = AnnualFigure(projects: Int(projects), amount: amount, fundsInPlace: funds)
        }
        return byYear
    }
}
