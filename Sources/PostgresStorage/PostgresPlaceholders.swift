/// The stores write `?` placeholders (SQLite's); PostgreSQL numbers them. A `?` inside a quoted
/// string, a quoted identifier or a `$$` body is text, not a placeholder.
enum PostgresPlaceholders {
    static func numbered(_ sql: String) -> String {
        guard sql.contains("?") else { return sql }
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
        return result
    }
}
