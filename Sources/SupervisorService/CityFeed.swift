import LeadMessages
import ServiceClient
import ServiceKit
import Storage
import Supervision

/// Brings the city's conflict notices for this district into the inbox (protocol 1.11): asks
/// lead-city every `pollMilliseconds` for the notices after the last one stored, and writes each
/// page with its position in one transaction (a notification's id is made from its conflict, so a
/// page fetched twice notifies once).
enum CityFeed {
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
        let position = try database.read { db in try db.row("SELECT lastNoticeId, storeId FROM city_feed WHERE id = 1") }
        let after = try position?.int64("lastNoticeId") ?? 0
        let page = try client.request(
            .cityNotices, CityNoticesQuery(afterNoticeId: after, district: district), expecting: NoticePage.self
        ).get()
        // Another city store (rebuilt, or restored from a backup) numbers its notices from 1 again:
        // start again from its first (a notice seen before makes the same notification, kept once).
        let knownStore = try position?.optionalString("storeId")
        // A store restored from a backup keeps its identity but has fewer numbers than were
        // fetched from it: start again from the first too.
        let numbersWentBack = page.lastNoticeId < after
        if let store = page.storeId, knownStore != store || numbersWentBack {
            guard knownStore != nil else {
                // The first page heard: remember whose numbers these are.
                try database.write { db in
                    try db.execute("UPDATE city_feed SET storeId = ? WHERE id = 1", store)
                }
                return true
            }
            try database.write { db in
                try db.execute(
                    "UPDATE city_feed SET lastNoticeId = 0, storeId = ? WHERE id = 1", store)
            }
            return after > 0
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
        return stored > after && stored < page.lastNoticeId
    }
}
