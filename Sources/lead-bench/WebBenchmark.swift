import ArgumentParser
import Foundation
import Histogram
import LeadMessages
import ServiceClient
import ServiceKit
import ZeroMQ

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `lead-bench web`: the console's pages over a pipeline of N leads, each timed from the request
/// to the last byte, with the three services and lead-web running as in production.
struct WebBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "web",
        abstract: "Console pages over a pipeline of N leads, the board too (target: every page ≤ 100 ms at 100,000).")

    @Option(help: "Leads in the pipeline, loaded through lead.import") var leads: Int = 100_000
    @Option(help: "Timed requests per page") var runs: Int = 100

    func run() throws {
        let cluster = try BenchCluster()
        try cluster.authorize("lead-web", role: "gateway")
        try cluster.start(BenchCluster.withSupervisor)
        let loadStart = Date()
        let head = try load(cluster)
        let loaded = Date().timeIntervalSince(loadStart)
        let caughtUp = try cluster.waitUntilApplied(head, by: ["lead-matcher", "lead-reporter", "lead-supervisor"])
        print(
            String(
                format: "pipeline: %d leads (%d events) imported in %.1f s, consumers caught up %.1f s later", leads,
                head, loaded, caughtUp))
        let base = try cluster.startConsole(account: ("bench-chief", "supervisor", "bench-password-2023"))
        let browser = Browser(base: base)
        try browser.signIn("bench-chief", "bench-password-2023")
        let middle = LeadID.make(Int64(max(1, leads / 2)))
        // The pipeline pages are the matcher's pipeline.query: a page from the middle is an offset,
        // a class filter a scan of the view, an amount sort a sort of what it selects.
        let pages = [
            ("home page", "/home"), ("pipeline, first page", "/leads"),
            ("pipeline, page from the middle", "/leads?page=\(max(1, leads / 100))"),
            ("pipeline, by stage", "/leads?stage=negotiating"),
            ("pipeline, central SOEs by amount", "/leads?class=central-soe&sort=amount&desc=1"),
            ("pipeline, name search", "/leads?q=%E5%8D%8E%E4%B8%BA"),
            ("a lead, recommendation, history", "/leads/\(middle)"), ("new lead form", "/leads/new"),
            ("prospect map", "/prospects?industry=next-gen-it"), ("weekly report", "/reports/weekly?period=2023-W10"),
            // The supervisor's board (挂图作战) over every active lead, lit in memory; paged and filtered.
            ("board, first page", "/board"), ("board, page from the middle", "/board?offset=\(leads / 4)"),
            ("board, yellow by unit", "/board?light=yellow&unit=%E4%B8%80%E7%A7%91"),
            ("board, due tomorrow", "/board?due=1"),
            ("orders", "/orders"), ("inbox", "/inbox"),
        ]
        print("page                                  p50 ms    p99 ms    max ms   (target ≤ 100 ms)")
        for (name, path) in pages {
            var histogram = Histogram<UInt64>(highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: .three)
            for _ in 0..<runs {
                let start = DispatchTime.now().uptimeNanoseconds
                let (status, _) = try browser.get(path)
                guard status == 200 else { throw BenchError("\(path) answered HTTP \(status)") }
                _ = histogram.record((DispatchTime.now().uptimeNanoseconds - start) / 1_000)
            }
            let value = { (p: Double) in Double(histogram.valueAtPercentile(p)) / 1_000 }
            print(
                name.padding(toLength: 36, withPad: " ", startingAt: 0)
                    + String(format: "%8.2f  %8.2f  %8.2f", value(50), value(99), Double(histogram.max) / 1_000))
        }
    }

    /// Imports the pipeline in all-or-nothing commands of 1,000 rows; returns intake's last sequence.
    private func load(_ cluster: BenchCluster) throws -> Int64 {
        let context = try ZMQContext()
        defer { context.shutdown() }
        let client = RequestClient(
            context: context, endpoint: cluster.endpoints.intakeCommands, sender: "lead-bench",
            timeoutMilliseconds: 120_000, attempts: 1, configure: cluster.credentials.configure(for: "lead-intake"))
        var random = SplitMix(seed: 2023)
        let companies = ["中建七局", "华为技术", "腾讯科技", "国投电力", "长江和记", "比亚迪", "京东方科技", "中粮集团", "招商局集团", "郑州煤矿机械"]
        let stages: [String?] = [nil, "contacted", "negotiating", "negotiating", "dropped"]
        for start in stride(from: 0, to: leads, by: ImportLeads.maxRows) {
            let rows = (start..<min(start + ImportLeads.maxRows, leads)).map { index in
                ImportRow(
                    row: index + 1,
                    lead: LeadSubmission(
                        companyName: "\(companies[Int(random.next() % 10)])\(index)", headquarters: "河南郑州",
                        projectName: "项目\(index)", estimatedInvestment: "\(1 + random.next() % 50)亿"),
                    stage: stages[Int(random.next() % UInt64(stages.count))])
            }
            let result = client.request(
                .leadImport, ImportLeads(requestId: "bench-\(start)", rows: rows), expecting: ImportResult.self)
            if case .failure(let error) = result { throw BenchError("import failed: \(error.message)") }
        }
        return try cluster.status("lead-intake").lastSequence
    }
}

/// A signed-in browser without the browser: cookies kept, forms posted with their CSRF token.
final class Browser {
    let base: String
    private let session: URLSession

    init(base: String) {
        self.base = base
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieStorage = HTTPCookieStorage.shared  // one signed-in person per process
        configuration.httpCookieAcceptPolicy = .always
        session = URLSession(configuration: configuration)
    }

    func signIn(_ username: String, _ password: String) throws {
        let (_, page) = try get("/login")
        guard let range = page.range(of: #"name="_csrf" value="([0-9a-f]+)""#, options: .regularExpression) else {
            throw BenchError("no sign-in token on /login")
        }
        let token = page[range].split(separator: "\"")[3]
        var request = URLRequest(url: URL(string: base + "/login")!)
        request.httpMethod = "POST"
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data("_csrf=\(token)&username=\(username)&password=\(password)".utf8)
        let (status, body) = try send(request)
        // Signed in: the home page, with the way out (a refused sign-in shows the form again).
        guard status == 200, body.contains("id=\"sign-out\"") else {
            throw BenchError("sign-in failed: HTTP \(status)")
        }
    }

    func get(_ path: String) throws -> (Int, String) {
        guard let url = URL(string: base + path) else { throw BenchError("bad path \(path)") }
        return try send(URLRequest(url: url))
    }

    private func send(_ request: URLRequest) throws -> (Int, String) {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var outcome: (Int, String)?
        session.dataTask(with: request) { data, response, _ in
            outcome = ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data ?? Data(), as: UTF8.self))
            done.signal()
        }.resume()
        done.wait()
        guard let outcome else { throw BenchError("no answer from \(request.url?.absoluteString ?? "")") }
        return outcome
    }
}
