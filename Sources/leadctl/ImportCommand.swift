import ArgumentParser
import Foundation
import LeadMessages
import Ledger
import Matching
import ServiceClient
import ZeroMQ

/// `leadctl import LEDGER.xlsx|.csv`: an existing ledger (项目台账) into the pipeline. Shows the
/// plan first — the column mapping, then per row: create, duplicate (of a lead in the pipeline or
/// an earlier row), skip or reject with the reason — and with `--dry-run` stops there. Otherwise
/// sends the rows to create as all-or-nothing `lead.import` commands; a ledger with rejected
/// rows is not imported at all unless `--skip-rejected` says to leave them out.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import a ledger (.xlsx or .csv) with a dry run first (台账导入).")

    @OptionGroup var options: ClientOptions
    @Argument(help: "The ledger: .xlsx (first sheet) or .csv (UTF-8)") var file: String
    @Flag(help: "Show what would be created, left out as a duplicate, skipped or rejected; change nothing.")
    var dryRun = false
    @Option(
        parsing: .singleValue,
        help:
            "Map a header to a field, e.g. --map 客商名称=companyName (fields: \(LedgerField.allCases.map(\.rawValue).joined(separator: ", ")))"
    )
    var map: [String] = []
    @Flag(
        help:
            "Import the valid rows and leave the rejected ones out (default: import nothing while any row is rejected)."
    )
    var skipRejected = false
    @Option(help: "负责人 for rows without one") var officer: String?
    @Option(
        help:
            "Idempotency key (default: derived from the file's content, so importing the same file twice creates nothing new)"
    )
    var requestId: String?

    func run() throws {
        let data = try read()
        let table: LedgerTable
        let columns: LedgerColumns
        do {
            table = try LedgerFile.table(data, name: file)
            columns = try LedgerColumns.detect(in: table, overrides: try overrides())
        } catch let error as LedgerError {
            throw Output.fail(ErrorBody(.invalidField, field: "file", error.description), options: options)
        }
        let context = try ZMQContext()
        let client = try options.client(try options.endpoints().intakeCommands, server: "lead-intake", context: context)
        let existing: [ImportPlan.KnownLead]
        switch client.allLeads() {
        case .success(let leads):
            existing = leads.map { .init(leadId: $0.leadId, companyName: $0.companyName, projectName: $0.projectName) }
        case .failure(let error): throw Output.fail(error, options: options)
        }
        let plan = ImportPlan.make(
            table: table, columns: columns, existing: existing,
            duplicateThreshold: try ReferenceData.loadRules().likelyDuplicateSimilarity, officer: officer,
            lexicon: IndustryLexicon(data: try ReferenceData.load()))
        var created: [Int: String] = [:]
        let refused = !plan.rejections.isEmpty && !skipRejected
        if !dryRun && !refused && !plan.creations.isEmpty {
            switch send(plan.commands(requestId: requestId ?? LedgerFile.contentKey(data)), client: client) {
            case .success(let leads): created = Dictionary(uniqueKeysWithValues: leads.map { ($0.row, $0.leadId) })
            case .failure(let error): throw Output.fail(error, options: options)
            }
        }
        ImportReport(plan: plan, created: created, dryRun: dryRun, refused: refused && !dryRun).print(options: options)
        if refused && !dryRun { throw ExitCode(1) }
    }

    private func read() throws -> Data {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ValidationError("cannot read \(file)")
        }
        return data
    }

    private func overrides() throws -> [String: LedgerField] {
        var result: [String: LedgerField] = [:]
        for entry in map {
            let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let field = LedgerField(rawValue: parts[1]) else {
                throw LedgerError(
                    "--map \(entry): write 表头=field, field one of \(LedgerField.allCases.map(\.rawValue).joined(separator: ", "))"
                )
            }
            result[parts[0]] = field
        }
        return result
    }

    /// The imports in order; the first refusal stops there (the imports before it stand).
    private func send(_ commands: [ImportLeads], client: RequestClient) -> Result<[ImportedLead], ErrorBody> {
        var imported: [ImportedLead] = []
        for command in commands {
            switch client.request(.leadImport, command, expecting: ImportResult.self) {
            case .success(let result): imported += result.leads
            case .failure(let error): return .failure(error)
            }
        }
        return .success(imported)
    }
}
