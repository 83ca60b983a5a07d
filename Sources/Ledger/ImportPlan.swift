import LeadMessages
import Matching

/// What an import would do with each row of a ledger, decided before anything is sent: create a
/// lead, leave it out as a duplicate of a lead already in the pipeline (or of an earlier row),
/// skip it (blank, a total line), or reject it with the field and the reason.
public struct ImportPlan: Sendable, Equatable {
    public enum Action: Sendable, Equatable {
        case create(LedgerEntry)
        /// The same company (names folded: 華為技術（深圳）有限公司 is 华为技术) with a similar project.
        case duplicate(LedgerEntry, of: String)
        case skip(reason: String)
        case reject(field: String, reason: String)
    }

    public struct Line: Sendable, Equatable {
        public var row: Int
        public var action: Action
    }

    public var columns: LedgerColumns
    public var lines: [Line]

    public var creations: [LedgerEntry] {
        lines.compactMap { if case .create(let entry) = $0.action { entry } else { nil } }
    }
    public var rejections: [Line] { lines.filter { if case .reject = $0.action { true } else { false } } }
    public var duplicates: [Line] { lines.filter { if case .duplicate = $0.action { true } else { false } } }

    /// A lead already in the pipeline, to check rows against.
    public struct KnownLead: Sendable, Equatable {
        public var leadId: String
        public var companyName: String
        public var projectName: String

        public init(leadId: String, companyName: String, projectName: String) {
            self.leadId = leadId
            self.companyName = companyName
            self.projectName = projectName
        }
    }

    /// - Parameter duplicateThreshold: the project similarity from which two leads of one company
    ///   are the same project: the matcher's rule (`RecommendationRules.likelyDuplicateSimilarity`,
    ///   matching-rules.json), so the import and the recommendations agree.
    public static func make(
        table: LedgerTable, columns: LedgerColumns, existing: [KnownLead], duplicateThreshold: Double,
        officer: String? = nil, lexicon: IndustryLexicon? = nil
    ) -> ImportPlan {
        var known: [String: [(label: String, project: String)]] = [:]
        for lead in existing {
            known[CompanyKey.make(lead.companyName), default: []].append((lead.leadId, lead.projectName))
        }
        var lines: [Line] = []
        for outcome in LedgerRows.read(table, columns: columns, officer: officer, lexicon: lexicon) {
            switch outcome {
            case .skipped(let row, let reason): lines.append(Line(row: row, action: .skip(reason: reason)))
            case .rejected(let row, let field, let reason):
                lines.append(Line(row: row, action: .reject(field: field, reason: reason)))
            case .entry(let entry):
                let key = CompanyKey.make(entry.submission.companyName)
                let match = known[key, default: []].first {
                    ProjectSimilarity.isLikelyDuplicate(
                        $0.project, entry.submission.projectName, threshold: duplicateThreshold)
                }
                if let match {
                    lines.append(Line(row: entry.row, action: .duplicate(entry, of: match.label)))
                } else {
                    lines.append(Line(row: entry.row, action: .create(entry)))
                    known[key, default: []].append(("row \(entry.row)", entry.submission.projectName))
                }
            }
        }
        return ImportPlan(columns: columns, lines: lines)
    }
}
