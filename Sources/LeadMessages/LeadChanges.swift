/// What changed between two versions of a lead, one phrase per field, for people reading a
/// lead's history (`lead.history`): `阶段: 线索 → 签约`. Pure.
public enum LeadChanges {
    public static func describe(from old: Lead, to new: Lead, _ language: Language) -> [String] {
        let chinese = language == .chinese
        var lines: [String] = []
        func compare(_ zh: String, _ en: String, _ before: String?, _ after: String?) {
            let (was, now) = (before ?? "", after ?? "")
            guard was != now else { return }
            lines.append("\(chinese ? zh : en): \(was.isEmpty ? "—" : was) → \(now.isEmpty ? "—" : now)")
        }
        func date(_ instant: Timestamp) -> String { instant.businessDate.description }
        compare("阶段", "Stage", old.stage.label(language), new.stage.label(language))
        compare("签约金额", "Signed amount", old.signing?.amountYuan.displayString, new.signing?.amountYuan.displayString)
        compare("签约时间", "Signed at", old.signing.map { date($0.signedAt) }, new.signing.map { date($0.signedAt) })
        for increase in (new.capitalIncreases ?? []).dropFirst(old.capitalIncreases?.count ?? 0) {
            let amount = increase.amountYuan.displayString
            lines.append(
                chinese
                    ? "增资 \(amount)（\(date(increase.increasedAt))）"
                    : "capital increase \(amount) (\(date(increase.increasedAt)))")
        }
        compare("企业名称", "Company", old.companyName, new.companyName)
        compare("总部所在地", "Headquarters", old.headquarters, new.headquarters)
        compare("项目名称", "Project", old.projectName, new.projectName)
        compare("产业", "Industry", old.industry?.label(language), new.industry?.label(language))
        compare(
            "预计投资额", "Estimated investment", old.estimatedInvestmentYuan?.displayString,
            new.estimatedInvestmentYuan?.displayString)
        compare("载体园区", "Carrier park", old.carrierPark, new.carrierPark)
        compare("负责人", "Officer", old.officer, new.officer)
        compare("包联领导", "Leader in charge", old.responsibility?.leader, new.responsibility?.leader)
        compare("责任单位", "Responsible unit", old.responsibility?.unit, new.responsibility?.unit)
        compare(
            "专班", "Team", old.responsibility?.team?.joined(separator: "、"),
            new.responsibility?.team?.joined(separator: "、"))
        let (was, now) = (old.plan ?? MilestonePlan(), new.plan ?? MilestonePlan())
        compare("计划接洽", "Contact by", was.contactBy?.description, now.contactBy?.description)
        compare("计划签约", "Sign by", was.signBy?.description, now.signBy?.description)
        compare("计划开工", "Start by", was.startBy?.description, now.startBy?.description)
        compare("计划投产", "Operate by", was.operateBy?.description, now.operateBy?.description)
        return lines
    }

    /// `跟进（外出招商 2023-03-05 → 深圳）：洽谈选址`.
    public static func describe(_ contact: FollowUp, _ language: Language) -> String {
        let place = contact.destination.map { " → \($0)" } ?? ""
        let next = contact.nextOn.map { language == .chinese ? "，下次跟进 \($0)" : "; next \($0)" } ?? ""
        return language == .chinese
            ? "跟进（\(contact.kind.chineseLabel) \(contact.on)\(place)）：\(contact.summary)\(next)"
            : "Follow-up (\(contact.kind.englishLabel) \(contact.on)\(place)): \(contact.summary)\(next)"
    }

    /// Each entry of a history with what it did: `录入` for the first, the changes after.
    public static func describe(_ history: LeadHistory, _ language: Language) -> [(
        entry: LeadHistoryEntry, what: String
    )] {
        var previous: Lead?
        return history.entries.map { entry in
            defer { previous = entry.event.lead }
            guard let previous else { return (entry, language == .chinese ? "录入" : "Created") }
            var changes = describe(from: previous, to: entry.event.lead, language)
            if let contact = entry.event.followUp { changes.insert(describe(contact, language), at: 0) }
            return (entry, changes.isEmpty ? "—" : changes.joined(separator: language == .chinese ? "；" : "; "))
        }
    }
}
