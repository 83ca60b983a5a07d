import ArgumentParser
import LeadMessages
import ZeroMQ

/// `leadctl follow-up LEAD --kind 拜访 --summary … [--on 2023-03-05] [--next 2023-03-20]`
struct FollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "follow-up", abstract: "Record a contact with the company (跟进记录).",
        discussion:
            "Kinds: \(FollowUpKind.allCases.map { "\($0.rawValue) \($0.chineseLabel)" }.joined(separator: ", ")).")
    @OptionGroup var options: ClientOptions
    @Argument(help: "Lead id") var lead: String
    @Option(help: "How: call 电话, visit 拜访, inspection 来访考察, negotiation 洽谈, ceremony 签约仪式, outbound 外出招商, other")
    var kind: String
    @Option(help: "What was said and agreed (跟进内容)") var summary: String
    @Option(help: "The contact's date, e.g. 2023-03-05 (default: today in Beijing)") var on: String?
    @Option(help: "Who was met") var people: String?
    @Option(help: "Where") var place: String?
    @Option(help: "For an outbound trip (外出招商): the city visited") var destination: String?
    @Option(help: "The next step") var nextStep: String?
    @Option(name: .customLong("next"), help: "The next follow-up date, e.g. 2023-03-20") var nextFollowUpOn: String?
    @Option(help: "Idempotency key") var requestId: String?

    func run() throws {
        let command = RecordFollowUp(
            leadId: lead, on: on ?? Timestamp.now().businessDate.description, kind: kind, people: people,
            place: place, destination: destination, summary: summary, nextStep: nextStep,
            nextFollowUpOn: nextFollowUpOn, requestId: requestId ?? MessageID.make())
        try LeadChangeRequest.send(.leadFollowUp, command, options: options)
    }
}

/// `leadctl assign LEAD --reason … [--leader …] [--unit …] [--team a,b] [--owner ID --officer 名字]`
struct Assign: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Assign who answers for a lead, or hand it to another officer (分包、流转; supervisors).",
        discussion: "An option left out keeps its value; an empty one (--unit \"\") clears it.")
    @OptionGroup var options: ClientOptions
    @Argument(help: "Lead id") var lead: String
    @Option(help: "Why (recorded with the change)") var reason: String
    @Option(help: "包联领导: the leader who answers for it") var leader: String?
    @Option(help: "责任单位: the responsible unit") var unit: String?
    @Option(help: "专班: its team, names separated by commas (，or ,)") var team: String?
    @Option(help: "Hand the lead to this identity (流转): its new owner") var owner: String?
    @Option(help: "The officer's name as shown with the lead") var officer: String?
    @Option(help: "Idempotency key") var requestId: String?

    func run() throws {
        let members = team.map { text in
            text.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" }).map(String.init)
        }
        let command = AssignLead(
            leadId: lead, leader: leader, unit: unit, team: members, owner: owner, officer: officer, reason: reason,
            requestId: requestId ?? MessageID.make())
        try LeadChangeRequest.send(.leadAssign, command, options: options)
    }
}

/// `leadctl plan LEAD [--contact-by D] [--sign-by D] [--start-by D] [--operate-by D]`
struct Plan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Set a lead's planned milestone dates (倒排工期).",
        discussion: "Dates like 2023-06-30; an option left out keeps its date; an empty one clears it.")
    @OptionGroup var options: ClientOptions
    @Argument(help: "Lead id") var lead: String
    @Option(help: "计划接洽") var contactBy: String?
    @Option(help: "计划签约") var signBy: String?
    @Option(help: "计划开工") var startBy: String?
    @Option(help: "计划投产") var operateBy: String?
    @Option(help: "Idempotency key") var requestId: String?

    func run() throws {
        let command = PlanMilestones(
            leadId: lead, contactBy: contactBy, signBy: signBy, startBy: startBy, operateBy: operateBy,
            requestId: requestId ?? MessageID.make())
        try LeadChangeRequest.send(.leadPlan, command, options: options)
    }
}

/// A change of one lead sent to intake; the lead as it is after it, printed.
enum LeadChangeRequest {
    static func send<Command: Codable & Sendable>(_ type: MessageType, _ command: Command, options: ClientOptions)
        throws
    {
        let context = try ZMQContext()
        let client = try options.client(try options.endpoints().intakeCommands, server: "lead-intake", context: context)
        switch client.request(type, command, expecting: Lead.self) {
        case .success(let lead): options.json ? Output.json(lead) : LeadText.printDetail(lead, options.language)
        case .failure(let error): throw Output.fail(error, options: options)
        }
    }
}
