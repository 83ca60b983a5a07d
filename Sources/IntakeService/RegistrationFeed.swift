import Federation
import LeadMessages
import ServiceClient
import ServiceKit
import Storage

/// Keeps intake's copy of the city's registrations of this district's projects (protocol 1.11),
/// so that signing checks them without asking the city: a city that is down never stops a
/// signing, it only leaves the copy as of the last registration heard.
enum RegistrationFeed {
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
        let position = try database.read { db in
            try db.row("SELECT lastRegistrationId, storeId FROM city_registration_feed WHERE id = 1")
        }
        let after = try position?.int64("lastRegistrationId") ?? 0
        let page = try client.request(
            .cityRegistrations, CityRegistrationsQuery(afterRegistrationId: after, district: district),
            expecting: RegistrationPage.self
        ).get()
        // Another city store numbers its registrations from 1 again: fetch them all again (the copy
        // keeps each lead's registration once).
        let knownStore = try position?.optionalString("storeId")
        // A store restored from a backup keeps its identity but has fewer numbers than were
        // fetched from it: start again from the first too.
        let numbersWentBack = page.lastRegistrationId < after
        if let store = page.storeId, knownStore != store || numbersWentBack {
            guard knownStore != nil else {
                // The first page heard: remember whose numbers these are.
                try database.write { db in
                    try db.execute("UPDATE city_registration_feed SET storeId = ? WHERE id = 1", store)
                }
                return true
            }
            try database.write { db in
                try db.execute(
                    "UPDATE city_registration_feed SET lastRegistrationId = 0, storeId = ? WHERE id = 1", store)
            }
            return after > 0
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
            try db.execute(
                "UPDATE city_registration_feed SET lastRegistrationId = ? WHERE id = 1", last.registrationId)
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
