import Foundation
import LeadMessages
import Testing

@testable import Reporting

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct RendererTests {
    func sample() throws -> PeriodReport {
        var ledger = InMemoryLedger()
        ledger.apply(try Fixture.facts("L-000001", signed: "12.3亿", at: "2023-03-05T16:30:00Z", park: "花园口新兴产业园"))
        var hostile = try Fixture.facts(
            "L-000002", signed: "0.45亿", at: "2023-03-08T10:00:00+08:00", region: .yangtzeRiverDelta,
            officer: "=cmd|' /C calc'!A0")
        hostile.companyName = "Acme, \"Quoted\" <Co> & Sons"
        ledger.apply(hostile)
        ledger.apply(try Fixture.facts("L-000003", signed: "1亿", at: "2023-02-01T10:00:00+08:00"))
        return PeriodReportBuilder.build(ledger.inputs(try #require(ReportPeriod("2023-W10"))), targets: .workPlan2023)
    }

    @Test func tableInChineseAndEnglish() throws {
        let zh = ReportRenderer.render(try sample(), as: .table)
        #expect(zh.contains("招商引资签约周报告 2023-W10"))
        #expect(zh.contains("12.75亿元"))
        #expect(zh.contains("按区域"))
        #expect(zh.contains("大湾区"))
        let en = ReportRenderer.render(try sample(), as: .table, language: .english)
        #expect(en.contains("Projects signed"))
        #expect(en.contains("Greater Bay Area"))
    }

    @Test func jsonRoundTripsExactly() throws {
        let report = try sample()
        let text = ReportRenderer.render(report, as: .json)
        #expect(text.contains(#""signedAmountYuan" : "1275000000""#))
        #expect(try JSONDecoder().decode(PeriodReport.self, from: Data(text.utf8)) == report)
        #expect(
            try JSONDecoder().decode(PeriodReport.self, from: Data(ReportRenderer.compactJSON(report).utf8)) == report)
    }

    @Test func csvIsSpreadsheetSafe() throws {
        let csv = ReportRenderer.render(try sample(), as: .csv)
        #expect(Array(csv.utf8).starts(with: Array("\u{FEFF}section,key,projects,amount_yuan,detail\r\n".utf8)))
        #expect(csv.contains("period,2023-W10,2,1275000000,2023-03-06..2023-03-12\r\n"))
        #expect(csv.contains("'=cmd|' /C calc'!A0"))  // a formula is defused
        #expect(csv.contains("\"2023-03-08 Acme, \"\"Quoted\"\" <Co> & Sons · 项目L-000002\""))  // quoted, quotes doubled
    }

    @Test func markdownHasTables() throws {
        let md = ReportRenderer.render(try sample(), as: .md)
        #expect(md.hasPrefix("# 招商引资签约周报告 2023-W10"))
        #expect(md.contains("| 本期签约金额 | 12.75亿元 |"))
        #expect(md.contains("## 按区域"))
    }

    @Test func htmlParsesAndContainsTheChart() throws {
        let html = ReportRenderer.render(try sample(), as: .html)
        let delegate = ElementCollector()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = delegate
        #expect(parser.parse(), "the page is not well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
        #expect(delegate.elements.contains("svg"))
        #expect(delegate.polylineClasses.contains("actual"))
        #expect(delegate.polylineClasses.contains("pace"))
        #expect(delegate.polylinePoints.allSatisfy { $0.split(separator: " ").count >= 2 })
        #expect(html.contains("Acme, &quot;Quoted&quot; &lt;Co&gt; &amp; Sons"))
        #expect(!html.contains("<script"))
        // Figures on the right, names on the left, and 合计 rows in bold.
        #expect(html.contains("<td class=\"num\">12.75亿元</td>") && html.contains("<tr class=\"total\"><td>合计</td>"))
        #expect(!html.contains("<td class=\"num\">Acme"))
    }

    /// The projects axis counts whole projects; without a target the chart says why no pace line is drawn.
    @Test func chartAxisInWholeProjectsAndTheMissingTargetSaidPlainly() throws {
        let withTarget = ReportRenderer.render(try sample(), as: .html)
        let projectsChart = try #require(withTarget.components(separatedBy: "id=\"chart-projects\"").last)
        let labels = projectsChart.components(separatedBy: "text-anchor=\"end\">").dropFirst().map {
            String($0.prefix { $0 != "<" })
        }
        #expect(labels.count == 5 && labels.allSatisfy { Int($0) != nil }, "\(labels)")
        var untargeted = try sample()
        untargeted.targetProjects = nil
        untargeted.targetAmountYuan = nil
        let html = ReportRenderer.render(untargeted, as: .html)
        #expect(!html.contains("class=\"pace\"") && html.contains("未配置年度目标"))
        #expect(withTarget.contains("序时目标") && !withTarget.contains("未配置年度目标"))
    }

    /// The console's downloads read like the page: named figures, 亿元, 合计 rows that add up.
    @Test func theSheetReadsLikeTheReportWithTotals() throws {
        var report = try sample()
        report.projects[0].companyName = "=HYPERLINK(\"http://x\",\"点击\")"
        let rows = ReportSheet.rows(report)
        #expect(rows.first?.first?.hasPrefix("招商引资签约周报告 2023-W10") == true)
        #expect(rows.contains(["本期签约项目", "2"]))
        let projectRows = rows.filter { $0.first?.hasPrefix("L-") == true }
        let total = try #require(rows.last)
        #expect(total.first == "合计" && total.last == "12.75", "12.3 + 0.45 亿元: \(total)")
        #expect(Set(projectRows.map { $0.last }) == ["12.30", "0.45"])
        // Each breakdown but the lists (which may overlap) covers the period's projects once, so each
        // 合计 is the same 2 projects, 12.75亿元.
        let breakdowns = report.breakdowns.filter { !$0.rows.isEmpty && $0.dimension != "enterprise-class" }.count
        #expect(breakdowns > 0 && rows.filter { $0 == ["合计", "2", "12.75"] }.count == breakdowns)
        let csv = ReportSheet.csv(report)
        #expect(csv.hasPrefix("\u{FEFF}") && !csv.contains("section,key"))
        #expect(csv.contains("\"'=HYPERLINK("), "a formula from a company name is neutralized: \(csv)")
    }

    final class ElementCollector: NSObject, XMLParserDelegate {
        var elements: Set<String> = []
        var polylineClasses: [String] = []
        var polylinePoints: [String] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            elements.insert(elementName)
            if elementName == "polyline" {
                polylineClasses.append(attributes["class"] ?? "")
                polylinePoints.append(attributes["points"] ?? "")
            }
        }
    }
}
