import Foundation
import LeadMessages

/// JSON exactly as on the wire: amounts are exact decimal yuan strings.
enum ReportJSON {
    static func render(_ report: PeriodReport) -> String {
        guard let text = try? StoredJSON.string(report, pretty: true) else { return "{}" }
        return text + "\n"
    }
}
