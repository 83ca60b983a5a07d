import LeadMessages
import ServiceClient
import ServiceKit
import Storage
import Supervision

/// Brings the city's conflict notices for this district into the inbox (protocol 1.11): asks
/// lead-city every `pollMilliseconds` for the notices after the last one stored, and writes each
/// page with its position in one transaction (a notification's id is made from its notice, so a
/// page fetched twice notifies once).
enum CityFeed {
    static let position = CityFeedPosition(table: "city_feed", column: "lastNoticeId")
    /// Well within the second the city promises for a conflict notice.
    static let pollMilliseconds = 200

    static func poller(
        link: CityLink, credentials: ClientCredentials, settings: NotificationSettings, clock: ServiceClock,
        setup: ServiceSetup, openDatabase: @escaping @Sendable () throws -> any SQLDatabase
    ) -> CityPoller {
        CityPoller(
            link: link, credentials: credentials, sender: SupervisorService.name,
            intervalMilliseconds: pollMilliseconds,
            logger: setup.logger, openDatabase: openDatabase
        ) { client, database in
            try fetch(client, database, district: link.district, settings: settings, clock: clock)
        }
    }

    /// One page: fetched, turned into notifications, stored with its position. Returns whether
    /// more may wait.
    static func fetch(
        _ client: RequestClient, _ database: any SQLDatabase, district: String, settings: NotificationSettings,
        clock: ServiceClock
    ) throws -> Bool {
        let known = try position.read(database)
        let after = known.after
        let page = try client.request(
            .cityNotices, CityNoticesQuery(afterNoticeId: after, district: district), expecting: NoticePage.self
        ).get()
        if let again = try position.restartIfNeeded(
            database, known: known, pageStore: page.storeId, pageLast: page.lastNoticeId)
        {
            return again
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
            try position.record(stored, db)
        }
        return stored > after && stored < page.lastNoticeId
    }
}
