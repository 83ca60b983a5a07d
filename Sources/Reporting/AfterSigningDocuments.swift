import LeadMessages

/// The 三个一批 of a quarter and the 年考核 of a year, for people, in every format. Pure.
extension ReportRenderer {
    public static func render(_ rounds: RoundsReport, as format: ReportFormat, language: Language = .chinese) -> String
    {
        format == .json ? json(rounds) : RoundsDocument.make(rounds, ReportLabels(language: language)).render(format)
    }

    public static func render(_ assessment: AssessmentReport, as format: ReportFormat, language: Language = .chinese)
        -> String
    {
        format == .json
            ? json(assessment) : AssessmentDocument.make(assessment, ReportLabels(language: language)).render(format)
    }

    static func json<Value: Encodable>(_ value: Value) -> String {
        ((try? StoredJSON.string(value, pretty: true)) ?? "{}") + "\n"
    }
}

enum RoundsDocument {
    static func make(_ rounds: RoundsReport, _ l: ReportLabels) -> ReportDocument {
        func section(_ title: String, _ list: RoundList) -> ReportDocument.Section {
            ReportDocument.Section(
                title:
                    "\(title)：\(list.projects) \(l.t("个", "projects"))，\(l.t("合同额", "contract")) \(list.contractYuan.yiString())",
                table: list.lines.isEmpty
                    ? nil
                    : ReportDocument.Table(
                        head: [
                            l.t("编号", "Lead"), l.t("企业", "Company"), l.t("项目", "Project"), l.t("合同额（亿元）", "Contract"),
                            l.t("签约", "Signed"), l.t("开工", "Started"), l.t("投产", "Operating"),
                            l.t("累计到位（亿元）", "Funds in place"),
                        ],
                        rows: list.lines.map { line in
                            [
                                line.leadId, line.companyName, line.projectName,
                                line.contractYuan.yiString(unit: false),
                                "\(line.signedOn)（\(line.signedRound)）",
                                line.startedOn.map { "\($0)（\(line.startedRound ?? "")）" } ?? "—",
                                line.operatingOn.map { "\($0)（\(line.operatingRound ?? "")）" } ?? "—",
                                line.fundsInPlaceYuan.yiString(unit: false),
                            ]
                        },
                        totals: [
                            l.t("合计", "Total"), "", "\(list.projects) \(l.t("个", "projects"))",
                            list.contractYuan.yiString(unit: false), "", "", "",
                            Money(fen: list.lines.reduce(0) { $0 + $1.fundsInPlaceYuan.fen }).yiString(unit: false),
                        ]), notes: l.omitted(list.omitted).map { [$0] } ?? [])
        }
        return ReportDocument(
            title: l.t(
                "“三个一批” \(rounds.quarter)（\(rounds.start) 至 \(rounds.end)）",
                "Three batches \(rounds.quarter) (\(rounds.start) to \(rounds.end))"),
            sections: [
                section(l.t("签约一批", "Signed"), rounds.signed),
                section(l.t("开工一批", "Started"), rounds.started),
                section(l.t("投产一批", "In production"), rounds.operating),
                ReportDocument.Section(
                    title: l.t("说明", "Notes"),
                    notes: [
                        l.t(
                            "每个项目在其本季度达到的节点所在批次中列出；括号内为各节点所属的季度批次，开工一批的项目通常签约于更早的批次。",
                            "A project is listed in each batch whose milestone it reached this quarter; the quarter of each milestone is in brackets."
                        ),
                        l.t("累计到位资金截至本季度末。", "Funds in place are to the quarter's end."),
                    ]),
            ])
    }
}

enum AssessmentDocument {
    static func make(_ assessment: AssessmentReport, _ l: ReportLabels) -> ReportDocument {
        func ranking(_ title: String, _ scores: [AssessmentScore]) -> [ReportDocument.Section] {
            guard let first = scores.first else {
                return [ReportDocument.Section(title: title, notes: [l.t("暂无", "none")])]
            }
            let head =
                [l.t("名次", "Rank"), l.t("名称", "Name"), l.t("得分", "Score")]
                + first.items.map { "\($0.label)（\(number($0.weight))）" } + first.deductions.map { "−\($0.label)" }
            let table = ReportDocument.Table(
                head: head,
                rows: scores.map { score in
                    ["\(score.rank)", score.name, number(score.score)] + score.items.map { number($0.points) }
                        + score.deductions.map { $0.count == 0 ? "0" : "-\(number($0.points))" }
                }, totals: nil)
            let details = scores.map { score in
                ReportDocument.Section(
                    title:
                        "\(score.name)：\(number(score.score)) \(l.t("分", "points"))（\(l.t("第", "rank "))\(score.rank)\(l.t("名", ""))）",
                    table: ReportDocument.Table(
                        head: [
                            l.t("考核项", "Item"), l.t("权重", "Weight"), l.t("实绩", "Actual"), l.t("参照", "Reference"),
                            l.t("得分", "Points"),
                        ],
                        rows: score.items.map { item in
                            [
                                item.label, number(item.weight), figure(item.actual, unit: item.unit),
                                "\(figure(item.reference, unit: item.unit))（\(item.basis == "target" ? l.t("目标", "target") : l.t("最高", "best"))）",
                                number(item.points),
                            ]
                        }
                            + score.deductions.map { deduction in
                                [
                                    "−" + deduction.label, "", "\(deduction.count)",
                                    "\(number(deduction.pointsEach))\(l.t("分/个", " each"))",
                                    deduction.points == 0 ? "0" : "-" + number(deduction.points),
                                ]
                            },
                        totals: [l.t("合计", "Total"), "100", "", "", number(score.score)]))
            }
            return [ReportDocument.Section(title: title, table: table)] + details
        }
        let scheme = assessment.scheme
        let status =
            assessment.frozenAt.map { l.t("已于 \($0) 发布（年度结束时冻结）", "published \($0) (frozen at year close)") }
            ?? l.t("截至 \(assessment.asOf)，年度未结束", "as of \(assessment.asOf); the year is open")
        // The ranking first, as a bureau reads it; the scheme and its sources after.
        return ReportDocument(
            title: l.t("招商引资工作年度考核 \(assessment.year)", "Investment attraction annual assessment \(assessment.year)"),
            sections: ranking(l.t("责任单位排名", "Units ranked"), assessment.units)
                + ranking(l.t("招商专员排名", "Officers ranked"), assessment.officers) + [
                    ReportDocument.Section(
                        title: l.t("考核方案", "Scheme"),
                        figures: [
                            (l.t("方案", "Scheme"), scheme.name), (l.t("版本", "Version"), "v" + scheme.version),
                            (l.t("施行日期", "Effective"), scheme.effective.description), (l.t("状态", "Status"), status),
                        ],
                        notes: [
                            l.t(
                                "每项得分 = 权重 × min(实绩 ÷ 参照, 1)；参照为方案中设定的目标，未设定时为同类最高实绩；总分为各项得分减扣分，不低于零。",
                                "Each item scores weight × min(actual ÷ reference, 1); the reference is the scheme's target, else the best actual figure; the score is items minus deductions, never below zero."
                            )
                        ] + scheme.sources.map { l.t("依据：", "Source: ") + $0 })
                ])
    }

    /// Points and weights: whole numbers without decimals, else two.
    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
    }

    /// An amount item's figure in 亿元; a count as it is.
    static func figure(_ text: String, unit: String) -> String {
        guard unit == "yuan", case .success(let money) = MoneyParser.parse(text) else {
            return text
        }
        return money.displayString
    }
}
