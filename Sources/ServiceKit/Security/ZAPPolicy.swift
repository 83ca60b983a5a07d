import AccessPolicy
import ServiceClient
import ZeroMQ

/// The ZAP decision (RFC 27), pure: which connections may open, and as whom.
///
/// Every server socket has a non-empty ZAP domain: command and query sockets use
/// `leadtracker`, intake's event socket `leadtracker-events`, which only services may join.
public enum ZAPPolicy {
    public static let commandDomain = "leadtracker"
    public static let eventsDomain = "leadtracker-events"

    static let rolesByDomain: [String: Set<Role>] = [
        commandDomain: [.officer, .supervisor, .service, .gateway],
        eventsDomain: [.service],
    ]

    public struct Decision: Equatable, Sendable {
        public var status: Int
        public var text: String
        public var userID: String
    }

    public static func decide(_ request: ZAPRequest, keys: AuthorizedKeys) -> Decision {
        guard request.mechanism == "CURVE" else { return Decision(status: 400, text: "CURVE required", userID: "") }
        guard let roles = rolesByDomain[request.domain] else {
            return Decision(status: 400, text: "unknown ZAP domain", userID: "")
        }
        guard let key = request.credentials.first.flatMap(CurveKeyPair.z85), let entry = keys.entry(forKey: key) else {
            return Decision(status: 400, text: "key not authorized", userID: "")
        }
        guard roles.contains(entry.role) else {
            return Decision(status: 400, text: "role \(entry.role.rawValue) not allowed here", userID: "")
        }
        return Decision(status: 200, text: "OK", userID: entry.identity)
    }
}
