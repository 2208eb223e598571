import CGAnalytics

/// One group's hateful messages city-wide, day by day, over the days around a trigger event, with what the
/// city-wide detector's baseline expected each day and the verified offline incidents against the group: the
/// chart of an event's page.
public struct EventTimeline: Sendable, Hashable, Codable {
    /// Days shown before the event's first day.
    public static let daysBefore = 21
    /// Days shown after the event's last day (when they have happened).
    public static let daysAfter = 7

    /// The targeted group.
    public var targetGroup: String
    /// The days shown.
    public var period: DayRange
    /// `YYYY-MM-DD` per day.
    public var dates: [String]
    /// Hateful messages against the group in the whole city per day.
    public var hateful: [Int]
    /// What the baseline expected per day (``TriggerEventFinder/cityDetector``: the same weekday's share of
    /// the six weeks before, times the day's messages); nil where the history is too short.
    public var expected: [Double?]
    /// Verified offline incidents against the group per day, anywhere in the city.
    public var offlineIncidents: [Int]

    /// The days shown for `event`: ``daysBefore`` before it to ``daysAfter`` after it, never past `lastDay`.
    public static func days(around event: TriggerEvent, lastDay: Int) -> DayRange {
        DayRange(from: event.period.from - daysBefore, to: max(event.period.from, min(event.period.to + daysAfter, lastDay)))
    }

    /// The days `rows` must cover for ``compute(rows:incidents:city:group:period:baselineDays:)``: the shown days
    /// and the baseline's history before them.
    public static func readDays(_ period: DayRange, baselineDays: Int) -> DayRange {
        DayRange(from: period.from - baselineDays, to: period.to)
    }

    /// The timeline of `group` over `period` from daily rollup rows (the group's and `all`'s, every area) covering
    /// ``readDays(_:baselineDays:)`` and the offline incidents already counted for the group.
    public static func compute(
        rows: [AggregateRow], incidents: [OfflineIncident], city: String, group: String, period: DayRange, baselineDays: Int
    ) -> EventTimeline {
        let read = readDays(period, baselineDays: baselineDays)
        let series = HateTimeSeries.compute(rows: rows, city: city, period: read, targetGroup: group)
        let base = TriggerEventFinder.cityDetector.baseline(
            series.hateful.map(Double.init), volume: series.messages.map(Double.init))
        let offset = baselineDays
        var offline = Array(repeating: 0, count: period.count)
        for incident in incidents where period.contains(incident.day) { offline[incident.day - period.from] += incident.count }
        return EventTimeline(
            targetGroup: group, period: period, dates: period.days.map(Timestamp.dayLabel),
            hateful: Array(series.hateful[offset...]), expected: base[offset...].map { $0?.expected }, offlineIncidents: offline)
    }
}
