extension TriggerEvent {
    /// The event as listed under an area filter: its true days and whole size kept, with its part in the areas
    /// `codes` (``inAreas``); nil when none of them took part in it within `period` (an area whose own days all lie
    /// before the period did not see the event there). Call it after ``within(_:rows:)``, whose per-area parts it
    /// sums.
    public func inAreas(_ codes: Set<String>, period: DayRange) -> TriggerEvent? {
        let touched = areas.filter { codes.contains($0.areaCode) && $0.period.clamped(to: period) != nil }
        guard let days = Self.span(touched.map(\.period)) else { return nil }
        var part: EventPeriodPart?
        if touched.contains(where: { $0.inPeriod != nil }) {
            part = EventPeriodPart(
                period: Self.span(touched.compactMap { $0.period.clamped(to: period) }),
                observed: touched.reduce(0) { $0 + ($1.inPeriod?.observed ?? $1.observed) })
        }
        var event = self
        event.inAreas = EventAreaPart(
            areas: touched.map(\.areaCode), period: days, observed: touched.reduce(0) { $0 + $1.observed }, inPeriod: part)
        return event
    }

    /// From the first to the last day of `ranges`; nil for none.
    static func span(_ ranges: [DayRange]) -> DayRange? {
        guard let first = ranges.first else { return nil }
        return ranges.dropFirst().reduce(first) { DayRange(from: min($0.from, $1.from), to: max($0.to, $1.to)) }
    }
}
