import Foundation

public enum MessageID {
    /// A fresh random (version 4) UUID in lower case. Written here rather than with Foundation's
    /// `UUID()`, which opens /dev/urandom for every id: intake makes two per submission.
    public static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in stride(from: 0, to: 16, by: 8) {
            withUnsafeBytes(of: generator.next() as UInt64) { bytes.replaceSubrange(index..<index + 8, with: $0) }
        }
        bytes[6] = bytes[6] & 0x0F | 0x40
        bytes[8] = bytes[8] & 0x3F | 0x80
        let digits = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        text.reserveCapacity(36)
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 6 || index == 8 || index == 10 { text.append(UInt8(ascii: "-")) }
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}

extension Timestamp {
    /// The current instant, written in Beijing time.
    public static func now() -> Timestamp {
        let millis = Int64((Date().timeIntervalSince1970 * 1000).rounded(.down))
        let (seconds, remainder) = millis.floorDividedBy(1000)
        return Timestamp(
            epochSeconds: seconds, milliseconds: Int32(remainder), offsetMinutes: BusinessCalendar.offsetMinutes)
    }
}
