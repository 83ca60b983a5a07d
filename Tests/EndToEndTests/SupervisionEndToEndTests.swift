import Foundation
import LeadMessages
import Testing

/// The lights through the real services, with their clocks moved (never slept): a lead left alone
/// turns yellow at day 60 and red at day 90, a follow-up turns it green; a missed 开工 date turns a
/// signed project yellow, then red. Follow-ups, assignments and plans go through leadctl to intake.
@Suite(.serialized) struct SupervisionEndToEndTests {
    @Test func lightsFollowMovedTimeFollowUpsAndMissedDates() throws {
        let cluster = try ServiceCluster(movableClock: true)
        try cluster.start()
        let today = Timestamp.now().businessDate
        func day(_ offset: Int) -> String { today.adding(days: Int64(offset)).description }
        func submit(_ company: String, _ project: String) throws -> String {
            let run = cluster.leadctl([
                "submit", "--company", company, "--headquarters", "深圳", "--project", project, "--json",
            ])
            #expect(run.status == 0, "\(run.stdout) \(run.stderr)")
            return try #require(run.jsonLines().first?["leadId"] as? String)
        }
        func must(_ arguments: [String]) {
            let run = cluster.leadctl(arguments + ["--json"])
            #expect(run.status == 0, "\(arguments): \(run.stdout) \(run.stderr)")
        }
        /// The lead's row on the board, once the supervisor shows it with `color`.
        func light(_ lead: String, becomes color: String) -> [String: Any]? {
            var row: [String: Any]?
            let seen = cluster.eventually {
                let board = cluster.leadctl(["board", "--lead", lead, "--json"]).json()
                row = (board?["rows"] as? [[String: Any]])?.first
                return (row?["light"] as? [String: Any])?["color"] as? String == color
            }
            #expect(seen, "\(lead) did not turn \(color): \(String(describing: row))")
            return row
        }
        func reasons(_ row: [String: Any]?) -> [[String: Any]] {
            (row?["light"] as? [String: Any])?["reasons"] as? [[String: Any]] ?? []
        }

        let idle = try submit("比亚迪股份有限公司", "电池基地")
        let signed = try submit("中建七局", "数据中心")
        must(["sign", signed, "--amount", "12亿"])
        must(["plan", signed, "--start-by", day(10)])
        must(["assign", signed, "--unit", "区投资促进局一科", "--leader", "李副区长", "--reason", "重点项目分包"])
        _ = light(idle, becomes: "green")
        _ = light(signed, becomes: "green")

        // Day 11: the start date has passed; a visit that day keeps the signed project from going stale.
        try cluster.moveClock(days: 11)
        must(["follow-up", signed, "--kind", "拜访", "--on", day(11), "--summary", "协调施工许可", "--next", day(25)])
        let late = light(signed, becomes: "yellow")
        #expect(reasons(late).first?["rule"] as? String == "milestone-overdue")
        #expect(reasons(late).first?["milestone"] as? String == "start")
        #expect(reasons(late).first?["days"] as? Int == 1)

        // Day 60: the lead nobody followed up turns yellow.
        try cluster.moveClock(days: 60)
        let stale = light(idle, becomes: "yellow")
        #expect(reasons(stale).first?["rule"] as? String == "stale")
        #expect(reasons(stale).first?["days"] as? Int == 60)
        #expect(reasons(stale).first?["since"] as? String == day(0))

        // Day 90: red; a call that day turns it green again.
        try cluster.moveClock(days: 90)
        #expect(reasons(light(idle, becomes: "red")).first?["limitDays"] as? Int == 90)
        must(["follow-up", idle, "--kind", "电话", "--on", day(90), "--summary", "对方仍有意向"])
        _ = light(idle, becomes: "green")

        // Day 100: the start is 90 days late, so the signed project is red.
        try cluster.moveClock(days: 100)
        let overdue = light(signed, becomes: "red")
        #expect(reasons(overdue).first?["days"] as? Int == 90)
        #expect((overdue?["responsibility"] as? [String: Any])?["unit"] as? String == "区投资促进局一科")

        // The board filters by unit and light, and counts by light.
        let board = cluster.leadctl(["board", "--unit", "区投资促进局一科", "--json"]).json()
        #expect((board?["rows"] as? [[String: Any]])?.map { $0["leadId"] as? String } == [signed])
        #expect((board?["counts"] as? [String: Int])?["red"] == 1)
        let text = cluster.leadctl(["board"])
        #expect(text.stdout.contains("红灯 1") && text.stdout.contains("计划开工日期"), "\(text.stdout)")

        // Bad input changes nothing: a contact in the future, a next date before it, an officer assigning.
        let future = cluster.leadctl([
            "follow-up", idle, "--kind", "电话", "--on", day(101), "--summary", "x", "--json",
        ])
        #expect(future.status != 0)
        #expect((future.jsonLines().first?["error"] as? [String: Any])?["field"] as? String == "on")
        let backwards = cluster.leadctl([
            "follow-up", idle, "--kind", "电话", "--on", day(99), "--summary", "x", "--next", day(98), "--json",
        ])
        #expect((backwards.jsonLines().first?["error"] as? [String: Any])?["field"] as? String == "nextFollowUpOn")
        try cluster.addKey("wangmin", role: "officer")
        let officer = cluster.leadctl(as: "wangmin", ["assign", idle, "--unit", "一科", "--reason", "x", "--json"])
        #expect((officer.jsonLines().first?["error"] as? [String: Any])?["code"] as? String == "forbidden")
        let history = cluster.leadctl(["history", idle, "--json"]).json()
        #expect((history?["entries"] as? [Any])?.count == 2, "only the submission and the call are recorded")
    }
}
