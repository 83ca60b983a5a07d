import AccessPolicy
import LeadMessages
import Storage

/// The request ids intake has answered, so a client's retry never makes a second change. A
/// request id is bound to its body and its caller: another officer reusing it is a conflict,
/// never a way to read someone else's result.
enum RequestLog {
    struct Entry {
        var requestId: String
        /// The caller and the command's JSON: the same id with anything else is a conflict.
        var fingerprint: String

        /// nil when the request carries no id (then nothing is remembered).
        init?<Body: Encodable>(_ requestId: String?, body: Body, actor: Caller) throws {
            guard let requestId else { return nil }
            self.requestId = requestId
            fingerprint = actor.identity + "\n" + (try StoredJSON.string(body))
        }
    }

    /// The lead id an earlier request with this id answered with; a reused id with another body
    /// is a `request-id-conflict`.
    static func earlier(_ request: Entry?, _ db: any SQLConnection) throws -> String? {
        guard let request,
            let row = try db.row("SELECT fingerprint, leadId FROM request WHERE requestId = ?", request.requestId)
        else { return nil }
        guard try row.string("fingerprint") == request.fingerprint else {
            throw ErrorBody(
                .requestIdConflict, field: "requestId",
                "requestId \(request.requestId) was already used for a different request / 请求编号已用于其他请求")
        }
        return try row.string("leadId")
    }

    static func remember(_ request: Entry?, leadId: String, _ db: any SQLConnection) throws {
        guard let request else { return }
        try db.execute(
            "INSERT INTO request (requestId, fingerprint, leadId) VALUES (?, ?, ?)", request.requestId,
            request.fingerprint, leadId)
    }
}
