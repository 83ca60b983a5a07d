import LeadMessages

/// A company group on one of the target lists, with the names its units go by.
public struct EnterpriseEntry: Sendable, Equatable {
    public var name: String
    public var aliases: [String]
    public var classes: [EnterpriseClass]
    /// Where the classification comes from, shown to the officer as evidence.
    public var source: String
}

/// Finds the target enterprise classes of a company from its name and its parent's name. A unit
/// inherits its group's classes: a name that contains a group's name or alias (中国移动通信集团河南
/// 有限公司 → 中国移动), or follows its subsidiary pattern (中建七局 → 中国建筑), is that group's.
public struct EnterpriseDirectory: Sendable {
    let entries: [EnterpriseEntry]

    public init(entries: [EnterpriseEntry] = EnterpriseData.entries) { self.entries = entries }

    public struct Evidence: Sendable, Equatable {
        public var entry: EnterpriseEntry
        /// The alias or pattern that matched, and in which name.
        public var matched: String
        public var viaParent: Bool
    }

    public func find(companyName: String, parentCompany: String?) -> [Evidence] {
        var found: [Evidence] = []
        for (name, viaParent) in [(companyName, false), (parentCompany ?? "", true)] where !name.isEmpty {
            let folded = Gazetteer.fold(name)
            for entry in entries where !found.contains(where: { $0.entry == entry }) {
                if let alias = entry.aliases.first(where: { folded.contains(Gazetteer.fold($0)) }) {
                    found.append(Evidence(entry: entry, matched: alias, viaParent: viaParent))
                } else if let unit = SubsidiaryPattern.match(folded, for: entry.name) {
                    found.append(Evidence(entry: entry, matched: unit, viaParent: viaParent))
                }
            }
        }
        return found
    }
}

/// Naming patterns of central-SOE units that do not contain the group's name: 中建X局, 中铁X局, 中交X航局.
enum SubsidiaryPattern {
    private static let numerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    private static let patterns: [(group: String, prefix: String, suffix: String)] = [
        ("中国建筑集团有限公司", "中建", "局"),
        ("中国中铁股份有限公司", "中铁", "局"),
        ("中国铁建股份有限公司", "中铁", "局"),
        ("中国交通建设集团有限公司", "中交", "局"),
        ("中国电力建设集团有限公司", "水电", "局"),
    ]

    /// The unit's name (`中建七局`) when `text` follows one of `group`'s patterns.
    static func match(_ text: String, for group: String) -> String? {
        for pattern in patterns where pattern.group == group {
            var rest = Substring(text)
            while let range = rest.range(of: pattern.prefix) {
                let after = rest[range.upperBound...]
                let digits = after.prefix { numerals.contains($0) || $0 == "航" || $0 == "公" }
                if !digits.isEmpty, after.dropFirst(digits.count).hasPrefix(pattern.suffix) {
                    return pattern.prefix + digits + pattern.suffix
                }
                rest = after
            }
        }
        return nil
    }
}
