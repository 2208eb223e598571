import Foundation

/// The database engines the storage tests run on: SQLite always, PostgreSQL when `CG_TEST_POSTGRES_URL`
/// names a server (CI starts one). Each test gets a database of its own on either engine.
enum TestEngine: String, CustomTestStringConvertible, Sendable, CaseIterable {
    case sqlite
    case postgres

    static let postgresAdminURL = ProcessInfo.processInfo.environment["CG_TEST_POSTGRES_URL"].flatMap {
        $0.isEmpty ? nil : $0
    }

    /// The engines to run on in this environment.
    static var available: [TestEngine] {
        postgresAdminURL == nil ? [.sqlite] : [.sqlite, .postgres]
    }

    var testDescription: String { rawValue }
}

import Testing
