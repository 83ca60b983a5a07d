import LeadMessages

/// Which stage changes are allowed. Pure.
///
/// - `signed` is reached only by a signing (`lead.sign`), which carries the amount the reports count.
/// - A signed project is counted; it cannot be advanced back before `signed`. Only voiding the
///   signing (`lead.void`) takes it back, to `negotiating`, and the reports count it no more.
/// - `started` and `operating` (开工, 投产) come only after signing.
/// - Any unsigned lead may be dropped (终止), and a dropped lead may be reopened.
public enum StageRules {
    public static func checkAdvance(from current: Stage, to next: Stage) -> ErrorBody? {
        if next == .signed {
            return ErrorBody(
                .invalidTransition, field: "stage",
                "use `leadctl sign` (lead.sign) to record a signing with its amount / 签约请使用签约命令并填写金额")
        }
        if current.isSignedOrLater && !next.isSignedOrLater {
            return ErrorBody(
                .invalidTransition, field: "stage",
                "a signed project cannot move back to \(next.rawValue) / 已签约项目不能退回\(next.chineseLabel)")
        }
        if (next == .started || next == .operating) && !current.isSignedOrLater {
            return ErrorBody(
                .invalidTransition, field: "stage",
                "\(next.rawValue) needs a signed project first / 项目需先签约才能\(next.chineseLabel)")
        }
        return nil
    }

    /// A capital increase or a void needs a signing to act on.
    public static func checkSigned(_ lead: Lead, action: String) -> ErrorBody? {
        guard lead.signing == nil else { return nil }
        return ErrorBody(
            .invalidTransition, field: "leadId", "\(lead.leadId) has no signing to \(action) / 该线索尚未签约")
    }

    public static func checkSigning(current: Stage) -> ErrorBody? {
        guard current == .dropped else { return nil }
        return ErrorBody(
            .invalidTransition, field: "leadId", "a dropped lead cannot be signed; reopen it first / 已终止的线索不能签约，请先恢复")
    }
}
