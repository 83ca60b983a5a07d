import ArgumentParser
import LeadMessages
import ServiceClient
import ZeroMQ

/// `leadctl conflicts [--district huiji]`: the city's conflicts between districts, newest first
/// (asks lead-city).
struct Conflicts: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List conflicts between districts found by the city (跨区冲突，首报首谈).")
    @OptionGroup var options: ClientOptions
    @Option(help: "Only those involving this district (its code)") var district: String?
    @Option(help: "At most this many (1–500)") var limit: Int?

    func run() throws {
        let context = try ZMQContext()
        let client = try options.client(try options.endpoints().cityQueries, server: "lead-city", context: context)
        switch client.request(
            .cityConflicts, CityConflictsQuery(district: district, limit: limit), expecting: ConflictList.self)
        {
        case .success(let list):
            if options.json { return Output.json(list) }
            print("跨区冲突 \(list.total) 起（列出 \(list.conflicts.count) 起；首报者优先）")
            for conflict in list.conflicts {
                let kind = conflict.kind == "same-project" ? "同一项目" : "同一企业"
                print(
                    "#\(conflict.conflictId) \(kind)  \(conflict.first.companyName)  "
                        + "首报 \(conflict.first.district) \(conflict.first.leadId) \(conflict.first.reportedAt)  "
                        + "后报 \(conflict.second.district) \(conflict.second.leadId) \(conflict.second.reportedAt)")
            }
        case .failure(let error):
            throw Output.fail(error, options: options)
        }
    }
}

/// `leadctl register --district huiji L-000012 [--note …]`: registers a district's big project
/// with the city before it is signed (报备; the city's supervisors, at lead-city).
struct Register: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Register a district's big project with the city before signing (重大项目报备).")
    @OptionGroup var options: ClientOptions
    @Option(help: "The district's code") var district: String
    @Argument(help: "The district's lead id (L-000012)") var lead: String
    @Option(help: "What the joint meeting decided") var note: String?

    func run() throws {
        let context = try ZMQContext()
        let client = try options.client(try options.endpoints().cityQueries, server: "lead-city", context: context)
        switch client.request(
            .cityRegister, RegisterProject(district: district, leadId: lead, note: note),
            expecting: ProjectRegistration.self)
        {
        case .success(let registration):
            if options.json { return Output.json(registration) }
            print(
                "已报备 #\(registration.registrationId) \(registration.district) \(registration.leadId) "
                    + "\(registration.companyName) · \(registration.projectName)（\(registration.registeredBy)，\(registration.registeredAt)）"
            )
        case .failure(let error):
            throw Output.fail(error, options: options)
        }
    }
}

/// `leadctl registrations [--district huiji]`: the city's registrations, and the big signings the
/// districts flagged as unregistered.
struct Registrations: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List registered big projects and unregistered big signings (报备情况).")
    @OptionGroup var options: ClientOptions
    @Option(help: "Only this district (its code)") var district: String?
    @Option(help: "At most this many registrations (1–500)") var limit: Int?

    func run() throws {
        let context = try ZMQContext()
        let client = try options.client(try options.endpoints().cityQueries, server: "lead-city", context: context)
        switch client.request(
            .cityRegistrations, CityRegistrationsQuery(afterRegistrationId: 0, district: district, limit: limit),
            expecting: RegistrationPage.self)
        {
        case .success(let page):
            if options.json { return Output.json(page) }
            print("已报备 \(page.registrations.count) 项")
            for registration in page.registrations {
                print(
                    "#\(registration.registrationId) \(registration.district) \(registration.leadId) "
                        + "\(registration.companyName) · \(registration.projectName)  \(registration.registeredAt)")
            }
            let unregistered = page.unregisteredSignings ?? []
            print("未报备即签约 \(unregistered.count) 项")
            for signing in unregistered {
                print(
                    "\(signing.district) \(signing.leadId) \(signing.companyName) · \(signing.projectName)  "
                        + "\(signing.amountYuan.displayString)  \(signing.signedAt)")
            }
        case .failure(let error):
            throw Output.fail(error, options: options)
        }
    }
}

/// `leadctl decide 3 --keeps jinshui --reason …`: the city decides which district keeps a
/// conflicted company (市局裁决; the city's supervisors, at lead-city).
struct Decide: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Decide which district keeps a conflicted company, overruling 首报首谈 (市局裁决).")
    @OptionGroup var options: ClientOptions
    @Argument(help: "The conflict's number (leadctl conflicts)") var conflict: Int64
    @Option(help: "The district that keeps it (its code)") var keeps: String
    @Option(help: "Why (recorded and sent to both districts)") var reason: String

    func run() throws {
        let context = try ZMQContext()
        // Sent once: a decision resent after a lost reply would be recorded (and told) twice.
        let client = try options.client(
            try options.endpoints().cityQueries, server: "lead-city", context: context, once: true)
        switch client.request(
            .cityDecide, DecideConflict(conflictId: conflict, keeps: keeps, reason: reason),
            expecting: ConflictRecord.self)
        {
        case .success(let record):
            if options.json { return Output.json(record) }
            print("已裁决 #\(record.conflictId) \(record.first.companyName)：由 \(keeps) 继续洽谈（\(reason)）")
        case .failure(let error):
            throw Output.fail(error, options: options)
        }
    }
}
