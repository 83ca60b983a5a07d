import Dispatch
import LeadMessages
import ServiceClient
import ZeroMQ

/// The console's way to the services: a ZeroMQ client with lead-web's own CURVE key (role
/// `gateway`), every request made on behalf of the signed-in person (`onBehalfOf`, protocol 1.5).
///
/// ZeroMQ sockets are not thread-safe: they live on one serial queue, and page handlers wait for
/// it without blocking Swift's cooperative threads. `@unchecked Sendable`: everything mutable is
/// touched on `queue` only.
public final class ServiceGateway: @unchecked Sendable {
    public enum Service: Sendable { case intake, matcher, reporter, supervisor }

    private let queue = DispatchQueue(label: "lead-web.gateway")
    private let context: ZMQContext
    private var clients: [Service: RequestClient] = [:]

    public init(endpoints: Endpoints, credentials: ClientCredentials) throws {
        context = try ZMQContext()
        let targets: [(Service, String, String)] = [
            (.intake, endpoints.intakeCommands, "lead-intake"), (.matcher, endpoints.matcherQueries, "lead-matcher"),
            (.reporter, endpoints.reporterQueries, "lead-reporter"),
            (.supervisor, endpoints.supervisorQueries, "lead-supervisor"),
        ]
        for (service, endpoint, name) in targets {
            clients[service] = RequestClient(
                context: context, endpoint: endpoint, sender: "lead-web", timeoutMilliseconds: 3_000, attempts: 2,
                configure: credentials.configure(for: name))
        }
    }

    deinit { context.shutdown() }

    public func request<Body: Codable & Sendable, Reply: Codable & Sendable>(
        _ service: Service, _ type: MessageType, _ body: Body, expecting: Reply.Type, as account: Account
    ) async -> Result<Reply, ErrorBody> {
        await withCheckedContinuation { continuation in
            queue.async { [self] in
                guard let client = clients[service] else {
                    return continuation.resume(returning: .failure(ErrorBody(.internalError, "no client")))
                }
                continuation.resume(
                    returning: client.request(
                        type, body, expecting: Reply.self,
                        onBehalfOf: OnBehalfOf(identity: account.username, role: account.role)))
            }
        }
    }
}

extension ServiceGateway {
    /// Every lead the person may see, in pages of 500 (the export, the import's duplicate check).
    func allLeads(as account: Account) async -> Result<[Lead], ErrorBody> {
        var leads: [Lead] = []
        var after: String?
        repeat {
            switch await request(
                .intake, .leadList, ListLeads(after: after, limit: 500), expecting: LeadPage.self, as: account)
            {
            case .success(let page):
                leads += page.leads
                after = page.next
            case .failure(let error): return .failure(error)
            }
        } while after != nil
        return .success(leads)
    }
}
