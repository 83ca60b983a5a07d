import ArgumentParser
import LeadMessages

/// `leadctl milestone LEAD 开工 --on 2023-05-08 --evidence 施工许可证…`
struct MilestoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "milestone", abstract: "Record 开工, 入统, 投产, 达产 or 上规 on a signed project, with its evidence.",
        discussion: "Recording a milestone again corrects its date and evidence (kept in the lead's history).")
    @OptionGroup var options: ClientOptions
    @Argument(help: "Lead id") var lead: String
    @Argument(help: "started 开工, registered 入统, operating 投产, full-production 达产, above-scale 上规")
    var milestone: String
    @Option(help: "The date reached, e.g. 2023-05-08 (default: today in Beijing)") var on: String?
    @Option(help: "What shows it: a permit, a statistics registration, a ceremony") var evidence: String
    @Option(help: "Idempotency key") var requestId: String?

    func run() throws {
        let command = RecordMilestone(
            leadId: lead, milestone: milestone, on: on ?? Timestamp.now().businessDate.description,
            evidence: evidence, requestId: requestId ?? MessageID.make())
        try LeadChangeRequest.send(.leadMilestone, command, options: options)
    }
}

/// `leadctl funds LEAD 1.2亿 --origin 省外 [--on 2023-06-30] [--corrects F-2 --reason …]`
struct FundsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "funds", abstract: "Record funds in place (实际到位资金) on a signed project, or correct an entry.",
        discussion:
            "A correction names the entry it replaces (--corrects F-2) and why (--reason); an amount of 0 in a correction withdraws the entry."
    )
    @OptionGroup var options: ClientOptions
    @Argument(help: "Lead id") var lead: String
    @Argument(help: "Amount, e.g. 1.2亿 or 3000万") var amount: String
    @Option(help: "outside-province 省外, outside-city 市外省内, overseas 境外") var origin: String
    @Option(help: "The date the funds arrived, e.g. 2023-06-30 (default: today in Beijing)") var on: String?
    @Option(help: "A note (bank slip, account)") var note: String?
    @Option(help: "The entry this one replaces, e.g. F-2") var corrects: String?
    @Option(help: "Why the entry is corrected (required with --corrects)") var reason: String?
    @Option(help: "Idempotency key") var requestId: String?

    func run() throws {
        let command = RecordFunds(
            leadId: lead, amount: amount, on: on ?? Timestamp.now().businessDate.description, origin: origin,
            note: note, corrects: corrects, reason: reason, requestId: requestId ?? MessageID.make())
        try LeadChangeRequest.send(.leadFunds, command, options: options)
    }
}

/// `leadctl edit LEAD --company … --project …`
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Correct a lead's fields as typed.",
        discussion: "An option left out keeps its value; an empty one (--description \"\") clears it.")
    @OptionGroup var options: ClientOptions
    @Argument(help: "Lead id") var lead: String
    @Option(name: .customLong("company"), help: "企业名称") var companyName: String?
    @Option(help: "总部所在地") var headquarters: String?
    @Option(name: .customLong("project"), help: "项目名称") var projectName: String?
    @Option(help: "产业") var industry: String?
    @Option(help: "项目简介") var description: String?
    @Option(name: .customLong("investment"), help: "预计投资额, e.g. 12亿") var estimatedInvestment: String?
    @Option(help: "招商方式") var channel: String?
    @Option(name: .customLong("parent"), help: "母公司") var parentCompany: String?
    @Option(name: .customLong("park"), help: "载体园区") var carrierPark: String?
    @Option(help: "资本来源: mainland, hong-kong, macao, taiwan, foreign") var ownership: String?
    @Option(help: "Idempotency key") var requestId: String?

    func run() throws {
        let command = EditLead(
            leadId: lead, companyName: companyName, headquarters: headquarters, projectName: projectName,
            industry: industry, description: description, estimatedInvestment: estimatedInvestment, channel: channel,
            parentCompany: parentCompany, carrierPark: carrierPark, ownership: ownership,
            requestId: requestId ?? MessageID.make())
        try LeadChangeRequest.send(.leadEdit, command, options: options)
    }
}
