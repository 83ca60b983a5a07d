import Foundation

public enum MessageID {
    /// A fresh random UUID in lower case.
    public static func make() -> String { UUID().uuidString.lowercased() }
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
