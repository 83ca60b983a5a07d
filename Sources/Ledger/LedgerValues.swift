import Foundation
import LeadMessages

/// Cell values as ledgers write them, turned into the wire's.
public enum LedgerValues {
    /// Full-width digits and punctuation to ASCII, thousands separators and spaces removed:
    /// `１，２００．５` → `1200.5`.
    public static func fold(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19: result.unicodeScalars.append(Unicode.Scalar(UInt8(scalar.value - 0xFF10 + 48)))
            case 0xFF0E, 0x3002: result.append(".")  // ． and 。 typed for a decimal point
            case 0xFF0C, 0x2C, 0x20, 0x3000, 0xA0: continue  // ， , and spaces
            case 0xFF0D: result.append("-")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Exact yuan text for the wire. A number alone is in the column's unit (`投资额（万元）`:
    /// 4500 is 4500万); a number with its own unit (12.3亿) says so itself. Excel's floating
    /// artifacts (12.300000000000001) are rounded to the fen.
    public static func yuan(_ text: String, unitYuan: Int64?) -> Result<String, LedgerError> {
        let folded = fold(text)
        if let number = Decimal(string: folded, locale: Locale(identifier: "en_US_POSIX")),
            folded.allSatisfy({ $0.isLedgerDigit || $0 == "." || $0 == "-" || $0 == "e" || $0 == "E" || $0 == "+" })
        {
            guard number >= 0 else { return .failure(LedgerError("amount '\(text)' is negative / 金额不能为负数")) }
            var fen = number * Decimal(unitYuan ?? 1) * 100
            var rounded = Decimal()
            NSDecimalRound(&rounded, &fen, 0, .plain)
            guard rounded < Decimal(Int64.max / 10),
                let value = Int64(exactly: NSDecimalNumber(decimal: rounded).int64Value)
            else { return .failure(LedgerError("amount '\(text)' is too large / 金额过大")) }
            return .success(Money(fen: value).yuanString)
        }
        switch MoneyParser.parse(folded) {
        case .success(let money): return .success(money.yuanString)
        case .failure(let error): return .failure(LedgerError("'\(text)': \(error.message)"))
        }
    }

    /// The ledger's 阶段 words, beyond the wire values and labels `Stage(lenient:)` reads.
    static let stageWords: [String: Stage] = [
        "意向": .lead, "储备": .lead, "线索": .lead, "初步接触": .lead,
        "接洽": .contacted, "已对接": .contacted, "对接中": .contacted, "考察": .contacted, "已考察": .contacted,
        "洽谈": .negotiating, "洽谈中": .negotiating, "正在洽谈": .negotiating, "谈判": .negotiating,
        "在谈项目": .negotiating, "已签约": .signed, "签约项目": .signed, "已开工": .started, "在建": .started,
        "已投产": .operating, "运营": .operating, "已运营": .operating,
        "已终止": .dropped, "放弃": .dropped, "中止": .dropped, "已放弃": .dropped,
    ]

    public static func stage(_ text: String) -> Stage? {
        let folded = fold(text)
        return Stage(lenient: folded) ?? stageWords[folded]
    }

    /// `2023-03-05`, `2023/3/5`, `2023.3.5`, `2023年3月5日`, `20230305`, or an Excel date number
    /// (days since 1899-12-30): the date as `YYYY-MM-DD`, nil if it is none of these.
    public static func date(_ text: String) -> CivilDate? {
        // Date first, any time after it ignored: 2023-03-05 10:00 is the 5th.
        let datePart =
            text.trimmingLedgerSpace.split(whereSeparator: { $0 == "T" || $0 == " " || $0 == "\u{3000}" }).first
            .map(String.init) ?? text
        let folded = fold(datePart)
        if let serial = Double(folded), folded.count <= 10, (20_000...80_000).contains(serial) {
            return CivilDate(daysSinceEpoch: Int64(serial.rounded(.down)) - 25_569)
        }
        if folded.count == 8, folded.allSatisfy(\.isLedgerDigit), let year = Int(folded.prefix(4)),
            let month = Int(folded.dropFirst(4).prefix(2)), let day = Int(folded.suffix(2))
        {
            return CivilDate(year: year, month: month, day: day)
        }
        let parts = folded.split(whereSeparator: { "-/.年月日".contains($0) }).map(String.init)
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1990...2100).contains(year)
        else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }
}

extension Character {
    var isLedgerDigit: Bool { isASCII && isNumber }
}
