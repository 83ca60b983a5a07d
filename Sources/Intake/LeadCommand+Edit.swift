import LeadMessages

extension LeadCommand {
    public static func parse(_ command: EditLead) -> Result<LeadCommand, ErrorBody> {
        let fields = [
            command.companyName, command.headquarters, command.projectName, command.industry, command.description,
            command.estimatedInvestment, command.channel, command.parentCompany, command.carrierPark, command.ownership,
        ]
        guard fields.contains(where: { $0 != nil }) else {
            return .failure(
                ErrorBody(.missingField, field: "companyName", "name at least one field to change / 请至少修改一项内容"))
        }
        return make(.edit(command), command.leadId, command.requestId)
    }
}

/// What `lead.edit` does to a lead. Pure: the lead as it would have been submitted with the edited
/// fields passes the same validation as a submission, so an edit can never store what a
/// submission could not.
enum LeadEditRules {
    static func applying(_ edit: EditLead, to lead: Lead) -> Result<(Lead, MessageType, String)?, ErrorBody> {
        let merged = LeadSubmission(
            companyName: edit.companyName ?? lead.companyName, headquarters: edit.headquarters ?? lead.headquarters,
            projectName: edit.projectName ?? lead.projectName, industry: edit.industry ?? lead.industry?.rawValue,
            description: edit.description ?? lead.description,
            estimatedInvestment: edit.estimatedInvestment ?? lead.estimatedInvestmentYuan?.yuanString,
            channel: edit.channel ?? lead.channel?.rawValue, parentCompany: edit.parentCompany ?? lead.parentCompany,
            officer: lead.officer, carrierPark: edit.carrierPark ?? lead.carrierPark,
            ownership: edit.ownership ?? lead.ownership?.rawValue)
        return LeadValidator.validate(merged).map { valid in
            var updated = lead
            updated.companyName = valid.companyName
            updated.headquarters = valid.headquarters
            updated.projectName = valid.projectName
            updated.industry = valid.industry
            updated.description = valid.description
            updated.estimatedInvestmentYuan = valid.estimatedInvestment
            updated.channel = valid.channel
            updated.parentCompany = valid.parentCompany
            updated.carrierPark = valid.carrierPark
            updated.ownership = valid.ownership
            let changes = [
                ("companyName", lead.companyName, updated.companyName),
                ("headquarters", lead.headquarters, updated.headquarters),
                ("projectName", lead.projectName, updated.projectName),
                ("industry", lead.industry?.rawValue, updated.industry?.rawValue),
                ("description", lead.description, updated.description),
                (
                    "estimatedInvestment", lead.estimatedInvestmentYuan?.yuanString,
                    updated.estimatedInvestmentYuan?.yuanString
                ),
                ("channel", lead.channel?.rawValue, updated.channel?.rawValue),
                ("parentCompany", lead.parentCompany, updated.parentCompany),
                ("carrierPark", lead.carrierPark, updated.carrierPark),
                ("ownership", lead.ownership?.rawValue, updated.ownership?.rawValue),
            ].compactMap { field, old, new in old == new ? nil : "\(field): \(old ?? "—") → \(new ?? "—")" }
            return changes.isEmpty ? nil : (updated, .leadUpdated, changes.joined(separator: "; "))
        }
    }
}
