import LeadMessages
import Testing

@testable import Intake

@Suite struct ValidationTests {
    func submission(
        company: String = "中建七局", hq: String = "郑州", project: String = "数据中心", amount: String? = nil,
        industry: String? = nil
    ) -> LeadSubmission {
        LeadSubmission(
            companyName: company, headquarters: hq, projectName: project, industry: industry,
            estimatedInvestment: amount)
    }

    @Test func aGoodSubmissionIsTrimmedAndParsed() throws {
        let valid = try LeadValidator.validate(submission(company: "　中建七局 ", amount: "12.3亿", industry: "智能制造")).get()
        #expect(valid.companyName == "中建七局")
        #expect(valid.estimatedInvestment?.yuanString == "1230000000")
        #expect(valid.industry == .smartManufacturing)
    }

    @Test(arguments: [
        ("companyName", LeadSubmission(companyName: "  ", headquarters: "郑州", projectName: "p")),
        ("headquarters", LeadSubmission(companyName: "c", headquarters: "", projectName: "p")),
        ("projectName", LeadSubmission(companyName: "c", headquarters: "郑州", projectName: "\u{3000}")),
    ])
    func blankRequiredFieldsAreMissing(field: String, bad: LeadSubmission) {
        guard case .failure(let error) = LeadValidator.validate(bad) else {
            Issue.record("expected \(field) to be refused")
            return
        }
        #expect(error.code == .missingField)
        #expect(error.field == field)
    }

    @Test(arguments: [
        ("requestId", LeadSubmission(companyName: "c", headquarters: "h", projectName: "p", requestId: "")),
        (
            "estimatedInvestment",
            LeadSubmission(companyName: "c", headquarters: "h", projectName: "p", estimatedInvestment: "很多")
        ),
        (
            "estimatedInvestment",
            LeadSubmission(companyName: "c", headquarters: "h", projectName: "p", estimatedInvestment: "-5亿")
        ),
        (
            "estimatedInvestment",
            LeadSubmission(companyName: "c", headquarters: "h", projectName: "p", estimatedInvestment: "5万亿")
        ),
        ("industry", LeadSubmission(companyName: "c", headquarters: "h", projectName: "p", industry: "炼金术")),
        ("channel", LeadSubmission(companyName: "c", headquarters: "h", projectName: "p", channel: "carrier pigeon")),
        (
            "companyName",
            LeadSubmission(companyName: String(repeating: "长", count: 201), headquarters: "h", projectName: "p")
        ),
    ])
    func badFieldsAreNamed(field: String, bad: LeadSubmission) {
        guard case .failure(let error) = LeadValidator.validate(bad) else {
            Issue.record("expected \(field) to be refused")
            return
        }
        #expect(error.code == .invalidField)
        #expect(error.field == field)
    }

    @Test func signingsMustBePositiveAndNotInTheFuture() throws {
        let now = try #require(Timestamp(rfc3339: "2023-03-10T12:00:00+08:00"))
        #expect(LeadValidator.signingAmount("0").isFailure)
        #expect(LeadValidator.signingAmount("12.3亿").isSuccess)
        #expect(LeadValidator.signingInstant("2023-03-11T12:00:00+08:00", now: now).isFailure)
        #expect(LeadValidator.signingInstant("2023-03-10T12:04:00+08:00", now: now).isSuccess)  // clock skew
        #expect(LeadValidator.signingInstant("2023-03-05T23:30:00+08:00", now: now).isSuccess)
        #expect(LeadValidator.signingInstant("1999-12-31T00:00:00+08:00", now: now).isFailure)
        #expect(LeadValidator.signingInstant("last tuesday", now: now).isFailure)
    }

    @Test func stageRules() {
        #expect(StageRules.checkAdvance(from: .lead, to: .negotiating) == nil)
        #expect(StageRules.checkAdvance(from: .lead, to: .signed)?.code == .invalidTransition)
        #expect(StageRules.checkAdvance(from: .lead, to: .started)?.code == .invalidTransition)
        #expect(StageRules.checkAdvance(from: .signed, to: .started) == nil)
        #expect(StageRules.checkAdvance(from: .signed, to: .negotiating)?.code == .invalidTransition)
        #expect(StageRules.checkAdvance(from: .negotiating, to: .dropped) == nil)
        #expect(StageRules.checkAdvance(from: .dropped, to: .contacted) == nil)
        #expect(StageRules.checkSigning(current: .dropped)?.code == .invalidTransition)
        #expect(StageRules.checkSigning(current: .signed) == nil)
        #expect(LeadValidator.stage("done").isFailure)
        #expect(
            LeadValidator.stage(" ") == .failure(ErrorBody(.missingField, field: "stage", "stage is required / 阶段不能为空"))
        )
        #expect(LeadValidator.leadNumber("x-1").isFailure)
        #expect(LeadValidator.leadNumber("42") == .success(42))
    }
}

extension Result {
    var isSuccess: Bool { if case .success = self { true } else { false } }
    var isFailure: Bool { !isSuccess }
}
