import LeadMessages
import Testing

@testable import Federation

/// 首报首谈: the same company pursued by two districts is a conflict, the earlier intake time keeps
/// priority whatever order the city hears them in, and big unregistered signings are refused or
/// flagged as a district chooses.
@Suite struct ConflictTests {
    func lead(_ district: String, _ id: String, _ company: String, _ project: String, at seconds: Int64) -> DistrictLead
    {
        DistrictLead(
            district: district, leadId: id, companyName: company, projectName: project,
            reportedAt: Timestamp(epochSeconds: 1_680_000_000 + seconds, offsetMinutes: 480))
    }

    @Test func theSameCompanyInTwoDistrictsIsAConflictAndTheFirstReportKeepsPriority() {
        var index = ConflictIndex(sameProjectSimilarity: 0.6)
        // The city hears 金水区's lead first, but 惠济区's intake stored its own a minute earlier.
        #expect(index.add(lead("jinshui", "L-000007", "中建七局（郑州）有限公司", "装配式建筑产业园", at: 60)).isEmpty)
        let conflicts = index.add(lead("huiji", "L-000003", "中建七局", "装配式建筑产业园项目", at: 0))
        #expect(conflicts.count == 1)
        #expect(conflicts.first?.first.district == "huiji")
        #expect(conflicts.first?.second.district == "jinshui")
        #expect(conflicts.first?.kind == .sameProject)

        // Another project of the same company in a third district: a conflict with both, of kind
        // same-company, each with the earlier report first.
        let third = index.add(lead("zhongyuan", "L-000001", "中建七局", "数据中心", at: 120))
        #expect(third.map(\.first.district).sorted() == ["huiji", "jinshui"])
        #expect(third.allSatisfy { $0.kind == .sameCompany && $0.second.district == "zhongyuan" })
    }

    @Test func oneDistrictsOwnLeadsAndReplayedEventsAreNoConflict() {
        var index = ConflictIndex(sameProjectSimilarity: 0.6)
        _ = index.add(lead("huiji", "L-000001", "华为技术有限公司", "鲲鹏中心", at: 0))
        #expect(index.add(lead("huiji", "L-000002", "华为技术有限公司", "鲲鹏中心二期", at: 10)).isEmpty)
        #expect(index.add(lead("huiji", "L-000001", "华为技术有限公司", "鲲鹏中心", at: 0)).isEmpty)
        #expect(index.add(lead("jinshui", "L-000009", "比亚迪股份有限公司", "电池", at: 5)).isEmpty)
        #expect(index.add(lead("jinshui", "L-000010", "", "无名", at: 5)).isEmpty)
    }

    @Test func aDistrictPairHasOneConflictHoweverManyLeadsOfTheCompanyEachHas() {
        let known = [
            lead("jinshui", "L-000007", "中建七局", "数据中心", at: 60),
            lead("jinshui", "L-000008", "中建七局", "装配式建筑产业园", at: 90),
            lead("jinshui", "L-000009", "中建七局", "物流园", at: 30),
            lead("erqi", "L-000002", "中建七局", "人才公寓", at: 500),
        ]
        let conflicts = ConflictIndex.districtConflicts(
            of: lead("huiji", "L-000003", "中建七局有限公司", "装配式建筑产业园项目", at: 45), among: known,
            sameProjectSimilarity: 0.6)
        // In district order: 二七 (erqi), then 金水 (jinshui).
        #expect(
            conflicts.map { [$0.first.district, $0.second.district] } == [["huiji", "erqi"], ["jinshui", "huiji"]])
        let withJinshui = conflicts.first { $0.first.district == "jinshui" || $0.second.district == "jinshui" }
        // 金水's earliest lead (L-000009, 30 s) came before 惠济's (45 s): 金水 keeps priority, and one
        // of the pairs is one project, so the district pair's conflict is same-project.
        #expect(withJinshui?.first.leadId == "L-000009")
        #expect(withJinshui?.kind == .sameProject)
        let withErqi = conflicts.first { $0.first.district == "erqi" || $0.second.district == "erqi" }
        #expect(withErqi?.first.district == "huiji")
        #expect(withErqi?.kind == .sameCompany)
        #expect(conflicts.count == 2)
    }

    @Test func onTheSameInstantTheLowerDistrictCodeHasPriority() {
        let (first, _) = ConflictIndex.firstReported(
            lead("zhongyuan", "L-1", "腾讯", "云", at: 0), lead("huiji", "L-2", "腾讯", "云", at: 0))
        #expect(first.district == "huiji")
    }

    @Test func aBigUnregisteredSigningIsRefusedOrFlaggedAsConfigured() {
        let tenYi = Money(fen: 1_000_000_000_00)
        let flag = RegistrationRule()
        #expect(flag.threshold == tenYi && flag.mode == .flag)
        #expect(flag.check(contract: tenYi, registered: false) == .flagged)
        #expect(flag.check(contract: tenYi, registered: true) == .allowed)
        #expect(flag.check(contract: Money(fen: tenYi.fen - 1), registered: false) == .allowed)
        let refuse = RegistrationRule(threshold: tenYi, mode: .refuse)
        #expect(refuse.check(contract: Money(fen: 2 * tenYi.fen), registered: false) == .refused)
    }
}
