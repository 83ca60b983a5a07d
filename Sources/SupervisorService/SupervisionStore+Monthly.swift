import LeadMessages
import ServiceKit
import Storage
import Supervision

/// The 月督查: computed from the store and the board, frozen when its month closes.
extension SupervisionStore {
    /// A month's review: the frozen one if it was frozen, else computed as of `today` (for the
    /// open month) or the month's end.
    func monthlyReview(_ query: MonthlyReviewQuery, board: LightBoard, today: CivilDate) -> Result<
        MonthlyReview, ErrorBody
    > {
        guard let month = ReviewMonth(query.month) else {
            return .failure(
                ErrorBody(
                    .invalidField, field: "month", "'\(query.month)' is not a month like 2023-06 / 月份格式应为 2023-06"))
        }
        guard month.start <= today else {
            return .failure(
                ErrorBody(.invalidField, field: "month", "\(month) has not begun (today is \(today)) / 该月尚未开始"))
        }
        return .handling {
            if let frozen = try database.read({ db in
                try db.string("SELECT record FROM monthly_review WHERE month = ?", month.description)
            }) {
                return try StoredJSON.decode(MonthlyReview.self, from: frozen)
            }
            return try database.read { db in try review(month, board: board, today: today, frozenAt: nil, db) }
        }
    }

    /// Freezes the month before `today`'s, once; returns whether it did.
    @discardableResult
    func freezePreviousMonth(board: LightBoard, today: CivilDate, now: Timestamp) throws -> Bool {
        let month = ReviewMonth(containing: today).previous
        return try database.write { db in
            guard try db.string("SELECT month FROM monthly_review WHERE month = ?", month.description) == nil else {
                return false
            }
            let review = try review(month, board: board, today: today, frozenAt: now, db)
            try db.execute(
                "INSERT INTO monthly_review (month, record) VALUES (?, ?)", month.description,
                try StoredJSON.string(review))
            return true
        }
    }

    /// A week's supervision line: frozen if it was, else as of `today` or the week's end.
    func weeklyLine(_ query: WeeklySupervisionQuery, board: LightBoard, today: CivilDate) -> Result<
        SupervisionLine, ErrorBody
    > {
        let week: ISOWeek
        if let text = query.week {
            guard let parsed = ISOWeek(text.trimmingWhitespace) else {
                return .failure(
                    ErrorBody(.invalidField, field: "week", "'\(text)' is not a week like 2023-W10 / 周次格式应为 2023-W10"))
            }
            week = parsed
        } else {
            week = ISOWeek(containing: today)
        }
        guard week.monday <= today else {
            return .failure(
                ErrorBody(.invalidField, field: "week", "\(week) has not begun (today is \(today)) / 该周尚未开始"))
        }
        if let computed = computedLines[week.description], computed.board == board.version,
            computed.orders == ordersVersion
        {
            return .success(computed.line)
        }
        return .handling {
            try database.read { db in
                if let frozen = try db.string("SELECT record FROM weekly_line WHERE week = ?", week.description) {
                    return try StoredJSON.decode(SupervisionLine.self, from: frozen)
                }
                let line = MonthlyReviewBuilder.line(
                    try review(ReviewMonth(week: week), board: board, today: today, frozenAt: nil, db))
                if computedLines.count > 100 { computedLines = [:] }
                computedLines[week.description] = (board.version, ordersVersion, line)
                return line
            }
        }
    }

    /// Freezes the week before `today`'s, once.
    func freezePreviousWeek(board: LightBoard, today: CivilDate, now: Timestamp) throws {
        let week = ISOWeek(containing: today).previous
        try database.write { db in
            guard try db.string("SELECT week FROM weekly_line WHERE week = ?", week.description) == nil else { return }
            let line = MonthlyReviewBuilder.line(
                try review(ReviewMonth(week: week), board: board, today: today, frozenAt: now, db))
            try db.execute(
                "INSERT INTO weekly_line (week, record) VALUES (?, ?)", week.description, try StoredJSON.string(line))
        }
    }

    private func review(
        _ month: ReviewMonth, board: LightBoard, today: CivilDate, frozenAt: Timestamp?, _ db: any SQLConnection
    ) throws -> MonthlyReview {
        do {
            let orders = try db.query("SELECT record FROM supervision_order ORDER BY number").map {
                try StoredJSON.decode(SupervisionOrder.self, from: try $0.string("record"))
            }
            let followUps = try db.query(
                "SELECT record FROM follow_up WHERE day >= ? AND day <= ? ORDER BY sequence", month.start.description,
                month.end.description
            ).map { try StoredJSON.decode(FollowUpRecord.self, from: try $0.string("record")) }
            return MonthlyReviewBuilder.make(
                month, today: today, leads: board.allLeads, rules: board.rules, orders: orders, followUps: followUps,
                frozenAt: frozenAt)
        }
    }
}
