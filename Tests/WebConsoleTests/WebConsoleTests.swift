import LeadMessages
import Storage
import Testing

@testable import WebConsole

@Suite struct PasswordAndSessionTests {
    @Test func aPasswordVerifiesOnlyItselfAndEachHashIsSalted() throws {
        let first = try PasswordHash.make("correct horse battery")
        let second = try PasswordHash.make("correct horse battery")
        #expect(first != second)  // a new salt each time
        #expect(first.hasPrefix("scrypt$15$8$1$"))
        #expect(PasswordHash.verify("correct horse battery", against: first))
        #expect(!PasswordHash.verify("correct horse batterY", against: first))
        #expect(!PasswordHash.verify("x", against: "not-a-hash"))
    }

    @Test func accountsAndSessions() throws {
        let accounts = try AccountStore(database: try SQLiteDatabase.inMemory())
        try accounts.save(username: "wangmin", displayName: "王敏", role: "officer", password: "hui-ji-2023!")
        #expect(try accounts.verify(username: "wangmin", password: "wrong password") == nil)
        #expect(try accounts.verify(username: "nobody", password: "hui-ji-2023!") == nil)
        let account = try #require(try accounts.verify(username: "wangmin", password: "hui-ji-2023!"))
        #expect(account.role == "officer")
        let session = try accounts.startSession(for: account)
        #expect(try accounts.session(token: session.token)?.account == account)
        #expect(session.csrf != session.token)
        // Expired sessions and ended ones are gone; a new password ends them all.
        let later = Timestamp(
            epochSeconds: Timestamp.now().epochSeconds + AccountStore.sessionSeconds + 1, offsetMinutes: 480)
        #expect(try accounts.session(token: session.token, now: later) == nil)
        try accounts.save(username: "wangmin", displayName: "王敏", role: "officer", password: "a-new-password")
        #expect(try accounts.session(token: session.token) == nil)
        #expect(throws: StorageError.self) {
            try accounts.save(username: "x", displayName: "x", role: "service", password: "long enough pw")
        }
        #expect(throws: StorageError.self) {
            try accounts.save(username: "x", displayName: "x", role: "officer", password: "short")
        }
    }

    @Test func tokensCompareInConstantTimeAndNeverEmpty() {
        #expect(constantTimeEqual("abc", "abc"))
        #expect(!constantTimeEqual("abc", "abd"))
        #expect(!constantTimeEqual("", ""))
    }
}

@Suite struct PageTests {
    let session = WebSession(
        token: String(repeating: "a", count: 64),
        account: Account(username: "wangmin", displayName: "王敏<b>", role: "officer"),
        csrf: "csrf-token")

    @Test func whatPeopleTypedIsEscaped() {
        #expect(
            HTML.escape(#"<script>alert("x")</script> & 'y'"#)
                == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;")
        let page = LeadFormPage.render(
            texts: Texts(.chinese), session: session, requestId: "r1",
            values: FormData(["companyName": "\"><script>x</script>"]),
            error: ErrorBody(.missingField, field: "headquarters", "总部所在地不能为空"))
        #expect(!page.contains("<script>x"))
        #expect(page.contains("王敏&lt;b&gt;"))
        #expect(page.contains("id=\"error-headquarters\""))
        #expect(page.contains("name=\"_csrf\" value=\"csrf-token\""))
    }

    @Test func formsDecode() {
        let form = FormData(
            urlEncoded: "companyName=%E4%B8%AD%E5%BB%BA%E4%B8%83%E5%B1%80&amount=12.3%E4%BA%BF&note=a+b&empty=")
        #expect(form["companyName"] == "中建七局")
        #expect(form["amount"] == "12.3亿")
        #expect(form["note"] == "a b")
        #expect(form.text("empty") == nil)
    }

    @Test func englishOnRequest() {
        let page = PipelinePage.render(
            rows: [], total: 0, hasNext: false, parameters: PipelineParameters(FormData()), texts: Texts(.english),
            session: session)
        #expect(page.contains("Pipeline"))
        #expect(page.contains("lang=\"en\""))
    }

    @Test func theDuplicateWarningListsTheCompanysLeadsAndAsksToConfirm() {
        let duplicate = DuplicateLead(
            leadId: "L-000001", companyName: "中建科工集团有限公司", projectName: "花园口装配式钢结构基地", stage: .signed,
            projectSimilarity: 0.79, likelyDuplicate: true)
        let page = LeadFormPage.render(
            texts: Texts(.chinese), session: session, requestId: "r1", values: FormData(["companyName": "中建科工集团"]),
            duplicates: [duplicate])
        for part in [
            "id=\"duplicate-warning\"", "href=\"/leads/L-000001\"", "79%", "name=\"confirmed\" value=\"1\"", "仍然保存",
        ] {
            #expect(page.contains(part), "the warning shows \(part)")
        }
        let plain = LeadFormPage.render(texts: Texts(.chinese), session: session, requestId: "r1")
        let warns = plain.contains("duplicate-warning") || plain.contains("name=\"confirmed\"")
        #expect(!warns, "the plain form neither warns nor confirms")
    }
}

@Suite struct SignInGateTests {
    @Test func wrongPasswordsLockANameForAWhile() async {
        let gate = SignInGate()
        for _ in 0..<SignInGate.maxFailures {
            #expect(await gate.admit("anyone", now: 100) == .admitted)
            await gate.finish("anyone", succeeded: false, now: 100)
        }
        #expect(await gate.admit("anyone", now: 101) == .locked(secondsLeft: SignInGate.lockSeconds - 1))
        #expect(await gate.admit("someone-else", now: 101) == .admitted)  // other names are not affected
        #expect(await gate.admit("anyone", now: 100 + SignInGate.lockSeconds) == .admitted)
    }

    @Test func onlyAFewChecksRunAtOnce() async {
        let gate = SignInGate()
        for index in 0..<SignInGate.maxConcurrent { #expect(await gate.admit("u\(index)", now: 0) == .admitted) }
        #expect(await gate.admit("one-more", now: 0) == .busy)
        await gate.finish("u0", succeeded: true, now: 0)
        #expect(await gate.admit("one-more", now: 0) == .admitted)
    }
}
