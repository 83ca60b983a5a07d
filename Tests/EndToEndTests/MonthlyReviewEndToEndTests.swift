import Foundation
import LeadMessages
import Supervision
import Testing

/// The 月督查 through the real services on a moved clock: a test month's report, frozen at its
/// close, equals what the test works out itself from what it did (the days, the thresholds of
/// 60/90 days without activity and of a milestone 1 day late), and stays as it was after a
/// later follow-up dated inside the month.
@Suite(.serialized) struct MonthlyReviewEndToEndTests {
    @Test func aClosedMonthsReviewIsFrozenAndEqualsTheExpectation() throws {
        let cluster = try ServiceCluster(config: #"{"units": {"区投资促进局一科": ["wangmin"]}}"#, movableClock: true)
        try cluster.start()
        try cluster.addKey("wangmin", role: "officer")
        let today = Timestamp.now().businessDate
        let month = ReviewMonth(containing: today.adding(days: 75))
        let s = Int(month.start.daysSinceEpoch - today.daysSinceEpoch)  // 45…75
        let e = Int(month.end.daysSinceEpoch - today.daysSinceEpoch)  // 75…105
        func day(_ offset: Int) -> String { today.adding(days: Int64(offset)).description }
        func must(_ arguments: [String], as name: String = ServiceCluster.admin) -> [String: Any]? {
            let run = cluster.leadctl(as: name, arguments + ["--json"])
            #expect(run.status == 0, "\(arguments): \(run.stdout) \(run.stderr)")
            return run.jsonLines().first
        }
        func submit(_ company: String, as name: String) throws -> String {
            try #require(
                must(["submit", "--company", company, "--headquarters", "深圳", "--project", "\(company)项目"], as: name)?[
                    "leadId"] as? String)
        }

        // Day 0: four leads; an order issued and answered before the month (not in its review).
        let idle = try submit("甲公司", as: "wangmin")
        let visited = try submit("乙公司", as: "wangmin")
        let late = try submit("丙公司", as: ServiceCluster.admin)
        let quiet = try submit("丁公司", as: ServiceCluster.admin)
        _ = must(["assign", idle, "--unit", "区投资促进局一科", "--reason", "分包"])
        _ = must(["sign", late, "--amount", "5亿"])
        _ = must(["plan", late, "--start-by", day(s - 10)])
        #expect(
            cluster.eventually { cluster.leadctl(["board", "--lead", idle, "--json"]).json()?["total"] as? Int == 1 })
        let before = try #require(
            must(["order", quiet, "--person", "wangmin", "--request", "补充材料", "--deadline", day(3)])?["orderId"]
                as? String)
        _ = must(["answer", before, "--answer", "已补充"], as: "wangmin")

        try cluster.moveClock(days: s - 5)
        _ = must(["follow-up", quiet, "--kind", "拜访", "--on", day(s - 5), "--summary", "走访"])
        try cluster.moveClock(days: s + 1)
        _ = must(
            [
                "follow-up", visited, "--kind", "outbound", "--destination", "深圳", "--on", day(s + 1), "--summary",
                "赴深圳洽谈",
            ],
            as: "wangmin")
        let answeredOrder = try #require(
            must(["order", idle, "--unit", "区投资促进局一科", "--request", "协调用地", "--deadline", day(s + 5)])?["orderId"]
                as? String)
        let openOrder = try #require(
            must(["order", late, "--person", "wangmin", "--request", "推进开工", "--deadline", day(s + 3)])?["orderId"]
                as? String)
        try cluster.moveClock(days: s + 2)
        _ = must(["follow-up", late, "--kind", "电话", "--on", day(s + 2), "--summary", "催办开工"])
        _ = must(["answer", answeredOrder, "--answer", "已协调"], as: "wangmin")

        // The month closes: the supervisor freezes its review.
        try cluster.moveClock(days: e + 1)
        var review: [String: Any]?
        #expect(
            cluster.eventually {
                review = cluster.leadctl(["review", month.description, "--json"]).json()
                return review?["frozenAt"] != nil
            }, "\(String(describing: review)) \(cluster.logs())")

        // The expectation, worked out here: 甲 idle since day 0 (e days), 丙 started late by e-(s-10)
        // days but followed up on day s+2; 乙 and 丁 followed up within 60 days.
        let idleColor = e >= 90 ? "red" : "yellow"
        let leads = review?["leads"] as? [[String: Any]] ?? []
        // Red first, then the longest overdue: 甲 (e days) before 丙 (e-s+10 days, and s > 10).
        #expect(leads.map { $0["leadId"] as? String } == [idle, late])
        let byId = Dictionary(
            uniqueKeysWithValues: leads.compactMap { row in (row["leadId"] as? String).map { ($0, row) } })
        let idleReason = byId[idle]?["reason"] as? [String: Any]
        #expect(byId[idle]?["color"] as? String == idleColor)
        #expect(idleReason?["rule"] as? String == "stale" && idleReason?["days"] as? Int == e)
        #expect(idleReason?["since"] as? String == day(0))
        let lateReason = byId[late]?["reason"] as? [String: Any]
        #expect(byId[late]?["color"] as? String == "yellow")
        #expect(lateReason?["rule"] as? String == "milestone-overdue" && lateReason?["milestone"] as? String == "start")
        #expect(lateReason?["days"] as? Int == e - (s - 10))
        #expect(review?["red"] as? Int == (idleColor == "red" ? 1 : 0))
        #expect(review?["yellow"] as? Int == (idleColor == "red" ? 1 : 2))
        #expect(review?["asOf"] as? String == month.end.description)
        func counts(_ key: String) -> [String] {
            (review?[key] as? [[String: Any]] ?? []).map {
                "\($0["key"] as? String ?? "?") \($0["red"] as? Int ?? -1)/\($0["yellow"] as? Int ?? -1)"
            }
        }
        let idleCount = idleColor == "red" ? "1/0" : "0/1"
        #expect(Set(counts("byUnit")) == ["区投资促进局一科 \(idleCount)", "未分包 0/1"])
        #expect(Set(counts("byOfficer")) == ["wangmin \(idleCount)", "\(ServiceCluster.admin) 0/1"])
        let orders = (review?["orders"] as? [[String: Any]] ?? []).map {
            "\($0["orderId"] as? String ?? "?") \($0["state"] as? String ?? "?")"
        }
        #expect(orders == ["\(answeredOrder) answered", "\(openOrder) issued"], "\(orders)")
        #expect(review?["ordersIssued"] as? Int == 2)
        #expect(review?["ordersAnswered"] as? Int == 1)
        #expect(review?["ordersOverdue"] as? Int == 1)
        #expect(review?["followUps"] as? Int == 2)
        #expect(review?["trips"] as? Int == 1)
        #expect(review?["tripDestinations"] as? [String] == ["深圳"])
        let by = (review?["followUpsBy"] as? [[String: Any]] ?? []).map {
            "\($0["recordedBy"] as? String ?? "?") \($0["count"] as? Int ?? -1)/\($0["trips"] as? Int ?? -1)"
        }
        #expect(Set(by) == ["wangmin 1/1", "\(ServiceCluster.admin) 1/0"])

        // Frozen: a follow-up dated in the month but recorded after its close changes nothing.
        _ = must(["follow-up", idle, "--kind", "电话", "--on", day(e), "--summary", "补记"])
        #expect(cluster.eventually { cluster.leadctl(["board", "--lead", idle, "--json"]).json()?["counts"] != nil })
        Thread.sleep(forTimeInterval: 0.5)
        let again = cluster.leadctl(["review", month.description, "--json"]).json()
        #expect(again?["followUps"] as? Int == 2 && (again?["leads"] as? [Any])?.count == 2)
        #expect(again?["frozenAt"] as? String == review?["frozenAt"] as? String)

        // The same report in every format.
        let table = cluster.leadctl(["review", month.description])
        #expect(table.stdout.contains("\(month) 月督查") && table.stdout.contains(idle), "\(table.stdout)")
        for format in ["csv", "md", "html", "xlsx"] {
            let file = cluster.dataDirectory.appendingPathComponent("review.\(format)")
            let run = cluster.leadctl(["review", month.description, "--format", format, "--out", file.path])
            #expect(run.status == 0, "\(format): \(run.stderr)")
            let data = (try? Data(contentsOf: file)) ?? Data()
            if format == "xlsx" {
                #expect(data.prefix(2) == Data("PK".utf8), "an xlsx is a zip")
            } else {
                let text = String(decoding: data, as: UTF8.self)
                #expect(text.contains(idle) && text.contains("红黄灯项目") && text.contains(openOrder), "\(format): \(text)")
            }
        }
        // The weekly report of the week the orders were issued ends with its supervision line
        // (frozen at the week's close): both orders, and the follow-ups dated in that week.
        let week = ISOWeek(containing: today.adding(days: Int64(s + 1)))
        let inWeek = [s - 5, s + 1, s + 2].filter { week.contains(today.adding(days: Int64($0))) }
        let trips = inWeek.filter { $0 == s + 1 }.count
        let weekly = cluster.leadctl(["report", "weekly", "--week", week.description])
        #expect(weekly.stdout.contains("本周下达督办 2 件"), "\(weekly.stdout) \(weekly.stderr)")
        #expect(weekly.stdout.contains("跟进 \(inWeek.count) 次（外出招商 \(trips) 次）"), "\(weekly.stdout)")

        // A month that has not begun, and a month that is not a month, are refused.
        let future = cluster.leadctl(["review", day(e + 60).prefix(7).description, "--json"])
        #expect((future.jsonLines().first?["error"] as? [String: Any])?["field"] as? String == "month")
        let bad = cluster.leadctl(["review", "2023-13", "--json"])
        #expect((bad.jsonLines().first?["error"] as? [String: Any])?["code"] as? String == "invalid-field")
    }
}
