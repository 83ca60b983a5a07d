import Foundation

/// A file sent in a `multipart/form-data` form.
public struct UploadedFile: Sendable, Equatable {
    public var fileName: String
    public var data: Data
}

/// Reads a `multipart/form-data` body (RFC 7578): the text fields and the files, by field name.
/// Pure; a malformed body gives what could be read before the fault, never a crash.
enum MultipartForm {
    /// The boundary named in a `Content-Type: multipart/form-data; boundary=…` header.
    static func boundary(contentType: String) -> String? {
        guard contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2, parts[0].lowercased() == "boundary" {
                let value = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                return value.isEmpty ? nil : value
            }
        }
        return nil
    }

    static func parse(_ body: Data, boundary: String) -> (fields: [String: String], files: [String: UploadedFile]) {
        var fields: [String: String] = [:]
        var files: [String: UploadedFile] = [:]
        let delimiter = Data("--\(boundary)".utf8)
        let headerEnd = Data("\r\n\r\n".utf8)
        var cursor = body.startIndex
        guard let first = body.range(of: delimiter, in: cursor..<body.endIndex) else { return (fields, files) }
        cursor = first.upperBound
        while let next = body.range(of: Data("\r\n".utf8) + delimiter, in: cursor..<body.endIndex) {
            // A part runs from after the delimiter line to the CRLF before the next delimiter.
            // (An empty part has no CRLF of its own before the next delimiter's.)
            var partStart = cursor
            if next.lowerBound - partStart >= 2, body[partStart...].starts(with: Data("\r\n".utf8)) { partStart += 2 }
            let part = body[partStart..<next.lowerBound]
            cursor = next.upperBound
            guard let split = part.range(of: headerEnd) else { continue }
            let headers = String(decoding: part[part.startIndex..<split.lowerBound], as: UTF8.self)
            let content = Data(part[split.upperBound...])
            guard let disposition = contentDisposition(headers), let name = disposition["name"] else { continue }
            if let fileName = disposition["filename"] {
                files[name] = UploadedFile(fileName: fileName, data: content)
            } else {
                fields[name] = String(decoding: content, as: UTF8.self)
            }
            if body[cursor...].starts(with: Data("--".utf8)) { break }
        }
        return (fields, files)
    }

    /// `form-data; name="file"; filename="台账.xlsx"` → ["name": "file", "filename": "台账.xlsx"].
    private static func contentDisposition(_ headers: String) -> [String: String]? {
        for line in headers.components(separatedBy: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "content-disposition" else { continue }
            var values: [String: String] = [:]
            for item in parts[1].split(separator: ";").dropFirst() {
                let pair = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard pair.count == 2 else { continue }
                values[pair[0].lowercased()] = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
            return values
        }
        return nil
    }
}
