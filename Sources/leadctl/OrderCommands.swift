import ArgumentParser
import LeadMessages
import ZeroMQ

/// `leadctl order LEAD (--unit U | --person ID) --request … --deadline 2023-03-20` (supervisors)
struct OrderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "order", abstract: "Issue a 督办单 on a lead to a unit or a person (supervisors).")
    @OptionGroup var options: ClientOptions
    @Argument(help: "Lead id") var lead: String
    @Option(help: "The responsible unit it is addressed to (as configured)") var unit: String?
    @Option(help: "The person (identity) it is addressed to") var person: String?
    @Option(help: "What must be done (督办事项)") var request: String
    @Option(help: "By when, e.g. 2023-03-20") var deadline: String
    @Option(help: "Idempotency key") var requestId: String?

    func run() throws {
        let command = IssueOrder(
            leadId: lead, unit: unit, person: person, request: request, deadline: deadline,
            requestId: requestId ?? MessageID.make())
        try OrderRequest.send(.supervisionOrder, command, options: options)
    }
}

/// `leadctl acknowledge D-000001` / `leadctl answer D-000001 --answer …` (the addressee)
struct Acknowledge: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Sign for a 督办单 addressed to you (签收).")
    @OptionGroup var options: ClientOptions
    @Argument(help: "Order id, e.g. D-000001") var order: String
    @Option(help: "Idempotency key") var requestId: String?

    func run() throws {
        try OrderRequest.send(
            .supervisionAcknowledge, OrderAction(orderId: order, requestId: requestId ?? MessageID.make()),
            options: options)
    }
}

struct Answer: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Answer a 督办单 addressed to you (办理反馈).")
    @OptionGroup var options: ClientOptions
    @Argument(help: "Order id, e.g. D-000001") var order: String
    @Option(help: "What was done") var answer: String
    @Option(help: "Idempotency key") var requestId: String?

    func run() throws {
        try OrderRequest.send(
            .supervisionAnswer, OrderAction(orderId: order, answer: answer, requestId: requestId ?? MessageID.make()),
            options: options)
    }
}

/// `leadctl orders [--lead L-1] [--state issued] [--overdue] [--mine]`
struct Orders: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List 督办 orders, newest first.")
    @OptionGroup var options: ClientOptions
    @Option(name: .customLong("lead"), help: "Only this lead's") var leadId: String?
    @Option(help: "Only this state: issued, acknowledged, answered (已下达, 已签收, 已反馈)") var state: String?
    @Flag(help: "Only those past their deadline and not answered") var overdue = false
    @Flag(help: "Only those addressed to me") var mine = false
    @Option(help: "Rows to skip") var offset: Int?
    @Option(help: "At most this many (1–500)") var limit: Int?

    func run() throws {
        let context = try ZMQContext()
        let client = try options.client(
            try options.endpoints().supervisorQueries, server: "lead-supervisor", context: context)
        let query = OrderQuery(
            leadId: leadId, state: state, overdue: overdue ? true : nil, mine: mine ? true : nil, offset: offset,
            limit: limit)
        switch client.request(.supervisionOrders, query, expecting: OrderPage.self) {
        case .success(let page):
            if options.json { return Output.json(page) }
            if page.orders.isEmpty { print(options.language == .chinese ? "（没有督办单）" : "(no orders)") }
            for order in page.orders { OrderRequest.print(order, options.language) }
        case .failure(let error): throw Output.fail(error, options: options)
        }
    }
}

/// A 督办 command to lead-supervisor; the order as it is after it, printed.
enum OrderRequest {
    static func send<Command: Codable & Sendable>(_ type: MessageType, _ command: Command, options: ClientOptions)
        throws
    {
        let context = try ZMQContext()
        let client = try options.client(
            try options.endpoints().supervisorQueries, server: "lead-supervisor", context: context)
        switch client.request(type, command, expecting: SupervisionOrder.self) {
        case .success(let order): options.json ? Output.json(order) : print(order, options.language)
        case .failure(let error): throw Output.fail(error, options: options)
        }
    }

    static func print(_ order: SupervisionOrder, _ language: Language) {
        let zh = language == .chinese
        let to = [order.unit, order.person].compactMap { $0 }.joined(separator: ", ")
        Swift.print(
            "\(order.orderId)  \(order.level.label(language))  \(order.state.label(language))  \(order.leadId) "
                + "\(order.companyName) · \(order.projectName)")
        Swift.print(
            "    "
                + (zh
                    ? "对象 \(to)，期限 \(order.deadline)：\(order.request)"
                    : "to \(to), by \(order.deadline): \(order.request)"))
        if let answer = order.answer { Swift.print("    " + (zh ? "反馈：\(answer)" : "answer: \(answer)")) }
        for step in order.escalations ?? [] {
            Swift.print(
                "    "
                    + (zh
                        ? "\(step.on) 升级为\(step.level.chineseLabel)"
                        : "\(step.on) raised to \(step.level.englishLabel)"))
        }
    }
}
