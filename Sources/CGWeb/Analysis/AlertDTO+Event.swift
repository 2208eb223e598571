import CGSentiment

extension AlertDTO {
    /// Whether this alert was recorded for `event`. Alerts are keyed by city, group and the start day the event had
    /// when alerted; the event may have grown since (`EarlyWarning.wasAlerted`), so an alert belongs to the event
    /// of its group on one of whose days it started. The event's page lists its alerts by this rule and the alert
    /// lists link to the event by it, so the two cannot disagree.
    func belongs(to event: TriggerEvent) -> Bool {
        group == event.targetGroup && event.period.contains(startDay)
    }

    /// `alerts`, each with ``eventPage`` set to the page of the event among `events` it belongs to (with the
    /// filters of `q`, which `events` were read for), or nil when none does now: the data changed and the event
    /// the alert was for is gone.
    static func linked(_ alerts: [AlertDTO], to events: [TriggerEvent], _ q: AnalysisQuery) -> [AlertDTO] {
        alerts.map { alert in
            var linked = alert
            linked.eventPage = events.first(where: alert.belongs(to:)).map { AnalysisRoute.event(of: $0).url(q) }
            return linked
        }
    }
}
