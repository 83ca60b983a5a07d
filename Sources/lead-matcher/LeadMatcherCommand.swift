import ArgumentParser
import Foundation
import LeadMessages
import MatcherService
import Matching
import ServiceKit

/// lead-matcher: classifies every lead and recommends what to do; `classify` does it offline.
@main
struct LeadMatcherCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lead-matcher", abstract: "Classifies leads by region, enterprise class and industry; recommends.",
        subcommands: [Serve.self, Classify.self], defaultSubcommand: Serve.self)
}

/// The service (the default: `lead-matcher --data-dir …` runs it).
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run the matcher service.")

    @OptionGroup var options: ServiceOptions

    func run() async throws {
        try await options.runService(named: MatcherService.name) { MatcherService(setup: $0).makeLoop() }
    }
}

/// `lead-matcher classify [--file F.jsonl] [--json]`: the same classification, no service.
struct Classify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Classify leads offline: JSON Lines in (a file or standard input), one result per line out.",
        discussion: """
            Each input line is a JSON object with companyName (or 企业名称), headquarters (总部所在地), and
            optionally projectName, description, industry, parentCompany, ownership, estimatedInvestment.
            Reference data comes from the build, overridden by LEADTRACKER_REFERENCE_DIR. Exit status 1
            when any line could not be read (its output line carries the error).
            """)

    @Option(help: "JSON Lines file of leads (default: standard input; `-` also means standard input)") var file: String?
    @Flag(help: "One JSON object per line (default: a readable summary per lead)") var json = false

    func run() throws {
        let data: Data
        if let file, file != "-" {
            guard let contents = FileManager.default.contents(atPath: file) else {
                throw ValidationError("cannot read \(file)")
            }
            data = contents
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        var classifier = OfflineClassifier(data: try ReferenceData.load())
        let encoder = StoredJSON.encoder()
        var failed = 0
        for text in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            guard let result = classifier.classify(line: text) else { continue }
            if result.error != nil { failed += 1 }
            if json {
                print(String(decoding: try encoder.encode(result), as: UTF8.self))
            } else {
                print(Self.summary(result))
            }
        }
        if failed > 0 {
            FileHandle.standardError.write(Data("\(failed) line(s) could not be classified\n".utf8))
            throw ExitCode(1)
        }
    }

    static func summary(_ r: ClassifiedLine) -> String {
        if let error = r.error { return "line \(r.line): error [\(error.code)] \(error.message)" }
        let classes = (r.enterpriseClasses ?? []).map(\.chineseLabel).joined(separator: "、")
        var lines = [
            "line \(r.line): \(r.companyName ?? "") — \(r.region?.chineseLabel ?? "")\(r.matchedPlace.map { "（\($0)）" } ?? "")"
                + " · \(classes.isEmpty ? "非三类企业" : classes) · \(r.industry?.chineseLabel ?? "")"
                + " · \(r.tier?.rawValue ?? "")类 \(r.score ?? 0)分"
        ]
        lines += (r.reasons ?? []).map { "  - \($0)" }
        lines += (r.notes ?? []).map { "  ! \($0)" }
        return lines.joined(separator: "\n")
    }
}
