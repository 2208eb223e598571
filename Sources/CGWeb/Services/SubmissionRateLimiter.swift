import Foundation

/// Per-client limit on stored submissions: at most `limit` in any `window` seconds per client address.
///
/// Kept in memory: a restart forgets it, and several server processes would each keep their own. That is
/// enough against a flood from one address; a proxy in front should pass the real address (not trusted
/// from headers here, since a client could forge it).
actor SubmissionRateLimiter {
    let limit: Int
    let window: TimeInterval
    private var attempts: [String: [Date]] = [:]
    private var lastSweep = Date.distantPast

    init(limit: Int, window: TimeInterval) {
        self.limit = limit
        self.window = window
    }

    /// Records an attempt at `now` and returns nil when admitted, or the seconds to wait when not.
    func admit(_ client: String, now: Date) -> Int? {
        sweep(now)
        var recent = (attempts[client] ?? []).filter { now.timeIntervalSince($0) < window }
        if recent.count >= limit, let oldest = recent.first {
            attempts[client] = recent
            return max(1, Int((window - now.timeIntervalSince(oldest)).rounded(.up)))
        }
        recent.append(now)
        attempts[client] = recent
        return nil
    }

    /// Gives an attempt back (the submission was a replay or was refused, and stored nothing).
    func refund(_ client: String) {
        guard var recent = attempts[client], !recent.isEmpty else { return }
        recent.removeLast()
        attempts[client] = recent
    }

    /// Forgets clients whose attempts have all expired, so memory stays bounded by recent clients.
    private func sweep(_ now: Date) {
        guard now.timeIntervalSince(lastSweep) > window / 4 else { return }
        lastSweep = now
        attempts = attempts.filter { _, dates in dates.contains { now.timeIntervalSince($0) < window } }
    }
}
