import Foundation
import LeadMessages
import Logging
import ServiceClient
import Storage
import ZeroMQ

/// Asks lead-city for what is new, on a thread of its own with its own connection to the
/// service's store, so a city that is down or slow never holds up the service's loop. `turn`
/// asks once and stores what came, with its position, in one transaction; it returns whether more
/// may wait (then it is called again at once), else the poller waits `intervalMilliseconds`.
/// A failure of the city (unreachable, or refusing this key) is logged once per episode.
public final class CityPoller: Sendable {
    public typealias Turn = @Sendable (_ client: RequestClient, _ database: any SQLDatabase) throws -> Bool

    private let link: CityLink
    private let credentials: ClientCredentials
    private let sender: String
    private let intervalMilliseconds: Int
    private let logger: Logger
    private let openDatabase: @Sendable () throws -> any SQLDatabase
    private let turn: Turn

    public init(
        link: CityLink, credentials: ClientCredentials, sender: String, intervalMilliseconds: Int, logger: Logger,
        openDatabase: @escaping @Sendable () throws -> any SQLDatabase, turn: @escaping Turn
    ) {
        self.link = link
        self.credentials = credentials
        self.sender = sender
        self.intervalMilliseconds = intervalMilliseconds
        self.logger = logger
        self.openDatabase = openDatabase
        self.turn = turn
    }

    public func run(stop: StopSignal) {
        let context: ZMQContext
        do {
            context = try ZMQContext()
        } catch {
            return logger.critical("city: no ZeroMQ context", metadata: ["error": "\(error)"])
        }
        defer { context.shutdown() }
        let client = RequestClient(
            context: context, endpoint: link.queries, sender: sender, timeoutMilliseconds: 2_000, attempts: 1,
            configure: credentials.configure(for: link.serverKey))
        var database: (any SQLDatabase)?
        var failing = false
        while !stop.isStopped {
            do {
                let open = try database ?? openDatabase()
                database = open
                let more = try turn(client, open)
                if failing { logger.info("city reachable again", metadata: ["city": "\(link.queries)"]) }
                failing = false
                if !more { Self.pause(milliseconds: intervalMilliseconds, stop) }
            } catch let error as ErrorBody {
                if !failing {
                    logger.warning(
                        "city not reached", metadata: ["city": "\(link.queries)", "error": "\(error.message)"])
                }
                failing = true
                Self.pause(milliseconds: 1_000, stop)
            } catch {
                logger.error("what the city sent was not stored", metadata: ["error": "\(error)"])
                Self.pause(milliseconds: 1_000, stop)
            }
        }
    }

    static func pause(milliseconds: Int, _ stop: StopSignal) {
        var waited = 0
        while waited < milliseconds, !stop.isStopped {
            Thread.sleep(forTimeInterval: 0.05)
            waited += 50
        }
    }
}
