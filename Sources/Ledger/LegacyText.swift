import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Text in the encoding Excel and WPS use for "CSV (逗号分隔)" on a Chinese Windows: the ANSI code
/// page, GBK, read as GB18030 (its superset, which also covers GB2312). Decoded with the C
/// library's iconv. Pure: bytes in, text out.
enum LegacyText {
    /// The text, or nil when the bytes are not valid GB18030.
    static func gb18030(_ data: Data) -> String? {
        let converter = iconv_open("UTF-8", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = [CChar](data.map { CChar(bitPattern: $0) })
        // A GB18030 character of 1, 2 or 4 bytes is at most 4 bytes of UTF-8: twice the input is room enough.
        var output = [CChar](repeating: 0, count: data.count * 2 + 4)
        let written: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress
                var outPointer = outBuffer.baseAddress
                var inLeft = inBuffer.count
                var outLeft = outBuffer.count
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0 else {
                    return nil
                }
                return outBuffer.count - outLeft
            }
        }
        guard let written else { return nil }
        return String(decoding: output[..<written].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
