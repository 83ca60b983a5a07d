import LeadMessages

/// A submission that passed validation: trimmed text, parsed wire values and money.
public struct ValidLead: Sendable, Equatable {
    public var companyName: String
    public var headquarters: String
    public var projectName: String
    public var industry: Industry?
    public var description: String?
    public var estimatedInvestment: Money?
    public var channel: Channel?
    public var parentCompany: String?
    public var officer: String?
    public var carrierPark: String?
    public var ownership: Ownership?
}

/// The intake's validation rules (Protocols/README.md, Validation). Pure: each rule is tested directly.
public enum LeadValidator {
    public static let maxNameLength = 200
    public static let maxDescriptionLength = 4_000
    /// 1万亿 yuan: no district project is larger; a bigger number is a typo.
    public static let maxAmount = Money(fen: 1_000_000_000_000 * 100)
    /// Clocks drift; a signing a few minutes "in the future" is a clock, not a prophecy.
    public static let futureToleranceSeconds: Int64 = 300

    public static func validate(_ submission: LeadSubmission) -> Result<ValidLead, ErrorBody> {
        if let error = requestId(submission.requestId) { return .failure(error) }
        return Result {
            ValidLead(
                companyName: try required(submission.companyName, field: "companyName", label: "企业名称"),
                headquarters: try required(submission.headquarters, field: "headquarters", label: "总部所在地"),
                projectName: try required(submission.projectName, field: "projectName", label: "项目名称"),
                industry: try optionalWireValue(submission.industry, Industry.self, field: "industry", label: "产业"),
                description: try optional(submission.description, field: "description", limit: maxDescriptionLength),
                estimatedInvestment: try optionalAmount(submission.estimatedInvestment),
                channel: try optionalWireValue(submission.channel, Channel.self, field: "channel", label: "招商方式"),
                parentCompany: try optional(submission.parentCompany, field: "parentCompany", limit: maxNameLength),
                officer: try optional(submission.officer, field: "officer", limit: maxNameLength),
                carrierPark: try optional(submission.carrierPark, field: "carrierPark", limit: maxNameLength),
                ownership: try optionalWireValue(
                    submission.ownership, Ownership.self, field: "ownership", label: "资本来源")
            )
        }.mapError { $0 as? ErrorBody ?? ErrorBody(.internalError, "validation failed") }
    }

    /// A signing or capital-increase amount: positive, exact to the fen, not absurd.
    public static func signingAmount(_ text: String) -> Result<Money, ErrorBody> {
        if let blank = blank(text, field: "amount", label: "金额") { return .failure(blank) }
        switch amount(text, field: "amount") {
        case .success(let money) where money.fen == 0:
            return .failure(ErrorBody(.invalidField, field: "amount", "the amount must be above zero / 金额必须大于零"))
        case let other: return other
        }
    }

    /// A signing (or capital increase) instant: RFC 3339 with offset, not in the future, not before 2000.
    public static func signingInstant(_ text: String, now: Timestamp, field: String = "signedAt")
        -> Result<Timestamp, ErrorBody>
    {
        if let blank = blank(text, field: field, label: "时间") { return .failure(blank) }
        guard let instant = Timestamp(rfc3339: text.trimmingWhitespace) else {
            return .failure(
                ErrorBody(
                    .invalidField, field: field,
                    "\(field) must be a date-time with offset such as 2023-03-05T23:30:00+08:00 / 时间格式应为 2023-03-05T23:30:00+08:00"
                ))
        }
        if instant.epochSeconds > now.epochSeconds + futureToleranceSeconds {
            return .failure(ErrorBody(.invalidField, field: field, "\(field) \(text) is in the future / 时间不能晚于当前时间"))
        }
        if instant.businessDate.year < 2000 {
            return .failure(ErrorBody(.invalidField, field: field, "\(field) \(text) is before 2000 / 时间过早"))
        }
        return .success(instant)
    }

    public static func stage(_ text: String) -> Result<Stage, ErrorBody> {
        if let blank = blank(text, field: "stage", label: "阶段") { return .failure(blank) }
        guard let stage = Stage(lenient: text) else {
            return .failure(
                ErrorBody(
                    .invalidField, field: "stage",
                    "unknown stage '\(text)'; use one of \(Stage.wireValueList) / 未知阶段，可选：线索、已接洽、在谈、签约、开工、投产、终止"))
        }
        return .success(stage)
    }

    /// A `requestId`, when given: 1–200 characters.
    public static func requestId(_ text: String?) -> ErrorBody? {
        guard let text else { return nil }
        guard !text.isEmpty, text.unicodeScalars.count <= maxNameLength else {
            return ErrorBody(.invalidField, field: "requestId", "requestId must be 1–200 characters / 请求编号长度应为1至200个字符")
        }
        return nil
    }

    /// A lead id as typed, as its number.
    public static func leadNumber(_ text: String, field: String = "leadId") -> Result<Int64, ErrorBody> {
        if let blank = blank(text, field: field, label: "线索编号") { return .failure(blank) }
        guard let number = LeadID.number(in: text) else {
            return .failure(
                ErrorBody(.invalidField, field: field, "'\(text)' is not a lead id like L-000042 / 线索编号格式不正确"))
        }
        return .success(number)
    }

    static func blank(_ text: String, field: String, label: String) -> ErrorBody? {
        text.trimmingWhitespace.isEmpty
            ? ErrorBody(.missingField, field: field, "\(field) is required / \(label)不能为空") : nil
    }

    static func amount(_ text: String, field: String) -> Result<Money, ErrorBody> {
        switch MoneyParser.parse(text) {
        case .failure(let error):
            return .failure(ErrorBody(.invalidField, field: field, "\(field) '\(text)': \(error.message)"))
        case .success(let money) where money > maxAmount:
            return .failure(
                ErrorBody(
                    .invalidField, field: field, "\(field) '\(text)' is over 1万亿 yuan; check the unit / 金额超过1万亿元，请检查单位")
            )
        case .success(let money):
            return .success(money)
        }
    }

    static func required(_ text: String, field: String, label: String, limit: Int = maxNameLength) throws -> String {
        let value = text.trimmingWhitespace
        guard !value.isEmpty else {
            throw ErrorBody(.missingField, field: field, "\(field) must not be empty / \(label)不能为空")
        }
        guard value.unicodeScalars.count <= limit else {
            throw ErrorBody(.invalidField, field: field, "\(field) is longer than \(limit) characters / \(label)过长")
        }
        return value
    }

    static func optional(_ text: String?, field: String, limit: Int) throws -> String? {
        guard let value = text?.trimmingWhitespace, !value.isEmpty else { return nil }
        guard value.unicodeScalars.count <= limit else {
            throw ErrorBody(.invalidField, field: field, "\(field) is longer than \(limit) characters / 内容过长")
        }
        return value
    }

    private static func optionalWireValue<Value: WireValue>(
        _ text: String?, _ type: Value.Type, field: String, label: String
    )
        throws -> Value?
    {
        guard let value = text?.trimmingWhitespace, !value.isEmpty else { return nil }
        guard let parsed = Value(lenient: value) else {
            let choices = Value.allCases.map { "\($0.rawValue) (\($0.chineseLabel))" }.joined(separator: ", ")
            throw ErrorBody(
                .invalidField, field: field, "unknown \(field) '\(value)'; use one of \(choices) / 未知\(label)")
        }
        return parsed
    }

    private static func optionalAmount(_ text: String?) throws -> Money? {
        guard let value = text?.trimmingWhitespace, !value.isEmpty else { return nil }
        return try amount(value, field: "estimatedInvestment").get()
    }
}
