import LeadMessages

/// 签约后 on a signed lead's page (issue 16): its milestones (开工 … 上规) with their evidence, its
/// funds in place against the contract, and the forms that record them. A correction of a funds
/// entry names the entry and why; an amount of 0 withdraws it.
enum AfterSigningSection {
    static func render(_ lead: Lead, today: CivilDate, names: [String: String], texts t: Texts, session: WebSession)
        -> String
    {
        guard lead.signing != nil else { return "" }
        let hidden = "<input type=\"hidden\" name=\"_csrf\" value=\"\(session.csrf)\">"
        let reached = lead.milestones?.reached ?? []
        let milestoneRows = reached.map { milestone, record in
            "<tr><td>\(milestone.label(t.language))</td><td>\(record.on)</td><td>\(HTML.escape(record.evidence))</td>"
                + "<td>\(HTML.escape(names[record.recordedBy] ?? record.recordedBy))</td></tr>"
        }.joined()
        let milestoneTable =
            reached.isEmpty
            ? "<p id=\"no-milestones\">\(t.pick("尚未登记开工等节点", "No milestone recorded yet"))</p>"
            : "<div class=\"scroll\"><table id=\"milestones\"><tr><th>\(t.pick("节点", "Milestone"))</th><th>\(t.pick("日期", "Date"))</th><th>\(t.pick("佐证", "Evidence"))</th><th>\(t.pick("登记人", "Recorded by"))</th></tr>\(milestoneRows)</table></div>"
        let milestoneOptions = ProjectMilestone.allCases.map {
            "<option value=\"\($0.rawValue)\">\($0.label(t.language))</option>"
        }.joined()
        let entries = lead.funds?.entries ?? []
        let contract = Money(fen: lead.contractFen)
        let total = Money(fen: lead.funds?.totalFen ?? 0)
        let rate = contract.fen > 0 ? String(format: "%.1f%%", Double(total.fen) * 100 / Double(contract.fen)) : "—"
        let fundsRows = entries.map { entry in
            "<tr><td>\(entry.entryId)</td><td>\(entry.on)</td><td class=\"num\">\(entry.amountYuan.displayString)</td>"
                + "<td>\(entry.origin.label(t.language))</td><td>\(HTML.escape(entry.note ?? ""))</td></tr>"
        }.joined()
        let fundsTable =
            entries.isEmpty
            ? "<p id=\"no-funds\">\(t.pick("尚未登记到位资金", "No funds in place recorded yet"))</p>"
            : """
            <div class="scroll"><table id="funds"><tr><th>\(t.pick("编号", "Entry"))</th><th>\(t.pick("到位日期", "Date"))</th><th>\(t.pick("金额", "Amount"))</th><th>\(t.pick("来源", "Origin"))</th><th>\(t.pick("备注", "Note"))</th></tr>\(fundsRows)
            <tr class="total"><td>\(t.pick("合计", "Total"))</td><td></td><td class="num">\(total.displayString)</td><td colspan="2">\(t.pick("合同额", "contract")) \(contract.displayString)，\(t.pick("到位率", "rate")) \(rate)</td></tr></table></div>
            """
        let origins = FundsOrigin.allCases.map { "<option value=\"\($0.rawValue)\">\($0.label(t.language))</option>" }
            .joined()
        let entryOptions = entries.map {
            "<option value=\"\($0.entryId)\">\($0.entryId) · \($0.on) · \($0.amountYuan.displayString)</option>"
        }.joined()
        let correction =
            entries.isEmpty
            ? ""
            : """
            <details id="funds-correction"><summary>\(t.pick("更正到位资金记录", "Correct an entry"))</summary>
            <form method="post" action="/leads/\(lead.leadId)/funds" id="funds-correct-form">\(hidden)
            <label for="corrects">\(t.pick("更正哪一笔", "Entry"))</label><select id="corrects" name="corrects">\(entryOptions)</select>
            <label for="correctAmount">\(t.pick("更正后金额（填 0 即撤销该笔）", "Corrected amount (0 withdraws it)"))</label><input id="correctAmount" name="amount" required>
            <label for="correctOn">\(t.pick("到位日期", "Date"))</label><input id="correctOn" name="on" type="date" required max="\(today)">
            <label for="correctOrigin">\(t.pick("资金来源", "Origin"))</label><select id="correctOrigin" name="origin">\(origins)</select>
            <label for="correctReason">\(t.pick("更正原因", "Why"))</label><input id="correctReason" name="reason" required>
            <button type="submit" id="correct-funds">\(t.pick("保存更正", "Save the correction"))</button></form></details>
            """
        return """
            <section id="after-signing"><h2>\(t.pick("签约后：开工投产与资金到位", "After the signing: milestones and funds"))</h2>
            \(milestoneTable)
            <form method="post" action="/leads/\(lead.leadId)/milestone" id="milestone-form">\(hidden)
            <label for="milestone">\(t.pick("节点", "Milestone"))</label><select id="milestone" name="milestone">\(milestoneOptions)</select>
            <label for="milestoneOn">\(t.pick("日期", "Date"))</label><input id="milestoneOn" name="on" type="date" required value="\(today)" max="\(today)">
            <label for="evidence">\(t.pick("佐证（施工许可证、入库编号、投产仪式等）", "Evidence (permit, registration, ceremony)"))</label><input id="evidence" name="evidence" required>
            <button class="primary" type="submit" id="record-milestone">\(t.pick("登记节点", "Record the milestone"))</button></form>
            \(fundsTable)
            <form method="post" action="/leads/\(lead.leadId)/funds" id="funds-form">\(hidden)
            <label for="fundsAmount">\(t.pick("到位金额", "Amount"))</label><input id="fundsAmount" name="amount" required placeholder="1.2亿">
            <label for="fundsOn">\(t.pick("到位日期", "Date"))</label><input id="fundsOn" name="on" type="date" required value="\(today)" max="\(today)">
            <label for="fundsOrigin">\(t.pick("资金来源", "Origin"))</label><select id="fundsOrigin" name="origin">\(origins)</select>
            <label for="fundsNote">\(t.pick("备注", "Note"))</label><input id="fundsNote" name="note">
            <button class="primary" type="submit" id="record-funds">\(t.pick("登记到位资金", "Record funds in place"))</button></form>
            \(correction)
            </section>
            """
    }
}
