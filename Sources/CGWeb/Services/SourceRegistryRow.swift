import CGStorage
import Foundation

/// One line of the source registry page: a source's provenance with its figures in one city (or none yet).
/// Aggregates only: no message, no author.
struct SourceRegistryRow: Sendable, Hashable {
    var name: String
    var platform: String
    var collectionMethod: String
    var termsOfUse: String
    var synthetic: Bool
    /// The city, or nil for a source with no stored message in a city the reader may see.
    var city: String?
    /// Messages stored now (net of deletions).
    var messages: Int
    /// First and last day of the stored messages (local days since 1970-01-01).
    var days: ClosedRange<Int>?
    /// When a batch last stored messages from the source.
    var lastIngestedAt: Date?

    /// A row per source and city in the reader's scope (`covers`), sources by name and cities by id; a source
    /// with none of those cities keeps one row without a city, so every registered source is listed, as by
    /// `GET /api/v1/sources`.
    static func rows(
        _ sources: [SentimentStore.SourceSummary], days: [String: [String: ClosedRange<Int>]], covers: (String) -> Bool
    ) -> [SourceRegistryRow] {
        sources.flatMap { summary -> [SourceRegistryRow] in
            let source = summary.source
            let row = SourceRegistryRow(
                name: source.name, platform: source.platform, collectionMethod: source.collectionMethod,
                termsOfUse: source.termsOfUse, synthetic: summary.isSynthetic, city: nil, messages: 0, days: nil,
                lastIngestedAt: summary.lastIngestedAt)
            let cities = summary.messagesByCity.keys.filter(covers).sorted()
            guard !cities.isEmpty else { return [row] }
            return cities.map { city in
                var inCity = row
                inCity.city = city
                inCity.messages = summary.messagesByCity[city] ?? 0
                inCity.days = days[source.name]?[city]
                return inCity
            }
        }
    }
}
