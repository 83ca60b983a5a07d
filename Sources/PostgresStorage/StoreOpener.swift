import Logging
import Storage

/// Opens a service's store where its configuration says: PostgreSQL when `databaseURL` is a
/// `postgres://` URL, else the embedded SQLite file `DATA_DIR/NAME.sqlite` (the default).
public enum StoreOpener {
    /// - Parameter singleWriter: the store must have one writing process only (intake's: it
    ///   numbers the events); in PostgreSQL a second one is refused at start by an advisory lock.
    ///   (With SQLite, a second intake on the same host cannot bind the same endpoints.)
    public static func open(
        databaseURL: String?, directory: String, name: String, singleWriter: Bool = false, logger: Logger
    ) throws -> any SQLDatabase {
        guard let databaseURL, !databaseURL.isEmpty else {
            return try SQLiteDatabase.open(directory: directory, name: name)
        }
        guard let location = PostgresLocation(url: databaseURL) else {
            throw StorageError(
                "databaseUrl must look like postgres://USER:PASSWORD@HOST:5432/DATABASE[?sslmode=disable|require|prefer]"
            )
        }
        logger.info("using PostgreSQL", metadata: ["database": "\(location.redacted)"])
        // A fixed key per store name (a stable hash: the same in every release).
        let lock = singleWriter ? Int64(bitPattern: name.utf8.reduce(0x4C54) { $0 &* 31 &+ UInt64($1) }) : nil
        return try PostgresSQLDatabase(location, writerLock: lock, logger: logger)
    }
}
