import LeadMessages

/// The request ids a service has answered, so a client's retry never makes a second change. A
/// request id is bound to its body and its caller: someone else reusing it is a conflict, never a
/// way to read another's result. Each service keeps its own table (`table`), mapping a request id
/// to the id of what it made or changed (`resultColumn`).
public struct RequestLog: Sendable {
    public let table: String
    public let resultColumn: String

    public init(table: String, resultColumn: String) {
        self.table = table
        self.resultColumn = resultColumn
    }

    public struct Entry: Sendable {
        public var requestId: String
        /// The caller and the command's JSON: the same id with anything else is a conflict.
        public var fingerprint: String

        /// nil when the request carries no id (then nothing is remembered).
        public init?<Body: Encodable>(_ requestId: String?, body: Body, identity: String) {
            guard let requestId else { return nil }
            self.requestId = requestId
            let json = (body as? any WireJSONWritable)?.wireJSON() ?? StoredJSON.bytes(body)
            fingerprint = identity + "\n" + String(decoding: json, as: UTF8.self)
        }
    }

    /// The result id an earlier request with this id answered with; a reused id with another body
    /// is a `request-id-conflict`.
    public func earlier(_ request: Entry?, _ db: any SQLConnection) throws -> String? {
        guard let request,
            let row = try db.row(
                "SELECT fingerprint, \(resultColumn) FROM \(table) WHERE requestId = ?", request.requestId)
        else { return nil }
        guard try row.string("fingerprint") == request.fingerprint else {
            throw ErrorBody(
                .requestIdConflict, field: "requestId",
                "requestId \(request.requestId) was already used for a different request / 请求编号已用于其他请求")
        }
        return try row.string(resultColumn)
    }

    public func remember(_ request: Entry?, result: String, _ db: any SQLConnection) throws {
        guard let request else { return }
        try db.execute(
            "INSERT INTO \(table) (requestId, fingerprint, \(resultColumn)) VALUES (?, ?, ?)", request.requestId,
            request.fingerprint, result)
    }
}
