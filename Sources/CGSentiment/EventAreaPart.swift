/// The part of a trigger event in the areas an analyst filtered by: the event keeps its true days and whole
/// (city-wide) size, so it is one size on every page, and this gives how much of it those areas hold, from the
/// sizes its areas already carry (``EventArea``).
public struct EventAreaPart: Sendable, Hashable, Codable {
    /// The filtered areas the event touched (area codes).
    public var areas: [String]
    /// From the first to the last of those areas' own days.
    public var period: DayRange
    /// Hateful messages against the group in those areas over their own days (the sum of their `observed`).
    public var observed: Double
    /// Their part within the period asked for, when their days reach outside it (the sum of the areas'
    /// ``EventArea/inPeriod`` parts, the rest of them counted whole).
    public var inPeriod: EventPeriodPart?

    /// A part of `observed` messages in `areas` over `period`.
    public init(areas: [String], period: DayRange, observed: Double, inPeriod: EventPeriodPart? = nil) {
        self.areas = areas
        self.period = period
        self.observed = observed
        self.inPeriod = inPeriod
    }
}
