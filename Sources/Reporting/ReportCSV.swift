import Foundation
import LeadMessages

/// CSV for spreadsheets (RFC 4180): one table of `section,key,projects,amount_yuan,detail` rows,
/// amounts as exact yuan, with a UTF-8 byte-order mark so Excel reads the Chinese correctly.
enum ReportCSV {
    static func render(_ report: PeriodReport) -> String {
        var rows: [[String]] = [["section", "key", "projects", "amount_yuan", "detail"]]
        rows.append([
            "period", report.period, "\(report.signedProjects)", report.signedAmountYuan.yuanString,
            "\(report.start)..\(report.end)",
        ])
        rows.append(["capital-increase", report.period, "", report.capitalIncreaseYuan.yuanString, ""])
        rows.append(["year-to-date", "\(report.year)", "\(report.ytdProjects)", report.ytdAmountYuan.yuanString, ""])
        if let projects = report.targetProjects, let amount = report.targetAmountYuan {
            rows.append(["target", "\(report.year)", "\(projects)", amount.yuanString, ""])
        }
        if let progress = report.progress {
            rows.append([
                "pace", report.end, "\(progress.paceProjects)", progress.paceAmountYuan.yuanString, progress.status,
            ])
        }
        let yoy = report.yearOverYear
        rows.append([
            "previous-year-to-date", "\(yoy.previousYear)", "\(yoy.previousYtdProjects)",
            yoy.previousYtdAmountYuan.yuanString, "",
        ])
        rows.append([
            "previous-year", "\(yoy.previousYear)", "\(yoy.previousYearProjects)",
            yoy.previousYearAmountYuan.yuanString, "",
        ])
        for breakdown in report.breakdowns {
            rows += breakdown.rows.map {
                [breakdown.dimension, $0.value, "\($0.projects)", $0.amountYuan.yuanString, ""]
            }
        }
        rows += report.projects.map {
            [
                "project", $0.leadId, "1", $0.amountYuan.yuanString,
                "\($0.signedOn) \($0.companyName) · \($0.projectName)",
            ]
        }
        rows += report.capitalIncreases.map {
            [
                "increase", $0.leadId, "0", $0.amountYuan.yuanString,
                "\($0.increasedOn) \($0.companyName) · \($0.projectName)",
            ]
        }
        rows += report.corrections.map {
            [
                "correction", $0.leadId, "\($0.projectsDelta)", $0.amountDeltaYuan.yuanString,
                "\($0.kind) \($0.affectedWeek) \($0.companyName)",
            ]
        }
        rows += report.pipeline.map {
            ["pipeline", $0.stage.rawValue, "\($0.leads)", $0.signedAmountYuan.yuanString, ""]
        }
        if let indicators = report.indicators { rows += indicatorRows(indicators) }
        return "\u{FEFF}" + rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// The after-signing rows (protocol 1.10): `funds` for the period, `funds-ytd`, `funds-target`,
    /// a row per milestone, the cohort's rates (`detail` holds the percentage), funds by dimension
    /// (`funds-<dimension>`), and `funds-project` per project (`detail`: cumulative yuan).
    static func indicatorRows(_ indicators: PeriodIndicators) -> [[String]] {
        let cohort = indicators.cohort
        func rate(_ value: Double?) -> String { value.map { "\($0)" } ?? "" }
        var rows: [[String]] = [
            ["funds", "period", "\(indicators.fundsEntries)", indicators.fundsInPlaceYuan.yuanString, ""],
            ["funds-ytd", "\(cohort.year)", "", indicators.ytdFundsInPlaceYuan.yuanString, ""],
        ]
        if let target = indicators.targetFundsInPlaceYuan {
            rows.append([
                "funds-target", "\(cohort.year)", "", target.yuanString, rate(indicators.fundsPercentOfTarget),
            ])
        }
        rows += indicators.milestones.map { ["milestone", $0.milestone.rawValue, "\($0.projects)", "", ""] }
        rows += [
            ["cohort", "\(cohort.year)", "\(cohort.signedProjects)", cohort.contractYuan.yuanString, ""],
            ["start-rate", "\(cohort.year)", "\(cohort.startedProjects)", "", rate(cohort.startRate)],
            ["operating-rate", "\(cohort.year)", "\(cohort.operatingProjects)", "", rate(cohort.operatingRate)],
            ["funds-rate", "\(cohort.year)", "", cohort.fundsInPlaceYuan.yuanString, rate(cohort.fundsRate)],
            ["fulfilment-rate", "\(cohort.year)", "\(cohort.voidedProjects)", "", rate(cohort.fulfilmentRate)],
        ]
        for breakdown in indicators.fundsBreakdowns {
            rows += breakdown.rows.map {
                ["funds-\(breakdown.dimension)", $0.value, "\($0.projects)", $0.amountYuan.yuanString, ""]
            }
        }
        rows += indicators.projects.map {
            [
                "funds-project", $0.leadId, "", $0.periodFundsYuan.yuanString,
                "\($0.cumulativeFundsYuan.yuanString) / \($0.contractYuan.yuanString)",
            ]
        }
        return rows
    }

    /// Every field through `CSVField`: a company name never runs as a formula, a negative amount
    /// stays a number.
    static func field(_ text: String) -> String { CSVField.text(text) }
}
