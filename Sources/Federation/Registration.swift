import LeadMessages

/// Big projects must be registered with the city before they are signed (Henan's 2025 rule for
/// 10亿 and above); a district decides whether an unregistered one is refused or signed and flagged.
public struct RegistrationRule: Sendable, Equatable {
    public enum Mode: String, Sendable {
        case refuse
        case flag
    }

    public enum Outcome: Sendable, Equatable {
        /// Below the threshold, or registered.
        case allowed
        /// Signed, marked as unregistered for the city's report.
        case flagged
        /// Refused until the city has it registered.
        case refused
    }

    public var threshold: Money
    public var mode: Mode

    /// The default: 10亿元, flagged (a district keeps working when the city is unreachable).
    public init(threshold: Money = Money(fen: 1_000_000_000_00), mode: Mode = .flag) {
        self.threshold = threshold
        self.mode = mode
    }

    public func check(contract: Money, registered: Bool) -> Outcome {
        guard contract.fen >= threshold.fen, !registered else { return .allowed }
        return mode == .refuse ? .refused : .flagged
    }
}

extension RegistrationRule {
    /// The configuration's `"registration": {"threshold": "10亿", "mode": "refuse"}` (either may be
    /// left out for its default), or why a value is not understood.
    public static func parse(threshold: String?, mode: String?) -> Result<RegistrationRule, RuleError> {
        var rule = RegistrationRule()
        if let threshold {
            guard case .success(let amount) = MoneyParser.parse(threshold), amount.fen > 0 else {
                return .failure(RuleError(message: "registration.threshold must be an amount like \"10亿\""))
            }
            rule.threshold = amount
        }
        if let mode {
            guard let parsed = Mode(rawValue: mode) else {
                return .failure(RuleError(message: "registration.mode must be refuse or flag"))
            }
            rule.mode = parsed
        }
        return .success(rule)
    }
}

public struct RuleError: Error, Equatable {
    public var message: String
}
