import Foundation
import LeadMessages
import Testing

@testable import Matching

/// group-units.json: units whose names hide their group inherit its classes, with evidence that
/// names the parent; a unit's name inside another firm's name is not the unit; a bureau's copy
/// with a parent that is not on its list stops the load, naming the unit.
@Suite struct GroupUnitsTests {
    static let data = Result { try ReferenceData.load(overrideDirectory: nil) }

    func classify(_ name: String) throws -> [ClassEvidence] {
        EnterpriseDirectory(data: try Self.data.get()).classify(
            companyName: name, parentCompany: nil, headquarters: nil)
    }

    @Test func theTableHasParentsAndSourcesOnEveryUnit() throws {
        let units = try Self.data.get().groupUnits.units
        #expect(units.count >= 350)
        for unit in units {
            #expect(!unit.source.isEmpty && !unit.asOf.isEmpty && !unit.relation.isEmpty, "\(unit.name)")
            #expect(try Self.data.get().parent(of: unit) != nil, "\(unit.name)")
        }
    }

    @Test func aListedUnitInheritsItsGroupsClassesWithTheParentNamed() throws {
        // 天地科技 is a unit of 中国煤炭科工集团: nothing in its name says so.
        let unit = try classify("天地科技股份有限公司")
        let soe = try #require(unit.first { $0.enterpriseClass == .centralSOE })
        #expect(soe.entry == "中国煤炭科工集团有限公司")
        #expect(soe.matched.contains("天地科技股份有限公司") && soe.matched.contains("600582"))
        #expect(soe.source.contains("group-units") && soe.source.contains("SASAC"))
        #expect(try classify("天地科技（北京）煤矿装备有限公司").contains { $0.entry == "中国煤炭科工集团有限公司" })

        // A unit of a provincial Global 500 group: only that class.
        let yankuang = try classify("兖矿能源集团股份有限公司")
        #expect(Set(yankuang.map(\.enterpriseClass)) == [.fortuneGlobal500])
        #expect(yankuang.first?.entry == "山东能源集团有限公司")

        // 华润's units: central SOE, and Hong Kong–funded through the Hong Kong group linked to it.
        let classes = Set(try classify("华润三九医药股份有限公司").map(\.enterpriseClass))
        #expect(classes.contains(.centralSOE) && classes.contains(.hongKongFunded))
    }

    @Test func aUnitsNameInsideAnotherFirmsNameIsNotTheUnit() throws {
        #expect(try classify("郑州市三维天地科技股份有限公司").isEmpty)
        #expect(try classify("河南华域汽车配件经营部").isEmpty)
        #expect(!(try classify("华域汽车（郑州）销售有限公司")).isEmpty)
    }

    @Test func aParentNotOnItsListStopsTheLoad() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("units-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = """
            {"edition": "test", "source": "test", "units": [{"name": "某某股份有限公司", "parent": "不存在集团",
             "parentList": "central-soes", "relation": "r", "source": "s", "asOf": "2026-01-01"}]}
            """
        try Data(file.utf8).write(to: directory.appendingPathComponent("group-units.json"))
        #expect {
            try ReferenceData.load(overrideDirectory: directory.path)
        } throws: { error in
            "\(error)".contains("group-units.json") && "\(error)".contains("不存在集团")
        }
    }
}
