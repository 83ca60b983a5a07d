extension Timestamp {
    /// Parses RFC 3339 / ISO 8601 with an offset: `2023-03-05T23:30:00+08:00`, `2023-03-05T15:30Z`,
    /// `2023-03-05 23:30:00.250+0800`. A bare date `2023-03-05` means that day's 00:00 in Beijing.
    /// Without an offset a time is ambiguous, so it is refused.
    public init?(rfc3339 text: String) {
        let chars = Array(text.utf8)
        var index = 0
        func number(_ count: Int) -> Int64? {
            guard index + count <= chars.count else { return nil }
            var value: Int64 = 0
            for byte in chars[index..<index + count] {
                guard byte >= 48 && byte <= 57 else { return nil }
                value = value * 10 + Int64(byte - 48)
            }
            index += count
            return value
        }
        func expect(_ byte: UInt8) -> Bool {
            guard index < chars.count, chars[index] == byte else { return false }
            index += 1
            return true
        }
        guard let year = number(4), expect(45), let month = number(2), expect(45), let day = number(2),
            let date = CivilDate(year: Int(year), month: Int(month), day: Int(day))
        else { return nil }
        if index == chars.count {
            self = BusinessCalendar.startOfDay(date)
            return
        }
        guard expect(84) || expect(116) || expect(32),  // T, t or space
            let hour = number(2), hour < 24, expect(58), let minute = number(2), minute < 60
        else { return nil }
        var second: Int64 = 0
        var millis: Int64 = 0
        if expect(58) {
            guard let value = number(2), value < 60 else { return nil }  // no leap seconds in business data
            second = value
            if expect(46) {
                var digits = 0
                while index < chars.count, chars[index] >= 48, chars[index] <= 57 {
                    if digits < 3 { millis = millis * 10 + Int64(chars[index] - 48) }
                    digits += 1
                    index += 1
                }
                guard digits > 0 else { return nil }
                for _ in digits..<max(digits, 3) { millis *= 10 }
            }
        }
        var offset: Int64 = 0
        if expect(90) || expect(122) {  // Z
            offset = 0
        } else if index < chars.count, chars[index] == 43 || chars[index] == 45 {
            let negative = chars[index] == 45
            index += 1
            guard let hours = number(2), hours <= 18 else { return nil }
            _ = expect(58)
            guard let minutes = number(2), minutes < 60 else { return nil }
            offset = (hours * 60 + minutes) * (negative ? -1 : 1)
        } else {
            return nil
        }
        guard index == chars.count else { return nil }
        let local = date.daysSinceEpoch * 86_400 + hour * 3600 + minute * 60 + second
        self.init(epochSeconds: local - offset * 60, milliseconds: Int32(millis), offsetMinutes: Int32(offset))
    }
}
