import Foundation

/// Where a dated reference file (lists, rules, the 年考核 scheme) is read from: the bureau's own copy
/// in the override directory (`LEADTRACKER_REFERENCE_DIR`) when it has one, else the copy shipped
/// with the build. One rule for every such file.
public enum ReferenceFile {
    public static var defaultOverrideDirectory: String? {
        ProcessInfo.processInfo.environment["LEADTRACKER_REFERENCE_DIR"]
    }

    /// The bureau's copy of `name` if it exists, else the shipped one if it exists.
    public static func locate(_ name: String, overrideDirectory: String?, shipped: URL?) -> URL? {
        let candidates = [overrideDirectory.map { URL(fileURLWithPath: $0).appendingPathComponent(name) }, shipped]
        return candidates.compactMap { $0 }.first { FileManager.default.fileExists(atPath: $0.path) }
    }
}
