import ArgumentParser
import Foundation
import LeadMessages
import Ledger
import Reporting
import ServiceClient
import ZeroMQ

/// `leadctl recommendation LEAD`
struct RecommendationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recommendation", abstract: "Show the matcher's recommendation for a lead (匹配推荐).")
    @OptionGroup var options: ClientOptions
    @Argument(help: "Lead id") var lead: String

    func run() throws {
        let context = try ZMQContext()
        let client = try options.client(
            try options.endpoints().matcherQueries, server: "lead-matcher", context: context)
        switch client.request(.recommendationGet, LeadReference(leadId: lead), expecting: Recommendation.self) {
        case .success(let recommendation):
            options.json ? Output.json(recommendation) : printText(recommendation)
        case .failure(let error): throw Output.fail(error, options: options)
        }
    }

    private func printText(_ r: Recommendation) {
        let language = options.language
        let zh = language == .chinese
        let none = zh ? "无" : "none"
        let classes = r.enterpriseClasses.map { $0.label(language) }.joined(separator: zh ? "、" : ", ")
        let strategies = r.strategies.map { $0.label(language) }.joined(separator: " + ")
        Output.table([
            (zh ? "线索编号" : "Lead", r.leadId),
            (zh ? "区域" : "Region", r.region.label(language) + (r.matchedPlace.map { "（\($0)）" } ?? "")),
            (zh ? "企业类别" : "Classes", classes.isEmpty ? none : classes),
            (
                zh ? "产业" : "Industry",
                r.industry.label(language)
                    + (r.industrySource == .officer ? (zh ? "（专员选定）" : " (officer)") : (zh ? "（推断）" : " (inferred)"))
            ),
            (zh ? "评级" : "Tier", "\(r.tier.rawValue)（\(zh ? "评分" : "score") \(r.score)）"),
            (zh ? "策略" : "Strategy", strategies.isEmpty ? none : strategies),
            (zh ? "建议载体" : "Park", r.suggestedPark ?? none),
            (zh ? "建议渠道" : "Channel", r.suggestedChannel?.label(language) ?? none),
            (
                zh ? "疑似重复" : "Duplicates",
                r.possibleDuplicates.filter(\.likelyDuplicate).map(\.leadId).joined(separator: ", ").nonEmpty ?? none
            ),
            (zh ? "建议" : "Action", r.action),
        ])
        print(zh ? "依据：" : "Why:")
        for reason in r.reasons { print("  - \(reason)") }
    }
}

/// `leadctl prospects [--industry I] [--region R] [--class C] [--limit N] [--offset N]`: the 招商图谱.
struct Prospects: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Who to approach next (招商图谱): reference enterprises not yet in the pipeline, ranked, with reasons.")
    @OptionGroup var options: ClientOptions
    @Option(help: "产业 industry: \(Industry.wireValueList) or its Chinese name") var industry: String?
    @Option(help: "区域 region of the head office: \(Region.wireValueList) or 京津冀/长三角/大湾区") var region: String?
    @Option(name: .customLong("class"), help: "企业类别: \(EnterpriseClass.wireValueList) or 大型央企/港资企业/500强企业")
    var enterpriseClass: String?
    @Option(help: "How many (default 20)") var limit: Int?
    @Option(help: "How many of the best to skip (the next page)") var offset: Int?

    func run() throws {
        let context = try ZMQContext()
        let client = try options.client(
            try options.endpoints().matcherQueries, server: "lead-matcher", context: context)
        let query = ProspectQuery(
            industry: industry, region: region, enterpriseClass: enterpriseClass, limit: limit, offset: offset)
        switch client.request(.prospectsQuery, query, expecting: ProspectList.self) {
        case .success(let list): options.json ? Output.json(list) : printText(list)
        case .failure(let error): throw Output.fail(error, options: options)
        }
    }

    private func printText(_ list: ProspectList) {
        let language = options.language
        let zh = language == .chinese
        print(
            zh
                ? "招商图谱：\(list.total) 家未进入项目库（另有 \(list.inPipeline) 家已在库），显示前 \(list.prospects.count) 家"
                : "Prospects: \(list.total) not yet in the pipeline (\(list.inPipeline) already are); top \(list.prospects.count)"
        )
        for (index, prospect) in list.prospects.enumerated() {
            let classes = prospect.enterpriseClasses.map { $0.label(language) }.joined(separator: zh ? "、" : ", ")
            let industries = prospect.industries.map { $0.label(language) }.joined(separator: zh ? "、" : ", ")
            print(
                "\(index + 1). \(prospect.name)\(prospect.english.map { " (\($0))" } ?? "")  \(zh ? "评分" : "score") \(prospect.score)"
            )
            print(
                "   \(classes) · \(industries.isEmpty ? (zh ? "产业未标注" : "industry not recorded") : industries)"
                    + " · \(prospect.headquarters ?? (zh ? "总部未知" : "head office unknown"))"
                    + (prospect.suggestedPark.map { " · \(zh ? "建议载体" : "park") \($0)" } ?? ""))
            for reason in prospect.reasons { print("   - \(reason)") }
        }
    }
}

extension String {
    /// nil for the empty string, for "none" fallbacks.
    var nonEmpty: String? { isEmpty ? nil : self }
}

/// `leadctl report weekly|monthly|quarterly|yearly [--week 2023-W10 | --month 2023-03 | …]
/// [--format table|json|csv|md|html] [--out FILE]`
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Reports: 周报告, 月报, 季通报, 年报, 三个一批 and 年考核 (the 月督查 of supervision is `leadctl review`).",
        subcommands: [Weekly.self, Monthly.self, Quarterly.self, Yearly.self, Rounds.self, Assessment.self])

    struct Weekly: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The weekly report (周报告).")
        @OptionGroup var output: ReportOutput
        @Option(help: "ISO week, e.g. 2023-W10 (default: this week in Beijing)") var week: String?
        func run() throws { try output.fetchAndPrint(period: week, kind: .week) }
    }

    struct Monthly: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The monthly signing report (月报).")
        @OptionGroup var output: ReportOutput
        @Option(help: "Month, e.g. 2023-03 (default: this month)") var month: String?
        func run() throws { try output.fetchAndPrint(period: month, kind: .month) }
    }

    struct Quarterly: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The quarterly report (季通报).")
        @OptionGroup var output: ReportOutput
        @Option(help: "Quarter, e.g. 2023-Q1 (default: this quarter)") var quarter: String?
        func run() throws { try output.fetchAndPrint(period: quarter, kind: .quarter) }
    }

    struct Yearly: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The annual report (年报).")
        @OptionGroup var output: ReportOutput
        @Option(help: "Year, e.g. 2023 (default: this year)") var year: String?
        func run() throws { try output.fetchAndPrint(period: year, kind: .year) }
    }

    struct Rounds: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A quarter's 三个一批: 签约一批, 开工一批, 投产一批, each project with its earlier rounds.")
        @OptionGroup var output: ReportOutput
        @Option(help: "Quarter, e.g. 2023-Q2 (default: this quarter)") var quarter: String?
        func run() throws {
            try output.fetch(.reportRounds, RoundsQuery(quarter: quarter), sheet: { (_: RoundsReport) in "三个一批" }) {
                ReportRenderer.render($0, as: $1, language: output.options.language)
            }
        }
    }

    struct Assessment: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The 年考核: units and officers scored by the assessment scheme, with every score's breakdown.")
        @OptionGroup var output: ReportOutput
        @Option(help: "Year, e.g. 2023 (default: this year, scored as of today)") var year: Int?
        func run() throws {
            try output.fetch(.reportAssessment, AssessmentQuery(year: year), sheet: { (_: AssessmentReport) in "年考核" })
            {
                ReportRenderer.render($0, as: $1, language: output.options.language)
            }
        }
    }
}

/// How a report is fetched and written: the shared flags of every report subcommand.
/// The weekly table ends with the week's supervision line, from lead-supervisor (issue 15).
struct ReportOutput: ParsableArguments {
    @OptionGroup var options: ClientOptions
    @Option(help: "table (default), json, csv, md, html, or xlsx (with --out)") var format: String?
    @Option(help: "Write to this file instead of standard output") var out: String?

    func validate() throws {
        if let format, ReportFormat(rawValue: format.lowercased()) == nil, format.lowercased() != "xlsx" {
            throw ValidationError("--format must be one of: table, json, csv, md, html, xlsx")
        }
        if format?.lowercased() == "xlsx" && out == nil { throw ValidationError("give --out FILE.xlsx") }
    }

    func fetchAndPrint(period: String?, kind: PeriodKind) throws {
        let render = { (report: PeriodReport, format: ReportFormat) -> String in
            format == .json && out == nil
                ? ReportRenderer.compactJSON(report)
                : ReportRenderer.render(report, as: format, language: options.language)
        }
        // The weekly table ends with the week's supervision line.
        let after = { (report: PeriodReport, format: ReportFormat, context: ZMQContext) in
            if kind == .week && format == .table && !options.city {
                printSupervisionLine(week: report.period, context: context)
            }
        }
        if kind == .week {
            try fetch(.reportWeekly, WeeklyReportQuery(week: period), sheet: \.period, render: render, after: after)
        } else {
            try fetch(
                .reportPeriod, PeriodReportQuery(period: period, kind: kind.rawValue), sheet: \.period, render: render,
                after: after)
        }
    }

    /// Asks the reporter for a report and writes it in the chosen format: a file with `--out`, else
    /// standard output, then `after` (given the report, the format and the context).
    func fetch<Query: Codable & Sendable, Reply: Codable & Sendable>(
        _ type: MessageType, _ query: Query, sheet: (Reply) -> String, render: (Reply, ReportFormat) -> String,
        after: (Reply, ReportFormat, ZMQContext) -> Void = { _, _, _ in }
    ) throws {
        let context = try ZMQContext()
        let client = try options.reportsClient(context: context)
        switch client.request(type, query, expecting: Reply.self) {
        case .success(let report):
            if format?.lowercased() == "xlsx" {
                return try ReportFiles.write(
                    LedgerExport.workbook(fromCSV: render(report, .csv), sheetName: sheet(report)), to: out)
            }
            let chosen = format.flatMap { ReportFormat(rawValue: $0.lowercased()) } ?? (options.json ? .json : .table)
            let text = render(report, chosen)
            if let out {
                do {
                    try Data(text.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
                } catch {
                    throw ValidationError("cannot write \(out): \(error.localizedDescription)")
                }
            } else {
                print(text, terminator: "")
                after(report, chosen, context)
            }
        case .failure(let error):
            throw Output.fail(error, options: options)
        }
    }

    /// 督办：红灯 …; or why it is missing (the supervisor down does not fail the report).
    private func printSupervisionLine(week: String, context: ZMQContext) {
        let client: RequestClient
        do {
            client = try options.client(
                try options.endpoints().supervisorQueries, server: "lead-supervisor", context: context)
        } catch {
            return print("督办：暂无（\(error)）")
        }
        switch client.request(.supervisionWeekly, WeeklySupervisionQuery(week: week), expecting: SupervisionLine.self) {
        case .success(let line): print(line.chineseText)
        case .failure(let error): print("督办：暂无（\(error.message)）")
        }
    }
}
