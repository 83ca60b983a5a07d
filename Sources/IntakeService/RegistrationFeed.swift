import Federation
import LeadMessages
import ServiceClient
import ServiceKit
import Storage

/// Keeps intake's copy of the city's registrations of this district's projects (protocol 1.11),
/// so that signing checks them without asking the city: a city that is down never stops a
/// signing, it only leaves the copy as of the last registration heard.
enum RegistrationFeed {
    static let position = CityFeedPosition(table: "city_registration_feed", column: "lastRegistrationId")
    /// A registration is decided by people a day before a signing, not within a second.
    static let pollMilliseconds = 1_000

    static func poller(
        link: CityLink, credentials: ClientCredentials, setup: ServiceSetup,
        openDatabase: @escaping @Sendable () throws -> any SQLDatabase
    ) -> CityPoller {
        CityPoller(
            link: link, credentials: credentials, sender: IntakeService.name, intervalMilliseconds: pollMilliseconds,
            logger: setup.logger, openDatabase: openDatabase
        ) { client, database in
            try fetch(client, database, district: link.district)
        }
    }

    /// One page of registrations stored with its position. Returns whether more may wait.
    static func fetch(_ client: RequestClient, _ database: any SQLDatabase, district: String) throws -> Bool {
        let known = try position.read(database)
        let page = try client.request(
            .cityRegistrations, CityRegistrationsQuery(afterRegistrationId: known.after, district: district),
            expecting: RegistrationPage.self
        ).get()
        // The copy keeps each lead's registration once, so fetching them all again is harmless.
        if let again = try position.restartIfNeeded(
            database, known: known, pageStore: page.storeId, pageLast: page.lastRegistrationId)
        {
            return again
        }
        guard let last = page.registrations.last else { return false }
        try database.write { db in
            for registration in page.registrations {
                try db.execute(
                    """
                    INSERT INTO city_registration (leadId, registrationId, record) VALUES (?, ?, ?)
                    ON CONFLICT (leadId) DO NOTHING
                    """, registration.leadId, registration.registrationId, try StoredJSON.string(registration))
            }
            try position.record(last.registrationId, db)
        }
        return last.registrationId < page.lastRegistrationId
    }

    /// The configuration's rule, when the district belongs to a city: `"registration":
    /// {"threshold": "10亿", "mode": "refuse"}`, flagging at 10亿 when not given.
    static func rule(_ settings: Settings) throws -> RegistrationRule {
        guard let value = settings.file["registration"] else { return RegistrationRule() }
        guard case .object(let fields) = value else {
            throw SettingsError(message: "registration must be {\"threshold\": \"10亿\", \"mode\": \"refuse\"}")
        }
        func text(_ key: String) -> String? {
            if case .string(let value)? = fields[key] { return value }
            return nil
        }
        switch RegistrationRule.parse(threshold: text("threshold"), mode: text("mode")) {
        case .success(let rule): return rule
        case .failure(let error): throw SettingsError(message: error.message)
        }
    }
}
