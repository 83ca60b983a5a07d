import LeadMessages

/// Words for people, in Chinese or English, for the report renderers.
struct ReportLabels {
    let language: Language
    var zh: Bool { language == .chinese }

    func t(_ chinese: String, _ english: String) -> String { zh ? chinese : english }

    func title(_ report: PeriodReport) -> String {
        let kind: String
        switch report.kind {
        case .week: kind = t("周报告", "weekly report")
        case .month: kind = t("月报", "monthly report")
        case .quarter: kind = t("季通报", "quarterly report")
        case .year: kind = t("年报", "annual report")
        }
        return zh
            ? "招商引资签约\(kind) \(report.period)（\(report.start) 至 \(report.end)）"
            : "Investment signing \(kind) \(report.period) (\(report.start) to \(report.end))"
    }

    func dimension(_ name: String) -> String {
        switch name {
        case "region": t("按区域", "By region")
        case "enterprise-class": t("按企业类别", "By enterprise class")
        case "industry": t("按产业", "By industry")
        case "channel": t("按招商方式", "By channel")
        case "officer": t("按负责人", "By officer")
        case "park": t("按载体园区", "By carrier park")
        case "unit": t("按责任单位", "By responsible unit")
        case "origin": t("按资金来源", "By origin of funds")
        case "district": t("按区县", "By district")
        default: name
        }
    }

    /// A dimension value as a label: wire values get their names; names stay as they are.
    func value(_ value: String, dimension: String) -> String {
        if value == Contributions.unspecified { return t("未填写", "unspecified") }
        if value == "none" { return t("非三类企业", "none of the three") }
        switch dimension {
        case "region": return Region(rawValue: value).map { $0.label(language) } ?? value
        case "enterprise-class": return EnterpriseClass(rawValue: value).map { $0.label(language) } ?? value
        case "industry": return Industry(rawValue: value).map { $0.label(language) } ?? value
        case "channel": return Channel(rawValue: value).map { $0.label(language) } ?? value
        case "origin": return FundsOrigin(rawValue: value).map { $0.label(language) } ?? value
        default: return value
        }
    }

    /// Under a list cut at `PeriodReport.listLimit`: how many are not listed, and where to get them.
    func omitted(_ count: Int?, what: String = "个项目") -> String? {
        guard let count, count > 0 else { return nil }
        return t(
            "另有 \(count) \(what)未列出（每表最多列 \(PeriodReport.listLimit) 个，总数已计入；完整清单请用 leadctl export 导出）",
            "\(count) more not listed (at most \(PeriodReport.listLimit) a table; the totals count them; use leadctl export for the full list)"
        )
    }

    func correction(_ kind: String) -> String {
        switch kind {
        case "late": t("补录签约", "late signing")
        case "corrected": t("金额更正", "amount corrected")
        case "moved": t("日期更正", "date corrected")
        case "voided": t("签约作废", "signing voided")
        case "late-increase": t("补录增资", "late capital increase")
        default: kind
        }
    }

    func status(_ status: String) -> String {
        switch status {
        case "ahead": t("超前", "ahead")
        case "behind": t("滞后", "behind")
        default: t("持平", "on pace")
        }
    }

    func signedYi(_ money: Money) -> String {
        (money.fen < 0 ? "-" : "+") + Money(fen: Int64(clamping: money.fen.magnitude)).yiString()
    }
}
