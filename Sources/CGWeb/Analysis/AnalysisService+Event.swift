import CGSentiment

extension AnalysisService {
    /// The event `key` names among the events the list shows for `q` (its group replaced by the key's), with its
    /// timeline and alerts; nil when no current event has that key (the data changed, or the key was never one).
    /// Read through ``events(_:)``, so every number equals the list's for the same filters.
    func event(_ q: AnalysisQuery, key: TriggerEventKey, alerts: EarlyWarningStore) async throws -> EventDetail? {
        var query = q
        query.group = key.group
        guard let event = try await events(query).first(where: key.matches) else { return nil }
        let shown = EventTimeline.days(around: event, lastDay: q.period.to)
        let read = EventTimeline.readDays(shown, baselineDays: Self.baselineDays)
        let rows = try await queries.dailyRows(city: q.city.id, period: read, groups: [key.group])
        let incidents = try await queries.offlineIncidents(city: q.city.id, period: shown).filter { Self.counts($0, for: key.group) }
        let timeline = EventTimeline.compute(
            rows: rows, incidents: incidents, city: q.city.id, group: key.group, period: shown, baselineDays: Self.baselineDays)
        let during = incidents.filter { event.period.contains($0.day) }.reduce(0) { $0 + $1.count }
        let recorded = AlertDTO.linked(
            try await alerts.alerts(city: q.city.id, userID: nil, matching: query).filter { $0.belongs(to: event) },
            to: [event], q)
        return EventDetail(key: key.text, event: event, timeline: timeline, offlineDuringEvent: during, alerts: recorded)
    }

    /// `alerts` (read for `q`) linked to the pages of their current events (``AlertDTO/linked(_:to:_:)``); `events`
    /// when the caller has read them for `q` already.
    func linked(_ alerts: [AlertDTO], _ q: AnalysisQuery, events: [TriggerEvent]? = nil) async throws -> [AlertDTO] {
        if alerts.isEmpty { return alerts }
        if let events { return AlertDTO.linked(alerts, to: events, q) }
        return AlertDTO.linked(alerts, to: try await self.events(q), q)
    }
}
