/// The `ok` reply to `report.weekly`: the 周报告 of signings for one ISO week, against the annual target.
public struct WeeklyReport: Codable, Sendable, Equatable {
    public var week: ISOWeek
    /// Monday and Sunday of the week (Beijing dates).
    public var weekStart: String
    public var weekEnd: String
    public var signedProjects: Int
    public var signedAmountYuan: Money
    /// The calendar year of the week's last day that the year-to-date covers.
    public var year: Int
    public var ytdProjects: Int
    public var ytdAmountYuan: Money
    public var targetProjects: Int?
    public var targetAmountYuan: Money?
    public var projects: [SignedProject]
    /// The event sequence the numbers reflect.
    public var basedOnSequence: Int64

    public init(
        week: ISOWeek, signedProjects: Int, signedAmountYuan: Money, year: Int, ytdProjects: Int, ytdAmountYuan: Money,
        targetProjects: Int?, targetAmountYuan: Money?, projects: [SignedProject], basedOnSequence: Int64
    ) {
        self.week = week
        self.weekStart = week.monday.description
        self.weekEnd = week.sunday.description
        self.signedProjects = signedProjects
        self.signedAmountYuan = signedAmountYuan
        self.year = year
        self.ytdProjects = ytdProjects
        self.ytdAmountYuan = ytdAmountYuan
        self.targetProjects = targetProjects
        self.targetAmountYuan = targetAmountYuan
        self.projects = projects
        self.basedOnSequence = basedOnSequence
    }
}

/// One project signed in the report's week.
public struct SignedProject: Codable, Sendable, Equatable {
    public var leadId: String
    public var companyName: String
    public var projectName: String
    public var amountYuan: Money
    public var signedAt: Timestamp
    /// The Beijing business date of the signing.
    public var signedOn: String

    public init(leadId: String, companyName: String, projectName: String, amountYuan: Money, signedAt: Timestamp) {
        self.leadId = leadId
        self.companyName = companyName
        self.projectName = projectName
        self.amountYuan = amountYuan
        self.signedAt = signedAt
        self.signedOn = signedAt.businessDate.description
    }
}
