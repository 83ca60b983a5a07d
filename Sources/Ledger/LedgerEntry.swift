import Foundation
import LeadMessages
import Matching

/// One ledger row as LeadTracker reads it: the submission, and where the lead already is
/// (the ledger's 阶段, and its signing when it has one).
public struct LedgerEntry: Sendable, Equatable {
    public var row: Int
    public var submission: LeadSubmission
    public var stage: Stage?
    public var signing: LedgerSigning?
    /// Values left out, and why (an industry outside the catalogue is left for the matcher to infer).
    public var notes: [String] = []
}

public struct LedgerSigning: Sendable, Equatable {
    /// Exact yuan, as the wire takes it (`"123000000"`).
    public var amountYuan: String
    /// RFC 3339 with +08:00: the ledger gives a date, taken at 00:00 in Beijing.
    public var signedAt: String
}

/// What became of a data row.
public enum LedgerRowOutcome: Sendable, Equatable {
    case entry(LedgerEntry)
    /// Not a lead: blank, or a total line (合计, 小计).
    case skipped(row: Int, reason: String)
    case rejected(row: Int, field: String, reason: String)
}

/// Reads the data rows under the header: values trimmed, full-width digits and punctuation
/// folded, amounts in the column's unit (万元) turned into exact yuan, dates (2023-3-5, 2023/3/5,
/// 2023年3月5日, Excel date numbers) into Beijing midnight.
public enum LedgerRows {
    /// - Parameter lexicon: reads an industry written in the officer's words (文化旅游, 现代物流) as
    ///   the catalogue's; without it such a word is left out with a note.
    public static func read(
        _ table: LedgerTable, columns: LedgerColumns, officer: String? = nil, lexicon: IndustryLexicon? = nil
    ) -> [LedgerRowOutcome] {
        table.rows.filter { $0.number > columns.headerRow }.map {
            read($0, columns: columns, officer: officer, lexicon: lexicon)
        }
    }

    static func read(
        _ row: LedgerTable.Row, columns: LedgerColumns, officer: String?, lexicon: IndustryLexicon?
    ) -> LedgerRowOutcome {
        func text(_ field: LedgerField) -> String? {
            guard let column = columns.columns[field] else { return nil }
            let value = row[column].trimmingLedgerSpace
            return value.isEmpty ? nil : value
        }
        if row.isBlank { return .skipped(row: row.number, reason: "blank / 空行") }
        if row.cells.contains(where: { ["合计", "小计", "总计", "合 计"].contains($0.trimmingLedgerSpace) }) {
            return .skipped(row: row.number, reason: "total line / 合计行")
        }
        for field in LedgerField.required where text(field) == nil {
            return .rejected(row: row.number, field: field.rawValue, reason: "\(field.rawValue) is empty / 必填项为空")
        }
        var investment: String?
        if let raw = text(.estimatedInvestment) {
            switch LedgerValues.yuan(raw, unitYuan: columns.unitYuan[.estimatedInvestment]) {
            case .success(let value): investment = value
            case .failure(let error):
                return .rejected(row: row.number, field: "estimatedInvestment", reason: error.description)
            }
        }
        var stage: Stage?
        if let raw = text(.stage) {
            guard let value = LedgerValues.stage(raw) else {
                return .rejected(
                    row: row.number, field: "stage",
                    reason: "unknown stage '\(raw)' / 未知阶段（可用：线索、已接洽、在谈、签约、开工、投产、终止）")
            }
            stage = value
        }
        var signing: LedgerSigning?
        var notes: [String] = []
        let signedAmount = text(.signedAmount)
        if let stage, !stage.isSignedOrLater, signedAmount != nil {
            return .rejected(
                row: row.number, field: "stage",
                reason: "a 签约金额 is given but the stage is \(stage.chineseLabel) / 有签约金额但阶段不是签约")
        }
        if stage?.isSignedOrLater == true || signedAmount != nil {
            switch signingOf(text, columns: columns) {
            case .success(let value): signing = value
            case .failure(let rejection):
                return .rejected(row: row.number, field: rejection.field, reason: rejection.reason)
            }
            if stage == nil { stage = .signed }
        } else if let signedAt = text(.signedAt) {
            // A 签约时间 alone still means a signing: with the investment as its amount when there is
            // one; else the row comes in as a lead and the dry run says the signing was not recorded.
            switch (stage, signingOf(text, columns: columns)) {
            case (nil, .success(let value)):
                signing = value
                stage = .signed
                notes.append(
                    "no 签约金额: the investment is taken as the signed amount / 无签约金额，按投资额记为签约金额")
            case (nil, .failure):
                notes.append(
                    "签约时间 \(signedAt) without an amount: imported as a lead, the signing not recorded / 有签约时间但无金额，按线索导入，未记录签约"
                )
            case (.some(let given), _):
                notes.append(
                    "签约时间 \(signedAt) left out: the stage is \(given.rawValue) / 阶段为\(given.chineseLabel)，签约时间未导入")
            }
        }
        // A word outside a vocabulary is left out rather than refusing the row: the matcher
        // infers the industry from the project, and the officer sees the note in the dry run.
        func known<Value: WireValue>(_ field: LedgerField, _ type: Value.Type, _ label: String) -> String? {
            guard let raw = text(field) else { return nil }
            if Value(lenient: raw) != nil { return raw }
            notes.append("\(label) '\(raw)' is not one of \(Value.wireValueList): left out / \(label)不在目录中，未导入")
            return nil
        }
        // An industry in the officer's words, through the matcher's lexicon: 文化旅游 is 文旅文创.
        var industry: String?
        if let raw = text(.industry), Industry(lenient: raw) == nil, let lexicon,
            case let inferred = lexicon.infer(raw), inferred.industry != .other
        {
            industry = inferred.industry.rawValue
            notes.append(
                "所属产业 '\(raw)' read as \(inferred.industry.rawValue) (\(inferred.keywords.joined(separator: "、"))) / "
                    + "所属产业“\(raw)”按词典识别为\(inferred.industry.chineseLabel)")
        } else {
            industry = known(.industry, Industry.self, "所属产业")
        }
        let submission = LeadSubmission(
            companyName: text(.companyName) ?? "", headquarters: text(.headquarters) ?? "",
            projectName: text(.projectName) ?? "", industry: industry,
            description: text(.description), estimatedInvestment: investment,
            channel: known(.channel, Channel.self, "招商方式"),
            parentCompany: text(.parentCompany), officer: text(.officer) ?? officer, carrierPark: text(.carrierPark),
            ownership: known(.ownership, Ownership.self, "资本来源"))
        return .entry(
            LedgerEntry(row: row.number, submission: submission, stage: stage, signing: signing, notes: notes))
    }

    struct Rejection: Error {
        var field: String
        var reason: String
    }

    /// A signed row's signing: its 签约金额 (else its investment) and its 签约时间.
    static func signingOf(_ text: (LedgerField) -> String?, columns: LedgerColumns) -> Result<LedgerSigning, Rejection>
    {
        let amountField: LedgerField = text(.signedAmount) != nil ? .signedAmount : .estimatedInvestment
        guard let rawAmount = text(amountField) else {
            return .failure(Rejection(field: "signedAmount", reason: "a signed project needs its 签约金额 / 已签约项目缺少签约金额"))
        }
        guard case .success(let amount) = LedgerValues.yuan(rawAmount, unitYuan: columns.unitYuan[amountField]) else {
            return .failure(
                Rejection(field: "signedAmount", reason: "'\(rawAmount)' is not an amount / 签约金额格式不正确"))
        }
        guard let rawDate = text(.signedAt) else {
            return .failure(Rejection(field: "signedAt", reason: "a signed project needs its 签约时间 / 已签约项目缺少签约时间"))
        }
        guard let date = LedgerValues.date(rawDate) else {
            return .failure(
                Rejection(field: "signedAt", reason: "'\(rawDate)' is not a date like 2023-03-05 / 签约时间格式不正确"))
        }
        return .success(LedgerSigning(amountYuan: amount, signedAt: "\(date)T00:00:00+08:00"))
    }
}
