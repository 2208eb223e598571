/// The part of a trigger event, or of one of its areas, within the period an analyst asked for: given only when
/// its days reach outside that period (an event that started before the period's first day keeps its true
/// start, end and whole size; this says how much of it the period holds).
public struct EventPeriodPart: Sendable, Hashable, Codable {
    /// Its days within the period; nil when none are (an area whose own days all lie before it).
    public var period: DayRange?
    /// Hateful messages against the group on those days, counted as the whole's `observed` is: city-wide over the
    /// city-wide spike's days (``TriggerEvent/cityPeriod``) for a city-wide event, the sum of its areas' parts
    /// for a local one, the area's own messages for an area.
    public var observed: Double

    /// A part of `observed` messages over `period`.
    public init(period: DayRange?, observed: Double) {
        self.period = period
        self.observed = observed
    }
}
