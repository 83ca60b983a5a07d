import Foundation
import Testing

/// The spec is enough for a stranger: a Python client written from Protocols/ alone talks to the
/// running services. scripts/test installs pyzmq.
@Suite(.serialized) struct PythonClientTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("python/leadtracker_client.py")

    @Test func pythonClientSubmitsAndReadsARecommendation() throws {
        let cluster = try ServiceCluster()
        try cluster.start()
        let python = URL(fileURLWithPath: "/usr/bin/env")
        let probe = cluster.run(python, ["python3", "-c", "import zmq"])
        try #require(probe.status == 0, "pyzmq is missing: run scripts/test, which installs it (pip install pyzmq)")
        let run = cluster.run(
            python,
            [
                "python3", Self.script.path, "--intake", try #require(cluster.endpoints["intakeCommands"]),
                "--matcher", try #require(cluster.endpoints["matcherQueries"]), "--expect-region", "greater-bay-area",
                "--keys-dir", cluster.keysDirectory.path, "--key", ServiceCluster.admin, "--after-signing",
            ])
        #expect(run.status == 0, "python client failed:\n\(run.stdout)\n\(run.stderr)")
    }
}
