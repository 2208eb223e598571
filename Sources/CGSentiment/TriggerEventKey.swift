import CGClassifier

/// The name of one trigger event in a URL: its target group and the first day of its period,
/// `muslims-2026-10-14`. Within a city and the window of a query (the period and its six baseline weeks) no two
/// events share both — each group's spikes are merged into disjoint spans — so the key finds the same event as
/// long as the stored data do not change. When the data change, the event may start on another day (an
/// early day joins it) and the old key then finds nothing: the caller answers 404 rather than show another event.
public struct TriggerEventKey: Sendable, Hashable, Codable {
    /// The targeted group (`TargetGroup` raw value).
    public var group: String
    /// The first day of the event's period.
    public var startDay: Int

    /// The key of `event`.
    public init(_ event: TriggerEvent) {
        group = event.targetGroup
        startDay = event.period.from
    }

    /// A key from its parts.
    public init(group: String, startDay: Int) {
        self.group = group
        self.startDay = startDay
    }

    /// The key as written in a URL.
    public var text: String { "\(group)-\(Timestamp.dayLabel(startDay))" }

    /// Whether `event` is the event this key names.
    public func matches(_ event: TriggerEvent) -> Bool {
        event.targetGroup == group && event.period.from == startDay
    }

    /// Reads a key written as ``text``, or says why it is not one (an English reason for the `key` field).
    public static func parse(_ text: String) -> Result<TriggerEventKey, Malformed> {
        // The date is the last ten characters: a group name never ends in a digit, so the split is unambiguous.
        guard text.count > 11, text.count <= 64 else { return .failure(.init(reason: Self.shape)) }
        let date = String(text.suffix(10))
        let head = text.dropLast(10)
        guard head.last == "-", let day = Timestamp.day(label: date), Timestamp.dayLabel(day) == date else {
            return .failure(.init(reason: Self.shape))
        }
        let group = String(head.dropLast())
        guard TargetGroup(rawValue: group) != nil else {
            return .failure(.init(reason: "unknown group '\(group)'; one of: \(TargetGroup.allCases.map(\.rawValue).joined(separator: ", "))"))
        }
        return .success(TriggerEventKey(group: group, startDay: day))
    }

    static let shape = "must be a target group and the event's first day, written GROUP-YYYY-MM-DD (muslims-2026-10-14)"

    /// Why a text is not a key.
    public struct Malformed: Error, Sendable, Hashable {
        /// The reason, in English.
        public var reason: String
    }
}
