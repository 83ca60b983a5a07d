/// An exact amount of money in yuan, held as whole fen (0.01 yuan) in an `Int64`: never floating point.
///
/// On the wire it is a decimal string of yuan (`"1230000000"`, `"0.30"`); people see 亿元 with two decimals.
/// `Int64` fen reaches 92 万亿 yuan, far beyond any sum a bureau counts; arithmetic traps nothing,
/// it reports overflow through `adding(_:)`.
public struct Money: Hashable, Comparable, Sendable {
    public let fen: Int64

    public init(fen: Int64) { self.fen = fen }

    public static let zero = Money(fen: 0)

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.fen < rhs.fen }

    /// The sum, or nil on overflow.
    public func adding(_ other: Money) -> Money? {
        let (sum, overflow) = fen.addingReportingOverflow(other.fen)
        return overflow ? nil : Money(fen: sum)
    }

    /// The difference, or nil on overflow.
    public func subtracting(_ other: Money) -> Money? {
        let (difference, overflow) = fen.subtractingReportingOverflow(other.fen)
        return overflow ? nil : Money(fen: difference)
    }

    /// Exact decimal yuan: whole yuan, or two decimals when there are fen. `-` for negatives.
    public var yuanString: String {
        let sign = fen < 0 ? "-" : ""
        let magnitude = fen.magnitude
        let whole = magnitude / 100
        let cents = magnitude % 100
        if cents == 0 { return "\(sign)\(whole)" }
        return "\(sign)\(whole)." + (cents < 10 ? "0\(cents)" : "\(cents)")
    }

    /// 亿元 with two decimals, rounded half away from zero: `12.30亿元`, or `12.30` without the unit.
    public func yiString(unit: Bool = true) -> String {
        let perHundredthYi: UInt64 = 100_000_000  // fen in 0.01 亿 (1,000,000 yuan)
        let magnitude = fen.magnitude
        var hundredths = magnitude / perHundredthYi
        if (magnitude % perHundredthYi) * 2 >= perHundredthYi { hundredths += 1 }
        let cents = hundredths % 100
        let text =
            "\(fen < 0 && hundredths > 0 ? "-" : "")\(hundredths / 100)." + (cents < 10 ? "0\(cents)" : "\(cents)")
        return unit ? text + "亿元" : text
    }

    /// For people reading a page: 亿元 from one 亿 up, to at most two decimals and without trailing
    /// zeros (`35亿元`, `12.3亿元`), else 万元 the same way (`12.3万元`, `4500万元`), else yuan (`800元`).
    /// Reports' tables keep `yiString`'s two decimals, which line up in a column.
    public var displayString: String {
        let magnitude = fen.magnitude
        guard magnitude >= 1_000_000 else { return yuanString + "元" }
        var hundredths = magnitude / 10_000  // 0.01 万元 is 100 yuan
        if (magnitude % 10_000) * 2 >= 10_000 { hundredths += 1 }
        // Rounded first, so 9999.999万 reads 1亿元, never 10000万元.
        if hundredths >= 1_000_000 {
            let yi = yiString(unit: false)
            let trimmed = yi.hasSuffix(".00") ? String(yi.dropLast(3)) : yi.hasSuffix("0") ? String(yi.dropLast()) : yi
            return trimmed + "亿元"
        }
        var text = "\(hundredths / 100)"
        let cents = hundredths % 100
        if cents > 0 { text += "." + (cents % 10 == 0 ? "\(cents / 10)" : cents < 10 ? "0\(cents)" : "\(cents)") }
        return (fen < 0 ? "-" : "") + text + "万元"
    }
}

extension Money: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let money = Money(yuanString: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "not a decimal yuan string with at most two decimals: \(text)")
        }
        self = money
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(yuanString)
    }

    /// Parses the canonical wire form: optional `-`, digits, optional `.` and one or two digits.
    public init?(yuanString text: String) {
        var body = Substring(text)
        let negative = body.hasPrefix("-")
        if negative { body = body.dropFirst() }
        guard case .success(let money) = MoneyParser.parse(digits: body, unitYuan: 1) else { return nil }
        self = negative ? Money(fen: -money.fen) : money
    }
}
