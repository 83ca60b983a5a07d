import Foundation
import LeadMessages
import Testing

/// The console as a person uses it: lead-web in front of the three real services, driven by
/// headless Chromium through Selenium (Tests/browser/console_test.py). Screenshots of the main
/// pages go to .build/screenshots/.
@Suite(.serialized) struct ConsoleBrowserTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("browser/console_test.py").path
    static let screenshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/screenshots")

    @Test func signInSubmitRecommendSignReportInARealBrowser() throws {
        let cluster = try ServiceCluster()
        try cluster.start()
        let console = try cluster.startConsole(
            accounts: [
                ("chief", "supervisor", "hui-ji-2023!"), ("wangmin", "officer", "wang-2023-min!"),
            ], names: ["wangmin": "王敏"])
        try FileManager.default.createDirectory(at: Self.screenshots, withIntermediateDirectories: true)
        let run = cluster.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            [
                "python3", Self.script, console, "chief", "hui-ji-2023!", Self.screenshots.path, "wangmin",
                "wang-2023-min!", LedgerImportEndToEndTests.ledger,
            ])
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        #expect(run.stdout.contains("all browser checks passed"), "\(run.stdout)")
        for page in [
            "1-sign-in", "3-lead-with-recommendation", "4-weekly-report", "5-pipeline", "9-duplicate-warning",
            "10-lead-history",
            "11-import-dry-run", "12-officer-pipeline",
        ] {
            #expect(FileManager.default.fileExists(atPath: Self.screenshots.appendingPathComponent("\(page).png").path))
        }
    }

    /// The supervision pages: the board, a 督办 order issued from it, the officer's inbox, the
    /// order signed for and answered (Tests/browser/supervision_test.py).
    @Test func boardOrderInboxAndAnswerInARealBrowser() throws {
        let cluster = try ServiceCluster(config: #"{"units": {"区投资促进局一科": ["wangmin"]}}"#, movableClock: true)
        try cluster.start()
        try cluster.addKey("wangmin", role: "officer")
        let console = try cluster.startConsole(
            accounts: [("chief", "supervisor", "hui-ji-2023!"), ("wangmin", "officer", "wang-2023-min!")],
            names: ["wangmin": "王敏"])
        func submit(_ company: String, _ project: String) throws -> String {
            try #require(
                cluster.leadctl(
                    as: "wangmin",
                    [
                        "submit", "--company", company, "--headquarters", "深圳", "--project", project, "--json",
                    ]
                ).jsonLines().first?["leadId"] as? String)
        }
        let stale = try submit("深圳市汇川技术股份有限公司", "伺服系统生产基地")
        let fresh = try submit("宁德时代新能源科技股份有限公司", "储能电池项目")
        let today = Timestamp.now().businessDate
        try cluster.moveClock(days: 40)
        #expect(
            cluster.leadctl(
                as: "wangmin",
                [
                    "follow-up", fresh, "--kind", "拜访", "--on", today.adding(days: 40).description, "--summary", "洽谈选址",
                    "--json",
                ]
            ).status == 0)
        try cluster.moveClock(days: 61)
        #expect(
            cluster.eventually {
                let rows =
                    cluster.leadctl(["board", "--light", "yellow", "--json"]).json()?["rows"] as? [[String: Any]]
                return rows?.first?["leadId"] as? String == stale
            })
        try FileManager.default.createDirectory(at: Self.screenshots, withIntermediateDirectories: true)
        let run = cluster.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            [
                "python3",
                URL(fileURLWithPath: Self.script).deletingLastPathComponent()
                    .appendingPathComponent("supervision_test.py").path,
                console, "chief", "hui-ji-2023!", "wangmin", "wang-2023-min!", Self.screenshots.path, stale, fresh,
                today.adding(days: 68).description, today.description,
            ])
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        #expect(run.stdout.contains("all supervision browser checks passed"), "\(run.stdout)")
    }
}
