import Hummingbird
import LeadMessages

/// 修改线索, 节点 and 到位资金 on a lead's page (issues 16 and 21).
extension LeadRoutes {
    func addAfterSigning(to router: Router<BasicRequestContext>) {
        router.post("/leads/:id/edit") { request, context in
            try await app.withSession(request, context, form: true) { session, t, form in
                let id = try context.parameters.require("id")
                // Every field is sent as shown: unchanged ones change nothing, emptied ones clear.
                let value = { (name: String) in form[name].map(\.trimmingWhitespace) }
                let command = EditLead(
                    leadId: id, companyName: value("companyName"), headquarters: value("headquarters"),
                    projectName: value("projectName"), industry: value("industry"), description: value("description"),
                    estimatedInvestment: value("estimatedInvestment"), parentCompany: value("parentCompany"),
                    carrierPark: value("carrierPark"))
                return try await act(.leadEdit, command, id, session, t, done: "edit")
            }
        }
        router.post("/leads/:id/milestone") { request, context in
            try await app.withSession(request, context, form: true) { session, t, form in
                let id = try context.parameters.require("id")
                let command = RecordMilestone(
                    leadId: id, milestone: form.text("milestone") ?? "", on: form.text("on") ?? "",
                    evidence: form.text("evidence") ?? "")
                return try await act(.leadMilestone, command, id, session, t, done: "milestone")
            }
        }
        router.post("/leads/:id/funds") { request, context in
            try await app.withSession(request, context, form: true) { session, t, form in
                let id = try context.parameters.require("id")
                let command = RecordFunds(
                    leadId: id, amount: form.text("amount") ?? "", on: form.text("on") ?? "",
                    origin: form.text("origin") ?? "", note: form.text("note"), corrects: form.text("corrects"),
                    reason: form.text("reason"))
                return try await act(.leadFunds, command, id, session, t, done: "funds")
            }
        }
    }
}
