import Foundation

/// Whether a login attempt may go ahead, from the recent failures of the account (issue 2: at most 10 failures per
/// account per 5 minutes, then 429 with a retry time).
///
/// Pure: the caller loads the failure times (those after ``windowStart(now:)``), passes the clock, and records a
/// new failure only when an allowed attempt fails.
public struct LoginThrottlePolicy: Sendable, Hashable {
    /// How many failures within ``window`` lock the account.
    public let maxFailures: Int
    /// The sliding window, in seconds.
    public let window: TimeInterval

    /// A policy; the defaults are CommonGround's: 10 failures within 300 seconds.
    public init(maxFailures: Int = 10, window: TimeInterval = 300) {
        self.maxFailures = max(maxFailures, 1)
        self.window = max(window, 0)
    }

    /// CommonGround's policy.
    public static let standard = LoginThrottlePolicy()

    /// The earliest failure time that can still count at `now`; load failures strictly after it.
    public func windowStart(now: Date) -> Date {
        now.addingTimeInterval(-window)
    }

    /// ``ThrottleDecision/allowed`` while fewer than ``maxFailures`` failures happened in the window `(now − window, now]`
    /// (a failure exactly `window` seconds old has left it; failures stamped after `now`, from clock skew, count);
    /// otherwise ``ThrottleDecision/locked(retryAfter:)`` with the seconds until enough of them leave the window
    /// that one more attempt is allowed — with exactly ``maxFailures``, when the oldest one leaves.
    public func decide(failureTimes: [Date], now: Date) -> ThrottleDecision {
        let recent = failureTimes.filter { now.timeIntervalSince($0) < window }.sorted()
        guard recent.count >= maxFailures else { return .allowed }
        // After the (count − maxFailures + 1) oldest have left, maxFailures − 1 remain: one attempt is allowed.
        let leaving = recent[recent.count - maxFailures]
        return .locked(retryAfter: leaving.timeIntervalSince(now) + window)
    }
}

/// The outcome of ``LoginThrottlePolicy/decide(failureTimes:now:)``.
public enum ThrottleDecision: Sendable, Hashable {
    /// The attempt may go ahead.
    case allowed
    /// Refuse the attempt (HTTP 429); another is allowed after `retryAfter` seconds.
    case locked(retryAfter: TimeInterval)

    /// Whether the attempt may go ahead.
    public var isAllowed: Bool { self == .allowed }

    /// Whole seconds for a `Retry-After` header (rounded up, at least 1), or `nil` when allowed.
    public var retryAfterSeconds: Int? {
        guard case .locked(let retryAfter) = self else { return nil }
        guard retryAfter.isFinite else { return 1 }
        return Int(min(max(retryAfter.rounded(.up), 1), 1e9))
    }
}
