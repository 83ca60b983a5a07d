import Foundation
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
}
