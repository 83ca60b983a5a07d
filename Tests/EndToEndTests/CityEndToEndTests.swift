import Foundation
import StorageTesting
import Testing

/// One city over three districts (issue 19): each district a real lead-intake and lead-reporter
/// with its own keys and data, lead-city following the three intakes over CURVE.
@Suite(.serialized) struct CityEndToEndTests {
    static let districts = [("huiji", "惠济区"), ("jinshui", "金水区"), ("erqi", "二七区")]
    static let conformanceClient = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("python/city_client.py")

    /// The districts' stacks and the city, keys exchanged as OPERATIONS.md says.
    final class City {
        let districts: [ServiceCluster]
        let city: ServiceCluster
        let cityQueries: String

        init() throws {
            let cityQueries = "tcp://127.0.0.1:\(try ServiceCluster.freePorts(1)[0])"
            self.cityQueries = cityQueries
            // Each district's lead-supervisor fetches its conflict notices from the city, its
            // lead-intake the city's registrations; 惠济 refuses an unregistered big signing, the
            // others flag it (the default).
            districts = try CityEndToEndTests.districts.map { code, _ in
                let rule = code == "huiji" ? #", "registration": {"mode": "refuse"}"# : ""
                return try ServiceCluster(
                    config: #"{"city": {"queries": "\#(cityQueries)", "district": "\#(code)"}\#(rule)}"#)
            }
            let entries = zip(CityEndToEndTests.districts, districts).map { names, district in
                """
                {"code": "\(names.0)", "name": "\(names.1)", "intakeCommands": "\(district.endpoints["intakeCommands"] ?? "")",
                 "intakeEvents": "\(district.endpoints["intakeEvents"] ?? "")"}
                """
            }
            city = try ServiceCluster(config: #"{"districts": [\#(entries.joined(separator: ","))]}"#)
            try city.addKey("lead-city", role: nil)
            let files = FileManager.default
            for ((code, _), district) in zip(CityEndToEndTests.districts, districts) {
                // The city holds each district intake's public key; each district authorizes the city's.
                try files.copyItem(
                    at: district.keysDirectory.appendingPathComponent("lead-intake.pub"),
                    to: city.keysDirectory.appendingPathComponent("lead-intake-\(code).pub"))
                try city.authorize("lead-intake-\(code)", role: "service")
                try files.copyItem(
                    at: city.keysDirectory.appendingPathComponent("lead-city.pub"),
                    to: district.keysDirectory.appendingPathComponent("lead-city.pub"))
                try district.authorize("lead-city", role: "service")
                try files.copyItem(
                    at: district.keysDirectory.appendingPathComponent("lead-supervisor.pub"),
                    to: city.keysDirectory.appendingPathComponent("lead-supervisor-\(code).pub"))
                try city.authorize("lead-supervisor-\(code)", role: "service")
            }
            for district in districts {
                for service in Self.districtServices { try district.start(service) }
            }
            try startCity()
            for district in districts { try district.waitUntilReady(services: Self.districtServices) }
        }

        /// A district's services here: no matcher (the city needs none of its work).
        static let districtServices = ["lead-intake", "lead-reporter", "lead-supervisor"]

        /// lead-city's PostgreSQL database on the second pass: the same one across restarts (a
        /// restart after kill -9 must find its store), a new one when the test rebuilds the city.
        var databaseURL: String?

        /// Starts lead-city on its store; `fresh`: on an empty one (a rebuilt city).
        func startCity(fresh: Bool = false) throws {
            var arguments = ["--city-queries", cityQueries]
            if let server = TestDatabase.postgresURL {
                if fresh || databaseURL == nil { databaseURL = try TestDatabase.freshPostgresDatabase(on: server).url }
                arguments += ["--database-url", databaseURL ?? ""]
            } else if fresh {
                try? FileManager.default.removeItem(at: city.dataDirectory.appendingPathComponent("lead-city"))
            }
            try city.start("lead-city", extraArguments: arguments)
            guard city.eventually(timeoutSeconds: 120, { self.cityctl(["status", "--json"]).status == 0 }) else {
                throw ClusterError("lead-city not ready; logs: \(city.logs())")
            }
        }

        func cityctl(_ arguments: [String]) -> ServiceCluster.Run {
            city.leadctl(arguments + ["--city", "--city-queries", cityQueries, "--timeout", "2000", "--retries", "1"])
        }

        /// Submits a lead in district `index`; returns its id.
        @discardableResult
        func submit(_ index: Int, _ company: String, _ project: String, hq: String = "北京") throws -> String {
            try submitted(index, company, project, hq: hq).leadId
        }

        /// Submits a lead in district `index`; returns its id and when its intake stored it.
        func submitted(_ index: Int, _ company: String, _ project: String, hq: String = "北京") throws -> (
            leadId: String, createdAt: Date
        ) {
            let run = districts[index].leadctl([
                "submit", "--company", company, "--headquarters", hq, "--project", project, "--json",
            ])
            let leadId = try #require(run.jsonLines().first?["leadId"] as? String, "\(run.stdout) \(run.stderr)")
            let lead = districts[index].leadctl(["show", leadId, "--json"]).json()
            let createdAt = (lead?["createdAt"] as? String).flatMap { CityEndToEndTests.instant($0) }
            return (leadId, try #require(createdAt, "\(lead ?? [:])"))
        }

        /// District `index`'s city-conflict notifications in the test identity's inbox.
        func cityNotices(_ index: Int) -> [[String: Any]] {
            let page = districts[index].leadctl(["inbox", "--json"]).json()
            return ((page?["items"] as? [[String: Any]]) ?? []).compactMap { $0["notification"] as? [String: Any] }
                .filter { $0["kind"] as? String == "city-conflict" }
        }

        func intakeHead(_ index: Int) -> Int? {
            // The districts run no matcher or supervisor here: do not wait long for them.
            let status = districts[index].leadctl(["status", "--json", "--timeout", "300", "--retries", "1"]).json()
            return ((status?["lead-intake"] as? [String: Any])?["status"] as? [String: Any])?["lastSequence"] as? Int
        }

        /// lead-city's streams, by district code.
        func streams() -> [String: [String: Any]] {
            let status = cityctl(["status", "--json"]).json()
            let streams =
                ((status?["lead-city"] as? [String: Any])?["status"] as? [String: Any])?["streams"] as? [[String: Any]]
            return Dictionary(
                uniqueKeysWithValues: (streams ?? []).compactMap { stream in
                    (stream["district"] as? String).map { ($0, stream) }
                })
        }

        /// Whether the city applied every district's whole stream.
        func caughtUp() -> Bool {
            let streams = streams()
            return CityEndToEndTests.districts.indices.allSatisfy { index in
                guard let head = intakeHead(index), let stream = streams[CityEndToEndTests.districts[index].0] else {
                    return false
                }
                return stream["lastSequence"] as? Int == head && stream["lag"] as? Int == 0
            }
        }
    }

    static func instant(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }

    /// The yearly report of 2023 from each district's reporter and from the city: the city's is
    /// their sum, to the fen, and its district breakdown gives each district its own total.
    static func checkSums(_ city: City) throws {
        let districtReports = city.districts.map {
            $0.leadctl(["report", "yearly", "--year", "2023", "--json"]).json()
        }
        let cityReport = try #require(city.cityctl(["report", "yearly", "--year", "2023", "--json"]).json())
        func fen(_ report: [String: Any]?, _ key: String) -> Int64 {
            Int64(report?[key] as? String ?? "") ?? -1
        }
        #expect(
            fen(cityReport, "signedAmountYuan") == districtReports.map { fen($0, "signedAmountYuan") }.reduce(0, +))
        #expect(fen(cityReport, "ytdAmountYuan") == districtReports.map { fen($0, "ytdAmountYuan") }.reduce(0, +))
        #expect(
            cityReport["signedProjects"] as? Int
                == districtReports.map { $0?["signedProjects"] as? Int ?? -1 }.reduce(0, +))
        let byDistrict =
            (cityReport["breakdowns"] as? [[String: Any]])?.first { $0["dimension"] as? String == "district" }?["rows"]
            as? [[String: Any]] ?? []
        for ((code, _), report) in zip(Self.districts, districtReports) {
            let row = byDistrict.first { $0["value"] as? String == code }
            let amount = fen(report, "signedAmountYuan")
            #expect((Int64(row?["amountYuan"] as? String ?? "") ?? 0) == amount, "district \(code)")
        }
        // Every event of every district applied exactly once.
        let heads = Self.districts.indices.compactMap { city.intakeHead($0) }
        #expect(cityReport["basedOnSequence"] as? Int == heads.reduce(0, +))
    }

    @Test func cityFollowsThreeDistrictsFindsConflictsAndCatchesUpAfterKill() throws {
        let started = Date()
        func lap(_ what: String) { print("city test: \(what) at \(Int(Date().timeIntervalSince(started)))s") }
        let city = try City()
        lap("started")
        // 惠济 reports the company first; 金水 pursues the same project of it a moment later.
        let first = try city.submit(0, "中建七局（郑州）有限公司", "郑州北区数据中心项目")
        let second = try city.submitted(1, "中建七局有限公司", "郑州北区数据中心建设项目")
        let other = try city.submit(2, "宁德时代新能源科技股份有限公司", "二七储能电池项目", hq: "福建宁德")
        // 30亿 needs the city's registration first: 惠济 refuses the signing until the city has it.
        let signFirst = ["sign", first, "--amount", "30亿", "--at", "2023-03-06T10:00:00+08:00", "--json"]
        let refused = city.districts[0].leadctl(signFirst)
        #expect(
            (refused.jsonLines().first?["error"] as? [String: Any])?["code"] as? String == "unregistered-project",
            "\(refused.stdout)")
        #expect(city.city.eventually(timeoutSeconds: 10) { city.streams()["huiji"]?["lastSequence"] as? Int == 1 })
        let registered = city.cityctl(["register", "--district", "huiji", first, "--note", "省联席会议同意", "--json"])
        #expect(registered.json()?["companyName"] as? String == "中建七局（郑州）有限公司", "\(registered.stdout)")
        #expect(city.city.eventually(timeoutSeconds: 10) { city.districts[0].leadctl(signFirst).status == 0 })
        // 二七 flags an unregistered big signing instead: signed, marked, listed for the city.
        let flagged = city.districts[2].leadctl([
            "sign", other, "--amount", "12.5亿", "--at", "2023-05-10T10:00:00+08:00", "--json",
        ])
        #expect(
            ((flagged.json()?["signing"] as? [String: Any])?["unregistered"] as? Bool) == true, "\(flagged.stdout)")
        #expect(city.city.eventually(timeoutSeconds: 30) { city.caughtUp() }, "\(city.city.logs())")
        let registrations = try #require(city.cityctl(["registrations", "--json"]).json())
        #expect((registrations["registrations"] as? [[String: Any]])?.map { $0["leadId"] as? String } == [first])
        let unregistered = registrations["unregisteredSignings"] as? [[String: Any]]
        #expect(unregistered?.map { "\($0["district"] ?? "")/\($0["leadId"] ?? "")" } == ["erqi/\(other)"])
        lap("caught up")
        let conflicts = try #require(city.cityctl(["conflicts", "--json"]).json())
        #expect(conflicts["total"] as? Int == 1)
        let conflict = (conflicts["conflicts"] as? [[String: Any]])?.first
        #expect(conflict?["kind"] as? String == "same-project")
        #expect((conflict?["first"] as? [String: Any])?["district"] as? String == "huiji")
        #expect((conflict?["first"] as? [String: Any])?["leadId"] as? String == first)
        #expect((conflict?["second"] as? [String: Any])?["district"] as? String == "jinshui")
        let onlyErqi = city.cityctl(["conflicts", "--district", "erqi", "--json"]).json()
        #expect(onlyErqi?["total"] as? Int == 0)
        // Both districts are told, each in its officer's inbox: 惠济 keeps priority, 金水 is told it
        // does not; neither learns the other's project or amount.
        #expect(
            city.city.eventually(timeoutSeconds: 10) {
                city.cityNotices(0).count == 1 && city.cityNotices(1).count == 1
            })
        let toFirst = city.cityNotices(0).last
        let toSecond = city.cityNotices(1).last
        #expect(toFirst?["leadId"] as? String == first)
        #expect((toFirst?["text"] as? String)?.contains("本区首报") == true, "\(toFirst ?? [:])")
        #expect((toSecond?["text"] as? String)?.contains("惠济区首报") == true, "\(toSecond ?? [:])")
        #expect((toSecond?["text"] as? String)?.contains("郑州北区数据中心项目") == false)
        #expect(city.cityNotices(2).isEmpty)
        // A client written from the spec alone (Protocols §21) agrees, as the city's supervisor and
        // as 惠济's lead-supervisor.
        let python = URL(fileURLWithPath: "/usr/bin/env")
        let conformance = city.city.run(
            python,
            [
                "python3", Self.conformanceClient.path, "--city", city.cityQueries,
                "--keys-dir", city.city.keysDirectory.path, "--key", ServiceCluster.admin, "--district", "huiji",
                "--district-keys-dir", city.districts[0].keysDirectory.path, "--district-key", "lead-supervisor",
                "--other-district", "jinshui", "--expect-conflicts", "1",
            ])
        #expect(conformance.status == 0, "city_client.py:\n\(conformance.stdout)\n\(conformance.stderr)")
        // The city overrules: 金水 keeps it. Both districts are told, and the decision is audited.
        let conflictId = try #require(conflict?["conflictId"] as? Int)
        let decided = city.cityctl([
            "decide", "\(conflictId)", "--keeps", "jinshui", "--reason", "金水区已完成用地预审", "--json",
        ])
        #expect((decided.json()?["decision"] as? [String: Any])?["keeps"] as? String == "jinshui", "\(decided.stdout)")
        #expect(city.city.eventually(timeoutSeconds: 10) { city.cityNotices(1).count == 2 })
        #expect(
            city.cityNotices(1).contains { ($0["text"] as? String)?.contains("市局裁决由本区继续洽谈") == true },
            "\(city.cityNotices(1))")
        #expect(city.city.eventually(timeoutSeconds: 10) { city.cityNotices(0).count == 2 })
        let audit = city.cityctl(["audit", "--json"])
        #expect(audit.stdout.contains("city.decide"), "\(audit.stdout)")
        // What crossed to a district is recorded too: the notices 惠济's supervisor fetched.
        #expect(
            audit.stdout.contains("city.notices") && audit.stdout.contains("lead-supervisor-huiji"), "\(audit.stdout)")
        // Within a second of the second lead, by the services' own stamps (one host, one clock):
        // from its intake's createdAt to the notification the first district's supervisor made.
        let notified = (toFirst?["createdAt"] as? String).flatMap { Self.instant($0) }
        let notifiedAt = try #require(notified)
        let latency = notifiedAt.timeIntervalSince(second.createdAt)
        print("city test: conflict notified \(Int(latency * 1000)) ms after the second lead was stored")
        #expect(latency < 1.0)
        try Self.checkSums(city)

        // kill -9 of the city while the districts keep working; it catches up from their logs.
        city.city.kill("lead-city")
        let late = try city.submit(1, "比亚迪股份有限公司", "金水新能源汽车零部件项目", hq: "广东深圳")
        #expect(
            city.districts[1].leadctl(["sign", late, "--amount", "8亿", "--at", "2023-07-01T10:00:00+08:00"]).status
                == 0)
        for index in 0..<3 { _ = try city.submit(index, "郑州某科技有限公司\(index)", "项目\(index)", hq: "河南郑州") }
        lap("before restart")
        try city.startCity()
        lap("restarted")
        #expect(city.city.eventually(timeoutSeconds: 30) { city.caughtUp() }, "\(city.city.logs())")
        lap("caught up again")
        try Self.checkSums(city)
        #expect(city.cityctl(["conflicts", "--json"]).json()?["total"] as? Int == 1)

        // A district that is down does not stop the city; its stream shows where the city stands.
        city.districts[2].stop("lead-intake")
        let status = city.cityctl(["status"])
        #expect(status.status == 0 && status.stdout.contains("district erqi"), "\(status.stdout)")
        // Heartbeats stop: after five seconds the line says its lag is not known.
        #expect(
            city.city.eventually(timeoutSeconds: 20) {
                city.cityctl(["status"]).stdout.split(separator: "\n").contains {
                    $0.contains("district erqi") && $0.contains("NOT HEARD for")
                }
            })
        _ = try city.submit(0, "河南某物流有限公司", "惠济物流园项目", hq: "河南郑州")
        #expect(
            city.city.eventually(timeoutSeconds: 15) {
                city.streams()["huiji"]?["lastSequence"] as? Int == city.intakeHead(0)
            })

        // The city rebuilt from nothing (its store lost): it replays the districts, and a district
        // that had fetched notices up to a higher number still gets the new store's — the store's
        // identity changed, so its lead-supervisor starts again from the first.
        // Two more decisions first, so that 惠济 has fetched notices numbered beyond what the
        // rebuilt store will reach: without the store's identity it would skip the new ones.
        for keeps in ["huiji", "jinshui"] {
            let again = city.cityctl(["decide", "\(conflictId)", "--keeps", keeps, "--reason", "复议", "--json"])
            #expect(again.status == 0, "\(again.stdout) \(again.stderr)")
        }
        #expect(city.city.eventually(timeoutSeconds: 10) { city.cityNotices(0).count == 4 })
        city.city.kill("lead-city")
        try city.startCity(fresh: true)
        let before = city.cityNotices(0).count
        try city.submit(1, "阿里巴巴（中国）有限公司", "金水数字经济园", hq: "浙江杭州")
        try city.submit(0, "阿里巴巴(中国)有限公司", "惠济云计算中心", hq: "浙江杭州")
        #expect(
            city.city.eventually(timeoutSeconds: 30) {
                city.cityNotices(0).contains { ($0["title"] as? String)?.contains("阿里巴巴") == true }
            }, "\(city.cityNotices(0))")
        #expect(city.cityNotices(0).count > before)
    }
}
