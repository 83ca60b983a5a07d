import LeadMessages
import Testing

@testable import Matching

/// `lead-matcher classify`: the lines an officer or a script feeds it.
@Suite struct OfflineClassifierTests {
    let data: ReferenceData

    init() throws { data = try ReferenceData.load(overrideDirectory: nil) }

    @Test func wireAndChineseKeysAreReadAndErrorsKeepTheirLine() {
        var classifier = OfflineClassifier(data: data)
        let input = """
            {"companyName": "中建七局第三建筑有限公司", "headquarters": "河南郑州", "projectName": "装配式建筑基地"}

            {"企业名称": "香港某贸易有限公司", "总部所在地": "香港", "项目名称": "跨境电商", "投资额": "4500万"}
            not json
            {"headquarters": "北京"}
            {"companyName": "某公司", "headquarters": "上海", "industry": "钢铁", "ownership": "港资"}
            """
        let results = input.split(separator: "\n", omittingEmptySubsequences: false).compactMap {
            classifier.classify(line: $0)
        }
        #expect(results.map(\.line) == [1, 3, 4, 5, 6])
        #expect(results[0].enterpriseClasses == [.centralSOE, .fortuneGlobal500])
        #expect(results[1].region == .greaterBayArea && results[1].enterpriseClasses == [.hongKongFunded])
        #expect(results[2].error?.code == .invalidJSON)
        #expect(results[3].error?.code == .missingField && results[3].error?.field == "companyName")
        #expect(results[4].industry == .other && results[4].notes?.first?.contains("钢铁") == true)
        #expect(results[4].enterpriseClasses == [.hongKongFunded])
    }

    @Test func duplicatesAreFoundAmongTheLinesReadSoFar() {
        var classifier = OfflineClassifier(data: data)
        _ = classifier.classify(
            line: #"{"companyName": "比亚迪股份有限公司", "headquarters": "深圳", "projectName": "新能源汽车零部件产业园"}"#)
        let second = classifier.classify(
            line: #"{"companyName": "比亚迪股份有限公司 ", "headquarters": "深圳", "projectName": "新能源汽车零部件产业园项目"}"#)
        #expect(second?.possibleDuplicates?.first?.leadId == "line-1")
        #expect(second?.possibleDuplicates?.first?.likelyDuplicate == true)
        // Another phase of it is no duplicate.
        let third = classifier.classify(
            line: #"{"companyName": "比亚迪股份有限公司", "headquarters": "深圳", "projectName": "新能源汽车零部件产业园三期"}"#)
        #expect(third?.possibleDuplicates?.allSatisfy { !$0.likelyDuplicate && $0.anotherPhase == true } == true)
    }
}
