import LeadMessages

/// A ledger row of `lead.import` that passed every check, with the stage it will reach. Pure: the
/// whole import is checked before intake writes anything.
public struct CheckedImportRow: Sendable, Equatable {
    public var index: Int
    public var row: ImportRow
    public var stage: Stage

    /// Every row valid, or the first refusal, naming the row as the officer numbered it.
    public static func check(_ rows: [ImportRow], now: Timestamp) -> Result<[CheckedImportRow], ErrorBody> {
        var checked: [CheckedImportRow] = []
        for (index, row) in rows.enumerated() {
            func refuse(_ error: ErrorBody, _ part: String) -> Result<[CheckedImportRow], ErrorBody> {
                .failure(
                    ErrorBody(
                        error.code, field: "rows[\(index)].\(part)\(error.field.map { "." + $0 } ?? "")",
                        "row \(row.row) / 第\(row.row)行: \(error.message)"))
            }
            if case .failure(let error) = LeadValidator.validate(row.lead) { return refuse(error, "lead") }
            if row.lead.requestId != nil {
                return refuse(
                    ErrorBody(.invalidField, "a row carries no requestId of its own; the import's covers it"), "lead")
            }
            var stage = Stage.lead
            if let text = row.stage {
                switch LeadValidator.stage(text) {
                case .success(let value): stage = value
                case .failure(let error): return refuse(ErrorBody(error.code, error.message), "stage")
                }
            }
            switch (stage.isSignedOrLater, row.signing) {
            case (true, nil):
                return refuse(ErrorBody(.missingField, "a signed project needs its signing / 已签约项目需填写签约信息"), "signing")
            case (false, .some):
                return refuse(
                    ErrorBody(.invalidField, "a signing needs the stage signed, started or operating / 有签约信息但阶段不是签约"),
                    "signing")
            case (true, .some(let signing)):
                if case .failure(let error) = LeadValidator.signingAmount(signing.amount) {
                    return refuse(error, "signing")
                }
                if case .failure(let error) = LeadValidator.signingInstant(signing.signedAt, now: now) {
                    return refuse(error, "signing")
                }
            case (false, nil): break
            }
            checked.append(CheckedImportRow(index: index, row: row, stage: stage))
        }
        return .success(checked)
    }
}
