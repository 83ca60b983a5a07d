import Foundation
import HTTPTypes
import Hummingbird
import LeadMessages
import Logging
import Matching
import Reporting

/// The console's routes. Every page but sign-in needs a session; every POST needs the session's
/// CSRF token in its form; every action goes to the services as the signed-in person.
public struct WebConsoleApp: Sendable {
    let accounts: AccountStore
    let gateway: ServiceGateway
    /// Marks cookies `Secure` (served over HTTPS, or behind a TLS proxy).
    let secureCookies: Bool
    let logger: Logger
    let gate = SignInGate()
    /// The matcher's duplicate rule (matching-rules.json), so a ledger's dry run flags what the
    /// recommendations would.
    let duplicateThreshold: Double
    /// The matcher's industry words, so a ledger's 文化旅游 is read as the catalogue's industry.
    let lexicon: IndustryLexicon?

    public init(
        accounts: AccountStore, gateway: ServiceGateway, secureCookies: Bool, duplicateThreshold: Double,
        lexicon: IndustryLexicon? = nil, logger: Logger
    ) {
        self.lexicon = lexicon
        self.accounts = accounts
        self.gateway = gateway
        self.secureCookies = secureCookies
        self.duplicateThreshold = duplicateThreshold
        self.logger = logger
    }

    static let sessionCookie = "lt_session"
    static let loginCookie = "lt_login"

    public func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.get("/static/console.css") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(string: Layout.stylesheet)))
        }
        router.get("/") { _, _ in Response.redirect(to: "/home") }
        router.get("/login") { request, _ in loginPage(texts(request)) }
        router.post("/login") { request, context in try await signIn(request, context) }
        router.post("/logout") { request, context in
            try await withSession(request, context, form: true) { session, _, _ in
                try accounts.endSession(token: session.token)
                var response = Response.redirect(to: "/login", type: .normal)
                response.setCookie(cookie(Self.sessionCookie, "", maxAge: 0))
                return response
            }
        }
        LeadRoutes(app: self).add(to: router)
        ImportRoutes(app: self).add(to: router)
        ReportRoutes(app: self).add(to: router)
        ProspectRoutes(app: self).add(to: router)
        SupervisionRoutes(app: self).add(to: router)
        HomeRoutes(app: self).add(to: router)
        return router
    }

    // MARK: - Sessions and forms

    func texts(_ request: Request) -> Texts {
        let chosen = request.uri.queryParameters["lang"].map(String.init) ?? request.cookies["lt_lang"]?.value
        return Texts(chosen == "en" ? .english : .chinese)
    }

    /// Runs `body` for a signed-in person; else sends them to sign in. With `form`, reads the
    /// posted form and refuses it (403) unless it carries the session's CSRF token.
    func withSession(
        _ request: Request, _ context: BasicRequestContext, form: Bool = false, maxFormBytes: Int = 1 << 20,
        multipart: Bool = false,
        _ body: (WebSession, Texts, FormData) async throws -> Response
    ) async throws -> Response {
        let t = texts(request)
        guard let token = request.cookies[Self.sessionCookie]?.value, let session = try accounts.session(token: token)
        else { return .redirect(to: "/login") }
        var fields = FormData()
        if form {
            fields = try await readForm(request, maxBytes: maxFormBytes, multipart: multipart)
            guard constantTimeEqual(fields["_csrf"] ?? "", session.csrf) else {
                logger.notice(
                    "refused a form without its CSRF token", metadata: ["user": "\(session.account.username)"])
                return html(
                    Layout.page(
                        title: "403", texts: t, session: session,
                        body: "<p class=\"error\" id=\"csrf-error\">\(t[.formExpired])</p>"), status: .forbidden)
            }
        }
        var response = try await body(session, t, fields)
        if let lang = request.uri.queryParameters["lang"], lang == "en" || lang == "zh" {
            response.setCookie(cookie("lt_lang", String(lang), maxAge: 365 * 86_400))
        }
        return response
    }

    /// The form of a POST: url-encoded, or multipart where a route takes uploads; a body over
    /// `maxBytes` is refused.
    func readForm(_ request: Request, maxBytes: Int = 1 << 20, multipart: Bool = false) async throws -> FormData {
        var request = request
        let buffer = try await request.collectBody(upTo: maxBytes)
        if multipart, let boundary = MultipartForm.boundary(contentType: request.headers[.contentType] ?? "") {
            let (fields, files) = MultipartForm.parse(Data(buffer.readableBytesView), boundary: boundary)
            var form = FormData(fields)
            form.files = files
            return form
        }
        return FormData(urlEncoded: String(buffer: buffer))
    }

    private func loginPage(_ t: Texts, error: String? = nil, username: String = "", status: HTTPResponse.Status = .ok)
        -> Response
    {
        let token = PasswordHash.token()
        var response = html(
            LoginPage.render(texts: t, loginToken: token, error: error, username: username), status: status)
        response.setCookie(cookie(Self.loginCookie, token, maxAge: 3600))
        return response
    }

    private func signIn(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let t = texts(request)
        let form = try await readForm(request)
        // The form's token must match the cookie set with the form: a page elsewhere cannot sign
        // this browser in (login CSRF).
        guard let expected = request.cookies[Self.loginCookie]?.value, constantTimeEqual(form["_csrf"] ?? "", expected)
        else {
            return loginPage(t, error: t[.formExpired], status: .forbidden)
        }
        let username = form.text("username") ?? ""
        let now = Timestamp.now().epochSeconds
        switch await gate.admit(username, now: now) {
        case .admitted: break
        case .busy:
            return loginPage(t, error: t[.busy], username: username, status: .tooManyRequests)
        case .locked(let seconds):
            logger.notice("sign-in locked", metadata: ["user": "\(username)"])
            return loginPage(t, error: "\(t[.locked]) (\(seconds) s)", username: username, status: .tooManyRequests)
        }
        let verified = Result { try accounts.verify(username: username, password: form["password"] ?? "") }
        await gate.finish(username, succeeded: (try? verified.get()) != nil, now: now)
        guard let account = try verified.get() else {
            logger.notice("sign-in refused", metadata: ["user": "\(username)"])
            return loginPage(t, error: t[.wrongPassword], username: username, status: .unauthorized)
        }
        let session = try accounts.startSession(for: account)
        logger.info("signed in", metadata: ["user": "\(account.username)", "role": "\(account.role)"])
        var response = Response.redirect(to: "/home", type: .found)
        response.setCookie(cookie(Self.sessionCookie, session.token, maxAge: Int(AccountStore.sessionSeconds)))
        response.setCookie(cookie(Self.loginCookie, "", maxAge: 0))
        return response
    }

    func cookie(_ name: String, _ value: String, maxAge: Int) -> Cookie {
        Cookie(
            name: name, value: value, maxAge: maxAge, path: "/", secure: secureCookies, httpOnly: true,
            sameSite: .strict)
    }

    func download(_ data: Data, name: String, type: String) -> Response {
        Response(
            status: .ok,
            headers: [
                .contentType: type, .contentDisposition: "attachment; filename=\"\(name)\"", .cacheControl: "no-store",
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: Self.pageHeaders, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// No scripts at all; the report's chart is inline SVG with inline styles.
    static let pageHeaders: HTTPFields = [
        .contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
        HTTPField.Name("Content-Security-Policy")!:
            "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; script-src 'none'; frame-ancestors 'none'; form-action 'self'",
        HTTPField.Name("X-Frame-Options")!: "DENY", HTTPField.Name("Referrer-Policy")!: "same-origin",
        HTTPField.Name("X-Content-Type-Options")!: "nosniff",
    ]
}

func constantTimeEqual(_ a: String, _ b: String) -> Bool {
    let (x, y) = (Array(a.utf8), Array(b.utf8))
    guard x.count == y.count, !x.isEmpty else { return false }
    return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
}
