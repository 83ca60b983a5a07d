import Foundation
import LeadMessages

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

    /// A select's options: "all" (empty value) then each value of the vocabulary with its label.
    static func options<Value: WireValue>(_ type: Value.Type, selected: String?, _ t: Texts) -> String {
        ([nil] + Value.allCases.map(Optional.some)).map { value -> String in
            let mark = value?.rawValue == selected ? " selected" : ""
            return "<option value=\"\(value?.rawValue ?? "")\"\(mark)>\(value?.label(t.language) ?? t[.all])</option>"
        }.joined()
    }

    /// `text` made safe as one query-string value.
    static func queryValue(_ text: String) -> String {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+#")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}

/// A form's fields from an `application/x-www-form-urlencoded` body or a query string.
public struct FormData: Sendable, Equatable {
    public var values: [String: String]
    /// The files of a `multipart/form-data` form, by field name.
    public var files: [String: UploadedFile] = [:]

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
