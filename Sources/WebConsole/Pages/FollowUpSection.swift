import LeadMessages

/// The centre of a lead's page for an officer: who answers for it, its planned dates, its
/// follow-ups so far, and the form to record the next one (跟进记录).
enum FollowUpSection {
    static func render(_ lead: Lead, today: CivilDate, texts t: Texts, session: WebSession) -> String {
        let zh = t.language == .chinese
        var facts: [(String, String)] = []
        if let followUps = lead.followUps {
            let trips =
                followUps.trips > 0
                ? (zh ? "，\(t[.trips]) \(followUps.trips) 次" : ", \(followUps.trips) \(t[.trips])") : ""
            facts.append(
                (t[.followUps], zh ? "\(followUps.count) 次\(trips)" : "\(followUps.count) \(t[.times])\(trips)"))
            facts.append((t[.lastFollowUp], followUps.lastOn.description))
            if let next = followUps.nextOn { facts.append((t[.nextFollowUp], next.description)) }
        }
        if let leader = lead.responsibility?.leader { facts.append((t[.leader], leader)) }
        if let unit = lead.responsibility?.unit { facts.append((t[.unit], unit)) }
        if let team = lead.responsibility?.team { facts.append((t[.team], team.joined(separator: "、"))) }
        let plan = lead.plan ?? MilestonePlan()
        let planned = [
            (Milestone.contact, plan.contactBy), (.sign, plan.signBy), (.start, plan.startBy),
            (.operate, plan.operateBy),
        ].compactMap { milestone, date in date.map { "\(milestone.label(t.language)) \($0)" } }
        if !planned.isEmpty { facts.append((t[.plannedDates], planned.joined(separator: zh ? "，" : ", "))) }
        let list =
            facts.isEmpty
            ? "<p id=\"no-follow-up\">\(t[.noFollowUpYet])</p>"
            : "<dl id=\"follow-ups\">"
                + facts.map { "<dt>\(HTML.escape($0.0))</dt><dd>\(HTML.escape($0.1))</dd>" }.joined() + "</dl>"
        let kinds = FollowUpKind.allCases.map { "<option value=\"\($0.rawValue)\">\($0.label(t.language))</option>" }
            .joined()
        return """
            <section id="follow-up"><h2>\(t[.followUps])</h2>\(list)
            <form method="post" action="/leads/\(lead.leadId)/follow-up" id="follow-up-form">
            <input type="hidden" name="_csrf" value="\(session.csrf)">
            <input type="hidden" name="requestId" value="web-\(PasswordHash.token().prefix(24))">
            <label for="kind">\(t[.followUpKind])</label><select id="kind" name="kind">\(kinds)</select>
            <label for="on">\(t[.contactDate])</label><input id="on" name="on" type="date" required value="\(today)" max="\(today)">
            <label for="summary">\(t[.summary])</label><textarea id="summary" name="summary" required></textarea>
            <label for="people">\(t[.people])</label><input id="people" name="people">
            <label for="place">\(t[.place])</label><input id="place" name="place">
            <label for="destination">\(t[.destination])</label><input id="destination" name="destination">
            <label for="nextFollowUpOn">\(t[.nextFollowUp])</label><input id="nextFollowUpOn" name="nextFollowUpOn" type="date">
            <button class="primary" type="submit" id="record-follow-up">\(t[.recordFollowUp])</button></form></section>
            """
    }
}
