/// An instant together with the UTC offset it was written in: `2023-03-05T23:30:00+08:00`.
///
/// Kept as whole seconds since the Unix epoch plus milliseconds, and the offset in minutes, so
/// the instant compares exactly and the officer's own wall-clock text can be rebuilt.
public struct Timestamp: Hashable, Comparable, Sendable {
    /// Seconds since 1970-01-01T00:00:00Z.
    public let epochSeconds: Int64
    public let milliseconds: Int32
    /// The offset from UTC the instant was written in, in minutes (+480 for Beijing).
    public let offsetMinutes: Int32

    public init(epochSeconds: Int64, milliseconds: Int32 = 0, offsetMinutes: Int32 = 0) {
        self.epochSeconds = epochSeconds
        self.milliseconds = milliseconds
        self.offsetMinutes = offsetMinutes
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        (lhs.epochSeconds, lhs.milliseconds) < (rhs.epochSeconds, rhs.milliseconds)
    }

    /// Same instant, compared by instant only (two offsets for one moment are the same instant).
    public func isSameInstant(as other: Timestamp) -> Bool {
        epochSeconds == other.epochSeconds && milliseconds == other.milliseconds
    }

    public var epochMilliseconds: Int64 { epochSeconds * 1000 + Int64(milliseconds) }

    /// The same instant written in another offset.
    public func inOffset(minutes: Int32) -> Timestamp {
        Timestamp(epochSeconds: epochSeconds, milliseconds: milliseconds, offsetMinutes: minutes)
    }

    /// The calendar date of this instant in Asia/Shanghai: the business date.
    public var businessDate: CivilDate { BusinessCalendar.date(of: self) }
}

extension Timestamp: CustomStringConvertible {
    /// RFC 3339 in the stored offset: `2023-03-05T23:30:00+08:00`, with `.SSS` when there are milliseconds.
    public var description: String {
        let (date, secondOfDay) = localDateAndSecond
        guard (0...9999).contains(date.year), (0..<1000).contains(milliseconds), offsetMinutes.magnitude < 6000 else {
            return interpolatedDescription
        }
        // Written digit by digit into the string's own storage: the dozen interpolated pieces it
        // was made of were a few percent of lead-city's time, which stores one for every lead.
        return String(unsafeUninitializedCapacity: 29) { buffer in
            var at = 0
            func put(_ value: Int, digits: Int) {
                var divisor = 1
                for _ in 1..<digits { divisor *= 10 }
                var rest = value
                while divisor > 0 {
                    buffer[at] = UInt8(ascii: "0") + UInt8(rest / divisor)
                    rest %= divisor
                    divisor /= 10
                    at += 1
                }
            }
            func put(_ character: Unicode.Scalar) {
                buffer[at] = UInt8(ascii: character)
                at += 1
            }
            put(date.year, digits: 4)
            put("-")
            put(date.month, digits: 2)
            put("-")
            put(date.day, digits: 2)
            put("T")
            put(Int(secondOfDay / 3600), digits: 2)
            put(":")
            put(Int(secondOfDay / 60 % 60), digits: 2)
            put(":")
            put(Int(secondOfDay % 60), digits: 2)
            if milliseconds != 0 {
                put(".")
                put(Int(milliseconds), digits: 3)
            }
            if offsetMinutes == 0 {
                put("Z")
            } else {
                let magnitude = Int(offsetMinutes.magnitude)
                put(offsetMinutes < 0 ? "-" : "+")
                put(magnitude / 60, digits: 2)
                put(":")
                put(magnitude % 60, digits: 2)
            }
            return at
        }
    }

    /// The same text, for a year, milliseconds or an offset beyond the fixed widths (and the
    /// tests' reference for the others).
    var interpolatedDescription: String {
        let (date, secondOfDay) = localDateAndSecond
        var text = "\(date)T\(pad(secondOfDay / 3600)):\(pad(secondOfDay / 60 % 60)):\(pad(secondOfDay % 60))"
        if milliseconds != 0 {
            let ms = Int(milliseconds)
            text += "." + (ms < 10 ? "00" : ms < 100 ? "0" : "") + "\(ms)"
        }
        if offsetMinutes == 0 { return text + "Z" }
        let magnitude = Int(offsetMinutes.magnitude)
        return text + (offsetMinutes < 0 ? "-" : "+") + "\(pad(Int64(magnitude / 60))):\(pad(Int64(magnitude % 60)))"
    }

    /// The date and the second of the day in the stored offset.
    private var localDateAndSecond: (CivilDate, Int64) {
        let (days, secondOfDay) = (epochSeconds + Int64(offsetMinutes) * 60).floorDividedBy(86_400)
        return (CivilDate(daysSinceEpoch: days), secondOfDay)
    }

    private func pad(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

extension Timestamp: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Timestamp(rfc3339: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "not an RFC 3339 timestamp with offset: \(text)")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension Int64 {
    /// Floor division and the non-negative remainder, for dates before 1970 too.
    func floorDividedBy(_ divisor: Int64) -> (quotient: Int64, remainder: Int64) {
        let remainder = self % divisor
        return remainder < 0 ? (self / divisor - 1, remainder + divisor) : (self / divisor, remainder)
    }
}
