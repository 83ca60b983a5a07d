import LeadMessages

/// What is worth telling whom, and in which words (protocol 1.9). Pure: the previous light, the
/// day and the time are arguments. Each notice's id is made from its cause, so deciding twice (a
/// replay, a restart) makes the same notice, which the outbox then keeps once.
public enum Notices {
    /// A lead's light changed from `previous` (nil: green or never seen) to `light`: a notice when
    /// it got worse, to its officer, and for red to its 包联领导 as well. Turning better tells no one.
    public static func light(
        _ lead: SupervisedLead, _ light: LeadLight?, previous: LightColor?, on today: CivilDate, at now: Timestamp
    ) -> LeadNotification? {
        guard let light, light.color != .green, light.color > (previous ?? .green) else { return nil }
        let red = light.color == .red
        let recipients = unique([lead.owner, red ? lead.responsibility?.leader : nil])
        guard !recipients.isEmpty else { return nil }
        let why = light.reasons.first.map(describe) ?? ""
        return LeadNotification(
            notificationId: "N-\(lead.leadId)-\(light.color.rawValue)-\(today)",
            kind: red ? .lightRed : .lightYellow, recipients: recipients, leadId: lead.leadId,
            title: "【\(light.color.chineseLabel)】\(lead.leadId) \(lead.companyName)",
            text: "\(lead.projectName)：\(why)。请及时跟进。", createdAt: now)
    }

    /// A lead whose next follow-up falls on the day after `today`: a reminder to its officer.
    public static func followUpDue(_ lead: SupervisedLead, on today: CivilDate, at now: Timestamp)
        -> LeadNotification?
    {
        guard let next = lead.followUps?.nextOn, next == today.adding(days: 1), let owner = lead.owner else {
            return nil
        }
        return LeadNotification(
            notificationId: "N-\(lead.leadId)-due-\(next)", kind: .followUpDue, recipients: [owner],
            leadId: lead.leadId, title: "【跟进提醒】\(lead.leadId) \(lead.companyName)",
            text: "\(lead.projectName)：计划于 \(next)（明天）跟进。", createdAt: now)
    }

    /// The city found another district pursuing the lead's company (protocol 1.11): to the
    /// lead's officer and its 包联领导, saying which district and who keeps priority (首报首谈).
    /// The notice names the other district only, never its lead.
    public static func cityConflict(_ notice: CityNotice, _ lead: SupervisedLead, at now: Timestamp)
        -> LeadNotification?
    {
        let recipients = unique([lead.owner, lead.responsibility?.leader])
        guard !recipients.isEmpty else { return nil }
        let what = notice.kind == "same-project" ? "同一项目" : "该企业"
        let priority: String
        switch (notice.decisionReason, notice.priority == "yours") {
        case (let reason?, true): priority = "市局裁决由本区继续洽谈（\(reason)）。"
        case (let reason?, false): priority = "市局裁决由\(notice.otherDistrictName)继续洽谈（\(reason)）；请停止竞争性洽谈。"
        case (nil, true): priority = "本区首报，按首报首谈保有优先权；请加快推进。"
        case (nil, false):
            priority = "\(notice.otherDistrictName)首报，按首报首谈优先权归\(notice.otherDistrictName)；请暂停竞争性洽谈，如有异议请报市局裁决。"
        }
        // Each notice of the city is a notification of its own (a change of priority, a decision),
        // and a notice fetched twice is the same one.
        return LeadNotification(
            notificationId: "N-\(lead.leadId)-city-\(notice.noticeId)", kind: .cityConflict, recipients: recipients,
            leadId: lead.leadId, title: "【跨区冲突】\(lead.leadId) \(lead.companyName)",
            text: "\(notice.otherDistrictName)也在洽谈\(what)（\(lead.projectName)）。\(priority)", createdAt: now)
    }

    /// A new order: to the person it names and the members of the unit it names.
    public static func orderIssued(_ order: SupervisionOrder, units: Units, at now: Timestamp) -> LeadNotification? {
        let recipients = addressees(order, units: units)
        guard !recipients.isEmpty else { return nil }
        return LeadNotification(
            notificationId: "N-\(order.orderId)-issued", kind: .orderIssued, recipients: recipients,
            leadId: order.leadId, orderId: order.orderId,
            title: "【督办】\(order.orderId) \(order.companyName)",
            text: "\(order.projectName)：\(order.request)。请于 \(order.deadline) 前反馈。", createdAt: now)
    }

    /// An order raised to `order.level`: to its addressees and whoever issued it, and at the
    /// leader's level to the lead's 包联领导 as well.
    public static func orderOverdue(_ order: SupervisionOrder, units: Units, at now: Timestamp) -> LeadNotification? {
        let leader = order.level == .leader ? order.leader : nil
        let recipients = unique(addressees(order, units: units) + [order.issuedBy, leader])
        guard !recipients.isEmpty else { return nil }
        return LeadNotification(
            notificationId: "N-\(order.orderId)-\(order.level.rawValue)", kind: .orderOverdue, recipients: recipients,
            leadId: order.leadId, orderId: order.orderId,
            title: "【\(order.level.chineseLabel)】\(order.orderId) \(order.companyName) 逾期未反馈",
            text: "\(order.projectName)：\(order.request)。反馈期限 \(order.deadline) 已过，已升级为\(order.level.chineseLabel)。",
            createdAt: now)
    }

    /// The reason in words: 已 95 天未跟进（红灯线 90 天）, 开工节点 2023-05-01 已逾期 31 天.
    public static func describe(_ reason: LightReason) -> String {
        switch reason.rule {
        case .stale:
            "自 \(reason.since) 起已 \(reason.days) 天未跟进（\(reason.color.chineseLabel)线 \(reason.limitDays) 天）"
        case .milestoneOverdue:
            "\(reason.milestone?.chineseLabel ?? "")节点 \(reason.since) 已逾期 \(reason.days) 天"
                + (reason.defaultDate == true ? "（默认节点）" : "")
        }
    }

    static func addressees(_ order: SupervisionOrder, units: Units) -> [String] {
        let members = order.unit.map { (units.members[$0] ?? []).sorted() } ?? []
        return unique([order.person] + members)
    }

    /// In order, each once, without empties.
    public static func unique(_ identities: [String?]) -> [String] {
        var seen: Set<String> = []
        return identities.compactMap { $0?.trimmingWhitespace.nilIfEmpty }.filter { seen.insert($0).inserted }
    }
}
