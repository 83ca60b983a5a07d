import Foundation
import LeadMessages
import Testing

/// A simulated year after the signing, through the real services on a moved clock: signings,
/// milestones, funds in place with a correction and a withdrawal, a voided signing, follow-ups.
/// Every indicator of every quarter and of the year equals what this test works out from its own
/// list of projects (not from the Reporting code); the 三个一批 of two consecutive quarters shows a
/// project moving from one round's 开工 to the next round's 投产; the 年考核 of three units and five
/// officers equals the scores worked out by hand below, and is frozen when the year closes.
@Suite(.serialized) struct AfterSigningEndToEndTests {
    /// One project as the test knows it: what it records, and so what every report must say.
    struct Project {
        var company: String
        var officer: String
        var unit: String
        var signed: String
        var amountYi: Int
        var voided = false
        var started: String? = nil
        var registered: String? = nil
        var operating: String? = nil
        /// Funds as they stand after corrections: (date, 万元).
        var funds: [(String, Int64)] = []
        var startBy: String? = nil
        var followUps: [String] = []
    }

    @Test func aYearOfIndicatorsRoundsAndTheAssessment() throws {
        let today = Timestamp.now().businessDate
        let year = today.year + 1
        func d(_ monthDay: String) -> String { "\(year)-\(monthDay)" }
        let config = #"{"targets": {"\#(year)": {"projects": 10, "amount": "100亿", "fundsInPlace": "20亿"}}}"#
        let cluster = try ServiceCluster(config: config, movableClock: true)
        try cluster.start()
        // The services live on 30 December of the simulated year: everything below is in their past.
        let lastDay = try #require(CivilDate(year: year, month: 12, day: 30))
        try cluster.moveClock(days: Int(lastDay.daysSinceEpoch - today.daysSinceEpoch))

        var projects: [Project] = [
            Project(
                company: "郑州恒远精密机械有限公司", officer: "王敏", unit: "一科", signed: d("01-10"), amountYi: 12,
                started: d("03-15"), operating: d("09-01"), funds: [(d("02-01"), 25_000), (d("05-10"), 30_000)],
                startBy: d("03-01"), followUps: [d("01-05"), d("06-01")]),
            Project(
                company: "洛阳润丰新材料有限公司", officer: "王敏", unit: "一科", signed: d("02-20"), amountYi: 25,
                started: d("05-20"), operating: d("08-20"), funds: [(d("06-30"), 50_000)]),
            Project(
                company: "开封嘉禾食品有限公司", officer: "李强", unit: "二科", signed: d("04-08"), amountYi: 8,
                started: d("07-01"), registered: d("07-15"), funds: [(d("08-01"), 10_000)], followUps: [d("03-20")]),
            Project(
                company: "新乡瑞达电子有限公司", officer: "张伟", unit: "二科", signed: d("05-05"), amountYi: 3,
                voided: true, followUps: [d("04-01")]),
            Project(
                company: "中国建筑第七工程局有限公司", officer: "赵磊", unit: "三科", signed: d("07-20"), amountYi: 15,
                started: d("10-08"), funds: [(d("11-01"), 20_000)], followUps: [d("07-01")]),
            Project(
                company: "许昌永信物流有限公司", officer: "陈静", unit: "三科", signed: d("08-15"), amountYi: 6,
                startBy: d("10-01"), followUps: [d("09-01")]),
            // Signed the year before: its funds and its 开工 count in this year, not in this year's cohort.
            Project(
                company: "平顶山宏业化工有限公司", officer: "陈静", unit: "三科", signed: "\(year - 1)-11-01", amountYi: 10,
                started: d("01-20"), funds: [(d("03-01"), 10_000)]),
        ]
        func must(_ arguments: [String]) -> [String: Any]? {
            let run = cluster.leadctl(arguments + ["--json"])
            #expect(run.status == 0, "\(arguments): \(run.stdout) \(run.stderr)")
            return run.json()
        }
        var ids: [String] = []
        for project in projects {
            let id = try #require(
                must([
                    "submit", "--company", project.company, "--headquarters", "郑州", "--project",
                    "\(project.company)扩建项目",
                    "--officer", project.officer,
                ])?["leadId"] as? String)
            ids.append(id)
            _ = must(["assign", id, "--unit", project.unit, "--reason", "分包"])
            _ = must(["sign", id, "--amount", "\(project.amountYi)亿", "--at", "\(project.signed)T10:00:00+08:00"])
            if let startBy = project.startBy { _ = must(["plan", id, "--start-by", startBy]) }
            for on in project.followUps {
                _ = must(["follow-up", id, "--kind", "拜访", "--on", on, "--summary", "走访企业"])
            }
            for (milestone, on) in [("开工", project.started), ("入统", project.registered), ("投产", project.operating)] {
                if let on { _ = must(["milestone", id, milestone, "--on", on, "--evidence", "\(milestone)佐证材料"]) }
            }
        }
        // Funds: the first project's first entry is typed as 2亿, then corrected to 2.5亿; a
        // duplicate entry is withdrawn; every other entry is recorded as it stands.
        _ = must(["funds", ids[0], "2亿", "--origin", "省外", "--on", d("02-01")])
        _ = must([
            "funds", ids[0], "2.5亿", "--origin", "省外", "--on", d("02-01"), "--corrects", "F-1", "--reason", "回单更正",
        ])
        _ = must(["funds", ids[0], "3亿", "--origin", "境外", "--on", d("05-10")])
        _ = must(["funds", ids[0], "3亿", "--origin", "境外", "--on", d("05-10")])
        _ = must(["funds", ids[0], "0", "--origin", "境外", "--on", d("05-10"), "--corrects", "F-3", "--reason", "重复录入"])
        for (index, project) in projects.enumerated() where index > 0 {
            for (on, wan) in project.funds {
                _ = must(["funds", ids[index], "\(wan)万", "--origin", "市外省内", "--on", on])
            }
        }
        _ = must(["void", ids[3], "--reason", "企业撤回投资"])
        // Bad input changes nothing: each is refused with its field.
        for (arguments, field) in [
            (["milestone", ids[5], "投产", "--on", d("10-01"), "--evidence", "x"], "milestone"),
            (["milestone", ids[5], "开工", "--on", d("08-01"), "--evidence", "x"], "on"),
            (["funds", ids[5], "1亿", "--origin", "省外", "--on", "\(year + 1)-01-05"], "on"),
            // `--` so that the negative amount is read as the argument it is, not as an option.
            (["funds", "--origin", "省外", "--on", d("09-01"), "--json", "--", ids[5], "-1亿"], "amount"),
            (["funds", ids[5], "61亿", "--origin", "省外", "--on", d("09-01")], "amount"),
            (["funds", ids[3], "1亿", "--origin", "省外", "--on", d("06-01")], "leadId"),
        ] {
            let run = cluster.leadctl(arguments.contains("--") ? arguments : arguments + ["--json"])
            #expect(
                run.status != 0 && (run.stderr + run.stdout).contains("\"\(field)\""),
                "\(arguments): \(run.stdout) \(run.stderr)")
        }
        projects[3].voided = true

        let status = cluster.leadctl(["status", "--json"]).json()
        let head = try #require(
            ((status?["lead-intake"] as? [String: Any])?["status"] as? [String: Any])?["lastSequence"] as? Int)
        #expect(
            cluster.eventually(timeoutSeconds: 60) {
                (cluster.leadctl(["report", "yearly", "--year", "\(year)", "--format", "json"]).json()?[
                    "basedOnSequence"]
                    as? Int) == head
            }, "\(cluster.logs())")

        // Every quarter and the year against the test's own arithmetic.
        let periods = (1...4).map { ("quarterly", "\(year)-Q\($0)") } + [("yearly", "\(year)")]
        for (index, (command, period)) in periods.enumerated() {
            let first = index < 4 ? d(["01-01", "04-01", "07-01", "10-01"][index]) : d("01-01")
            let last = index < 4 ? d(["03-31", "06-30", "09-30", "12-31"][index]) : d("12-31")
            let flag = command == "quarterly" ? "--quarter" : "--year"
            let report = try #require(cluster.leadctl(["report", command, flag, period, "--format", "json"]).json())
            let indicators = try #require(report["indicators"] as? [String: Any], "\(period): \(report.keys)")
            let expected = Expectation(projects, year: year, first: first, last: last)
            #expect(indicators["fundsInPlaceYuan"] as? String == expected.periodFunds, "\(period)")
            #expect(indicators["ytdFundsInPlaceYuan"] as? String == expected.ytdFunds, "\(period)")
            #expect(indicators["fundsEntries"] as? Int == expected.periodEntries, "\(period)")
            let counts = (indicators["milestones"] as? [[String: Any]] ?? []).map {
                "\($0["milestone"] as? String ?? "?")=\($0["projects"] as? Int ?? -1)"
            }
            #expect(counts == expected.milestoneCounts, "\(period): \(counts)")
            let cohort = try #require(indicators["cohort"] as? [String: Any])
            #expect(cohort["signedProjects"] as? Int == expected.cohortProjects, "\(period)")
            #expect(cohort["contractYuan"] as? String == expected.cohortContract, "\(period)")
            #expect(cohort["fundsInPlaceYuan"] as? String == expected.cohortFunds, "\(period)")
            #expect(cohort["voidedProjects"] as? Int == expected.cohortVoided, "\(period)")
            for (key, value) in [
                ("startRate", expected.startRate), ("operatingRate", expected.operatingRate),
                ("fundsRate", expected.fundsRate), ("fulfilmentRate", expected.fulfilmentRate),
            ] {
                #expect(cohort[key] as? Double == value, "\(period) \(key): \(String(describing: cohort[key]))")
            }
            #expect(indicators["targetFundsInPlaceYuan"] as? String == "2000000000")
        }

        // 三个一批: Q2 and Q3. The second project started in Q2's 开工一批 and is in Q3's 投产一批.
        func rounds(_ quarter: String) -> [String: [String]] {
            let report = cluster.leadctl(["report", "rounds", "--quarter", quarter, "--format", "json"]).json() ?? [:]
            return ["signed", "started", "operating"].reduce(into: [:]) { result, key in
                result[key] = ((report[key] as? [String: Any])?["lines"] as? [[String: Any]] ?? []).map {
                    "\($0["leadId"] as? String ?? "?") \($0["signedRound"] as? String ?? "-")/\($0["startedRound"] as? String ?? "-")/\($0["operatingRound"] as? String ?? "-")"
                }
            }
        }
        let q2 = rounds("\(year)-Q2")
        #expect(q2["signed"] == ["\(ids[2]) \(year)-Q2/\(year)-Q3/-"], "\(q2)")
        #expect(q2["started"] == ["\(ids[1]) \(year)-Q1/\(year)-Q2/\(year)-Q3"], "\(q2)")
        #expect(q2["operating"] == [], "\(q2)")
        let q3 = rounds("\(year)-Q3")
        #expect(q3["signed"] == ["\(ids[4]) \(year)-Q3/\(year)-Q4/-", "\(ids[5]) \(year)-Q3/-/-"], "\(q3)")
        #expect(q3["started"] == ["\(ids[2]) \(year)-Q2/\(year)-Q3/-"], "\(q3)")
        #expect(
            // In the order they went into production: the second on 08-20, the first on 09-01.
            q3["operating"] == [
                "\(ids[1]) \(year)-Q1/\(year)-Q2/\(year)-Q3", "\(ids[0]) \(year)-Q1/\(year)-Q1/\(year)-Q3",
            ],
            "\(q3)")
        // The 季通报 presents its round.
        let quarterly = cluster.leadctl(["report", "quarterly", "--quarter", "\(year)-Q3"])
        #expect(quarterly.stdout.contains("投产一批") && quarterly.stdout.contains("开工率"), "\(quarterly.stdout)")

        // The 年考核, worked out by hand with the default scheme (weights 10 10 5 5 5 20 25 15 5;
        // 1 point off per late start, 2 per voided signing; reference: the best figure).
        let units = assessment(cluster, year: year, key: "units")
        #expect(units == ["1 一科 94", "2 三科 51.47", "3 二科 21.59"], "\(units)")
        let officers = assessment(cluster, year: year, key: "officers")
        #expect(officers == ["1 王敏 94", "2 赵磊 31.91", "3 李强 21.09", "4 陈静 19.55", "5 张伟 0.5"], "\(officers)")
        let liveYear = cluster.leadctl(["report", "assessment", "--year", "\(year)", "--format", "json"]).json()
        #expect(liveYear?["frozenAt"] == nil)
        let table = cluster.leadctl(["report", "assessment", "--year", "\(year)"])
        #expect(table.stdout.contains("一科：94 分") && table.stdout.contains("未按期开工项目"), "\(table.stdout)")
        // Samples for people to read (.build/samples/), as the screenshots are.
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/samples")
        try? FileManager.default.createDirectory(at: samples, withIntermediateDirectories: true)
        try? Data(quarterly.stdout.utf8).write(to: samples.appendingPathComponent("quarterly-report.txt"))
        try? Data(table.stdout.utf8).write(to: samples.appendingPathComponent("assessment.txt"))

        // The year closes: the 年考核 is frozen as it stood, and a later change does not move it.
        try cluster.moveClock(days: Int(lastDay.daysSinceEpoch - today.daysSinceEpoch) + 3)
        #expect(
            cluster.eventually(timeoutSeconds: 30) {
                cluster.leadctl(["report", "assessment", "--year", "\(year)", "--format", "json"]).json()?["frozenAt"]
                    != nil
            })
        _ = must(["follow-up", ids[3], "--kind", "电话", "--on", d("12-01"), "--summary", "补记"])
        Thread.sleep(forTimeInterval: 1)
        #expect(assessment(cluster, year: year, key: "officers") == officers)
        for format in ["csv", "md", "html"] {
            let run = cluster.leadctl(["report", "assessment", "--year", "\(year)", "--format", format])
            #expect(run.status == 0 && run.stdout.contains("王敏"), "\(format): \(run.stderr)")
        }
    }

    func assessment(_ cluster: ServiceCluster, year: Int, key: String) -> [String] {
        let report = cluster.leadctl(["report", "assessment", "--year", "\(year)", "--format", "json"]).json()
        return (report?[key] as? [[String: Any]] ?? []).map { score in
            let value = score["score"] as? Double ?? -1
            let text = value == value.rounded() ? String(Int(value)) : String(value)
            return "\(score["rank"] as? Int ?? 0) \(score["name"] as? String ?? "?") \(text)"
        }
    }

    /// The indicators of a period, from the test's own project list and the definitions in the spec.
    struct Expectation {
        var periodFunds = "", ytdFunds = "", cohortContract = "", cohortFunds = ""
        var periodEntries = 0, cohortProjects = 0, cohortVoided = 0
        var milestoneCounts: [String] = []
        var startRate: Double?, operatingRate: Double?, fundsRate: Double?, fulfilmentRate: Double?

        init(_ projects: [Project], year: Int, first: String, last: String) {
            let yearStart = "\(year)-01-01"
            let live = projects.filter { !$0.voided }
            func wan(_ value: Int64) -> String { String(value * 10_000) }
            let entries = live.flatMap(\.funds)
            periodFunds = wan(entries.filter { $0.0 >= first && $0.0 <= last }.reduce(0) { $0 + $1.1 })
            periodEntries = entries.filter { $0.0 >= first && $0.0 <= last }.count
            ytdFunds = wan(entries.filter { $0.0 >= yearStart && $0.0 <= last }.reduce(0) { $0 + $1.1 })
            func reached(_ date: String?) -> Bool { date.map { $0 >= first && $0 <= last } ?? false }
            milestoneCounts = [
                "started=\(live.filter { reached($0.started) }.count)",
                "registered=\(live.filter { reached($0.registered) }.count)",
                "operating=\(live.filter { reached($0.operating) }.count)", "full-production=0", "above-scale=0",
            ]
            let cohort = live.filter { $0.signed >= yearStart && $0.signed <= last }
            cohortProjects = cohort.count
            cohortVoided = projects.filter { $0.voided && $0.signed >= yearStart && $0.signed <= last }.count
            let contract = Int64(cohort.reduce(0) { $0 + $1.amountYi }) * 10_000
            cohortContract = wan(contract)
            let funds = cohort.flatMap(\.funds).filter { $0.0 <= last }.reduce(0) { $0 + $1.1 }
            cohortFunds = wan(funds)
            let started = cohort.filter { ($0.started ?? "9999") <= last }.count
            let operating = cohort.filter { ($0.operating ?? "9999") <= last }.count
            startRate = Self.rate(Int64(started), Int64(cohortProjects))
            operatingRate = Self.rate(Int64(operating), Int64(cohortProjects))
            fundsRate = Self.rate(funds, contract)
            fulfilmentRate = Self.rate(Int64(cohortProjects), Int64(cohortProjects + cohortVoided))
        }

        /// Percent, one decimal, half up, by integer arithmetic.
        static func rate(_ part: Int64, _ whole: Int64) -> Double? {
            whole == 0 ? nil : Double((part * 2000 + whole) / (2 * whole)) / 10
        }
    }
}
