import Foundation
import LeadMessages
import Testing

@testable import WebConsole

/// The pipeline page's address (filters, sort, page) and a lead's history, which are pure.
@Suite struct PipelineParametersTests {
    @Test func filtersTypedInTheFormBecomeTheQuery() {
        let parameters = PipelineParameters(
            FormData(
                urlEncoded: "q=%E4%B8%AD%E5%BB%BA&region=greater-bay-area&class=&officer=%E7%8E%8B+%E6%95%8F&page=3"))
        let query = parameters.query
        #expect(query.text == "中建")
        #expect(query.region == "greater-bay-area")
        #expect(query.enterpriseClass == nil)  // an empty select is no filter
        #expect(query.officer == "王 敏")
        #expect(query.offset == 2 * PipelineParameters.pageSize)
        #expect(query.limit == PipelineParameters.pageSize)
        #expect(query.descending == false)
    }

    @Test func linksKeepTheFiltersAndANewSortStartsAtPageOne() {
        let parameters = PipelineParameters(FormData(urlEncoded: "officer=%E7%8E%8B%E6%95%8F&page=2"))
        #expect(parameters.link(["page": "3"]) == "/leads?officer=%E7%8E%8B%E6%95%8F&page=3")
        // Amounts and scores sort largest first at the first click; the lead number ascending.
        #expect(parameters.sortLink(.amount) == "/leads?officer=%E7%8E%8B%E6%95%8F&sort=amount&desc=1")
        #expect(parameters.sortLink(.company) == "/leads?officer=%E7%8E%8B%E6%95%8F&sort=company")
        // The view is sorted by lead number already, so its header reverses it.
        #expect(parameters.sortLink(.lead) == "/leads?officer=%E7%8E%8B%E6%95%8F&sort=lead&desc=1")
        // A second click on the same column reverses it.
        let sorted = PipelineParameters(FormData(urlEncoded: "sort=amount&desc=1"))
        #expect(sorted.sortLink(.amount) == "/leads?sort=amount")
        #expect(PipelineParameters(FormData()).link([:]) == "/leads")
    }

    @Test func queryValuesCannotBreakOutOfTheirParameter() {
        let parameters = PipelineParameters(FormData(["q": "a&sort=x#y+z"]))
        #expect(parameters.link([:]) == "/leads?q=a%26sort%3Dx%23y%2Bz")
    }

    @Test func thePageNumberStaysInRange() {
        #expect(PipelineParameters(FormData(["page": "-4"])).page == 1)
        #expect(PipelineParameters(FormData(["page": "abc"])).page == 1)
        #expect(PipelineParameters(FormData(["page": "99999999"])).page == PipelineFilterLimits.maxPage)
    }
}

@Suite struct LeadHistoryTests {
    let created = Lead(
        leadId: "L-000001", companyName: "中建科工集团有限公司", headquarters: "深圳", projectName: "钢结构基地",
        industry: nil, description: nil, estimatedInvestmentYuan: Money(fen: 123_000_000_000), channel: nil,
        parentCompany: nil, officer: "李娜", stage: .lead, signing: nil,
        createdAt: Timestamp(epochSeconds: 1_677_633_300, offsetMinutes: 480),
        updatedAt: Timestamp(epochSeconds: 1_677_633_300, offsetMinutes: 480), owner: "lina", updatedBy: "lina")

    @Test func eachChangeIsNamedWithItsBeforeAndAfter() {
        var signed = created
        signed.stage = .signed
        signed.signing = Signing(
            amountYuan: Money(fen: 123_500_000_000), signedAt: Timestamp(epochSeconds: 1_678_033_800))
        signed.carrierPark = "古荥智能制造产业园"
        let lines = LeadChanges.describe(from: created, to: signed, .chinese)
        #expect(lines.contains("阶段: 线索 → 签约"))
        #expect(lines.contains("签约金额: — → 12.35亿元"))
        #expect(lines.contains("签约时间: — → 2023-03-06"))  // the Beijing date of 2023-03-05T16:30Z
        #expect(lines.contains("载体园区: — → 古荥智能制造产业园"))
        #expect(lines.count == 4)
        #expect(LeadChanges.describe(from: created, to: created, .chinese).isEmpty)
    }

    @Test func theSectionListsTheNewestFirstWithWhoAndWhen() throws {
        var advanced = created
        advanced.stage = .negotiating
        advanced.updatedBy = "zhaojing"
        advanced.updatedAt = Timestamp(epochSeconds: 1_677_810_000, offsetMinutes: 0)
        let history = LeadHistory(
            leadId: "L-000001",
            entries: [
                LeadHistoryEntry(type: .leadCreated, event: LeadEvent(sequence: 1, lead: created)),
                LeadHistoryEntry(type: .leadUpdated, event: LeadEvent(sequence: 3, lead: advanced)),
            ])
        let html = LeadHistorySection.render(history, Texts(.english))
        let newest = try #require(html.range(of: "Stage: Lead → Negotiating"))
        let oldest = try #require(html.range(of: "Created"))
        #expect(newest.lowerBound < oldest.lowerBound)
        #expect(html.contains("zhaojing"))
        #expect(html.contains("2023-03-03 10:20"))  // shown in Beijing time
        #expect(LeadHistorySection.render(nil, Texts(.english)).isEmpty)
    }
}

@Suite struct MultipartFormTests {
    @Test func fieldsAndFilesAreRead() {
        let boundary = "----WebKitFormBoundary7MA4YWxkTrZu0gW"
        #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=\(boundary)") == boundary)
        #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=\"\(boundary)\"") == boundary)
        #expect(MultipartForm.boundary(contentType: "application/x-www-form-urlencoded") == nil)
        let body =
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\ntoken\r\n"
            + "--\(boundary)\r\nContent-Disposition: form-data; name=\"ledger\"; filename=\"台账.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\n企业名称,项目名称\r\n中建七局,数据中心\r\n\r\n--\(boundary)--\r\n"
        let (fields, files) = MultipartForm.parse(Data(body.utf8), boundary: boundary)
        #expect(fields["_csrf"] == "token")
        #expect(files["ledger"]?.fileName == "台账.csv")
        // The file keeps its own line breaks, even the last; only the delimiter's CRLF is dropped.
        #expect(files["ledger"].map { String(decoding: $0.data, as: UTF8.self) } == "企业名称,项目名称\r\n中建七局,数据中心\r\n")
    }

    @Test func anEmptyPartIsNoCrash() {
        // The part between the two delimiters is empty: no CRLF of its own to skip.
        #expect(MultipartForm.parse(Data("--B\r\n--B--".utf8), boundary: "B").fields.isEmpty)
        let (fields, _) = MultipartForm.parse(
            Data("--B\r\n--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--B--".utf8), boundary: "B")
        #expect(fields == ["a": "1"])
    }

    @Test func aTruncatedBodyGivesWhatCameBeforeTheFault() {
        let (fields, files) = MultipartForm.parse(
            Data("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--b\r\nContent-Disp".utf8),
            boundary: "b")
        #expect(fields == ["a": "1"])
        #expect(files.isEmpty)
        #expect(MultipartForm.parse(Data("garbage".utf8), boundary: "b").fields.isEmpty)
    }
}
