import Foundation
import LeadMessages
import LeadMessagesTesting
import Testing

@testable import Supervision

/// The lights on moved days: the shipped rules (60/90/180 days idle; a milestone yellow the day
/// after its date, red 90 days late; a signing due 180 days after negotiations begin).
@Suite struct LightRulesTests {
    let rules: LightRules
    let created: CivilDate

    init() throws {
        rules = LightRules(rules: try SupervisionRules.load(overrideDirectory: nil))
        created = try date("2023-01-02")
    }

    func lead(stage: Stage = .contacted, plan: MilestonePlan? = nil) -> SupervisedLead {
        SupervisedLead(
            leadId: "L-000001", companyName: "比亚迪", projectName: "电池基地", stage: stage, officer: "王敏", owner: "wangmin",
            responsibility: nil, plan: plan, createdOn: created, stageSince: created,
            entered: [stage.rawValue: created], followUps: nil)
    }

    func day(_ offset: Int64) -> CivilDate { created.adding(days: offset) }

    @Test func aLeadLeftAloneTurnsYellowAt60RedAt90AndIsForDroppingAt180() throws {
        let idle = lead()
        #expect(rules.light(idle, on: day(59))?.color == .green)
        let yellow = try #require(rules.light(idle, on: day(60)))
        #expect(yellow.color == .yellow)
        #expect(yellow.reasons == [LightReason(rule: .stale, color: .yellow, since: created, days: 60, limitDays: 60)])
        #expect(rules.light(idle, on: day(89))?.color == .yellow)
        #expect(rules.light(idle, on: day(90))?.reasons.first?.limitDays == 90)
        #expect(rules.light(idle, on: day(90))?.color == .red)
        #expect(rules.light(idle, on: day(179))?.suggestDrop == nil)
        #expect(rules.light(idle, on: day(180))?.suggestDrop == true)
    }

    @Test func aFollowUpResetsTheIdleDays() {
        var followed = lead()
        followed.followUps = FollowUpSummary(count: 1, trips: 0, lastOn: day(85), nextOn: nil)
        #expect(rules.light(followed, on: day(90))?.color == .green)
        #expect(rules.light(followed, on: day(145))?.color == .yellow)
    }

    @Test func aMissedStartDateTurnsYellowThenRedUntilTheProjectStarts() throws {
        var signed = lead(stage: .signed, plan: MilestonePlan(startBy: day(30)))
        signed.followUps = FollowUpSummary(count: 1, trips: 0, lastOn: day(40), nextOn: nil)
        #expect(rules.light(signed, on: day(30))?.color == .green)
        let late = try #require(rules.light(signed, on: day(31)))
        #expect(late.color == .yellow)
        #expect(late.reasons.first?.milestone == .start)
        #expect(late.reasons.first?.since == day(30))
        #expect(rules.light(signed, on: day(120))?.color == .red)
        #expect(rules.light(signed, on: day(120))?.reasons.first?.days == 90)
        signed.stage = .started
        signed.stageSince = day(119)
        #expect(rules.light(signed, on: day(120))?.color == .green)
    }

    @Test func aSigningIsDueByDefault180DaysAfterNegotiationsBegin() throws {
        var negotiating = lead(stage: .negotiating)
        negotiating.entered["negotiating"] = day(10)
        negotiating.stageSince = day(10)
        negotiating.followUps = FollowUpSummary(count: 3, trips: 1, lastOn: day(185), nextOn: nil)
        #expect(rules.light(negotiating, on: day(190))?.color == .green)
        let overdue = try #require(rules.light(negotiating, on: day(191)))
        #expect(overdue.reasons.first?.milestone == .sign)
        #expect(overdue.reasons.first?.defaultDate == true)
        // The lead's own plan wins over the default.
        negotiating.plan = MilestonePlan(signBy: day(300))
        #expect(rules.light(negotiating, on: day(191))?.color == .green)
    }

    @Test func theWorstReasonComesFirstAndInactiveLeadsHaveNoLight() {
        let both = lead(stage: .contacted, plan: MilestonePlan(signBy: day(20)))
        let light = rules.light(both, on: day(70))
        #expect(light?.color == .yellow)
        #expect(light?.reasons.map(\.rule) == [.stale, .milestoneOverdue])
        #expect(rules.light(lead(stage: .dropped), on: day(400)) == nil)
        #expect(rules.light(lead(stage: .operating), on: day(400)) == nil)
    }

    @Test func theBoardListsFollowUpsDueByTomorrow() throws {
        var due = lead()
        due.followUps = FollowUpSummary(count: 1, trips: 0, lastOn: day(1), nextOn: day(11))
        var later = lead()
        later.leadId = "L-000002"
        later.followUps = FollowUpSummary(count: 1, trips: 0, lastOn: day(1), nextOn: day(12))
        let lit = [due, later, lead()].compactMap { lead in
            rules.light(lead, on: day(10)).map { LitLead(lead: lead, light: $0) }
        }
        let board = try BoardView.make(BoardQuery(due: true), from: lit, owner: nil, asOf: day(10), rules: "r").get()
        #expect(board.rows.map(\.leadId) == ["L-000001"])
        #expect(board.rows.first?.nextFollowUpOn == day(11))
    }

    @Test func factsFollowTheEventsStageChangesAndFollowUps() throws {
        let at = try instant("2023-01-02T09:00:00+08:00")
        var record = Lead(
            leadId: "L-000001", companyName: "比亚迪", headquarters: "深圳", projectName: "电池基地", industry: nil,
            description: nil, estimatedInvestmentYuan: nil, channel: nil, parentCompany: nil, officer: "王敏",
            stage: .lead, signing: nil, createdAt: at, updatedAt: at, owner: "wangmin")
        var facts = SupervisedLead.applying(LeadEvent(sequence: 1, lead: record), to: nil)
        #expect(facts.stageSince == created)
        record.stage = .negotiating
        record.updatedAt = try instant("2023-02-01T23:30:00+08:00")
        facts = SupervisedLead.applying(LeadEvent(sequence: 2, lead: record), to: facts)
        #expect(facts.stageSince == CivilDate("2023-02-01"))
        #expect(facts.entered["negotiating"] == CivilDate("2023-02-01"))
        record.updatedAt = try instant("2023-03-01T10:00:00+08:00")
        record.followUps = FollowUpSummary(count: 1, trips: 0, lastOn: try date("2023-02-28"), nextOn: nil)
        facts = SupervisedLead.applying(LeadEvent(sequence: 3, lead: record), to: facts)
        #expect(facts.stageSince == CivilDate("2023-02-01"))  // no stage change
        #expect(facts.lastActivityOn == CivilDate("2023-02-28"))
    }

    @Test(arguments: [
        (#"{"stale":{"yellowAfterDays":90,"redAfterDays":60}}"#, "stale"),
        (#"{"milestones":{"yellowAfterDaysLate":30,"redAfterDaysLate":30}}"#, "milestones"),
        (#"{"activeStages":["lead","pending"]}"#, "pending"),
        (#"{"defaultPlan":[{"milestone":"sign","afterEntering":"negotiating","days":0,"source":"x"}]}"#, "days"),
        (#"{"stale":{"source":" "}}"#, "source"),
    ])
    func badRulesAreRefusedWithTheirReason(patch: String, mentions: String) throws {
        let url = try #require(SupervisionRules.shippedFile)
        var file = try #require(try JSONSerialization.jsonObject(with: try Data(contentsOf: url)) as? [String: Any])
        let change = try #require(try JSONSerialization.jsonObject(with: Data(patch.utf8)) as? [String: Any])
        for (key, value) in change {
            if var section = file[key] as? [String: Any], let values = value as? [String: Any] {
                section.merge(values) { $1 }
                file[key] = section
            } else {
                file[key] = value
            }
        }
        let data = try JSONSerialization.data(withJSONObject: file)
        #expect {
            try SupervisionRules(json: data)
        } throws: { error in
            "\(error)".contains(mentions)
        }
    }
}
