import Foundation
import LeadMessages
import Ledger

/// What `leadctl import` prints: the column mapping, a line per row, and the totals; or the same
/// as JSON (`--json`), whose keys are a stable contract.
struct ImportReport: Encodable {
    struct Line: Encodable {
        var row: Int
        var action: String
        var companyName: String?
        var projectName: String?
        var stage: String?
        var leadId: String?
        var duplicateOf: String?
        var field: String?
        var reason: String?
        var notes: [String]?
    }

    var columns: [String: String]
    var ignoredHeaders: [String]
    var lines: [Line]
    var dryRun: Bool
    /// Rows were rejected and `--skip-rejected` was not given: nothing was imported.
    var refused: Bool
    var created: Int
    /// Rows the plan would create (in a dry run, or a refused import: none was).
    var toCreate: Int
    var duplicates: Int
    var rejected: Int
    var skipped: Int

    init(plan: ImportPlan, created leadIds: [Int: String], dryRun: Bool, refused: Bool) {
        columns = Dictionary(uniqueKeysWithValues: plan.columns.columns.map { ($0.key.rawValue, "\($0.value)") })
        ignoredHeaders = plan.columns.ignoredHeaders
        lines = plan.lines.map { line in
            switch line.action {
            case .create(let entry):
                Line(
                    row: line.row, action: "create", companyName: entry.submission.companyName,
                    projectName: entry.submission.projectName, stage: entry.stage?.rawValue, leadId: leadIds[line.row],
                    notes: entry.notes.isEmpty ? nil : entry.notes)
            case .duplicate(let entry, let of):
                Line(
                    row: line.row, action: "duplicate", companyName: entry.submission.companyName,
                    projectName: entry.submission.projectName, duplicateOf: of)
            case .skip(let reason): Line(row: line.row, action: "skip", reason: reason)
            case .reject(let field, let reason): Line(row: line.row, action: "reject", field: field, reason: reason)
            }
        }
        self.dryRun = dryRun
        self.refused = refused
        created = dryRun || refused ? 0 : leadIds.count
        toCreate = plan.creations.count
        duplicates = plan.duplicates.count
        rejected = plan.rejections.count
        skipped = lines.filter { $0.action == "skip" }.count
    }

    func print(options: ClientOptions) {
        if options.json { return Output.json(self) }
        let chinese = options.language == .chinese
        let mapping = columns.sorted {
            $0.value.count == $1.value.count ? $0.value < $1.value : $0.value.count < $1.value.count
        }
        .map { "\($0.key)=列\((Int($0.value) ?? 0) + 1)" }.joined(separator: " ")
        Swift.print((chinese ? "列映射：" : "columns: ") + mapping)
        if !ignoredHeaders.isEmpty {
            Swift.print((chinese ? "未使用的列：" : "not used: ") + ignoredHeaders.joined(separator: "、"))
        }
        for line in lines {
            let what: String
            switch line.action {
            case "create":
                let label = chinese ? (dryRun || refused ? "将创建" : "已创建") : (dryRun || refused ? "create" : "created")
                what =
                    "\(label) \(line.leadId ?? "") \(line.companyName ?? "") · \(line.projectName ?? "")"
                    + (line.stage.map { " [\(Stage(rawValue: $0)?.label(options.language) ?? $0)]" } ?? "")
            case "duplicate":
                var of = line.duplicateOf ?? ""
                if chinese, of.hasPrefix("row ") { of = "第\(of.dropFirst(4))行" }
                what =
                    (chinese ? "重复，同 " : "duplicate of ")
                    + "\(of): \(line.companyName ?? "") · \(line.projectName ?? "")"
            case "skip": what = (chinese ? "跳过：" : "skipped: ") + (line.reason ?? "")
            default: what = (chinese ? "拒绝 " : "rejected ") + "\(line.field ?? ""): \(line.reason ?? "")"
            }
            Swift.print(Output.padded(chinese ? "第\(line.row)行" : "row \(line.row)", 9) + what)
            for note in line.notes ?? [] { Swift.print(Output.padded("", 9) + "  " + note) }
        }
        let planned = dryRun || refused
        let creations =
            chinese
            ? (planned ? "将创建 \(toCreate)" : "创建 \(created)")
            : (planned ? "to create \(toCreate)" : "created \(created)")
        let totals =
            chinese
            ? "\(creations)，重复 \(duplicates)，拒绝 \(rejected)，跳过 \(skipped)"
            : "\(creations), duplicates \(duplicates), rejected \(rejected), skipped \(skipped)"
        Swift.print(totals)
        if dryRun { Swift.print(chinese ? "试运行：未做任何更改" : "dry run: nothing was changed") }
        if refused {
            Swift.print(
                chinese
                    ? "有被拒绝的行，未导入任何线索；请修改后重试，或加 --skip-rejected 只导入有效行"
                    : "rows were rejected, so nothing was imported; fix them, or add --skip-rejected to import the valid rows"
            )
        }
    }
}
