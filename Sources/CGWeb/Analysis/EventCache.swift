import CGSentiment
import Vapor

/// Trigger events memoised per city, window and rollup fingerprint. Finding events reads and scans weeks of
/// rollups; many analysts open the same dashboard, and the answer changes only when the rollups do — which
/// changes the fingerprint (per source: messages stored net of deletions, time of the last batch), so a stored or deleted message is
/// reflected on the next request. Bounded: the oldest entries go first.
actor EventCache {
    struct Key: Hashable {
        var city: String
        var window: DayRange
        var fingerprint: String
    }

    private var entries: [Key: [TriggerEvent]] = [:]
    private var order: [Key] = []
    let capacity: Int

    init(capacity: Int = 64) { self.capacity = capacity }

    func events(_ key: Key, compute: @Sendable () async throws -> [TriggerEvent]) async throws -> [TriggerEvent] {
        if let hit = entries[key] { return hit }
        let events = try await compute()
        entries[key] = events
        order.append(key)
        while order.count > capacity { entries[order.removeFirst()] = nil }
        return events
    }
}

struct EventCacheKey: StorageKey {
    typealias Value = EventCache
}

extension Application {
    /// The application's trigger-event memo, installed by `registerAnalysisRoutes` (read-only afterwards).
    var eventCache: EventCache? { storage[EventCacheKey.self] }
}
