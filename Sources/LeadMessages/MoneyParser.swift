/// Why officer-typed money text was refused.
public enum MoneyParseError: Error, Equatable, Sendable {
    case empty
    case notANumber
    case negative
    /// Finer than one fen (0.01 yuan), e.g. `0.001`.
    case tooPrecise
    case tooLarge

    public var message: String {
        switch self {
        case .empty: "amount is empty / 金额为空"
        case .notANumber:
            "amount is not a number; write it like 12.3亿, 4500万 or 123000000 / 金额格式不正确，例如 12.3亿、4500万、123000000"
        case .negative: "amount must not be negative / 金额不能为负数"
        case .tooPrecise: "amount is finer than one fen (0.01 yuan) / 金额精度不能小于分"
        case .tooLarge: "amount is too large / 金额过大"
        }
    }
}

/// Reads money as officers type it: `12.3亿`, `4500万`, `123000000`, `1,200万元`, full-width digits.
public enum MoneyParser {
    /// One 亿 is 10^8 yuan, one 万 is 10^4.
    private static let units: [(suffix: String, yuan: Int64)] = [
        ("万亿", 1_000_000_000_000), ("亿", 100_000_000), ("千万", 10_000_000), ("百万", 1_000_000), ("万", 10_000),
    ]

    public static func parse(_ text: String) -> Result<Money, MoneyParseError> {
        var body = normalize(text)
        if body.isEmpty { return .failure(.empty) }
        if body.hasPrefix("-") { return .failure(.negative) }
        if body.hasPrefix("+") { body.removeFirst() }
        if body.hasSuffix("元") { body.removeLast() }
        if body.hasSuffix("人民币") { body.removeLast(3) }
        var unit: Int64 = 1
        for candidate in units where body.hasSuffix(candidate.suffix) {
            unit = candidate.yuan
            body.removeLast(candidate.suffix.count)
            break
        }
        return parse(digits: Substring(body), unitYuan: unit)
    }

    /// `digits[.digits]` times `unitYuan`, exactly, in fen.
    static func parse(digits text: Substring, unitYuan: Int64) -> Result<Money, MoneyParseError> {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0]
        let fraction = parts.count > 1 ? parts[1] : ""
        guard !whole.isEmpty || !fraction.isEmpty,
            whole.allSatisfy(\.isASCIIDigit), fraction.allSatisfy(\.isASCIIDigit),
            parts.count == 1 || !fraction.isEmpty
        else { return .failure(.notANumber) }
        // value = (whole * 10^f + fraction) / 10^f yuan-units; in fen that is * unit * 100.
        let trimmedFraction = fraction.reversed().drop { $0 == "0" }.reversed()
        var scaled: Int64 = 0
        for digit in whole + trimmedFraction {
            guard let next = checkedMultiplyAdd(scaled, 10, Int64(digit.wholeNumberValue ?? 0)) else {
                return .failure(.tooLarge)
            }
            scaled = next
        }
        guard let fenPerUnit = checkedMultiplyAdd(unitYuan, 100, 0),
            let numerator = checkedMultiplyAdd(scaled, fenPerUnit, 0)
        else { return .failure(.tooLarge) }
        var divisor: Int64 = 1
        for _ in trimmedFraction {
            guard let next = checkedMultiplyAdd(divisor, 10, 0) else { return .failure(.tooPrecise) }
            divisor = next
        }
        guard numerator % divisor == 0 else { return .failure(.tooPrecise) }
        return .success(Money(fen: numerator / divisor))
    }

    private static func checkedMultiplyAdd(_ value: Int64, _ factor: Int64, _ addend: Int64) -> Int64? {
        let (product, overflow) = value.multipliedReportingOverflow(by: factor)
        if overflow { return nil }
        let (sum, overflow2) = product.addingReportingOverflow(addend)
        return overflow2 ? nil : sum
    }

    /// Full-width digits and punctuation to ASCII; drops grouping commas and spaces.
    private static func normalize(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19: result.unicodeScalars.append(Unicode.Scalar(UInt8(scalar.value - 0xFF10 + 48)))
            case 0xFF0E, 0x3002: result.append(".")
            case 0xFF0D: result.append("-")
            case 0x2C, 0xFF0C, 0x20, 0x3000, 0x09: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
