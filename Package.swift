// swift-tools-version:6.2
import PackageDescription

/// Every first-party target builds in Swift 6 language mode with warnings treated as errors.
let strict: [SwiftSetting] = [
    .treatAllWarnings(as: .error),
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "commonground",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "commonground", targets: ["commonground"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.57.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        // Pure domain vocabulary: cities, roles, permissions, errors. No framework imports.
        .target(name: "CGDomain", swiftSettings: strict),
        // City packs and area lookup (point-in-polygon, nearest centroid). Pure Swift.
        .target(name: "CGGeo", dependencies: ["CGDomain"], swiftSettings: strict),
        // Field encryption, audit hash chain, TOTP, token hashing, password policy. swift-crypto only.
        .target(
            name: "CGSecurity",
            dependencies: ["CGDomain", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict),
        // Hate-speech classifier: tokeniser, features, linear model, training. Pure Swift.
        .target(name: "CGClassifier", resources: [.copy("Resources/Models")], swiftSettings: strict),
        // Disclosure control and SVG charts for aggregate statistics. Pure Swift.
        .target(name: "CGAnalytics", swiftSettings: strict),
        // Social sentiment mapping: message ingest schema, privacy at the door, placement, classification at
        // ingest, aggregation keys, demo stream. Pure Swift over the geo, classifier and analytics libraries.
        .target(
            name: "CGSentiment",
            dependencies: ["CGDomain", "CGGeo", "CGClassifier", "CGAnalytics", "CGSecurity"],
            swiftSettings: strict),
        // Multi-agency case panel: factor vocabulary, legal bases, section sharing, meeting and review
        // scheduling, overdue and retention rules, anonymous insight counts. Pure Swift.
        .target(name: "CGCasePanel", dependencies: ["CGDomain"], swiftSettings: strict),
        // Persistence: Fluent models, numbered migrations, repositories, SQLite/PostgreSQL configuration.
        .target(
            name: "CGStorage",
            dependencies: [
                "CGDomain", "CGSecurity", "CGGeo", "CGClassifier", "CGSentiment",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict),
        // HTTP: Vapor application, middleware, controllers, Plot views, i18n catalogues, OpenAPI.
        .target(
            name: "CGWeb",
            dependencies: [
                "CGDomain", "CGSecurity", "CGGeo", "CGStorage", "CGAnalytics", "CGSentiment", "CGCasePanel",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            resources: [.copy("Resources/Locales")],
            swiftSettings: strict),
        // The command line: `commonground serve | demo | migrate | user | audit | geo | model | classify | bench`.
        .executableTarget(
            name: "commonground",
            dependencies: [
                "CGWeb", "CGClassifier", "CGStorage", "CGSecurity", "CGGeo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict),

        .testTarget(name: "CGGeoTests", dependencies: ["CGGeo"], swiftSettings: strict),
        .testTarget(name: "CGSecurityTests", dependencies: ["CGSecurity"], swiftSettings: strict),
        .testTarget(name: "CGClassifierTests", dependencies: ["CGClassifier"], swiftSettings: strict),
        .testTarget(name: "CGAnalyticsTests", dependencies: ["CGAnalytics"], swiftSettings: strict),
        .testTarget(name: "CGCasePanelTests", dependencies: ["CGCasePanel"], swiftSettings: strict),
        .testTarget(name: "CGSentimentTests", dependencies: ["CGSentiment"], swiftSettings: strict),
        .testTarget(
            name: "CGWebTests",
            dependencies: [
                "CGWeb", "CGStorage",
                .product(name: "VaporTesting", package: "vapor"),
            ],
            swiftSettings: strict),
    ]
)
