/// The English reasons an event's page and JSON give for a key they cannot answer (translated on pages through
/// the `reason.event_*` entries).
enum EventKeyReasons {
    static let invalid = "the event key is not valid"
    static let notFound = "no trigger event has this key in the city and period shown; the data may have changed since the link was made"
    static let noEvent = "no current event of this group starts on this day"
    static let otherGroup = "the event is against another group than the filter names; choose all groups or the event's"
}
