import LeadMessages

/// Human-readable leads, in Chinese or English.
enum LeadText {
    static func printDetail(_ lead: Lead, _ language: Language) {
        let zh = language == .chinese
        var rows: [(String, String)] = [
            (zh ? "线索编号" : "Lead", lead.leadId),
            (zh ? "企业名称" : "Company", lead.companyName),
            (zh ? "总部所在地" : "Headquarters", lead.headquarters),
            (zh ? "项目名称" : "Project", lead.projectName),
            (zh ? "阶段" : "Stage", lead.stage.label(language)),
        ]
        if let industry = lead.industry { rows.append((zh ? "产业" : "Industry", industry.label(language))) }
        if let amount = lead.estimatedInvestmentYuan { rows.append((zh ? "预计投资" : "Estimated", amount.yiString())) }
        if let channel = lead.channel { rows.append((zh ? "招商方式" : "Channel", channel.label(language))) }
        if let parent = lead.parentCompany { rows.append((zh ? "上级单位" : "Parent", parent)) }
        if let officer = lead.officer { rows.append((zh ? "负责人" : "Officer", officer)) }
        if let park = lead.carrierPark { rows.append((zh ? "载体园区" : "Carrier park", park)) }
        if let ownership = lead.ownership { rows.append((zh ? "资本来源" : "Ownership", ownership.label(language))) }
        if let signing = lead.signing {
            rows.append(
                (zh ? "签约金额" : "Signed amount", "\(signing.amountYuan.yiString()) (\(signing.amountYuan.yuanString) 元)")
            )
            rows.append(
                (zh ? "签约时间" : "Signed at", "\(signing.signedAt)  (\(BusinessCalendar.week(of: signing.signedAt)))"))
        }
        for increase in lead.capitalIncreases ?? [] {
            rows.append((zh ? "增资" : "Capital increase", "\(increase.amountYuan.yiString())  \(increase.increasedAt)"))
        }
        if let description = lead.description { rows.append((zh ? "描述" : "Description", description)) }
        rows += responsibilityRows(lead, zh)
        rows.append((zh ? "更新时间" : "Updated", lead.updatedAt.description))
        Output.table(rows)
    }

    /// 包联领导, 责任单位, 专班, the milestone plan and the follow-ups (protocol 1.8).
    static func responsibilityRows(_ lead: Lead, _ zh: Bool) -> [(String, String)] {
        var rows: [(String, String)] = []
        if let leader = lead.responsibility?.leader { rows.append((zh ? "包联领导" : "Leader in charge", leader)) }
        if let unit = lead.responsibility?.unit { rows.append((zh ? "责任单位" : "Responsible unit", unit)) }
        if let team = lead.responsibility?.team { rows.append((zh ? "专班" : "Team", team.joined(separator: "、"))) }
        let plan = lead.plan ?? MilestonePlan()
        let planned: [(String, String, CivilDate?)] = [
            ("计划接洽", "Contact by", plan.contactBy), ("计划签约", "Sign by", plan.signBy),
            ("计划开工", "Start by", plan.startBy), ("计划投产", "Operate by", plan.operateBy),
        ]
        for (chinese, english, date) in planned {
            if let date { rows.append((zh ? chinese : english, date.description)) }
        }
        if let followUps = lead.followUps {
            let trips = followUps.trips > 0 ? (zh ? "，外出招商\(followUps.trips)次" : ", \(followUps.trips) trips") : ""
            rows.append(
                (
                    zh ? "跟进" : "Follow-ups",
                    zh
                        ? "\(followUps.count)次\(trips)，最近 \(followUps.lastOn)"
                        : "\(followUps.count)\(trips), last \(followUps.lastOn)"
                ))
            if let next = followUps.nextOn { rows.append((zh ? "下次跟进" : "Next follow-up", next.description)) }
        }
        return rows
    }

    static func printList(_ page: LeadPage, _ language: Language) {
        let zh = language == .chinese
        if page.leads.isEmpty {
            print(zh ? "（没有线索）" : "(no leads)")
            return
        }
        print(
            [
                Output.padded(zh ? "编号" : "Lead", 10), Output.padded(zh ? "阶段" : "Stage", 12),
                Output.padded(zh ? "企业" : "Company", 30), zh ? "项目" : "Project",
            ].joined())
        for lead in page.leads {
            print(
                [
                    Output.padded(lead.leadId, 10), Output.padded(lead.stage.label(language), 12),
                    Output.padded(lead.companyName, 30), lead.projectName,
                ].joined())
        }
        if let next = page.next { print(zh ? "更多：--after \(next)" : "more: --after \(next)") }
    }
}
