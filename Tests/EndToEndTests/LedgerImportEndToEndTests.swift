import Foundation
import Testing

/// An officer brings the bureau's Excel ledger: `leadctl import` against the real services.
@Suite(.serialized) struct LedgerImportEndToEndTests {
    static let ledger = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("LedgerTests/Resources/huiji-ledger-2023.xlsx").path

    func actions(_ run: ServiceCluster.Run) -> [String] {
        ((run.json()?["lines"] as? [[String: Any]]) ?? []).map { "\($0["row"] ?? "?") \($0["action"] ?? "?")" }
    }

    func leadCount(_ cluster: ServiceCluster) -> Int {
        ((cluster.leadctl(["list", "--json"]).json()?["leads"] as? [Any]) ?? []).count
    }

    @Test func dryRunThenAllOrNothingThenNoSecondCopy() throws {
        let cluster = try ServiceCluster()
        try cluster.start()
        let existing = cluster.leadctl([
            "submit", "--company", "中建七局", "--headquarters", "河南郑州", "--project", "花园口智能制造产业园建设项目", "--json",
        ])
        #expect(existing.status == 0, "\(existing.stderr)")

        // The dry run shows every row's fate and changes nothing.
        let dry = cluster.leadctl(["import", Self.ledger, "--dry-run", "--json"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(
            actions(dry) == [
                "4 duplicate", "5 create", "6 create", "8 duplicate", "9 reject", "10 create", "11 create", "12 reject",
                "13 skip",
            ])
        #expect(dry.json()?["dryRun"] as? Bool == true)
        #expect(dry.json()?["toCreate"] as? Int == 4)
        #expect(leadCount(cluster) == 1)
        let text = cluster.leadctl(["import", Self.ledger, "--dry-run"])
        #expect(text.stdout.contains("第9行"), "\(text.stdout)")
        #expect(text.stdout.contains("试运行"))

        // Rejected rows: nothing is imported unless the officer says to leave them out.
        let refused = cluster.leadctl(["import", Self.ledger, "--json"])
        #expect(refused.status == 1)
        #expect(refused.json()?["refused"] as? Bool == true)
        #expect(leadCount(cluster) == 1)

        let imported = cluster.leadctl(["import", Self.ledger, "--skip-rejected", "--json"])
        #expect(imported.status == 0, "\(imported.stdout) \(imported.stderr)")
        #expect(imported.json()?["created"] as? Int == 4)
        let lines = (imported.json()?["lines"] as? [[String: Any]]) ?? []
        let sdic = try #require(lines.first { $0["row"] as? Int == 10 })
        let sdicId = try #require(sdic["leadId"] as? String)
        #expect(leadCount(cluster) == 5)
        let shown = cluster.leadctl(["show", sdicId, "--json"]).json()
        #expect(shown?["stage"] as? String == "signed")
        #expect((shown?["signing"] as? [String: Any])?["amountYuan"] as? String == "123000")

        // The signing counts in its week's report (2023-06-18 is a Sunday: week 2023-W24).
        #expect(
            cluster.eventually {
                let report = cluster.leadctl(["report", "weekly", "--week", "2023-W24", "--json"]).json()
                return report?["signedProjects"] as? Int == 1
            })
        // Imported leads are recommended like any other.
        #expect(cluster.eventually { cluster.leadctl(["recommendation", sdicId, "--json"]).status == 0 })

        // Exported as a ledger, the pipeline reads back as what it is: every lead a duplicate of itself.
        let exported = cluster.dataDirectory.appendingPathComponent("pipeline.xlsx").path
        let export = cluster.leadctl(["export", "--format", "xlsx", "--out", exported])
        #expect(export.status == 0, "\(export.stderr)")
        let roundTrip = cluster.leadctl(["import", exported, "--dry-run", "--json"])
        #expect(
            actions(roundTrip) == ["2 duplicate", "3 duplicate", "4 duplicate", "5 duplicate", "6 duplicate"],
            "\(roundTrip.stdout)")
        let csv = cluster.leadctl(["export", "--format", "csv"])
        // (The byte-order mark Excel needs is checked in LedgerExportTests; reading stdout drops it.)
        #expect(csv.stdout.replacingOccurrences(of: "\u{FEFF}", with: "").hasPrefix("线索编号,企业名称"))
        #expect(csv.stdout.contains("L-000004,国投电力控股股份有限公司"))
        let report = cluster.dataDirectory.appendingPathComponent("w24.xlsx")
        #expect(
            cluster.leadctl(["report", "weekly", "--week", "2023-W24", "--format", "xlsx", "--out", report.path]).status
                == 0)
        #expect(try Data(contentsOf: report).prefix(2) == Data("PK".utf8))

        // The same ledger again: every row is now a duplicate of what it created.
        let again = cluster.leadctl(["import", Self.ledger, "--skip-rejected", "--json"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.json()?["created"] as? Int == 0)
        #expect(leadCount(cluster) == 5)
    }

    /// Ledgers as other offices save them (issue 18), through leadctl against the real services: a
    /// CSV in GBK from Excel's "CSV (逗号分隔)" and its UTF-8-with-BOM twin give the same plan; a
    /// ledger headed 客商名称 / 投资方所在地 / 产业类型 with 文化旅游 imports, the industry read through
    /// the matcher's lexicon; an .xls is refused with how to convert it.
    @Test func gbkCSVUnusualHeadersAndOfficersIndustryWordsImport() throws {
        let cluster = try ServiceCluster()
        try cluster.start()
        let resources = URL(fileURLWithPath: Self.ledger).deletingLastPathComponent()
        let gbk = resources.appendingPathComponent("huiji-ledger-2023.gbk.csv").path
        let utf8 = resources.appendingPathComponent("huiji-ledger-2023.csv").path
        let gbkPlan = cluster.leadctl(["import", gbk, "--dry-run", "--json"])
        #expect(gbkPlan.status == 0, "\(gbkPlan.stderr)")
        #expect(actions(gbkPlan) == actions(cluster.leadctl(["import", utf8, "--dry-run", "--json"])))
        #expect(actions(gbkPlan).filter { $0.hasSuffix("create") }.count == 3, "\(actions(gbkPlan))")
        let imported = cluster.leadctl(["import", gbk, "--json"])
        #expect(imported.json()?["created"] as? Int == 3, "\(imported.stdout) \(imported.stderr)")
        let names = ((cluster.leadctl(["list", "--json"]).json()?["leads"] as? [[String: Any]]) ?? []).compactMap {
            $0["companyName"] as? String
        }
        #expect(names.contains("腾讯科技（深圳）有限公司"), "\(names)")

        let other = cluster.dataDirectory.appendingPathComponent("另一个区的台账.csv")
        try Data(
            "客商名称,投资方所在地,项目名称,产业类型,计划总投资（亿元）,招商责任人\n山东文旅集团有限公司,山东济南,黄河文化旅游综合体,文化旅游,12,李娜\n"
                .utf8
        ).write(to: other)
        let run = cluster.leadctl(["import", other.path, "--json"])
        #expect(run.json()?["created"] as? Int == 1, "\(run.stdout) \(run.stderr)")
        let line = try #require((run.json()?["lines"] as? [[String: Any]])?.first)
        let leadId = try #require(line["leadId"] as? String)
        let lead = cluster.leadctl(["show", leadId, "--json"]).json()
        #expect(lead?["headquarters"] as? String == "山东济南")
        #expect(lead?["industry"] as? String != nil, "文化旅游 read through the lexicon: \(String(describing: lead))")
        #expect((lead?["estimatedInvestmentYuan"] as? String) == "1200000000")

        let xls = cluster.dataDirectory.appendingPathComponent("旧台账.xls")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)).write(to: xls)
        let refused = cluster.leadctl(["import", xls.path, "--dry-run"])
        #expect(refused.status != 0 && refused.stderr.contains("另存为 .xlsx"), "\(refused.stderr)")
    }

    /// Another district's template saved by Excel (openpyxl): other header spellings for the
    /// investor, its seat, the industry, the amounts in 亿元, the officer and the date, a merged
    /// title row, a date cell, and industry words as officers type them.
    @Test func anXLSXWithAnotherDistrictsHeadersImports() throws {
        let cluster = try ServiceCluster()
        try cluster.start()
        let file = URL(fileURLWithPath: Self.ledger).deletingLastPathComponent()
            .appendingPathComponent("another-district-ledger.xlsx").path
        let plan = cluster.leadctl(["import", file, "--dry-run", "--json"])
        #expect(plan.status == 0, "\(plan.stdout) \(plan.stderr)")
        #expect(actions(plan) == ["3 create", "4 create", "5 create"], "\(plan.stdout)")
        // The mapping the dry run shows: each field to its column, in the template's order.
        let columns = (plan.json()?["columns"] as? [String: String] ?? [:]).compactMapValues { Int($0) }
        let order = [
            "companyName", "headquarters", "projectName", "industry", "estimatedInvestment", "officer", "signedAt",
            "signedAmount", "carrierPark",
        ]
        #expect(
            order.compactMap { columns[$0] } == Array(1...9).map { $0 + (columns["companyName"] ?? 1) - 1 },
            "\(columns)")
        let imported = cluster.leadctl(["import", file, "--json"])
        #expect(imported.json()?["created"] as? Int == 3, "\(imported.stdout) \(imported.stderr)")
        let leads = (cluster.leadctl(["list", "--json"]).json()?["leads"] as? [[String: Any]]) ?? []
        let signed = try #require(leads.first { $0["companyName"] as? String == "山东黄河文旅投资集团有限公司" })
        #expect(signed["stage"] as? String == "signed")
        let signing = signed["signing"] as? [String: Any]
        #expect(
            signing?["amountYuan"] as? String == "1000000000", "10 亿元 in a 亿元 column: \(String(describing: signing))")
        #expect((signing?["signedAt"] as? String)?.hasPrefix("2023-04-18") == true, "\(String(describing: signing))")
        #expect(signed["headquarters"] as? String == "山东济南")
        #expect(signed["estimatedInvestmentYuan"] as? String == "1200000000")
        #expect(signed["carrierPark"] as? String == "大运河文化片区")
        let digital = try #require(leads.first { $0["companyName"] as? String == "深圳前海数联科技有限公司" })
        #expect(digital["industry"] as? String != nil, "数字经济 read through the lexicon: \(digital)")
        #expect(digital["estimatedInvestmentYuan"] as? String == "300000000")
    }

    @Test func aFileThatIsNotALedgerIsAClearError() throws {
        let cluster = try ServiceCluster()
        try cluster.start()
        let notes = cluster.dataDirectory.appendingPathComponent("notes.csv")
        try Data("hello,world\n1,2\n".utf8).write(to: notes)
        let run = cluster.leadctl(["import", notes.path, "--dry-run"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("企业名称"), "\(run.stderr)")
        let broken = cluster.dataDirectory.appendingPathComponent("broken.xlsx")
        try Data("not a zip".utf8).write(to: broken)
        #expect(cluster.leadctl(["import", broken.path, "--dry-run"]).stderr.contains("xlsx"))
    }
}
