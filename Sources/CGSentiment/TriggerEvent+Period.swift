extension TriggerEvent {
    /// Whether the event's days reach outside `period` (it started before it, or runs past it).
    public func reachesOutside(_ period: DayRange) -> Bool {
        self.period.from < period.from || self.period.to > period.to
    }

    /// The event as shown for an analyst's `period`: its true days and whole size kept, and, when its days reach
    /// outside the period, the part within it (``inPeriod``) on the event and on each area that reaches outside
    /// too. `rows` are area × day rows of the event's group over the period (at least over the event's days in
    /// it); the parts are counted as the whole is: city-wide over the city-wide spike's days, the sum of the
    /// areas' parts for a local event, each area over its own days. The baseline's expectation is not split
    /// by day (a run's days share the rate of its first day), so a part gives its count only.
    public func within(_ period: DayRange, rows: [AggregateRow]) -> TriggerEvent {
        guard reachesOutside(period) else { return self }
        func hateful(_ days: DayRange?, area: String?) -> Double {
            guard let days else { return 0 }
            return rows.reduce(0) { sum, row in
                let key = row.key
                guard key.targetGroup == targetGroup, days.contains(key.day), area == nil || key.area == area else { return sum }
                return sum + Double(row.delta.hateful)
            }
        }
        var event = self
        var areasInPeriod = 0.0
        for index in event.areas.indices {
            let area = event.areas[index]
            let days = area.period.clamped(to: period)
            let observed = hateful(days, area: area.areaCode)
            areasInPeriod += days == area.period ? area.observed : observed
            if days != area.period { event.areas[index].inPeriod = EventPeriodPart(period: days, observed: observed) }
        }
        let observed = cityPeriod.map { hateful($0.clamped(to: period), area: nil) } ?? areasInPeriod
        event.inPeriod = EventPeriodPart(period: self.period.clamped(to: period), observed: observed)
        return event
    }
}
