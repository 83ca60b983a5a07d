import LeadMessages

extension ErrorBody {
    /// The reply for an error a handler did not raise on purpose: an `ErrorBody` thrown inside is
    /// the reply as it is; anything else (the database failing, mostly) is `internal`, with the
    /// cause for the operator. The one place that mapping is written.
    public static func reply(for error: any Error) -> ErrorBody {
        (error as? ErrorBody) ?? ErrorBody(.internalError, "storage error: \(error) / 存储错误")
    }
}

extension Result where Failure == ErrorBody {
    /// Runs a handler's work, turning whatever it throws into the reply (`ErrorBody.reply(for:)`).
    public static func handling(_ body: () throws -> Success) -> Result<Success, ErrorBody> {
        do {
            return .success(try body())
        } catch {
            return .failure(.reply(for: error))
        }
    }
}
