/// The ledger columns LeadTracker understands, and the headers bureaus give them (项目台账 differ
/// from district to district; an officer maps any other header with `--map 表头=field`).
public enum LedgerField: String, CaseIterable, Sendable {
    case companyName, headquarters, projectName, description, industry, parentCompany, ownership
    case estimatedInvestment, channel, carrierPark, officer, stage, signedAmount, signedAt

    /// Headers as officers write them, compared after folding (no spaces, no brackets or units).
    var headers: [String] {
        switch self {
        case .companyName:
            [
                "企业名称", "公司名称", "企业", "签约企业", "投资方", "投资主体", "投资企业", "客商名称", "投资商", "投资方名称",
                "投资单位", "引进企业", "合作企业", "companyName", "company",
            ]
        case .headquarters:
            [
                "总部所在地", "总部", "企业所在地", "所在地", "注册地", "来源地", "企业总部", "总部地址", "总部所在城市",
                "投资方所在地", "投资方来源地", "投资来源地", "客商来源地", "客商所在地", "企业来源地", "来源城市",
                "注册地址", "企业注册地", "所在城市", "所在省市", "headquarters",
            ]
        case .projectName: ["项目名称", "项目", "projectName", "project"]
        case .description: ["项目简介", "项目描述", "建设内容", "主要建设内容", "description"]
        case .industry: ["所属产业", "产业", "行业", "产业类别", "产业类型", "行业类别", "所属行业", "产业领域", "industry"]
        case .parentCompany: ["所属集团", "上级单位", "母公司", "集团名称", "所属企业集团", "parentCompany"]
        case .ownership: ["资本来源", "企业性质", "ownership"]
        case .estimatedInvestment:
            [
                "投资额", "总投资", "投资总额", "计划投资", "预计投资", "总投资额", "计划总投资", "项目总投资", "拟投资额",
                "投资规模", "estimatedInvestment", "amount",
            ]
        case .channel: ["招商方式", "招商渠道", "引进方式", "channel"]
        case .carrierPark: ["载体园区", "落地园区", "拟落地载体", "园区", "拟落户园区", "落户园区", "拟选址", "选址", "carrierPark", "park"]
        case .officer: ["负责人", "责任人", "对接人", "招商专员", "招商责任人", "跟踪人", "officer"]
        case .stage: ["阶段", "项目阶段", "项目进展", "进展", "状态", "推进情况", "当前进展", "项目状态", "stage"]
        case .signedAmount: ["签约金额", "签约额", "签约投资额", "合同金额", "协议金额", "协议投资额", "合同投资额", "signedAmount"]
        case .signedAt: ["签约时间", "签约日期", "签订时间", "签订日期", "协议签订时间", "合同签订日期", "signedAt"]
        }
    }

    static let required: [LedgerField] = [.companyName, .headquarters, .projectName]
}

/// Which column holds which field, and the unit of each amount column (`投资额（万元）`).
public struct LedgerColumns: Sendable, Equatable {
    public var columns: [LedgerField: Int]
    /// Yuan per unit written in an amount column's header: 10,000 for 万元, 10^8 for 亿元.
    public var unitYuan: [LedgerField: Int64]
    /// The header row's number; data starts below it.
    public var headerRow: Int
    /// Headers present that no field takes (shown in the dry run so nothing is silently dropped).
    public var ignoredHeaders: [String]

    /// Finds the header row among the first rows (ledgers open with a title row, often merged) and
    /// maps its headers. `overrides` maps a header text to a field and wins over the built-in
    /// names; a header in `ignoring` maps to nothing.
    public static func detect(
        in table: LedgerTable, overrides: [String: LedgerField] = [:], ignoring: Set<String> = []
    ) throws -> LedgerColumns {
        guard let row = headerRow(in: table, overrides: overrides, ignoring: ignoring) else {
            throw LedgerError("no header row with 企业名称 and 项目名称 in the first rows / 前几行中找不到表头（企业名称、项目名称）")
        }
        let mapped = map(row, overrides: overrides, ignoring: ignoring)
        let missing = LedgerField.required.filter { mapped.columns[$0] == nil }
        guard missing.isEmpty else {
            throw LedgerError(
                "row \(row.number) has no column for \(missing.map(\.rawValue).joined(separator: ", ")); "
                    + "name it with --map 表头=field / 第\(row.number)行缺少必需列（企业名称、总部所在地、项目名称）")
        }
        return mapped
    }

    /// The header row: the first of the first rows that names the company or the project and one
    /// more field.
    public static func headerRow(
        in table: LedgerTable, overrides: [String: LedgerField] = [:], ignoring: Set<String> = []
    ) -> LedgerTable.Row? {
        table.rows.prefix(12).first { row in
            guard !row.isBlank else { return false }
            let mapped = map(row, overrides: overrides, ignoring: ignoring)
            return (mapped.columns[.companyName] != nil || mapped.columns[.projectName] != nil)
                && mapped.columns.count >= 2
        }
    }

    /// The field each header of `row` maps to, by column (nil: the column is not imported).
    public static func fields(
        of row: LedgerTable.Row, overrides: [String: LedgerField] = [:], ignoring: Set<String> = []
    ) -> [LedgerField?] {
        let byColumn = Dictionary(
            uniqueKeysWithValues: map(row, overrides: overrides, ignoring: ignoring).columns.map { ($1, $0) })
        return row.cells.indices.map { byColumn[$0] }
    }

    static func map(
        _ row: LedgerTable.Row, overrides: [String: LedgerField], ignoring: Set<String> = []
    ) -> LedgerColumns {
        var result = LedgerColumns(columns: [:], unitYuan: [:], headerRow: row.number, ignoredHeaders: [])
        for (index, raw) in row.cells.enumerated() {
            let header = raw.trimmingLedgerSpace
            guard !header.isEmpty else { continue }
            let (name, unit) = fold(header)
            let field = ignoring.contains(header) ? nil : overrides[header] ?? overrides[name] ?? known(name)
            guard let field, result.columns[field] == nil else {
                result.ignoredHeaders.append(header)
                continue
            }
            result.columns[field] = index
            if let unit { result.unitYuan[field] = unit }
        }
        return result
    }

    /// The field whose header is `name`, else the one whose longest header (three characters or
    /// more, so 项目 alone does not take 项目负责人) `name` contains: 计划总投资 is the investment.
    static func known(_ name: String) -> LedgerField? {
        if let exact = LedgerField.allCases.first(where: { $0.headers.contains { fold($0).name == name } }) {
            return exact
        }
        var best: (field: LedgerField, length: Int)?
        for field in LedgerField.allCases {
            for header in field.headers.map({ fold($0).name }) where header.count >= 3 && name.contains(header) {
                if header.count > best?.length ?? 0 { best = (field, header.count) }
            }
        }
        return best?.field
    }

    /// `投资额（万元）*` → (`投资额`, 10,000): without spaces, marks, and the bracketed unit.
    static func fold(_ header: String) -> (name: String, unit: Int64?) {
        var text = header.replacingFullWidthBrackets.filter { !$0.isWhitespace && $0 != "*" && $0 != "：" && $0 != ":" }
        var unit: Int64?
        for (word, yuan) in [("万元", Int64(10_000)), ("亿元", 100_000_000), ("元", 1)] where text.contains(word) {
            unit = yuan
            break
        }
        if let open = text.firstIndex(of: "(") { text = String(text[..<open]) }
        for suffix in ["万元", "亿元", "元"] where text.hasSuffix(suffix) && text.count > suffix.count {
            text.removeLast(suffix.count)
            break
        }
        return (text.lowercased(), unit)
    }
}

extension String {
    var replacingFullWidthBrackets: String {
        String(map { $0 == "（" ? "(" : $0 == "）" ? ")" : $0 })
    }
}
