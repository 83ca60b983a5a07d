import LeadMessages

/// The after-signing part of a period report, as document sections: funds in place against the
/// target, milestones, the year's rates with their definitions, and contract against funds per
/// project. Pure.
enum IndicatorSections {
    /// The definitions every report states under its rates (the same text as the spec's).
    static func definitions(_ l: ReportLabels) -> [String] {
        [
            l.t(
                "实际到位资金：本期内登记的到位资金，含往年签约、仍在履约的项目。",
                "Funds in place: entries dated in the period, of every signed project, including those signed in earlier years."
            ),
            l.t(
                "开工率 = 本年签约项目中截至期末已开工的项目数 ÷ 本年截至期末签约项目数。",
                "Start rate = this year's signed projects started by the period's end ÷ this year's signed projects by then."
            ),
            l.t(
                "投产率 = 本年签约项目中截至期末已投产的项目数 ÷ 本年截至期末签约项目数。",
                "Production rate = this year's signed projects in production by the period's end ÷ this year's signed projects."
            ),
            l.t(
                "资金到位率 = 本年签约项目截至期末累计到位资金 ÷ 其合同金额（签约额及截至期末的增资）。",
                "Funds rate = funds in place of this year's signed projects by the period's end ÷ their contract amount (signings and increases)."
            ),
            l.t(
                "履约率 = 本年截至期末签约且仍在履约的项目数 ÷（该数 + 本年截至期末签约、其后已作废的项目数）。",
                "Fulfilment rate = this year's projects signed by the period's end and still in force ÷ (those + the ones signed by then and voided since)."
            ),
            l.t(
                "比率为百分数，四舍五入保留一位小数；分母为零时记“—”。",
                "Rates are percentages rounded half up to one decimal; “—” when the divisor is zero."),
        ]
    }

    static func sections(_ report: PeriodReport, _ indicators: PeriodIndicators, _ l: ReportLabels)
        -> [ReportDocument.Section]
    {
        let cohort = indicators.cohort
        var figures: [(String, String)] = [
            (
                l.t("本期实际到位资金", "Funds in place in the period"),
                "\(indicators.fundsInPlaceYuan.yiString())（\(indicators.fundsEntries) \(l.t("笔", "entries"))）"
            ),
            (
                l.t("\(report.year)年累计到位资金", "\(report.year) funds in place to date"),
                indicators.ytdFundsInPlaceYuan.yiString()
            ),
        ]
        if let target = indicators.targetFundsInPlaceYuan {
            figures.append((l.t("年度到位资金目标", "Annual target for funds in place"), target.yiString()))
            figures.append((l.t("到位资金完成进度", "Funds progress"), percent(indicators.fundsPercentOfTarget)))
            if let pace = indicators.fundsPaceYuan {
                figures.append((l.t("到位资金序时进度", "Funds straight-line pace"), pace.yiString()))
            }
        } else {
            figures.append(
                (
                    l.t("年度到位资金目标", "Annual target for funds in place"),
                    l.t(
                        "未配置（在配置文件 targets.\(report.year).fundsInPlace 中设置）",
                        "not configured (set targets.\(report.year).fundsInPlace in the configuration file)")
                ))
        }
        figures += indicators.milestones.map {
            (l.t("本期\($0.milestone.chineseLabel)项目", "\($0.milestone.englishLabel) in the period"), "\($0.projects)")
        }
        figures += [
            (
                l.t("\(cohort.year)年签约项目", "Projects signed in \(cohort.year)"),
                "\(cohort.signedProjects) \(l.t("个", "projects")) / \(cohort.contractYuan.yiString())"
            ),
            (
                l.t("开工率", "Start rate"),
                "\(percent(cohort.startRate))（\(cohort.startedProjects)/\(cohort.signedProjects)）"
            ),
            (
                l.t("投产率", "Production rate"),
                "\(percent(cohort.operatingRate))（\(cohort.operatingProjects)/\(cohort.signedProjects)）"
            ),
            (
                l.t("资金到位率", "Funds rate"),
                "\(percent(cohort.fundsRate))（\(cohort.fundsInPlaceYuan.yiString())/\(cohort.contractYuan.yiString())）"
            ),
            (
                l.t("履约率", "Fulfilment rate"),
                "\(percent(cohort.fulfilmentRate))（\(l.t("作废", "voided")) \(cohort.voidedProjects)）"
            ),
        ]
        var sections = [
            ReportDocument.Section(
                title: l.t("签约后：资金到位与项目推进", "After the signing: funds in place and progress"), figures: figures,
                notes: definitions(l))
        ]
        for breakdown in indicators.fundsBreakdowns where !breakdown.rows.isEmpty {
            let rows = breakdown.rows.map {
                [
                    l.value($0.value, dimension: breakdown.dimension), "\($0.projects)",
                    $0.amountYuan.yiString(unit: false),
                ]
            }
            // Enterprise classes overlap: a total would count an entry twice.
            let totals =
                breakdown.dimension == ReportDimension.enterpriseClass.rawValue
                ? nil
                : [
                    l.t("合计", "Total"), "\(breakdown.rows.reduce(0) { $0 + $1.projects })",
                    Money(fen: breakdown.rows.reduce(0) { $0 + $1.amountYuan.fen }).yiString(unit: false),
                ]
            sections.append(
                ReportDocument.Section(
                    title: l.t("到位资金", "Funds in place") + " · " + l.dimension(breakdown.dimension),
                    table: ReportDocument.Table(
                        head: ["", l.t("笔数", "Entries"), l.t("金额（亿元）", "Amount (亿元)")], rows: rows, totals: totals)))
        }
        if !indicators.projects.isEmpty {
            let lines = indicators.projects
            sections.append(
                ReportDocument.Section(
                    title: l.t(
                        "合同额与到位资金（本期有到位的项目）", "Contract against funds in place (projects with funds in the period)"),
                    table: ReportDocument.Table(
                        head: [
                            l.t("编号", "Lead"), l.t("企业", "Company"), l.t("项目", "Project"), l.t("合同额（亿元）", "Contract"),
                            l.t("本期到位（亿元）", "In the period"), l.t("累计到位（亿元）", "To date"), l.t("到位率", "Rate"),
                        ],
                        rows: lines.map {
                            [
                                $0.leadId, $0.companyName, $0.projectName, $0.contractYuan.yiString(unit: false),
                                $0.periodFundsYuan.yiString(unit: false), $0.cumulativeFundsYuan.yiString(unit: false),
                                percent($0.fundsRate),
                            ]
                        },
                        totals: [
                            l.t("合计", "Total"), "", "\(lines.count) \(l.t("个", "projects"))",
                            Money(fen: lines.reduce(0) { $0 + $1.contractYuan.fen }).yiString(unit: false),
                            Money(fen: lines.reduce(0) { $0 + $1.periodFundsYuan.fen }).yiString(unit: false),
                            Money(fen: lines.reduce(0) { $0 + $1.cumulativeFundsYuan.fen }).yiString(unit: false), "",
                        ]), notes: l.omitted(indicators.entriesOmitted, what: "笔到位资金的项目").map { [$0] } ?? []))
        }
        return sections
    }

    static func percent(_ value: Double?) -> String { value.map { "\($0)%" } ?? "—" }
}
