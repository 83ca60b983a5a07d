import ArgumentParser
import Foundation
import LeadMessages
import Ledger
import ServiceClient
import ZeroMQ

/// `leadctl export --format xlsx|csv --out FILE`: the pipeline as a ledger, with the headers
/// `leadctl import` reads (an officer's own leads; a supervisor's, all).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export the pipeline as an .xlsx or .csv ledger (导出台账).")

    @OptionGroup var options: ClientOptions
    @Option(help: "xlsx (default) or csv") var format: String = "xlsx"
    @Option(help: "Only leads at this stage") var stage: String?
    @Option(help: "The file to write (csv: standard output when omitted)") var out: String?

    func validate() throws {
        guard ["xlsx", "csv"].contains(format) else { throw ValidationError("--format must be xlsx or csv") }
        if format == "xlsx" && out == nil { throw ValidationError("give --out FILE.xlsx") }
    }

    func run() throws {
        let context = try ZMQContext()
        let client = try options.client(try options.endpoints().intakeCommands, server: "lead-intake", context: context)
        let leads: [Lead]
        switch client.allLeads(stage: stage) {
        case .success(let value): leads = value
        case .failure(let error): throw Output.fail(error, options: options)
        }
        try ReportFiles.write(try LedgerExport.file(leads, format: format), to: out)
        if out != nil { FileHandle.standardError.write(Data("\(leads.count) leads written to \(out ?? "")\n".utf8)) }
    }
}

extension RequestClient {
    /// Every lead the caller may see (an officer's own, a supervisor's all), page by page.
    func allLeads(stage: String? = nil) -> Result<[Lead], ErrorBody> {
        var leads: [Lead] = []
        var after: String?
        repeat {
            switch request(.leadList, ListLeads(stage: stage, after: after, limit: 500), expecting: LeadPage.self) {
            case .failure(let error): return .failure(error)
            case .success(let page):
                leads += page.leads
                after = page.next
            }
        } while after != nil
        return .success(leads)
    }
}

/// Writing an export: to a file atomically, or (text) to standard output.
enum ReportFiles {
    static func write(_ data: Data, to path: String?) throws {
        guard let path else { return FileHandle.standardOutput.write(data) }
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw ValidationError("cannot write \(path): \(error.localizedDescription)")
        }
    }
}
