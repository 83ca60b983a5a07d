import Intake
import LeadMessages

/// A lead: its details, the matcher's recommendation with evidence and reasons, the forms to
/// move it on (change stage, sign), and its history.
public enum LeadDetailPage {
    public static func render(
        lead: Lead, recommendation: Recommendation?, history: LeadHistory? = nil, names: [String: String] = [:],
        texts t: Texts, session: WebSession, notice: String? = nil, error: ErrorBody? = nil
    ) -> String {
        let details: [(Texts.Key, String)] = [
            (.company, lead.companyName), (.headquarters, lead.headquarters), (.project, lead.projectName),
            (.stage, lead.stage.label(t.language)), (.industry, lead.industry?.label(t.language) ?? ""),
            (.amount, lead.estimatedInvestmentYuan?.displayString ?? ""), (.park, lead.carrierPark ?? ""),
            // An officer typed as an identity (wangmin) reads as the person (王敏).
            (.officer, lead.officer.map { names[$0] ?? $0 } ?? ""),
            (.signedAmount, lead.signing?.amountYuan.displayString ?? ""),
            (.signedAt, lead.signing.map { BusinessCalendar.dateTime(of: $0.signedAt) } ?? ""),
        ]
        let detailList = details.filter { !$0.1.isEmpty }.map { "<dt>\(t[$0.0])</dt><dd>\(HTML.escape($0.1))</dd>" }
            .joined()
        // Only the moves the stage rules allow (a signed project never goes back to 线索).
        let stages = Stage.allCases.filter {
            $0 != lead.stage && StageRules.checkAdvance(from: lead.stage, to: $0) == nil
        }
        .map { "<option value=\"\($0.rawValue)\">\($0.label(t.language))</option>" }.joined()
        return Layout.page(
            title: "\(lead.leadId) · \(lead.companyName)", texts: t, session: session,
            body: """
                \(error.map { "<p class=\"error\" role=\"alert\" id=\"action-error\">\(HTML.escape(t.message($0)))</p>" } ?? "")
                <dl id="lead">\(detailList)</dl>
                \(LeadEditSection.render(lead, texts: t, session: session))
                \(FollowUpSection.render(lead, today: Timestamp.now().businessDate, texts: t, session: session))
                <section id="recommendation"><h2>\(t[.recommendation])</h2>\(recommendationHTML(recommendation, t))</section>
                <section><h2>\(t[.advance])</h2>
                <form method="post" action="/leads/\(lead.leadId)/advance" id="advance-form">
                <input type="hidden" name="_csrf" value="\(session.csrf)">
                <select name="stage" id="advance-stage">\(stages)</select>
                <button class="primary" type="submit" id="advance">\(t[.advance])</button></form></section>
                <section><h2>\(t[.sign])</h2>
                <form method="post" action="/leads/\(lead.leadId)/sign" id="sign-form">
                <input type="hidden" name="_csrf" value="\(session.csrf)">
                <label for="amount">\(t[.signedAmount])</label><input id="amount" name="amount" required placeholder="12.3亿">
                <label for="signedAt">\(t[.signedAt])</label>
                <input id="signedAt" name="signedAt" type="date" required>
                <button class="primary" type="submit" id="sign">\(t[.sign])</button></form></section>
                \(AfterSigningSection.render(lead, today: Timestamp.now().businessDate, names: names, texts: t, session: session))
                \(LeadActionsSection.render(lead, today: Timestamp.now().businessDate, texts: t, session: session))
                \(LeadHistorySection.render(history, t, names: names))
                """, notice: notice)
    }

    static func recommendationHTML(_ recommendation: Recommendation?, _ t: Texts) -> String {
        guard let r = recommendation else { return "<p id=\"pending\">\(t[.noRecommendationYet])</p>" }
        let strategies = r.strategies.map { $0.label(t.language) }.joined(separator: "、")
        let duplicates = r.possibleDuplicates.map {
            "<li><a href=\"/leads/\($0.leadId)\">\($0.leadId)</a> \(HTML.escape($0.companyName)) · \(HTML.escape($0.projectName))</li>"
        }.joined()
        let evidence = r.evidence.map { item -> String in
            let (kind, value) = evidenceLabels(item, t)
            return "<li>\(HTML.escape(kind))：\(HTML.escape(value)) ← \(HTML.escape(item.matched))"
                + "\(item.entry.map { "（\(HTML.escape($0))）" } ?? "")</li>"
        }.joined()
        return """
            <p><span class="tier" id="tier">\(r.tier.rawValue)</span> · \(t[.score]) <span id="score">\(r.score)</span>\
            \(strategies.isEmpty ? "" : " · \(strategies)")</p>
            <p id="action">\(HTML.escape(r.action))</p>
            <dl>\(r.suggestedPark.map { "<dt>\(t[.suggestedPark])</dt><dd>\(HTML.escape($0))</dd>" } ?? "")\
            \(r.suggestedChannel.map { "<dt>\(t[.suggestedChannel])</dt><dd>\($0.label(t.language))</dd>" } ?? "")</dl>
            \(duplicates.isEmpty ? "" : "<h3>\(t[.duplicates])</h3><ul id=\"duplicates\">\(duplicates)</ul>")
            <h3>\(t[.reasons])</h3><ul id="reasons">\(r.reasons.map { "<li>\(HTML.escape($0))</li>" }.joined())</ul>
            <h3>\(t[.evidence])</h3><ul>\(evidence)</ul>
            """
    }

    /// What a piece of evidence supports, in the page's language (区域：大湾区, not `region: greater-bay-area`).
    static func evidenceLabels(_ evidence: Evidence, _ t: Texts) -> (String, String) {
        let zh = t.language == .chinese
        switch evidence.kind {
        case .region:
            return (zh ? "区域" : "Region", Region(rawValue: evidence.value)?.label(t.language) ?? evidence.value)
        case .enterpriseClass:
            return (
                zh ? "企业类别" : "Class", EnterpriseClass(rawValue: evidence.value)?.label(t.language) ?? evidence.value
            )
        case .industry:
            return (zh ? "产业" : "Industry", Industry(rawValue: evidence.value)?.label(t.language) ?? evidence.value)
        case .frontierTag:
            return (zh ? "前沿领域" : "Frontier field", evidence.value)
        }
    }
}
