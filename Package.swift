// swift-tools-version:6.0
import PackageDescription

// Layers point one way (scripts/check-layers checks the graph against this):
//   CZeroMQ → ZeroMQ → LeadMessages → pure cores (AccessPolicy, Intake, Matching, Reporting, Ledger)
//   Storage (GRDB) → PostgresStorage;  ZeroMQ + LeadMessages + AccessPolicy → ServiceClient
//   ServiceClient + Storage + PostgresStorage → ServiceKit → IntakeService, MatcherService, ReporterService
//   → thin executables (lead-intake, lead-matcher, lead-reporter, lead-web, lead-bench); leadctl and
//   WebConsole use ServiceClient, never ServiceKit.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny")
]

let package = Package(
    name: "LeadTracker",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "lead-intake", targets: ["lead-intake"]),
        .executable(name: "lead-matcher", targets: ["lead-matcher"]),
        .executable(name: "lead-reporter", targets: ["lead-reporter"]),
        .executable(name: "lead-supervisor", targets: ["lead-supervisor"]),
        .executable(name: "lead-city", targets: ["lead-city"]),
        .executable(name: "leadctl", targets: ["leadctl"]),
        .executable(name: "lead-bench", targets: ["lead-bench"]),
        .executable(name: "lead-web", targets: ["lead-web"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        // The web console: HTTP (Hummingbird) and password hashing (scrypt, from swift-crypto's extras).
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.9.0"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        // Reading and writing .xlsx ledgers (a ZIP of XML parts).
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        // The stores' PostgreSQL backend, for deployments that outgrow one machine.
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        // Latency percentiles in lead-bench only.
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift.git", from: "0.2.0"),
    ],
    targets: [
        // Wire and C: libzmq, our thin wrapper, the shared messages (pure Codable values).
        .systemLibrary(
            name: "CZeroMQ",
            pkgConfig: "libzmq",
            providers: [.apt(["libzmq3-dev"])]
        ),
        .target(name: "ZeroMQ", dependencies: ["CZeroMQ"], swiftSettings: strictSettings),
        .target(name: "LeadMessages", swiftSettings: strictSettings),
        // Pure domain cores: no sockets, no disk, no lifecycle (scripts/check-layers enforces it).
        .target(name: "AccessPolicy", dependencies: ["LeadMessages"], swiftSettings: strictSettings),
        .target(name: "Intake", dependencies: ["LeadMessages", "AccessPolicy"], swiftSettings: strictSettings),
        .target(
            name: "Matching", dependencies: ["LeadMessages"],
            // The dated reference data; a bureau overrides any file with LEADTRACKER_REFERENCE_DIR.
            resources: [.copy("Resources")], swiftSettings: strictSettings),
        // The period reports, the indicators and the 年考核 with its dated scheme (assessment-scheme.json).
        .target(
            name: "Reporting", dependencies: ["LeadMessages"], resources: [.copy("Resources")],
            swiftSettings: strictSettings),
        // The lights (红黄绿灯) and their dated rules (supervision-rules.json, overridable like the reference data).
        .target(
            name: "Supervision", dependencies: ["LeadMessages", "AccessPolicy"], resources: [.copy("Resources")],
            swiftSettings: strictSettings),
        // Many districts, one city (issue 19, docs/FEDERATION.md): conflicts between districts (首报首谈)
        // and the registration rule for big projects. Pure; the city service is not built yet.
        .target(name: "Federation", dependencies: ["LeadMessages", "Matching"], swiftSettings: strictSettings),
        // The bureaus' Excel and CSV ledgers (项目台账): reading, column mapping, the import plan.
        .target(
            name: "Ledger",
            dependencies: ["LeadMessages", "Matching", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: strictSettings),
        // Storage: the SQL the stores share with the embedded SQLite backend, group commit, the
        // consumer checkpoint and the audit table; and the PostgreSQL backend.
        .target(
            name: "Storage",
            dependencies: [
                "LeadMessages", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: strictSettings),
        .target(
            name: "PostgresStorage",
            dependencies: [
                "Storage", .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings),
        // Test helper: fixtures written as text (instants, dates) that throw instead of crashing.
        .target(name: "LeadMessagesTesting", dependencies: ["LeadMessages"], swiftSettings: strictSettings),
        // Test helper: a fresh database on the backend a test run asks for.
        .target(
            name: "StorageTesting",
            dependencies: ["Storage", "PostgresStorage", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strictSettings),
        // What a client needs: the Lazy Pirate request client, keys and credentials, settings and endpoints.
        .target(
            name: "ServiceClient", dependencies: ["ZeroMQ", "LeadMessages", "AccessPolicy"],
            swiftSettings: strictSettings),
        // What a service needs: the request server and dispatcher, the replaying event consumer,
        // ZAP and the service's security, metrics, options and lifecycle.
        .target(
            name: "ServiceKit",
            dependencies: [
                "ZeroMQ", "LeadMessages", "AccessPolicy", "ServiceClient", "Storage", "PostgresStorage",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strictSettings
        ),
        // The services: each a pure core above plus its store, handlers and wiring.
        .target(
            name: "IntakeService",
            dependencies: [
                "Intake", "ServiceKit", "ServiceClient", "AccessPolicy", "LeadMessages", "Storage", "PostgresStorage",
                "ZeroMQ", "Federation",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "MatcherService",
            dependencies: [
                "ServiceKit", "ServiceClient", "Matching", "AccessPolicy", "LeadMessages", "Storage",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "ReporterService",
            dependencies: [
                "ServiceKit", "ServiceClient", "Reporting", "Matching", "LeadMessages", "Storage",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "CityService",
            dependencies: [
                "ServiceKit", "ServiceClient", "ReporterService", "Reporting", "Federation", "Matching", "LeadMessages",
                "AccessPolicy", "Storage", "PostgresStorage", "ZeroMQ", .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "SupervisorService",
            dependencies: [
                "ServiceKit", "ServiceClient", "Supervision", "AccessPolicy", "LeadMessages", "Storage",
                "PostgresStorage", .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "WebConsole",
            dependencies: [
                "Supervision", "Matching",
                "LeadMessages", "ServiceClient", "AccessPolicy", "Intake", "Reporting", "Storage", "ZeroMQ", "Ledger",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        // Thin executables.
        .executableTarget(
            name: "lead-web",
            dependencies: [
                "WebConsole", "ServiceKit", "ServiceClient", "Storage", "Matching",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "lead-intake",
            dependencies: [
                "IntakeService", "ServiceKit", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "lead-matcher",
            dependencies: [
                "MatcherService", "Matching", "ServiceKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "lead-reporter",
            dependencies: [
                "ReporterService", "Reporting", "ServiceKit", "ServiceClient",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "lead-city",
            dependencies: [
                "CityService", "ReporterService", "Reporting", "ServiceKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        // The client links no database and no lifecycle: only the wire, the client and the pure cores.
        .executableTarget(
            name: "lead-supervisor",
            dependencies: [
                "SupervisorService", "Supervision", "ServiceKit", "ServiceClient",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "leadctl",
            dependencies: [
                "ZeroMQ", "LeadMessages", "ServiceClient", "AccessPolicy", "Reporting", "Ledger", "Matching",
                "Supervision", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "lead-bench",
            dependencies: [
                "ReporterService", "Reporting", "ServiceKit", "ServiceClient", "LeadMessages", "ZeroMQ", "Matching",
                "Storage", "Supervision",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Histogram", package: "hdrhistogram-swift"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "ZeroMQTests", dependencies: ["ZeroMQ"]),
        .testTarget(name: "LeadMessagesTests", dependencies: ["LeadMessages"]),
        .testTarget(
            name: "IntakeTests",
            dependencies: [
                "Intake", "IntakeService", "AccessPolicy", "LeadMessages", "LeadMessagesTesting", "ServiceKit",
                "Storage",
                "StorageTesting",
            ]
        ),
        .testTarget(name: "MatchingTests", dependencies: ["Matching", "LeadMessages"], exclude: ["Resources"]),
        .testTarget(name: "ReportingTests", dependencies: ["Reporting", "LeadMessages"]),
        .testTarget(name: "FederationTests", dependencies: ["Federation", "LeadMessages"]),
        .testTarget(
            name: "CityServiceTests",
            dependencies: [
                "CityService", "AccessPolicy", "Reporting", "LeadMessages", "LeadMessagesTesting", "StorageTesting",
            ]
        ),
        .testTarget(
            name: "SupervisionTests",
            dependencies: ["Supervision", "AccessPolicy", "LeadMessages", "LeadMessagesTesting"]),
        .testTarget(
            name: "LedgerTests", dependencies: ["Ledger", "Matching", "LeadMessages"], resources: [.copy("Resources")]),
        .testTarget(
            name: "ServiceKitTests",
            dependencies: ["ServiceKit", "ServiceClient", "AccessPolicy", "LeadMessages", "ZeroMQ"]),
        .testTarget(name: "WebConsoleTests", dependencies: ["WebConsole", "AccessPolicy", "LeadMessages", "Storage"]),
        .testTarget(
            name: "StorageTests",
            dependencies: [
                "Storage", "PostgresStorage", "StorageTesting", .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .testTarget(
            name: "MatcherServiceTests",
            dependencies: [
                "MatcherService", "Matching", "ServiceKit", "AccessPolicy", "LeadMessages", "Storage",
                "StorageTesting",
            ]
        ),
        .testTarget(
            name: "ReporterServiceTests",
            dependencies: [
                "ReporterService", "Reporting", "ServiceKit", "LeadMessages", "Storage", "StorageTesting",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "ZeroMQ", "LeadMessages", "LeadMessagesTesting", "ServiceClient", "AccessPolicy", "StorageTesting",
                "lead-intake",
                "lead-matcher", "lead-reporter", "lead-supervisor", "leadctl", "lead-bench", "lead-web",
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
