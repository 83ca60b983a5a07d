import Foundation
import LeadMessages

/// JSON exactly as on the wire: amounts are exact decimal yuan strings.
enum ReportJSON {
    static func render(_ report: PeriodReport) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(report) else { return "{}" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
