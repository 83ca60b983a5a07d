import LeadMessages

/// A report for people as sections of figures, tables and notes, written the same way in every
/// format: the after-signing indicators, the 三个一批 and the 年考核 use it. Pure.
public struct ReportDocument: Sendable, Equatable {
    public struct Table: Sendable, Equatable {
        public var head: [String]
        public var rows: [[String]]
        /// A last row of totals (合计), when the rows add up.
        public var totals: [String]?
    }

    public struct Section: Sendable, Equatable {
        public var title: String
        /// Named figures (指标, 数值).
        public var figures: [(String, String)]
        public var table: Table?
        public var notes: [String]

        public init(title: String, figures: [(String, String)] = [], table: Table? = nil, notes: [String] = []) {
            self.title = title
            self.figures = figures
            self.table = table
            self.notes = notes
        }

        public static func == (lhs: Section, rhs: Section) -> Bool {
            lhs.title == rhs.title && lhs.figures.map { [$0.0, $0.1] } == rhs.figures.map { [$0.0, $0.1] }
                && lhs.table == rhs.table && lhs.notes == rhs.notes
        }
    }

    public var title: String
    public var sections: [Section]

    public init(title: String, sections: [Section]) {
        self.title = title
        self.sections = sections
    }

    public func render(_ format: ReportFormat) -> String {
        switch format {
        case .table: text(sections, title: title)
        case .md: markdown(sections, title: title)
        case .csv: "\u{FEFF}" + csvRows().map { $0.joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        case .html: ReportHTML.page(title: title, body: htmlBody(sections, headingLevel: 2))
        case .json: ""  // JSON is the reply itself, written by the caller
        }
    }

    /// The sections as HTML, for a page of its own or appended to another report's page.
    public func htmlBody(_ sections: [Section], headingLevel: Int) -> String {
        sections.map { section in
            var parts = ["<h\(headingLevel)>\(ReportHTML.escape(section.title))</h\(headingLevel)>"]
            if !section.figures.isEmpty {
                parts.append(ReportHTML.table(head: ["指标", "数值"], rows: section.figures.map { [$0.0, $0.1] }))
            }
            if let table = section.table {
                parts.append(ReportHTML.table(head: table.head, rows: table.rows, totals: table.totals))
            }
            parts += section.notes.map { "<p class=\"note\">\(ReportHTML.escape($0))</p>" }
            return parts.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// The sections as aligned text, for a terminal.
    public func text(_ sections: [Section], title: String?) -> String {
        var out: [String] = title.map { [$0, ""] } ?? []
        for section in sections {
            out.append(section.title)
            out += ReportTable.aligned(section.figures.map { ("  " + $0.0, $0.1) })
            if let table = section.table { out += Self.aligned(table) }
            out += section.notes.map { "  " + $0 }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    public func markdown(_ sections: [Section], title: String?) -> String {
        var out: [String] = title.map { ["# \(ReportMarkdown.cell($0))", ""] } ?? []
        for section in sections {
            out += ["## \(ReportMarkdown.cell(section.title))", ""]
            if !section.figures.isEmpty {
                out += ["| 指标 | 数值 |", "|---|---:|"]
                out += section.figures.map { "| \(ReportMarkdown.cell($0.0)) | \(ReportMarkdown.cell($0.1)) |" }
                out.append("")
            }
            if let table = section.table {
                out.append("| " + table.head.map(ReportMarkdown.cell).joined(separator: " | ") + " |")
                out.append("|" + table.head.map { _ in "---" }.joined(separator: "|") + "|")
                for row in table.rows + (table.totals.map { [$0] } ?? []) {
                    out.append("| " + row.map(ReportMarkdown.cell).joined(separator: " | ") + " |")
                }
                out.append("")
            }
            out += section.notes.map { "> \(ReportMarkdown.cell($0))" }
            if !section.notes.isEmpty { out.append("") }
        }
        return out.joined(separator: "\n")
    }

    /// Every section as rows of a spreadsheet, each cell spreadsheet-safe.
    func csvRows() -> [[String]] {
        var rows: [[String]] = [[CSVField.text(title)], []]
        for section in sections {
            rows.append([CSVField.text(section.title)])
            rows += section.figures.map { [CSVField.text($0.0), CSVField.text($0.1)] }
            if let table = section.table {
                rows += ([table.head] + table.rows + (table.totals.map { [$0] } ?? [])).map { $0.map(CSVField.text) }
            }
            rows += section.notes.map { [CSVField.text($0)] }
            rows.append([])
        }
        return rows
    }

    static func aligned(_ table: Table) -> [String] {
        let all = [table.head] + table.rows + (table.totals.map { [$0] } ?? [])
        let widths = table.head.indices.map { column in
            all.map { column < $0.count ? DisplayWidth.of($0[column]) : 0 }.max() ?? 0
        }
        return all.map { row in
            "  "
                + row.enumerated().map { column, cell in
                    DisplayWidth.padded(cell, to: (column < widths.count ? widths[column] : 0) + 2)
                }.joined()
        }
    }
}
