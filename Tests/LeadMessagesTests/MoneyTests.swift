import Testing

@testable import LeadMessages

@Suite struct MoneyTests {
    @Test(arguments: [
        ("12.3亿", "1230000000"), ("4500万", "45000000"), ("123000000", "123000000"), ("1,200万元", "12000000"),
        ("０.５亿", "50000000"), ("371亿元", "37100000000"), ("363.8亿", "36380000000"), ("0.01", "0.01"),
        (" 12.30亿 ", "1230000000"), ("1.5千万", "15000000"), ("99.99", "99.99"), ("0.1", "0.10"),
        ("2万亿", "2000000000000"),
    ])
    func officerTextParsesExactly(text: String, yuan: String) throws {
        let money = try MoneyParser.parse(text).get()
        #expect(money.yuanString == yuan)
    }

    @Test(arguments: [
        ("", MoneyParseError.empty), ("abc", .notANumber), ("-5万", .negative), ("0.001", .tooPrecise),
        ("12..3亿", .notANumber), ("1.2.3", .notANumber), ("亿", .notANumber), (".", .notANumber),
        ("99999999999999999999", .tooLarge), ("12.3美元", .notANumber),
    ])
    func badTextIsRefusedWithAReason(text: String, reason: MoneyParseError) {
        #expect(MoneyParser.parse(text) == .failure(reason))
    }

    @Test(arguments: [
        ("12.3亿", "12.3亿元"), ("1亿", "1亿元"), ("35亿", "35亿元"), ("12.34亿", "12.34亿元"), ("4500万", "4500万元"),
        ("12.3万", "12.3万元"), ("12.34万", "12.34万元"),
        ("12.05万", "12.05万元"), ("1万", "1万元"), ("800", "800元"), ("99.99", "99.99元"), ("9999.99万", "9999.99万元"),
        ("99999999.50", "1亿元"), ("99999949.99", "9999.99万元"),
    ])
    func amountsReadWellInTables(text: String, shown: String) throws {
        #expect(try MoneyParser.parse(text).get().displayString == shown)
    }

    @Test func sumsAreExact() throws {
        let a = try MoneyParser.parse("0.1亿").get()
        let b = try MoneyParser.parse("0.2亿").get()
        let sum = try #require(a.adding(b))
        #expect(sum == (try MoneyParser.parse("0.3亿").get()))
        #expect(sum.yuanString == "30000000")
    }

    @Test func yiDisplayRoundsHalfAwayFromZero() {
        #expect(Money(fen: 1_230_000_000_00).yiString() == "12.30亿元")
        #expect(Money(fen: 1_234_999_999_99).yiString() == "12.35亿元")
        #expect(Money(fen: 1_234_499_999_99).yiString() == "12.34亿元")
        #expect(Money(fen: 0).yiString(unit: false) == "0.00")
    }

    @Test func wireFormRoundTrips() {
        for text in ["0", "1", "0.05", "1230000000", "1230000000.50", "-3.25"] {
            #expect(Money(yuanString: text)?.yuanString == text)
        }
        #expect(Money(yuanString: "12.3亿") == nil)
        #expect(Money(yuanString: "1.234") == nil)
    }

    @Test func overflowIsReportedNotTrapped() {
        #expect(Money(fen: .max).adding(Money(fen: 1)) == nil)
    }
}
