import ArgumentParser
import LeadMessages
import ServiceClient
import ZeroMQ

/// `leadctl conflicts [--district huiji]`: the city's conflicts between districts, newest first
/// (asks lead-city).
struct Conflicts: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List conflicts between districts found by the city (跨区冲突，首报首谈).")
    @OptionGroup var options: ClientOptions
    @Option(help: "Only those involving this district (its code)") var district: String?
    @Option(help: "At most this many (1–500)") var limit: Int?

    func run() throws {
        let context = try ZMQContext()
        let client = try options.client(try options.endpoints().cityQueries, server: "lead-city", context: context)
        switch client.request(
            .cityConflicts, CityConflictsQuery(district: district, limit: limit), expecting: ConflictList.self)
        {
        case .success(let list):
            if options.json { return Output.json(list) }
            print("跨区冲突 \(list.total) 起（列出 \(list.conflicts.count) 起；首报者优先）")
            for conflict in list.conflicts {
                let kind = conflict.kind == "same-project" ? "同一项目" : "同一企业"
                print(
                    "#\(conflict.conflictId) \(kind)  \(conflict.first.companyName)  "
                        + "首报 \(conflict.first.district) \(conflict.first.leadId) \(conflict.first.reportedAt)  "
                        + "后报 \(conflict.second.district) \(conflict.second.leadId) \(conflict.second.reportedAt)")
            }
        case .failure(let error):
            throw Output.fail(error, options: options)
        }
    }
}
