import CGSentiment
import Vapor

/// Trigger events memoised per city, window and rollup fingerprint. Finding events reads and scans weeks of
/// rollups; many analysts open the same dashboard, and the answer changes only when the rollups do — which
/// changes the fingerprint (per source: messages stored net of deletions, time of the last batch), so a stored
/// or deleted message is reflected on the next request. Keys are made by ``AnalysisService/eventKey(city:period:)``
/// only, for pages and the early-warning job alike, so the job's warming is what the dashboard asks for.
/// Bounded: the oldest entries go first. Concurrent misses on one key share one computation (the job warming
/// while an analyst opens the page computes once).
actor EventCache {
    struct Key: Hashable {
        var city: String
        var window: DayRange
        var fingerprint: String
    }

    /// What the memo has done since it was made (read by tests and the benchmark, which must tell a hit from a
    /// computation without timing it).
    struct Statistics: Sendable, Hashable {
        /// Computations started (misses).
        var computations = 0
        /// Answers served from a stored entry.
        var hits = 0
    }

    private var entries: [Key: [TriggerEvent]] = [:]
    private var running: [Key: Task<[TriggerEvent], any Error>] = [:]
    private var order: [Key] = []
    private(set) var statistics = Statistics()
    let capacity: Int

    init(capacity: Int = 64) { self.capacity = capacity }

    /// Whether `key` is stored (a computation still running does not count).
    func contains(_ key: Key) -> Bool { entries[key] != nil }

    /// The stored events of `key`, or those `compute` finds (then stored). A failed computation stores nothing.
    func events(_ key: Key, compute: @escaping @Sendable () async throws -> [TriggerEvent]) async throws -> [TriggerEvent] {
        if let hit = entries[key] {
            statistics.hits += 1
            return hit
        }
        let task: Task<[TriggerEvent], any Error>
        if let shared = running[key] {
            task = shared
        } else {
            statistics.computations += 1
            task = Task { try await compute() }
            running[key] = task
        }
        do {
            let events = try await task.value
            if running[key] == task { running[key] = nil }
            if entries[key] == nil {
                entries[key] = events
                order.append(key)
                while order.count > capacity { entries[order.removeFirst()] = nil }
            }
            return events
        } catch {
            if running[key] == task { running[key] = nil }
            throw error
        }
    }
}

struct EventCacheKey: StorageKey {
    typealias Value = EventCache
}

extension Application {
    /// The application's trigger-event memo, installed by `registerAnalysisRoutes` (read-only afterwards).
    var eventCache: EventCache? { storage[EventCacheKey.self] }
}
