import ArgumentParser
import LeadMessages
import ZeroMQ

/// `leadctl recommendation LEAD`
struct RecommendationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recommendation", abstract: "Show the matcher's recommendation for a lead (匹配推荐).")
    @OptionGroup var options: ClientOptions
    @Argument(help: "Lead id") var lead: String

    func run() throws {
        let context = try ZMQContext()
        let client = options.client(try options.endpoints().matcherQueries, context: context)
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

/// `leadctl report weekly [--week 2023-W10]`
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Signing reports (签约报告).", subcommands: [Weekly.self])

    struct Weekly: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The weekly signing report (周报告).")
        @OptionGroup var options: ClientOptions
        @Option(help: "ISO week, e.g. 2023-W10 (default: this week in Beijing)") var week: String?

        func run() throws {
            let context = try ZMQContext()
            let client = options.client(try options.endpoints().reporterQueries, context: context)
            switch client.request(.reportWeekly, WeeklyReportQuery(week: week), expecting: WeeklyReport.self) {
            case .success(let report): options.json ? Output.json(report) : ReportText.print(report, options.language)
            case .failure(let error): throw Output.fail(error, options: options)
            }
        }
    }
}

enum ReportText {
    static func print(_ report: WeeklyReport, _ language: Language) {
        let zh = language == .chinese
        Swift.print(
            zh
                ? "招商引资签约周报告 \(report.week)（\(report.weekStart) 至 \(report.weekEnd)）"
                : "Weekly signing report \(report.week) (\(report.weekStart) to \(report.weekEnd))")
        var rows: [(String, String)] = [
            (zh ? "本周签约项目" : "Signed this week", "\(report.signedProjects)"),
            (zh ? "本周签约金额" : "Amount this week", report.signedAmountYuan.yiString()),
            (zh ? "\(report.year)年累计项目" : "\(report.year) to date", "\(report.ytdProjects)"),
            (zh ? "\(report.year)年累计金额" : "\(report.year) amount to date", report.ytdAmountYuan.yiString()),
        ]
        if let projects = report.targetProjects, let amount = report.targetAmountYuan {
            rows.append((zh ? "年度目标" : "Annual target", "\(projects) \(zh ? "个" : "projects"), \(amount.yiString())"))
            rows.append(
                (
                    zh ? "完成进度" : "Progress",
                    progress(report.ytdProjects, of: projects) + " / " + progress(report.ytdAmountYuan, of: amount)
                ))
        } else {
            rows.append((zh ? "年度目标" : "Annual target", zh ? "未配置" : "not configured"))
        }
        Output.table(rows)
        if !report.projects.isEmpty {
            Swift.print(zh ? "本周签约项目：" : "Projects signed this week:")
            for project in report.projects {
                Swift.print(
                    "  \(project.leadId)  \(project.signedOn)  \(Output.padded(project.amountYuan.yiString(), 12)) \(project.companyName) · \(project.projectName)"
                )
            }
        }
    }

    private static func progress(_ done: Int, of target: Int) -> String {
        target > 0 ? "\(done * 1000 / target / 10).\(done * 1000 / target % 10)%" : "-"
    }

    private static func progress(_ done: Money, of target: Money) -> String {
        guard target.fen > 0 else { return "-" }
        let permille = done.fen.multipliedReportingOverflow(by: 1000)
        guard !permille.overflow else { return "-" }
        let value = permille.partialValue / target.fen
        return "\(value / 10).\(value % 10)%"
    }
}
