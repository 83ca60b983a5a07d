/// The stores write `?` placeholders (SQLite's); PostgreSQL numbers them. A `?` inside a quoted
/// string, a quoted identifier or a `$$` body is text, not a placeholder.
enum PostgresPlaceholders {
    static func numbered(_ sql: String) -> String { numbering(sql).sql }

    /// The numbered text and how many placeholders it has (a statement given another number of
    /// arguments is refused before it is sent, as on SQLite).
    static func numbering(_ sql: String) -> (sql: String, placeholders: Int) {
        guard sql.contains("?") else { return (sql, 0) }
        var result = ""
        result.reserveCapacity(sql.utf8.count + 8)
        var count = 0
        var quote: Character?
        var inDollarBody = false
        var previous: Character?
        for character in sql {
            defer { previous = character }
            if inDollarBody {
                if character == "$", previous == "$" { inDollarBody = false }
                result.append(character)
                continue
            }
            if let open = quote {
                if character == open { quote = nil }
                result.append(character)
                continue
            }
            switch character {
            case "'", "\"": quote = character
            case "$" where previous == "$": inDollarBody = true
            case "?":
                count += 1
                result.append("$\(count)")
                continue
            default: break
            }
            result.append(character)
        }
        return (result, count)
    }
}
