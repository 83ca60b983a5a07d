/// The sign-in form. It carries a token that must match a cookie set with it (a signed-out CSRF
/// defence: another site cannot sign a browser in as someone else).
public enum LoginPage {
    public static func render(texts t: Texts, loginToken: String, error: String? = nil, username: String = "") -> String
    {
        Layout.page(
            title: t[.signIn], texts: t, session: nil,
            body: """
                <form method="post" action="/login" id="login">
                <input type="hidden" name="_csrf" value="\(loginToken)">
                \(error.map { "<p class=\"error\" role=\"alert\" id=\"login-error\">\(HTML.escape($0))</p>" } ?? "")
                <label for="username">\(t[.username])</label>
                <input id="username" name="username" autocomplete="username" required value="\(HTML.escape(username))">
                <label for="password">\(t[.password])</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required>
                <button class="primary" type="submit" id="sign-in">\(t[.signIn])</button>
                </form>
                """)
    }
}
