import LeadMessages

/// The rarer changes of a lead, below its main forms: 增资 and 作废 on a signed project, and for a
/// supervisor 流转与分包 (hand it to another officer, name its unit and leader). Each asks for
/// what the command needs and says what it does before it is done.
enum LeadActionsSection {
    static func render(_ lead: Lead, today: CivilDate, texts t: Texts, session: WebSession) -> String {
        let hidden = "<input type=\"hidden\" name=\"_csrf\" value=\"\(session.csrf)\">"
        var sections: [String] = []
        if lead.signing != nil {
            sections.append(
                """
                <section id="increase"><h2>\(t[.increase])</h2>
                <form method="post" action="/leads/\(lead.leadId)/increase" id="increase-form">\(hidden)
                <label for="increaseAmount">\(t[.increaseAmount])</label><input id="increaseAmount" name="amount" required placeholder="2亿">
                <label for="increasedOn">\(t[.increaseDate])</label><input id="increasedOn" name="increasedOn" type="date" required value="\(today)" max="\(today)">
                <button class="primary" type="submit" id="record-increase">\(t[.increase])</button></form></section>
                <section id="void"><h2>\(t[.voidSigning])</h2>
                <form method="post" action="/leads/\(lead.leadId)/void" id="void-form">\(hidden)
                <label for="voidReason">\(t[.voidReason])</label><input id="voidReason" name="reason" required>
                <label><input type="checkbox" name="confirmed" value="1" id="confirm-void" required style="width:auto"> \(t[.confirmVoid])</label>
                <button class="primary" type="submit" id="void-signing">\(t[.voidSigning])</button></form></section>
                """)
        }
        if session.account.role == "supervisor" {
            let value = { (text: String?) in HTML.escape(text ?? "") }
            sections.append(
                """
                <section id="assign"><h2>\(t[.assign])</h2>
                <form method="post" action="/leads/\(lead.leadId)/assign" id="assign-form">\(hidden)
                <label for="assignOwner">\(t[.newOwner])</label><input id="assignOwner" name="owner" value="\(value(lead.owner))">
                <label for="assignOfficer">\(t[.officer])</label><input id="assignOfficer" name="officer" value="\(value(lead.officer))">
                <label for="assignUnit">\(t[.unit])</label><input id="assignUnit" name="unit" value="\(value(lead.responsibility?.unit))">
                <label for="assignLeader">\(t[.leader])</label><input id="assignLeader" name="leader" value="\(value(lead.responsibility?.leader))">
                <label for="assignReason">\(t[.assignReason])</label><input id="assignReason" name="reason" required>
                <button class="primary" type="submit" id="save-assignment">\(t[.save])</button></form></section>
                """)
        }
        return sections.joined(separator: "\n")
    }
}
