import ArgumentParser
import Foundation
import LeadMessages
import ZeroMQ

/// `leadctl submit`: one lead from flags, or many from a JSON Lines file (`-` for stdin).
struct Submit: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Submit leads (提交线索).")

    @OptionGroup var options: ClientOptions
    @Option(help: "企业名称 company name") var company: String?
    @Option(help: "总部所在地 headquarters (city or province)") var headquarters: String?
    @Option(help: "项目名称 project name") var project: String?
    @Option(help: "产业 industry: \(Industry.wireValueList) or its Chinese name") var industry: String?
    @Option(help: "项目描述 description") var description: String?
    @Option(help: "预计投资额 estimated investment, e.g. 12.3亿, 4500万, 123000000") var amount: String?
    @Option(help: "招商方式 channel: \(Channel.wireValueList)") var channel: String?
    @Option(help: "上级单位 parent company") var parent: String?
    @Option(help: "负责人 officer") var officer: String?
    @Option(help: "载体园区 carrier park, e.g. 花园口新兴产业园") var park: String?
    @Option(help: "资本来源 declared ownership: \(Ownership.wireValueList) or 内资/港资/澳资/台资/外资") var ownership: String?
    @Option(help: "Idempotency key; a retry with the same id never creates a second lead.") var requestId: String?
    @Option(help: "JSON Lines file of leads, one per line (`-`: standard input).") var file: String?

    func validate() throws {
        if file == nil && (company == nil || headquarters == nil || project == nil) {
            throw ValidationError("give --company, --headquarters and --project, or --file FILE.jsonl")
        }
    }

    func run() throws {
        let context = try ZMQContext()
        let client = try options.client(try options.endpoints().intakeCommands, server: "lead-intake", context: context)
        var rejected = 0
        for (line, parsed) in try submissions() {
            let outcome = parsed.flatMap { submission in
                client.request(.leadSubmit, submission, expecting: SubmitResult.self)
            }
            if case .failure = outcome { rejected += 1 }
            report(outcome, line: line)
            if case .failure(let error) = outcome, error.code == .unavailable { break }
        }
        if rejected > 0 { throw ExitCode(1) }
    }

    /// The submissions to send, each with its line number (file input) and a request id.
    private func submissions() throws -> [(Int?, Result<LeadSubmission, ErrorBody>)] {
        guard let file else {
            return [
                (
                    nil,
                    .success(
                        LeadSubmission(
                            companyName: company ?? "", headquarters: headquarters ?? "", projectName: project ?? "",
                            industry: industry, description: description, estimatedInvestment: amount, channel: channel,
                            parentCompany: parent, officer: officer, carrierPark: park, ownership: ownership,
                            requestId: requestId ?? MessageID.make()))
                )
            ]
        }
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: file) else {
                throw ValidationError("cannot read \(file)")
            }
            data = contents
        }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        return lines.enumerated().compactMap { index, line in
            guard !String(line).trimmingWhitespace.isEmpty else { return nil }
            let decoded = MessageCodec.decodeLoosely(LeadSubmission.self, from: Array(line.utf8)).map { submission in
                var submission = submission
                if submission.requestId == nil { submission.requestId = MessageID.make() }
                return submission
            }.mapError { _ in
                ErrorBody(
                    .invalidJSON,
                    "line \(index + 1) is not a lead JSON object with companyName, headquarters, projectName / 第\(index + 1)行格式错误"
                )
            }
            return (index + 1, decoded)
        }
    }

    private func report(_ outcome: Result<SubmitResult, ErrorBody>, line: Int?) {
        struct Line: Encodable {
            var leadId: String?
            var status: String
            var error: ErrorBody?
            var line: Int?
        }
        switch outcome {
        case .success(let result):
            if options.json {
                Output.json(Line(leadId: result.leadId, status: result.status.rawValue, line: line))
            } else {
                let zh = result.status == .accepted ? "已受理" : "重复提交，未新建"
                let en = result.status == .accepted ? "accepted" : "duplicate, nothing new stored"
                print(
                    "\(result.leadId)  \(options.language == .chinese ? zh : en)  \(result.lead.companyName) · \(result.lead.projectName)"
                )
            }
        case .failure(let error):
            if options.json {
                Output.json(Line(status: "rejected", error: error, line: line))
            } else {
                let prefix = line.map { options.language == .chinese ? "第\($0)行 " : "line \($0): " } ?? ""
                let label = options.language == .chinese ? "未受理" : "rejected"
                print("\(prefix)\(label) [\(error.code)]\(error.field.map { " (\($0))" } ?? ""): \(error.message)")
            }
        }
    }
}
