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
        func due() -> [String] {
            (cluster.leadctl(["board", "--due", "--json"]).json()?["rows"] as? [[String: Any]] ?? []).compactMap {
                $0["leadId"] as? String
            }
        }
        #expect(due().isEmpty, "the next follow-up (day 25) is not due on day 11")

        // Day 60: the lead nobody followed up turns yellow.
        try cluster.moveClock(days: 60)
        let stale = light(idle, becomes: "yellow")
        #expect(reasons(stale).first?["rule"] as? String == "stale")
        #expect(reasons(stale).first?["days"] as? Int == 60)
        #expect(reasons(stale).first?["since"] as? String == day(0))
        #expect(due() == [signed], "the follow-up planned for day 25 is overdue on day 60")

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
    /// 督办: issued to a unit, refused to someone outside it, acknowledged and answered by a member;
    /// another, to a person, left past its deadline, goes up yellow, red, then to the 包联领导.
    @Test func ordersAreAnsweredOrEscalatedPastTheirDeadline() throws {
        let cluster = try ServiceCluster(
            config: #"{"units": {"区投资促进局一科": ["wangmin"]}}"#, movableClock: true)
        try cluster.start()
        try cluster.addKey("wangmin", role: "officer")
        try cluster.addKey("lina", role: "officer")
        let today = Timestamp.now().businessDate
        func day(_ offset: Int) -> String { today.adding(days: Int64(offset)).description }
        func error(_ run: ServiceCluster.Run) -> [String: Any]? { run.jsonLines().first?["error"] as? [String: Any] }
        let lead = try #require(
            cluster.leadctl(["submit", "--company", "中建七局", "--headquarters", "郑州", "--project", "数据中心", "--json"])
                .jsonLines().first?["leadId"] as? String)
        #expect(cluster.leadctl(["assign", lead, "--leader", "李副区长", "--reason", "分包", "--json"]).status == 0)
        // The supervisor knows the lead (and its leader) once it has applied intake's events.
        #expect(
            cluster.eventually {
                let row = (cluster.leadctl(["board", "--lead", lead, "--json"]).json()?["rows"] as? [[String: Any]])?
                    .first
                return (row?["responsibility"] as? [String: Any])?["leader"] as? String == "李副区长"
            })
        func order(_ arguments: [String], as name: String = ServiceCluster.admin) -> ServiceCluster.Run {
            cluster.leadctl(as: name, ["order", lead] + arguments + ["--json"])
        }
        let first = order(["--unit", "区投资促进局一科", "--request", "协调用地指标", "--deadline", day(7)])
        let unitOrder = try #require(first.json()?["orderId"] as? String, "\(first.stdout) \(first.stderr)")
        #expect(first.json()?["level"] as? String == "blue")

        // Only a member of the unit signs for it and answers it.
        let stranger = cluster.leadctl(as: "lina", ["acknowledge", unitOrder, "--json"])
        #expect(error(stranger)?["code"] as? String == "forbidden")
        #expect(
            cluster.leadctl(as: "wangmin", ["acknowledge", unitOrder, "--json"]).json()?["state"] as? String
                == "acknowledged")
        let answered = cluster.leadctl(as: "wangmin", ["answer", unitOrder, "--answer", "已协调自然资源局", "--json"]).json()
        #expect(answered?["state"] as? String == "answered")
        #expect(answered?["answeredBy"] as? String == "wangmin")

        // Refused, and nothing issued: a past deadline, an unknown unit, an officer issuing.
        #expect(
            error(order(["--unit", "区投资促进局一科", "--request", "r", "--deadline", day(-1)]))?["field"] as? String
                == "deadline")
        #expect(error(order(["--unit", "二科", "--request", "r", "--deadline", day(3)]))?["field"] as? String == "unit")
        #expect(
            error(order(["--person", "lina", "--request", "r", "--deadline", day(3)], as: "wangmin"))?["code"]
                as? String == "forbidden")

        // To a person, left unanswered: yellow the day after the deadline, red a week after, then the leader.
        let personal = try #require(
            order(["--person", "lina", "--request", "回访企业", "--deadline", day(3)]).json()?["orderId"] as? String)
        func level(_ orderId: String, becomes wanted: String) -> [String: Any]? {
            var found: [String: Any]?
            let seen = cluster.eventually {
                found = (cluster.leadctl(["orders", "--lead", lead, "--json"]).json()?["orders"] as? [[String: Any]])?
                    .first { $0["orderId"] as? String == orderId }
                return found?["level"] as? String == wanted
            }
            #expect(seen, "\(orderId) did not reach \(wanted): \(String(describing: found))")
            return found
        }
        try cluster.moveClock(days: 4)
        _ = level(personal, becomes: "yellow")
        try cluster.moveClock(days: 10)
        _ = level(personal, becomes: "red")
        try cluster.moveClock(days: 17)
        let top = level(personal, becomes: "leader")
        #expect((top?["escalations"] as? [[String: Any]])?.map { $0["on"] as? String } == [day(4), day(10), day(17)])
        #expect(top?["leader"] as? String == "李副区长")
        // The answered order stays where it was; lina sees hers as overdue; the escalations are audited.
        #expect(level(unitOrder, becomes: "blue")?["state"] as? String == "answered")
        let mine =
            cluster.leadctl(as: "lina", ["orders", "--mine", "--overdue", "--json"]).json()?["orders"]
            as? [[String: Any]]
        #expect(mine?.map { $0["orderId"] as? String } == [personal])
        let audit = cluster.leadctl(["audit", "--identity", "lead-supervisor", "--json"]).stdout
        #expect(audit.contains("escalated to leader"), "\(audit)")
    }
}
