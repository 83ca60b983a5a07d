import ArgumentParser
import Foundation
import LeadMessages
import Reporting
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
        let classes = r.enterpriseClasses.map { $0.label(language) }.joined(separator: zh ? "、" : ", ")
        Output.table([
            (zh ? "线索编号" : "Lead", r.leadId),
            (zh ? "区域" : "Region", r.region.label(language) + (r.matchedPlace.map { "（\($0)）" } ?? "")),
            (zh ? "企业类别" : "Classes", classes.isEmpty ? (zh ? "无" : "none") : classes),
            (
                zh ? "产业" : "Industry",
                r.industry.label(language)
                    + (r.industrySource == .officer ? (zh ? "（专员选定）" : " (officer)") : (zh ? "（推断）" : " (inferred)"))
            ),
            (zh ? "优先级" : "Priority", r.priority.rawValue),
            (zh ? "建议" : "Action", r.action),
        ])
        print(zh ? "依据：" : "Why:")
        for reason in r.reasons { print("  - \(reason)") }
    }
}

/// `leadctl report weekly|monthly|quarterly|yearly [--week 2023-W10 | --month 2023-03 | …]
/// [--format table|json|csv|md|html] [--out FILE]`
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Signing reports: 周报告, 月督查, 季通报, 年考核.",
        subcommands: [Weekly.self, Monthly.self, Quarterly.self, Yearly.self])

    struct Weekly: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The weekly report (周报告).")
        @OptionGroup var output: ReportOutput
        @Option(help: "ISO week, e.g. 2023-W10 (default: this week in Beijing)") var week: String?
        func run() throws { try output.fetchAndPrint(period: week, kind: .week) }
    }

    struct Monthly: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The monthly report (月督查).")
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
        static let configuration = CommandConfiguration(abstract: "The annual report (年考核).")
        @OptionGroup var output: ReportOutput
        @Option(help: "Year, e.g. 2023 (default: this year)") var year: String?
        func run() throws { try output.fetchAndPrint(period: year, kind: .year) }
    }
}

/// How a report is fetched and written: the shared flags of every report subcommand.
struct ReportOutput: ParsableArguments {
    @OptionGroup var options: ClientOptions
    @Option(help: "table (default), json, csv, md or html") var format: String?
    @Option(help: "Write to this file instead of standard output") var out: String?

    func validate() throws {
        if let format, ReportFormat(rawValue: format.lowercased()) == nil {
            throw ValidationError("--format must be one of: table, json, csv, md, html")
        }
    }

    func fetchAndPrint(period: String?, kind: PeriodKind) throws {
        let context = try ZMQContext()
        let client = try options.client(
            try options.endpoints().reporterQueries, server: "lead-reporter", context: context)
        let result: Result<PeriodReport, ErrorBody> =
            kind == .week
            ? client.request(.reportWeekly, WeeklyReportQuery(week: period), expecting: PeriodReport.self)
            : client.request(
                .reportPeriod, PeriodReportQuery(period: period, kind: kind.rawValue), expecting: PeriodReport.self)
        switch result {
        case .success(let report):
            let chosen = format.flatMap { ReportFormat(rawValue: $0.lowercased()) } ?? (options.json ? .json : .table)
            let text =
                chosen == .json && out == nil
                ? ReportRenderer.compactJSON(report)
                : ReportRenderer.render(report, as: chosen, language: options.language)
            if let out {
                do {
                    try Data(text.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
                } catch {
                    throw ValidationError("cannot write \(out): \(error.localizedDescription)")
                }
            } else {
                print(text, terminator: "")
            }
        case .failure(let error):
            throw Output.fail(error, options: options)
        }
    }
}
