/// Text made safe for HTML: every page is built from escaped text, never from raw input.
public enum HTML {
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}

/// A form's fields from an `application/x-www-form-urlencoded` body or a query string.
public struct FormData: Sendable, Equatable {
    public var values: [String: String]

    public init(_ values: [String: String] = [:]) { self.values = values }

    public init(urlEncoded text: String) {
        var values: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let key = Self.decode(parts[0]) else { continue }
            values[key] = parts.count > 1 ? Self.decode(parts[1]) ?? "" : ""
        }
        self.values = values
    }

    public subscript(_ key: String) -> String? { values[key] }

    /// The field trimmed, nil when empty.
    public func text(_ key: String) -> String? {
        guard let value = values[key]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
            return nil
        }
        return value
    }

    static func decode(_ part: Substring) -> String? {
        String(part.replacingOccurrences(of: "+", with: " ")).removingPercentEncoding
    }
}
