import LeadMessages

/// The frame of every page: the bar with the sections and the person signed in, then the content.
/// Works on a phone: one column, tables scroll sideways.
public enum Layout {
    public static func page(
        title: String, texts: Texts, session: WebSession?, body: String, notice: String? = nil
    ) -> String {
        let t = texts
        let lang = t.language == .chinese ? "zh-CN" : "en"
        var nav = ""
        if let session {
            nav = """
                <nav><a href="/home" id="nav-home">\(t[.home])</a><a href="/leads">\(t[.pipeline])</a><a href="/leads/new">\(t[.newLead])</a><a href="/prospects">\(t[.prospects])</a>\
                <a href="/board">\(t[.board])</a><a href="/orders">\(t[.orders])</a><a href="/inbox" id="nav-inbox">\(t[.inbox])</a>\
                \(session.account.role == "supervisor" ? "<a href=\"/reports/weekly\">\(t[.reports])</a>" : "")\
                <span class="who">\(HTML.escape(session.account.displayName))</span>\
                <a href="?lang=\(t.language == .chinese ? "en" : "zh")">\(t[.language])</a>\
                <form method="post" action="/logout" class="inline"><input type="hidden" name="_csrf" value="\(session.csrf)">\
                <button type="submit" id="sign-out">\(t[.signOut])</button></form></nav>
                """
        }
        return """
            <!doctype html>
            <html lang="\(lang)"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(title)) · \(t[.appName])</title>
            <link rel="stylesheet" href="/static/console.css"></head>
            <body><header><strong>\(t[.appName])</strong>\(nav)</header>
            <main>\(notice.map { "<p class=\"notice\" role=\"status\">\(HTML.escape($0))</p>" } ?? "")
            <h1>\(HTML.escape(title))</h1>
            \(body)
            </main></body></html>
            """
    }

    public static let stylesheet = """
        *{box-sizing:border-box}
        body{font-family:system-ui,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;color:#1c2430;overflow-wrap:anywhere}
        header{display:flex;flex-wrap:wrap;gap:.8em;align-items:center;padding:.6em 1em;background:#1f4e79;color:#fff}
        header a,header button{color:#fff;background:none;border:0;font:inherit;cursor:pointer;text-decoration:underline}
        nav{display:flex;flex-wrap:wrap;gap:.8em;align-items:center;flex:1}
        .who{margin-left:auto;opacity:.85}
        main{padding:1em;max-width:96em}
        form.inline{display:inline}
        .filters{display:grid;grid-template-columns:repeat(auto-fill,minmax(11em,1fr));gap:0 1em;align-items:end}
        .pager a{margin-right:1.5em}
        .warning{background:#fff4e5;padding:.6em;border-left:4px solid #c77700}
        label{display:block;margin:.6em 0 .2em;font-weight:600}
        input,select,textarea{font:inherit;padding:.35em;width:100%;max-width:32em;box-sizing:border-box}
        button.primary{margin-top:1em;padding:.5em 1.4em;background:#1f4e79;color:#fff;border:0;border-radius:4px}
        .error{color:#b00020;font-size:.9em}
        .field-error input,.field-error select{border:2px solid #b00020}
        .notice{background:#e8f1fb;padding:.6em;border-left:4px solid #1f4e79}
        .scroll{overflow-x:auto}
        table{border-collapse:collapse;width:100%}
        th,td{border-bottom:1px solid #d8dde3;padding:.4em .5em;text-align:left;white-space:nowrap}
        dl{display:grid;grid-template-columns:minmax(6em,max-content) minmax(0,1fr);gap:.3em 1em}
        dd{margin:0;min-width:0}
        dt{font-weight:600}
        .tier{font-size:1.4em;font-weight:700}
        .light{display:inline-block;padding:0 .5em;border-radius:3px;color:#fff;font-weight:600}
        .light-red{background:#c62828}.light-yellow{background:#b7791f}.light-green{background:#2e7d32}
        .counts span{margin-right:1.2em}
        tr.unread td{font-weight:600}
        svg{max-width:100%;height:auto}
        #report td.num{text-align:right;font-variant-numeric:tabular-nums}
        #report tr.total td{font-weight:600;border-top:2px solid #888}
        @media (max-width:640px){
        main{padding:.6em}
        header{gap:.4em .8em;padding:.5em .6em}
        nav{gap:.3em .8em}
        .who{margin-left:0}
        .filters{grid-template-columns:1fr 1fr;gap:0 .6em}
        .filters label{margin:.3em 0 .1em;font-size:.9em}
        table.cards thead{display:none}
        table.cards tr{display:block;border:1px solid #d8dde3;border-radius:6px;margin:.5em 0;padding:.3em .5em}
        table.cards td{display:flex;gap:.6em;border:0;padding:.15em 0;white-space:normal}
        table.cards td[data-label]::before{content:attr(data-label);flex:0 0 6.5em;font-weight:600;color:#52606d}
        table.cards td:empty{display:none}
        input,select,textarea{max-width:100%}
        }
        """
}
