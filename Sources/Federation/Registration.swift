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
