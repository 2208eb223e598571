import Foundation

/// The clock, injected so that tests and the demo can fix time.
public struct CurrentDate: Sendable {
    /// Returns the current instant.
    public var now: @Sendable () -> Date

    /// Creates a clock from a closure.
    public init(now: @escaping @Sendable () -> Date) { self.now = now }

    /// The system clock.
    public static let live = CurrentDate { Date() }

    /// A clock stopped at one instant.
    public static func constant(_ date: Date) -> CurrentDate { CurrentDate { date } }
}
