// swift-tools-version:6.0
import PackageDescription

// Layers point one way: CZeroMQ → ZeroMQ → LeadMessages → domain libraries → ServiceKit → thin executables.
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
        .systemLibrary(
            name: "CZeroMQ",
            pkgConfig: "libzmq",
            providers: [.apt(["libzmq3-dev"])]
        ),
        .target(name: "ZeroMQ", dependencies: ["CZeroMQ"], swiftSettings: strictSettings),
        .target(name: "LeadMessages", swiftSettings: strictSettings),
        .target(
            name: "Matching", dependencies: ["LeadMessages"],
            // The dated reference data; a bureau overrides any file with LEADTRACKER_REFERENCE_DIR.
            resources: [.copy("Resources")], swiftSettings: strictSettings),
        .target(name: "Reporting", dependencies: ["LeadMessages"], swiftSettings: strictSettings),
        // The bureaus' Excel and CSV ledgers (项目台账): reading, column mapping, the import plan.
        .target(
            name: "Ledger",
            dependencies: ["LeadMessages", "Matching", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: strictSettings),
        // The SQL the stores share, and the embedded SQLite backend.
        .target(
            name: "Storage", dependencies: [.product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSettings),
        .target(
            name: "PostgresStorage",
            dependencies: [
                "Storage", .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings),
        // Test helper: a fresh database on the backend a test run asks for.
        .target(
            name: "StorageTesting",
            dependencies: ["Storage", "PostgresStorage", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strictSettings),
        .target(
            name: "ServiceKit",
            dependencies: [
                "ZeroMQ", "LeadMessages", "Storage",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "Intake",
            dependencies: [
                "ServiceKit", "LeadMessages",
                "Storage", "PostgresStorage",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "MatcherService",
            dependencies: [
                "ServiceKit", "Matching", "LeadMessages",
                "Storage", "PostgresStorage",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "ReporterService",
            dependencies: [
                "ServiceKit", "Reporting", "Matching", "LeadMessages",
                "Storage", "PostgresStorage",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "WebConsole",
            dependencies: [
                "LeadMessages", "ServiceKit", "Reporting", "Storage", "ZeroMQ", "Ledger",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "lead-web",
            dependencies: [
                "WebConsole", "ServiceKit", "Storage", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "lead-intake",
            dependencies: ["Intake", "ServiceKit", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "lead-matcher",
            dependencies: [
                "MatcherService", "ServiceKit", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "lead-reporter",
            dependencies: [
                "ReporterService", "ServiceKit", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "leadctl",
            dependencies: [
                "ZeroMQ", "LeadMessages", "ServiceKit", "Reporting", "Ledger",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "lead-bench",
            dependencies: [
                "ReporterService", "Reporting", "ServiceKit", "LeadMessages", "ZeroMQ", "Matching", "Storage",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Histogram", package: "hdrhistogram-swift"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "ZeroMQTests", dependencies: ["ZeroMQ"]),
        .testTarget(name: "LeadMessagesTests", dependencies: ["LeadMessages"]),
        .testTarget(
            name: "IntakeTests",
            dependencies: ["Intake", "LeadMessages", "ServiceKit", "Storage", "StorageTesting"]
        ),
        .testTarget(name: "MatchingTests", dependencies: ["Matching", "LeadMessages"], exclude: ["Resources"]),
        .testTarget(name: "ReportingTests", dependencies: ["Reporting", "LeadMessages"]),
        .testTarget(name: "LedgerTests", dependencies: ["Ledger", "LeadMessages"], resources: [.copy("Resources")]),
        .testTarget(name: "ServiceKitTests", dependencies: ["ServiceKit", "LeadMessages", "ZeroMQ"]),
        .testTarget(name: "WebConsoleTests", dependencies: ["WebConsole", "LeadMessages", "Storage"]),
        .testTarget(
            name: "StorageTests",
            dependencies: [
                "Storage", "PostgresStorage", "StorageTesting", .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .testTarget(
            name: "MatcherServiceTests",
            dependencies: ["MatcherService", "Matching", "ServiceKit", "LeadMessages", "Storage", "StorageTesting"]
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
                "ZeroMQ", "LeadMessages", "ServiceKit", "StorageTesting", "lead-intake", "lead-matcher",
                "lead-reporter",
                "leadctl", "lead-bench", "lead-web",
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
