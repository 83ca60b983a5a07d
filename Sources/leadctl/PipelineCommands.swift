import ArgumentParser
import LeadMessages
import ZeroMQ

/// `leadctl history LEAD`: who changed what, when (线索历史).
struct History: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show a lead's history: every change, who, when (线索历史).")
    @OptionGroup var options: ClientOptions
    @Argument(help: "Lead id, e.g. L-000042 or 42") var lead: String

    func run() throws {
        let context = try ZMQContext()
        let client = try options.client(try options.endpoints().intakeCommands, server: "lead-intake", context: context)
        switch client.request(.leadHistory, LeadReference(leadId: lead), expecting: LeadHistory.self) {
        case .success(let history):
            if options.json { return Output.json(history) }
            for (entry, what) in LeadChanges.describe(history, options.language) {
                let lead = entry.event.lead
                print(
                    "\(lead.updatedAt.inOffset(minutes: 480))  #\(entry.event.sequence)  "
                        + "\(Output.padded(lead.updatedBy ?? lead.owner ?? "-", 12))\(what)")
            }
        case .failure(let error): throw Output.fail(error, options: options)
        }
    }
}

/// `leadctl pipeline [filters] [--sort S] [--desc]`: the pipeline as the matcher classified it.
struct PipelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline",
        abstract: "The pipeline with each lead's region, class and tier, filtered and sorted (线索库筛选).")
    @OptionGroup var options: ClientOptions
    @Option(help: "阶段: \(Stage.wireValueList) or its Chinese name") var stage: String?
    @Option(help: "区域: \(Region.wireValueList) or 京津冀/长三角/大湾区") var region: String?
    @Option(name: .customLong("class"), help: "企业类别: \(EnterpriseClass.wireValueList) or 大型央企/港资企业/500强企业")
    var enterpriseClass: String?
    @Option(help: "产业: \(Industry.wireValueList) or its Chinese name") var industry: String?
    @Option(help: "等级 A, B or C") var tier: String?
    @Option(help: "负责人, exactly") var officer: String?
    @Option(help: "载体园区, exactly") var park: String?
    @Option(help: "Part of the company or project name") var search: String?
    @Option(help: "Sort by: \(PipelineSort.wireValueList)") var sort: String?
    @Flag(help: "Largest first") var desc = false
    @Option(help: "Skip this many") var offset: Int?
    @Option(help: "At most this many (1–500, default 50)") var limit: Int?

    func run() throws {
        let context = try ZMQContext()
        let client = try options.client(
            try options.endpoints().matcherQueries, server: "lead-matcher", context: context)
        let query = PipelineQuery(
            stage: stage, region: region, enterpriseClass: enterpriseClass, industry: industry, tier: tier,
            officer: officer, park: park, text: search, sort: sort, descending: desc, offset: offset, limit: limit)
        switch client.request(.pipelineQuery, query, expecting: PipelineView.self) {
        case .success(let view): options.json ? Output.json(view) : printText(view)
        case .failure(let error): throw Output.fail(error, options: options)
        }
    }

    private func printText(_ view: PipelineView) {
        let language = options.language
        let zh = language == .chinese
        print(
            zh
                ? "共 \(view.total) 条，显示第 \(view.offset + 1) 起 \(view.leads.count) 条"
                : "\(view.total) leads; \(view.leads.count) from #\(view.offset + 1)")
        for lead in view.leads {
            let classes = lead.enterpriseClasses.map { $0.label(language) }.joined(separator: zh ? "、" : ", ")
            print(
                [
                    Output.padded(lead.leadId, 10), Output.padded(lead.tier.rawValue, 3),
                    Output.padded(lead.stage.label(language), 12), Output.padded(lead.region.label(language), 12),
                    Output.padded(lead.estimatedInvestmentYuan?.yiString() ?? "-", 14),
                    "\(lead.companyName) · \(lead.projectName)" + (classes.isEmpty ? "" : " [\(classes)]"),
                ].joined())
        }
    }
}

/// `leadctl duplicates --company C --project P`: would this lead duplicate one in the pipeline?
struct Duplicates: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Before submitting: the same company's leads, most similar project first (查重).")
    @OptionGroup var options: ClientOptions
    @Option(help: "企业名称") var company: String
    @Option(help: "项目名称") var project: String = ""

    func run() throws {
        let context = try ZMQContext()
        let client = try options.client(
            try options.endpoints().matcherQueries, server: "lead-matcher", context: context)
        let check = DuplicateCheck(companyName: company, projectName: project)
        switch client.request(.duplicatesCheck, check, expecting: DuplicateCheckResult.self) {
        case .success(let result):
            if options.json { return Output.json(result) }
            let zh = options.language == .chinese
            if result.possibleDuplicates.isEmpty { print(zh ? "没有同一企业的线索" : "No lead of this company") }
            for duplicate in result.possibleDuplicates {
                let mark =
                    duplicate.likelyDuplicate ? (zh ? "疑似重复" : "likely duplicate") : (zh ? "项目不同" : "other project")
                print(
                    "\(duplicate.leadId)  \(duplicate.similarityPercent)  \(mark)  "
                        + "\(duplicate.companyName) · \(duplicate.projectName)（\(duplicate.stage.label(options.language))）"
                )
            }
        case .failure(let error): throw Output.fail(error, options: options)
        }
    }
}
