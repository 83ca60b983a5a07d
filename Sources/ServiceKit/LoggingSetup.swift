import Foundation
import Logging

/// One-time logging bootstrap for an executable: to standard error, at the level asked for.
public enum LoggingSetup {
    public static func bootstrap(label: String, level: String?) -> Logger {
        LoggingSystem.bootstrap { StreamLogHandler.standardError(label: $0) }
        var logger = Logger(label: label)
        logger.logLevel = level.flatMap(Logger.Level.init(rawValue:)) ?? .info
        return logger
    }
}
