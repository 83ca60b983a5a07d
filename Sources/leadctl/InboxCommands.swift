import ArgumentParser
import LeadMessages
import ServiceClient
import ZeroMQ

/// `leadctl inbox [--unread]`: my notifications (通知), newest first.
struct Inbox: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show my notifications (通知), newest first.")
    @OptionGroup var options: ClientOptions
    @Flag(help: "Only those not yet read") var unread = false
    @Option(help: "Rows to skip") var offset: Int?
    @Option(help: "At most this many (1–500)") var limit: Int?

    func run() throws {
        try InboxRequest.send(
            .supervisionInbox, InboxQuery(unread: unread ? true : nil, offset: offset, limit: limit), options: options)
    }
}

/// `leadctl read N-… [N-…] | --all`: mark notifications read.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Mark notifications read (标记已读).")
    @OptionGroup var options: ClientOptions
    @Argument(help: "Notification ids") var ids: [String] = []
    @Flag(help: "Every unread notification of mine") var all = false

    func run() throws {
        try InboxRequest.send(
            .supervisionRead, MarkRead(notificationIds: ids.isEmpty ? nil : ids, all: all ? true : nil),
            options: options)
    }
}

enum InboxRequest {
    static func send<Body: Codable & Sendable>(_ type: MessageType, _ body: Body, options: ClientOptions) throws {
        let context = try ZMQContext()
        let client = try options.client(
            try options.endpoints().supervisorQueries, server: "lead-supervisor", context: context)
        switch client.request(type, body, expecting: InboxPage.self) {
        case .success(let page):
            if options.json { return Output.json(page) }
            let zh = options.language == .chinese
            print(zh ? "未读 \(page.unread) 条，共 \(page.total) 条" : "\(page.unread) unread of \(page.total)")
            for item in page.items {
                let note = item.notification
                let mark = item.readAt == nil ? "●" : " "
                print("\(mark) \(note.createdAt)  \(note.notificationId)")
                print("  \(note.title)")
                print("  \(note.text)")
            }
        case .failure(let error): throw Output.fail(error, options: options)
        }
    }
}
