/// lead-city (protocol 1.11): one city over many districts' intakes.

/// Where lead-city stands in one district's event stream: what `service.status` lists per district.
public struct StreamStatus: Codable, Sendable, Equatable {
    /// The district's code in the city's configuration (`huiji`).
    public var district: String
    /// Its name for people (惠济区).
    public var name: String
    /// The last sequence of that district's intake whose effect the city stored.
    public var lastSequence: Int64
    /// The newest sequence the district's intake is known to have (its heartbeats, events, replays).
    public var head: Int64
    /// `head - lastSequence`.
    public var lag: Int64
    /// The district intake's store the city follows, once learned.
    public var intakeStore: String?
    /// When the city last heard anything from that district (its clock); absent: never since start.
    public var lastHeardAt: Timestamp?

    public init(
        district: String, name: String, lastSequence: Int64, head: Int64, intakeStore: String? = nil,
        lastHeardAt: Timestamp? = nil
    ) {
        self.district = district
        self.name = name
        self.lastSequence = lastSequence
        self.head = head
        self.lag = head - lastSequence
        self.intakeStore = intakeStore
        self.lastHeardAt = lastHeardAt
    }
}

/// `city.conflicts`: the conflicts between districts the city found, newest first.
public struct CityConflictsQuery: Codable, Sendable, Equatable {
    /// Only the conflicts that involve this district (its code).
    public var district: String?
    /// At most this many (default and maximum 500).
    public var limit: Int?

    public init(district: String? = nil, limit: Int? = nil) {
        self.district = district
        self.limit = limit
    }

    public static let maximumLimit = 500
}

/// One district's side of a conflict, as the city sees it.
public struct ConflictSide: Codable, Sendable, Equatable {
    public var district: String
    public var leadId: String
    public var companyName: String
    public var projectName: String
    /// When the district's intake stored the lead: what 首报首谈 compares.
    public var reportedAt: Timestamp

    public init(district: String, leadId: String, companyName: String, projectName: String, reportedAt: Timestamp) {
        self.district = district
        self.leadId = leadId
        self.companyName = companyName
        self.projectName = projectName
        self.reportedAt = reportedAt
    }
}

/// Two districts pursuing one company: `first` reported first and keeps priority (首报首谈).
public struct ConflictRecord: Codable, Sendable, Equatable {
    public var conflictId: Int64
    /// `same-company` or `same-project`.
    public var kind: String
    /// The matcher's normalized company key both leads share.
    public var companyKey: String
    public var first: ConflictSide
    public var second: ConflictSide
    /// When the city found it (its clock).
    public var detectedAt: Timestamp
    /// The city's decision overruling 首报首谈, when it made one (`city.decide`).
    public var decision: ConflictDecision?

    public init(
        conflictId: Int64, kind: String, companyKey: String, first: ConflictSide, second: ConflictSide,
        detectedAt: Timestamp, decision: ConflictDecision? = nil
    ) {
        self.decision = decision
        self.conflictId = conflictId
        self.kind = kind
        self.companyKey = companyKey
        self.first = first
        self.second = second
        self.detectedAt = detectedAt
    }
}

/// `city.decide` (1.11, the city's supervisors): which district keeps the lead, overruling (or
/// confirming) 首报首谈, and why. Recorded once per conflict; a later decision replaces it, each
/// one in the audit log.
public struct DecideConflict: Codable, Sendable, Equatable {
    public var conflictId: Int64
    /// The district that keeps the company (one of the conflict's two).
    public var keeps: String
    public var reason: String

    public init(conflictId: Int64, keeps: String, reason: String) {
        self.conflictId = conflictId
        self.keeps = keeps
        self.reason = reason
    }
}

public struct ConflictDecision: Codable, Sendable, Equatable {
    public var keeps: String
    public var reason: String
    public var decidedBy: String
    public var decidedAt: Timestamp

    public init(keeps: String, reason: String, decidedBy: String, decidedAt: Timestamp) {
        self.keeps = keeps
        self.reason = reason
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
    }
}

public struct ConflictList: Codable, Sendable, Equatable {
    public var conflicts: [ConflictRecord]
    /// How many conflicts match the query in all (the list stops at the limit).
    public var total: Int

    public init(conflicts: [ConflictRecord], total: Int) {
        self.conflicts = conflicts
        self.total = total
    }
}

/// `city.notices` (1.11): a district's conflict notices after `afterNoticeId`, oldest first. A
/// district's lead-supervisor asks with its own key and gets its own district's notices only.
public struct CityNoticesQuery: Codable, Sendable, Equatable {
    public var afterNoticeId: Int64
    /// The district (its code): required of the city's supervisors; a district's service may
    /// name only its own.
    public var district: String?
    /// 1–500; default 100.
    public var limit: Int?

    public init(afterNoticeId: Int64, district: String? = nil, limit: Int? = nil) {
        self.afterNoticeId = afterNoticeId
        self.district = district
        self.limit = limit
    }

    public static let defaultLimit = 100
}

/// What one district is told of a conflict: its own lead, the other district and who has
/// priority — never the other district's lead, amount, contact or project.
public struct CityNotice: Codable, Sendable, Equatable {
    public var noticeId: Int64
    public var conflictId: Int64
    /// `same-company` or `same-project`.
    public var kind: String
    /// This district's lead and its company, as this district recorded them.
    public var leadId: String
    public var companyName: String
    /// The other district: its code and name.
    public var otherDistrict: String
    public var otherDistrictName: String
    /// `yours`: this district reported first and keeps the lead (首报首谈); `theirs`: the other did.
    /// After a decision of the city: whom it decided for.
    public var priority: String
    public var detectedAt: Timestamp
    /// Present when the city decided (`city.decide`): why.
    public var decisionReason: String?

    public init(
        noticeId: Int64, conflictId: Int64, kind: String, leadId: String, companyName: String, otherDistrict: String,
        otherDistrictName: String, priority: String, detectedAt: Timestamp
    ) {
        self.noticeId = noticeId
        self.conflictId = conflictId
        self.kind = kind
        self.leadId = leadId
        self.companyName = companyName
        self.otherDistrict = otherDistrict
        self.otherDistrictName = otherDistrictName
        self.priority = priority
        self.detectedAt = detectedAt
    }
}

public struct NoticePage: Codable, Sendable, Equatable {
    public var notices: [CityNotice]
    /// The district's newest notice id: more wait when it is beyond the page's last.
    public var lastNoticeId: Int64
    /// lead-city's store, made when it was created: a district that sees another one (the city's
    /// store was rebuilt or restored, its numbers begun again) starts again from the first notice.
    public var storeId: String?

    public init(notices: [CityNotice], lastNoticeId: Int64, storeId: String? = nil) {
        self.notices = notices
        self.lastNoticeId = lastNoticeId
        self.storeId = storeId
    }
}

/// `city.register` (1.11, the city's supervisors): a district's project of at least the
/// registration threshold is registered with the city before it is signed (Henan's 2025 rule).
public struct RegisterProject: Codable, Sendable, Equatable {
    public var district: String
    /// The district's own lead id (`L-000012`).
    public var leadId: String
    /// What the joint meeting decided, for the record.
    public var note: String?

    public init(district: String, leadId: String, note: String? = nil) {
        self.district = district
        self.leadId = leadId
        self.note = note
    }
}

/// A registered project: the reply to `city.register`, and what `city.registrations` lists.
public struct ProjectRegistration: Codable, Sendable, Equatable {
    public var registrationId: Int64
    public var district: String
    public var leadId: String
    public var companyName: String
    public var projectName: String
    public var registeredBy: String
    public var registeredAt: Timestamp
    public var note: String?

    public init(
        registrationId: Int64, district: String, leadId: String, companyName: String, projectName: String,
        registeredBy: String, registeredAt: Timestamp, note: String? = nil
    ) {
        self.registrationId = registrationId
        self.district = district
        self.leadId = leadId
        self.companyName = companyName
        self.projectName = projectName
        self.registeredBy = registeredBy
        self.registeredAt = registeredAt
        self.note = note
    }
}

/// `city.registrations` (1.11): registrations after `afterRegistrationId`, oldest first. A
/// district's lead-intake asks with its own key for its own district's (it keeps a copy, so that
/// signing never waits for the city); the city's supervisors may ask for one district or all.
public struct CityRegistrationsQuery: Codable, Sendable, Equatable {
    public var afterRegistrationId: Int64
    public var district: String?
    /// 1–500; default 100.
    public var limit: Int?

    public init(afterRegistrationId: Int64, district: String? = nil, limit: Int? = nil) {
        self.afterRegistrationId = afterRegistrationId
        self.district = district
        self.limit = limit
    }
}

/// A signing at or above the threshold that its district flagged as unregistered.
public struct UnregisteredSigning: Codable, Sendable, Equatable {
    public var district: String
    public var leadId: String
    public var companyName: String
    public var projectName: String
    public var amountYuan: Money
    public var signedAt: Timestamp

    public init(
        district: String, leadId: String, companyName: String, projectName: String, amountYuan: Money,
        signedAt: Timestamp
    ) {
        self.district = district
        self.leadId = leadId
        self.companyName = companyName
        self.projectName = projectName
        self.amountYuan = amountYuan
        self.signedAt = signedAt
    }
}

public struct RegistrationPage: Codable, Sendable, Equatable {
    public var registrations: [ProjectRegistration]
    /// The newest registration id in the scope asked (0 if none).
    public var lastRegistrationId: Int64
    /// To the city's supervisors only: the flagged signings in the scope asked, as the districts'
    /// streams stand now.
    public var unregisteredSignings: [UnregisteredSigning]?
    /// lead-city's store (as in NoticePage): another one means its numbers began again.
    public var storeId: String?

    public init(
        registrations: [ProjectRegistration], lastRegistrationId: Int64,
        unregisteredSignings: [UnregisteredSigning]? = nil, storeId: String? = nil
    ) {
        self.storeId = storeId
        self.registrations = registrations
        self.lastRegistrationId = lastRegistrationId
        self.unregisteredSignings = unregisteredSignings
    }
}
