import LeadMessages

/// A lit lead, as the board lists it.
public struct LitLead: Sendable, Equatable {
    public var lead: SupervisedLead
    public var light: LeadLight
    /// The order's keys, worked out once: sorting 100,000 leads compares them about 1.7 million
    /// times, and parsing a lead id on each compare cost seconds.
    private let days: Int
    private let number: Int64

    public init(lead: SupervisedLead, light: LeadLight) {
        self.lead = lead
        self.light = light
        days = light.reasons.first?.days ?? 0
        number = LeadID.number(in: lead.leadId) ?? 0
    }

    /// Worst first: red before yellow before green, then the longest overdue, then by lead id
    /// (by number: L-1000000 comes after L-999999).
    public static func worstFirst(_ a: LitLead, _ b: LitLead) -> Bool {
        if a.light.color != b.light.color { return a.light.color > b.light.color }
        if a.days != b.days { return a.days > b.days }
        return a.number < b.number
    }
}

/// `supervision.board`: the filters read leniently, applied to the lit leads (already worst
/// first), counted by color, paged. Pure.
public enum BoardView {
    public static let defaultLimit = 50
    public static let maxLimit = 500

    /// - Parameter owner: an officer's identity: only their own leads; nil for supervisors.
    public static func make(
        _ query: BoardQuery, from lit: [LitLead], owner: String?, asOf: CivilDate, rules: String
    ) -> Result<SupervisionBoard, ErrorBody> {
        Result {
            let light = try query.light.map { text in
                guard let color = LightColor(lenient: text) else {
                    throw ErrorBody(
                        .invalidField, field: "light",
                        "unknown light '\(text)'; use green, yellow or red / 灯色应为绿灯、黄灯或红灯")
                }
                return color
            }
            let stage = try query.stage.map { text in
                guard let stage = Stage(lenient: text) else {
                    throw ErrorBody(.invalidField, field: "stage", "unknown stage '\(text)' / 未知阶段")
                }
                return stage
            }
            let leadId = try query.leadId.map { text in
                guard let id = LeadID.canonical(text) else {
                    throw ErrorBody(
                        .invalidField, field: "leadId", "'\(text)' is not a lead id like L-000042 / 线索编号格式不正确")
                }
                return id
            }
            let offset = query.offset ?? 0
            guard (0...1_000_000).contains(offset) else {
                throw ErrorBody(.invalidField, field: "offset", "offset must be 0 to 1000000")
            }
            let limit = query.limit ?? defaultLimit
            guard (1...maxLimit).contains(limit) else {
                throw ErrorBody(.invalidField, field: "limit", "limit must be 1 to \(maxLimit) / 每页1至\(maxLimit)条")
            }
            let (unit, leader, officer) = (wanted(query.unit), wanted(query.leader), wanted(query.officer))
            // One pass over indices: 100,000 leads are compared in place, never copied; only the
            // page's rows are built.
            let dueBy = asOf.adding(days: 1)
            var counts: [LightColor: Int] = [.green: 0, .yellow: 0, .red: 0]
            var shown: [Int] = []
            for index in lit.indices {
                let lead = lit[index].lead
                guard owner == nil || lead.owner == owner, leadId == nil || lead.leadId == leadId,
                    stage == nil || lead.stage == stage, unit == nil || lead.responsibility?.unit == unit,
                    leader == nil || lead.responsibility?.leader == leader, officer == nil || lead.officer == officer,
                    query.due != true || (lead.followUps?.nextOn.map { $0 <= dueBy } ?? false)
                else { continue }
                let color = lit[index].light.color
                counts[color, default: 0] += 1
                if light == nil || light == color { shown.append(index) }
            }
            let rows = shown.dropFirst(offset).prefix(limit).map { row(lit[$0]) }
            return SupervisionBoard(
                asOf: asOf, rules: rules,
                counts: Dictionary(uniqueKeysWithValues: counts.map { ($0.key.rawValue, $0.value) }),
                total: shown.count, rows: Array(rows))
        }.mapError { $0 as? ErrorBody ?? ErrorBody(.internalError, "board failed") }
    }

    /// A filter as typed: nil when absent or blank.
    private static func wanted(_ text: String?) -> String? {
        guard let value = text?.trimmingWhitespace, !value.isEmpty else { return nil }
        return value
    }

    static func row(_ entry: LitLead) -> BoardRow {
        let lead = entry.lead
        return BoardRow(
            leadId: lead.leadId, companyName: lead.companyName, projectName: lead.projectName, stage: lead.stage,
            officer: lead.officer, owner: lead.owner, responsibility: lead.responsibility, plan: lead.plan,
            lastActivityOn: lead.lastActivityOn, nextFollowUpOn: lead.followUps?.nextOn, light: entry.light)
    }
}
