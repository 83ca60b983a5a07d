/// `lead.import` (protocol 1.5): the rows of a ledger (项目台账) as one all-or-nothing command.
/// Every row becomes a lead at the ledger's stage, with its signing; if any row is refused,
/// nothing is stored. `requestId` is required: a retry answers with the same leads.
public struct ImportLeads: Codable, Sendable, Equatable {
    public var requestId: String
    public var rows: [ImportRow]

    public init(requestId: String, rows: [ImportRow]) {
        self.requestId = requestId
        self.rows = rows
    }

    /// At most this many rows per command (a ledger is hundreds; a larger one is split by the client).
    public static let maxRows = 1_000
}

public struct ImportRow: Codable, Sendable, Equatable {
    /// The row's number in the officer's file, echoed in errors and the result.
    public var row: Int
    public var lead: LeadSubmission
    /// Where the lead already is (vocabulary Stage, lenient); `lead` when absent.
    public var stage: String?
    /// Required when `stage` is signed, started or operating.
    public var signing: ImportSigning?

    public init(row: Int, lead: LeadSubmission, stage: String? = nil, signing: ImportSigning? = nil) {
        self.row = row
        self.lead = lead
        self.stage = stage
        self.signing = signing
    }
}

public struct ImportSigning: Codable, Sendable, Equatable {
    /// Money as typed (`"12.3亿"`, exact yuan `"1230000000"`).
    public var amount: String
    /// RFC 3339 with offset.
    public var signedAt: String

    public init(amount: String, signedAt: String) {
        self.amount = amount
        self.signedAt = signedAt
    }
}

/// The `ok` reply to `lead.import`.
public struct ImportResult: Codable, Sendable, Equatable {
    /// `accepted`, or `duplicate` for a retry of an import already stored (nothing new stored).
    public var status: SubmitResult.Status
    /// One per row, in the request's order.
    public var leads: [ImportedLead]

    public init(status: SubmitResult.Status, leads: [ImportedLead]) {
        self.status = status
        self.leads = leads
    }
}

public struct ImportedLead: Codable, Sendable, Equatable {
    public var row: Int
    public var leadId: String
    public var stage: Stage

    public init(row: Int, leadId: String, stage: Stage) {
        self.row = row
        self.leadId = leadId
        self.stage = stage
    }
}
