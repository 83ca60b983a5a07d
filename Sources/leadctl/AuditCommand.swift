import ArgumentParser
import Foundation
import LeadMessages
import ZeroMQ

/// `leadctl audit [--lead L] [--identity I] [--since …]`: the audit logs of all three services,
/// merged in time order (supervisors only).
struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Who did what, when (审计日志); supervisors only.")
    @OptionGroup var options: ClientOptions
    @Option(help: "Only this lead") var lead: String?
    @Option(help: "Only this identity") var identity: String?
    @Option(help: "Only entries at or after this date or date-time, e.g. 2023-03-06") var since: String?
    @Option(help: "At most this many entries per service (1–1000)") var limit: Int = 200

    func run() throws {
        let context = try ZMQContext()
        let endpoints = try options.endpoints()
        let query = AuditQuery(leadId: lead, identity: identity, since: since, limit: limit)
        var entries: [AuditEntry] = []
        // With --city, the city's own log (its decisions and registrations).
        let services = options.city ? [("lead-city", endpoints.cityQueries)] : endpoints.queryEndpoints
        for (server, endpoint) in services {
            switch try options.client(endpoint, server: server, context: context).request(
                .auditQuery, query, expecting: AuditPage.self)
            {
            case .success(let page): entries += page.entries
            case .failure(let error): throw Output.fail(error, options: options)
            }
        }
        entries.sort { $0.at < $1.at }
        if options.json {
            Output.json(AuditPage(entries: entries))
            return
        }
        for entry in entries {
            let lead = entry.leadId.map { " \($0)" } ?? ""
            print(
                "\(entry.at)  \(entry.service)  \(entry.identity)(\(entry.role ?? "-"))  \(entry.action)\(lead)  \(entry.outcome)  \(entry.detail ?? "")"
            )
        }
    }
}
