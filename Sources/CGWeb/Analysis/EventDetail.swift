import CGSentiment

/// One trigger event on its own page (and its JSON twin): the event as the events list shows it for the same
/// filters, the chart's days around it, the verified offline incidents during it and the alerts recorded for it.
/// Aggregates only: counts per day and area, and aggregated words — never a message, an author or a pseudonym.
struct EventDetail: Codable, Sendable {
    /// The event's key (``TriggerEventKey/text``).
    var key: String
    /// The event, with the same values as in `/api/v1/analysis/events` for the same filters.
    var event: TriggerEvent
    /// The group's hateful messages city-wide around the event, with the baseline and offline incidents.
    var timeline: EventTimeline
    /// Verified offline incidents against the group in the city during the event's days.
    var offlineDuringEvent: Int
    /// Early-warning alerts recorded for the event (any subscription's), latest first.
    var alerts: [AlertDTO]
}
