import LeadMessages

/// A report as a bureau files it in a spreadsheet (the console's CSV and Excel downloads): the
/// title, the figures with their names, each breakdown with its 合计 row, the projects with theirs,
/// amounts in 亿元 (two decimals, as numbers a spreadsheet can add up). The same content as the
/// HTML; `ReportCSV` stays the machine format of `leadctl report --format csv`. Pure.
public enum ReportSheet {
    public static func rows(_ report: PeriodReport, language: Language = .chinese) -> [[String]] {
        let l = ReportLabels(language: language)
        let yi = l.t("金额（亿元）", "Amount (亿元)")
        let total = l.t("合计", "Total")
        var rows: [[String]] = [[l.title(report)], [], [l.t("指标", "Figure"), l.t("数值", "Value")]]
        rows += SummaryRows.rows(report, l).map { [$0.0, $0.1] }
        for breakdown in report.breakdowns where !breakdown.rows.isEmpty {
            rows += [[], [l.dimension(breakdown.dimension), l.t("项目（个）", "Projects"), yi]]
            rows += breakdown.rows.map {
                [
                    l.value($0.value, dimension: breakdown.dimension), "\($0.projects)",
                    $0.amountYuan.yiString(unit: false),
                ]
            }
            if let sum = Self.total(breakdown) {
                rows.append([total, "\(sum.projects)", sum.amount.yiString(unit: false)])
            }
        }
        if !report.projects.isEmpty {
            rows += [
                [], [l.t("本期签约项目", "Projects signed")],
                [l.t("编号", "Lead"), l.t("日期", "Date"), l.t("企业", "Company"), l.t("项目", "Project"), yi],
            ]
            rows += report.projects.map {
                [$0.leadId, $0.signedOn, $0.companyName, $0.projectName, $0.amountYuan.yiString(unit: false)]
            }
            rows.append([
                total, "", "", "\(report.projects.count) \(l.t("个", "projects"))",
                sum(report.projects.map(\.amountYuan)).yiString(unit: false),
            ])
        }
        return rows
    }

    /// A breakdown's 合计; none for the enterprise classes: a project can be on several of the lists
    /// (a central SOE on the Global 500), and a total would count it twice.
    static func total(_ breakdown: Breakdown) -> (projects: Int, amount: Money)? {
        guard breakdown.dimension != "enterprise-class" else { return nil }
        return (breakdown.rows.map(\.projects).reduce(0, +), sum(breakdown.rows.map(\.amountYuan)))
    }

    static func sum(_ amounts: [Money]) -> Money {
        amounts.reduce(Money(fen: 0)) { $0.adding($1) ?? $0 }
    }

    /// The rows as CSV: a UTF-8 byte-order mark (Excel reads the Chinese), CRLF, every text cell
    /// through `CSVField` (no formula from a company's name).
    public static func csv(_ report: PeriodReport, language: Language = .chinese) -> String {
        "\u{FEFF}"
            + rows(report, language: language).map { row in
                row.map { cell in isAmount(cell) ? CSVField.number(cell) : CSVField.text(cell) }.joined(separator: ",")
            }.joined(separator: "\r\n") + "\r\n"
    }

    /// A plain decimal (an amount or a count), written as a number.
    static func isAmount(_ cell: String) -> Bool {
        !cell.isEmpty && cell.allSatisfy { $0.isNumber || $0 == "." || $0 == "-" } && cell.contains { $0.isNumber }
    }
}
