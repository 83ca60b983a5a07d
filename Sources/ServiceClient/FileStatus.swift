import Foundation

/// A file's mode and modification time, following symbolic links: Kubernetes mounts Secrets and
/// ConfigMaps as links into a `..data` directory that it swaps on update, so the link's own
/// mode (0777) and time say nothing about the file behind it.
public enum FileStatus {
    public static func mode(_ path: String) -> Int? {
        guard let status = status(path) else { return nil }
        return Int(status.st_mode & 0o7777)
    }

    /// Modification time in nanoseconds, with the inode, so a file replaced within the same
    /// second (a Secret update swaps the whole directory) still counts as changed.
    public static func stamp(_ path: String) -> String? {
        guard let status = status(path) else { return nil }
        return "\(status.st_ino):\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec):\(status.st_size)"
    }

    private static func status(_ path: String) -> stat? {
        var result = stat()
        return stat(path, &result) == 0 ? result : nil
    }
}
