import LeadMessages

/// Why a published week's figures changed (RULES.md, Freezing and corrections): the wire values of
/// `CorrectionLine.kind`.
public enum CorrectionKind: String, Sendable, CaseIterable {
    /// A signing recorded after its week was published.
    case late
    /// A published signing voided.
    case voided
    /// A signing's date corrected into another day.
    case moved
    /// A signing's amount corrected.
    case corrected
    /// A capital increase recorded after its week was published.
    case lateIncrease = "late-increase"

    /// The kind of a change from `old` to `new` that touches a published week.
    public static func of(old: ReportingFacts?, new: ReportingFacts) -> CorrectionKind {
        switch (old?.signing, new.signing) {
        case (nil, .some): .late
        case (.some, nil): .voided
        case (.some(let before), .some(let after)) where before.signedAt.businessDate != after.signedAt.businessDate:
            .moved
        case (.some(let before), .some(let after)) where before.amountYuan != after.amountYuan: .corrected
        default: .lateIncrease
        }
    }
}
