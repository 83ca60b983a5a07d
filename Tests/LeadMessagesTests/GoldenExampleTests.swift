import Foundation
import Testing

@testable import LeadMessages

/// Every golden example in Protocols/examples decodes as its body type and re-encodes to the same JSON.
@Suite struct GoldenExampleTests {
    struct IndexEntry: Decodable {
        var file: String
        var body: String
    }

    static let examples: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Protocols/examples")

    static func index() throws -> [IndexEntry] {
        try JSONDecoder().decode(
            [IndexEntry].self, from: Data(contentsOf: examples.appendingPathComponent("index.json")))
    }

    @Test func everyExampleFileIsIndexed() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.examples.path)
            .filter { $0.hasSuffix(".json") && $0 != "index.json" }
        #expect(Set(files) == Set(try Self.index().map(\.file)))
        #expect(files.count >= 20)
    }

    @Test func examplesDecodeAndReencode() throws {
        for entry in try Self.index() {
            let data = try Data(contentsOf: Self.examples.appendingPathComponent(entry.file))
            let reencoded = try Self.roundTrip(Array(data), body: entry.body)
            let original = try JSONSerialization.jsonObject(with: data) as? NSDictionary
            let again = try JSONSerialization.jsonObject(with: Data(reencoded)) as? NSDictionary
            #expect(original != nil && original == again, "\(entry.file) changed on re-encoding")
        }
    }

    static func roundTrip(_ bytes: [UInt8], body: String) throws -> [UInt8] {
        func through<T: Codable & Sendable>(_ type: T.Type) throws -> [UInt8] {
            MessageCodec.encode(try MessageCodec.decodeAny(T.self, from: bytes).get())
        }
        switch body {
        case "LeadSubmission": return try through(LeadSubmission.self)
        case "AdvanceLead": return try through(AdvanceLead.self)
        case "SignLead": return try through(SignLead.self)
        case "LeadReference": return try through(LeadReference.self)
        case "ListLeads": return try through(ListLeads.self)
        case "ReplayEvents": return try through(ReplayEvents.self)
        case "WeeklyReportQuery": return try through(WeeklyReportQuery.self)
        case "EmptyBody": return try through(EmptyBody.self)
        case "LeadEvent": return try through(LeadEvent.self)
        case "Heartbeat": return try through(Heartbeat.self)
        case "SubmitResult": return try through(SubmitResult.self)
        case "Lead": return try through(Lead.self)
        case "LeadPage": return try through(LeadPage.self)
        case "EventPage": return try through(EventPage.self)
        case "Recommendation": return try through(Recommendation.self)
        case "ProspectQuery": return try through(ProspectQuery.self)
        case "ProspectList": return try through(ProspectList.self)
        case "LeadHistory": return try through(LeadHistory.self)
        case "PipelineQuery": return try through(PipelineQuery.self)
        case "PipelineView": return try through(PipelineView.self)
        case "DuplicateCheck": return try through(DuplicateCheck.self)
        case "DuplicateCheckResult": return try through(DuplicateCheckResult.self)
        case "PeriodReport": return try through(PeriodReport.self)
        case "PeriodReportQuery": return try through(PeriodReportQuery.self)
        case "IncreaseCapital": return try through(IncreaseCapital.self)
        case "VoidSigning": return try through(VoidSigning.self)
        case "ImportLeads": return try through(ImportLeads.self)
        case "ImportResult": return try through(ImportResult.self)
        case "AuditQuery": return try through(AuditQuery.self)
        case "AuditPage": return try through(AuditPage.self)
        case "ServiceStatus": return try through(ServiceStatus.self)
        case "CityConflictsQuery": return try through(CityConflictsQuery.self)
        case "ConflictList": return try through(ConflictList.self)
        case "CityNoticesQuery": return try through(CityNoticesQuery.self)
        case "NoticePage": return try through(NoticePage.self)
        case "RegisterProject": return try through(RegisterProject.self)
        case "ProjectRegistration": return try through(ProjectRegistration.self)
        case "CityRegistrationsQuery": return try through(CityRegistrationsQuery.self)
        case "RegistrationPage": return try through(RegistrationPage.self)
        case "DecideConflict": return try through(DecideConflict.self)
        case "ConflictRecord": return try through(ConflictRecord.self)
        case "ErrorBody": return try through(ErrorBody.self)
        case "RecordFollowUp": return try through(RecordFollowUp.self)
        case "AssignLead": return try through(AssignLead.self)
        case "PlanMilestones": return try through(PlanMilestones.self)
        case "EditLead": return try through(EditLead.self)
        case "RecordMilestone": return try through(RecordMilestone.self)
        case "RecordFunds": return try through(RecordFunds.self)
        case "RoundsQuery": return try through(RoundsQuery.self)
        case "RoundsReport": return try through(RoundsReport.self)
        case "AssessmentQuery": return try through(AssessmentQuery.self)
        case "AssessmentReport": return try through(AssessmentReport.self)
        case "BoardQuery": return try through(BoardQuery.self)
        case "SupervisionBoard": return try through(SupervisionBoard.self)
        case "IssueOrder": return try through(IssueOrder.self)
        case "OrderAction": return try through(OrderAction.self)
        case "SupervisionOrder": return try through(SupervisionOrder.self)
        case "OrderPage": return try through(OrderPage.self)
        case "InboxQuery": return try through(InboxQuery.self)
        case "MarkRead": return try through(MarkRead.self)
        case "InboxPage": return try through(InboxPage.self)
        case "MonthlyReviewQuery": return try through(MonthlyReviewQuery.self)
        case "MonthlyReview": return try through(MonthlyReview.self)
        case "WeeklySupervisionQuery": return try through(WeeklySupervisionQuery.self)
        case "SupervisionLine": return try through(SupervisionLine.self)
        default: throw GoldenError(message: "unknown body type \(body) in index.json")
        }
    }

    struct GoldenError: Error { var message: String }
}
