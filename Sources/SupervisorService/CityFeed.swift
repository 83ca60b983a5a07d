import Foundation
import LeadMessages
import Logging
import ServiceClient
import ServiceKit
import Storage
import Supervision
import ZeroMQ

/// Where the district's city is, when it belongs to one (protocol 1.11): the configuration's
/// `"city": {"queries": "tcp://10.0.9.1:7741", "district": "huiji", "serverKey": "lead-city"}`.
public struct CityLink: Sendable, Equatable {
    public var queries: String
    /// This district's code in the city's configuration.
    public var district: String
    /// lead-city's public key in this service's keys directory: `KEY.pub`.
    public var serverKey: String

    public init(queries: String, district: String, serverKey: String = "lead-city") {
        self.queries = queries
        self.district = district
        self.serverKey = serverKey
    }

    public static func from(_ settings: Settings) throws -> CityLink? {
        guard let value = settings.file["city"] else { return nil }
        guard case .object(let fields) = value, case .string(let queries)? = fields["queries"],
            case .string(let district)? = fields["district"], !queries.isEmpty, !district.isEmpty
        else {
            throw SettingsError(
                message: "city must be {\"queries\": \"tcp://HOST:7741\", \"district\": \"CODE\"} in the configuration file")
        }
        var link = CityLink(queries: queries, district: district)
        if case .string(let key)? = fields["serverKey"], !key.isEmpty { link.serverKey = key }
        return link
    }
}

/// Brings the city's conflict notices for this district into the inbox, on a thread of its own
/// with its own connection to the store, so a city that is down or slow never holds up the board.
/// It asks lead-city every `pollMilliseconds` for the notices after the last one stored; each page
/// is written with its position in one transaction (a notice's id is made from its conflict, so a
/// page fetched twice notifies once).
final class CityFeed: Sendable {
    private let link: CityLink
    private let credentials: ClientCredentials
    private let settings: NotificationSettings
    private let openDatabase: @Sendable () throws -> any SQLDatabase
    private let clock: ServiceClock
    private let logger: Logger
    /// Well within the second the city promises for a conflict notice.
    static let pollMilliseconds = 200

    init(
        link: CityLink, credentials: ClientCredentials, settings: NotificationSettings, clock: ServiceClock,
        logger: Logger, openDatabase: @escaping @Sendable () throws -> any SQLDatabase
    ) {
        self.link = link
        self.credentials = credentials
        self.settings = settings
        self.clock = clock
        self.logger = logger
        self.openDatabase = openDatabase
    }

    func run(stop: StopSignal) {
        let context: ZMQContext
        do {
            context = try ZMQContext()
        } catch {
            return logger.critical("city notices: no ZeroMQ context", metadata: ["error": "\(error)"])
        }
        defer { context.shutdown() }
        let client = RequestClient(
            context: context, endpoint: link.queries, sender: "lead-supervisor", timeoutMilliseconds: 2_000,
            attempts: 1, configure: credentials.configure(for: link.serverKey))
        var database: (any SQLDatabase)?
        var failing = false
        while !stop.isStopped {
            do {
                let open = try database ?? openDatabase()
                database = open
                let more = try fetch(client, open)
                failing = false
                if !more { Self.pause(milliseconds: Self.pollMilliseconds, stop) }
            } catch let error as ErrorBody {
                // The city unreachable, or refusing this key: said once per episode, retried each second.
                if !failing { logger.warning("city notices not fetched", metadata: ["error": "\(error.message)"]) }
                failing = true
                Self.pause(milliseconds: 1_000, stop)
            } catch {
                logger.error("city notices not stored", metadata: ["error": "\(error)"])
                Self.pause(milliseconds: 1_000, stop)
            }
        }
    }

    /// One page: fetched, turned into notifications, stored with its position. Returns whether
    /// more may wait.
    private func fetch(_ client: RequestClient, _ database: any SQLDatabase) throws -> Bool {
        let after = try database.read { db in try db.int64("SELECT lastNoticeId FROM city_feed WHERE id = 1") } ?? 0
        let query = CityNoticesQuery(afterNoticeId: after, district: link.district)
        let page: NoticePage
        switch client.request(.cityNotices, query, expecting: NoticePage.self) {
        case .success(let reply): page = reply
        case .failure(let error): throw error
        }
        guard !page.notices.isEmpty else { return false }
        var stored = after
        try database.write { db in
            for notice in page.notices {
                // A lead this service has not applied yet: wait for it (intake had it before the city did).
                guard let lead = try SupervisionStore.lead(db, notice.leadId) else { break }
                if let notification = Notices.cityConflict(notice, lead, at: clock.now()) {
                    try SupervisionStore.notify(notification, settings: settings, db)
                }
                stored = notice.noticeId
            }
            try db.execute("UPDATE city_feed SET lastNoticeId = ? WHERE id = 1", stored)
        }
        return stored < page.lastNoticeId && stored > after
    }

    private static func pause(milliseconds: Int, _ stop: StopSignal) {
        var waited = 0
        while waited < milliseconds, !stop.isStopped {
            Thread.sleep(forTimeInterval: 0.05)
            waited += 50
        }
    }
}
