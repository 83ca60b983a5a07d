/// One field of the CSV files the project writes (RFC 4180), safe to open in Excel or WPS: text
/// that a spreadsheet would run as a formula (it begins with `=`, `+`, `-`, `@`, a tab or a
/// carriage return: OWASP's CSV injection advice) gets a leading `'`, so a company named
/// `=HYPERLINK(…)` stays text. Numbers written as numbers are left alone (a negative amount stays
/// a number). The one escaping rule for every CSV writer.
public enum CSVField {
    public static func text(_ value: String) -> String {
        var field = value
        if let first = field.unicodeScalars.first, formulaStarts.contains(first), !isPlainNumber(field) {
            field = "'" + field
        }
        return quoted(field)
    }

    /// A number as the writer produced it (never user text): only quoted if it must be.
    public static func number(_ value: String) -> String { quoted(value) }

    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// `-12.5`: a negative number is data, not a formula.
    static func isPlainNumber(_ text: String) -> Bool {
        let body = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
    }

    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
