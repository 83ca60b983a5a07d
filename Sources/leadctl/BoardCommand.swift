import ArgumentParser
import LeadMessages
import ZeroMQ

/// `leadctl board [--light red] [--unit …] [--leader …] [--officer …] [--stage …] [--lead L-1]`
struct Board: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The active leads by light, worst first (挂图作战 · 红黄绿灯).")
    @OptionGroup var options: ClientOptions
    @Option(help: "Only this light: green, yellow, red (绿灯, 黄灯, 红灯)") var light: String?
    @Option(help: "Only this responsible unit (责任单位)") var unit: String?
    @Option(help: "Only this leader in charge (包联领导)") var leader: String?
    @Option(help: "Only this officer") var officer: String?
    @Option(help: "Only this stage") var stage: String?
    @Option(name: .customLong("lead"), help: "One lead's light and reasons") var leadId: String?
    @Flag(help: "Only leads whose next follow-up is due by tomorrow (跟进提醒)") var due = false
    @Option(help: "Rows to skip") var offset: Int?
    @Option(help: "At most this many rows (1–500)") var limit: Int?

    func run() throws {
        let context = try ZMQContext()
        let client = try options.client(
            try options.endpoints().supervisorQueries, server: "lead-supervisor", context: context)
        let query = BoardQuery(
            light: light, unit: unit, leader: leader, officer: officer, stage: stage, leadId: leadId,
            due: due ? true : nil, offset: offset, limit: limit)
        switch client.request(.supervisionBoard, query, expecting: SupervisionBoard.self) {
        case .success(let board): options.json ? Output.json(board) : BoardText.print(board, options.language)
        case .failure(let error): throw Output.fail(error, options: options)
        }
    }
}

/// The board for people: counts, then a line per lead with its reasons.
enum BoardText {
    static func print(_ board: SupervisionBoard, _ language: Language) {
        let zh = language == .chinese
        let counts = LightColor.allCases.reversed().map { "\($0.label(language)) \(board.counts[$0.rawValue] ?? 0)" }
        Swift.print((zh ? "截至 \(board.asOf)：" : "As of \(board.asOf): ") + counts.joined(separator: "  "))
        if board.rows.isEmpty { Swift.print(zh ? "（没有符合条件的线索）" : "(no leads match)") }
        for row in board.rows {
            let who = [row.officer, row.responsibility?.unit, row.responsibility?.leader].compactMap { $0 }
            Swift.print(
                [
                    Output.padded(row.light.color.label(language), 6), Output.padded(row.leadId, 10),
                    Output.padded(row.stage.label(language), 8), "\(row.companyName) · \(row.projectName)",
                    who.isEmpty ? "" : "  (\(who.joined(separator: ", ")))",
                ].joined())
            for reason in row.light.reasons { Swift.print("        " + text(reason, zh)) }
            if let next = row.nextFollowUpOn {
                Swift.print("        " + (zh ? "下次跟进 \(next)" : "next follow-up \(next)"))
            }
            if row.light.suggestDrop == true { Swift.print("        " + (zh ? "建议终止" : "consider dropping it")) }
        }
        if board.total > board.rows.count {
            Swift.print(zh ? "共 \(board.total) 条；用 --offset 翻页" : "\(board.total) in all; page with --offset")
        }
    }

    static func text(_ reason: LightReason, _ zh: Bool) -> String {
        switch reason.rule {
        case .stale:
            zh
                ? "\(reason.days)天未跟进（自 \(reason.since)，满\(reason.limitDays)天为\(reason.color.chineseLabel)）"
                : "no activity for \(reason.days) days (since \(reason.since); \(reason.color.rawValue) from \(reason.limitDays))"
        case .milestoneOverdue:
            zh
                ? "计划\(reason.milestone?.chineseLabel ?? "")日期 \(reason.since) 已逾期\(reason.days)天\(reason.defaultDate == true ? "（默认期限）" : "")"
                : "\(reason.milestone?.englishLabel ?? "milestone") was due \(reason.since), \(reason.days) days late\(reason.defaultDate == true ? " (default date)" : "")"
        }
    }
}
