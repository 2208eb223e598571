import CGClassifier
import CGDomain
import CGGeo
import CGSentiment
import Foundation
import Synchronization
import Vapor

/// What ingest of online messages shares across requests: the classifier (loaded once, on first use), the
/// text-retention window and the public-figure list.
public final class SentimentContext: Sendable {
    /// Environment variable with the review-text retention in days (default 30).
    public static let retentionVariable = "CG_TEXT_RETENTION_DAYS"
    /// Environment variable with public-figure accounts whose mentions are counted (comma-separated).
    public static let publicFiguresVariable = "CG_PUBLIC_FIGURES"

    /// How long raw texts are kept for human review.
    public let textRetention: TimeInterval
    /// Accounts whose mentions are kept and counted (the demo's public accounts always are).
    public let publicFigures: PublicFigureList
    private let classifier = Mutex<HateClassifier?>(nil)
    private let gazetteers = Mutex<[String: Gazetteer]>([:])

    /// Reads the settings from `environment`; a bad retention value is an error naming the variable.
    public convenience init(environment: [String: String]) throws {
        var retention = PrivacyGate.defaultTextRetention
        if let raw = environment[Self.retentionVariable], !raw.isEmpty {
            guard let days = Double(raw), days > 0, days <= 3_650 else {
                throw FieldErrors([Self.retentionVariable: "must be a number of days between 1 and 3650"])
            }
            retention = days * 86_400
        }
        self.init(textRetention: retention, environment: environment)
    }

    /// A context with an explicit retention; public figures from `environment`.
    public init(textRetention: TimeInterval, environment: [String: String]) {
        self.textRetention = textRetention
        let named = (environment[Self.publicFiguresVariable] ?? "").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        publicFigures = PublicFigureList(accounts: named + DemoStream.publicAccounts)
    }

    /// The gazetteer of a city, built on first use.
    public func gazetteer(for pack: CityPack) -> Gazetteer {
        if let cached = gazetteers.withLock({ $0[pack.id] }) { return cached }
        let built = Gazetteer(pack: pack)
        gazetteers.withLock { $0[pack.id] = built }
        return built
    }

    /// The bundled classifier, loaded on first use.
    public func hateClassifier() throws -> HateClassifier {
        try classifier.withLock { cached in
            if let cached { return cached }
            let loaded = try HateClassifier.loadDefault()
            cached = loaded
            return loaded
        }
    }
}

struct SentimentContextKey: StorageKey {
    typealias Value = SentimentContext
}

extension Application {
    /// The ingest context installed when the routes are registered.
    public var sentiment: SentimentContext {
        guard let context = storage[SentimentContextKey.self] else {
            fatalError("configure(_:settings:) must run before online-message ingest is used")
        }
        return context
    }

    /// Installs the ingest context from the settings; an invalid retention setting is logged and the default
    /// (the shorter, safer window of 30 days) used instead.
    func installSentimentContext() {
        do {
            storage[SentimentContextKey.self] = try SentimentContext(environment: cg.settings.environment)
        } catch {
            logger.error("\(error); keeping review texts for the default 30 days")
            storage[SentimentContextKey.self] = SentimentContext(
                textRetention: PrivacyGate.defaultTextRetention, environment: cg.settings.environment)
        }
    }
}
