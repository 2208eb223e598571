import CGSentiment
import Foundation
import Vapor

/// An analyst's subscription to trigger events in areas and groups of a city (empty lists watch everything).
/// A subscription made with an API token names the token; its `userID` is the token's creator.
struct SubscriptionDTO: Content, Sendable, Hashable {
    var id: UUID
    var userID: UUID
    var apiTokenID: UUID?
    var city: String
    var areas: [String]
    var groups: [String]
    var webhookURL: String?
}

/// A recorded alert: the event's days, areas, group, size and distinguishing terms — aggregates only.
struct AlertDTO: Content, Sendable, Hashable {
    var id: UUID
    var city: String
    var eventKey: String
    var group: String
    var areas: [String]
    var startDay: Int
    var endDay: Int
    var peakDay: Int
    var observed: Double
    var expected: Double
    var score: Double
    var terms: [String]
    /// The path of the page of the current event this alert belongs to (``belongs(to:)``), with the filters the
    /// alerts were read for; nil when no current event holds it, and in webhook payloads, which are written when
    /// the alert is recorded.
    var eventPage: String? = nil

    /// The first day, `YYYY-MM-DD`.
    var startDate: String { Timestamp.dayLabel(startDay) }
    /// The last day, `YYYY-MM-DD`.
    var endDate: String { Timestamp.dayLabel(endDay) }

    /// The alert for an event of `city`.
    init(event: TriggerEvent, key: String, city: String, id: UUID = UUID()) {
        self.init(
            id: id, city: city, eventKey: key, group: event.targetGroup, areas: event.areas.map(\.areaCode),
            startDay: event.period.from, endDay: event.period.to, peakDay: event.peakDay, observed: event.observed,
            expected: event.expected, score: event.score, terms: event.terms.map(\.term))
    }

    init(
        id: UUID, city: String, eventKey: String, group: String, areas: [String], startDay: Int, endDay: Int,
        peakDay: Int, observed: Double, expected: Double, score: Double, terms: [String]
    ) {
        self.id = id
        self.city = city
        self.eventKey = eventKey
        self.group = group
        self.areas = areas
        self.startDay = startDay
        self.endDay = endDay
        self.peakDay = peakDay
        self.observed = observed
        self.expected = expected
        self.score = score
        self.terms = terms
    }

    enum CodingKeys: String, CodingKey {
        case id, city, eventKey, group, areas, startDay, endDay, peakDay, observed, expected, score, terms, startDate, endDate, eventPage
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(UUID.self, forKey: .id), city: try c.decode(String.self, forKey: .city),
            eventKey: try c.decode(String.self, forKey: .eventKey), group: try c.decode(String.self, forKey: .group),
            areas: try c.decode([String].self, forKey: .areas), startDay: try c.decode(Int.self, forKey: .startDay),
            endDay: try c.decode(Int.self, forKey: .endDay), peakDay: try c.decode(Int.self, forKey: .peakDay),
            observed: try c.decode(Double.self, forKey: .observed), expected: try c.decode(Double.self, forKey: .expected),
            score: try c.decode(Double.self, forKey: .score), terms: try c.decode([String].self, forKey: .terms))
        eventPage = try c.decodeIfPresent(String.self, forKey: .eventPage)
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(city, forKey: .city)
        try c.encode(eventKey, forKey: .eventKey)
        try c.encode(group, forKey: .group)
        try c.encode(areas, forKey: .areas)
        try c.encode(startDay, forKey: .startDay)
        try c.encode(endDay, forKey: .endDay)
        try c.encode(peakDay, forKey: .peakDay)
        try c.encode(startDate, forKey: .startDate)
        try c.encode(endDate, forKey: .endDate)
        try c.encode(observed, forKey: .observed)
        try c.encode(expected, forKey: .expected)
        try c.encode(score, forKey: .score)
        try c.encode(terms, forKey: .terms)
        // Written as null when there is no page, so a client sees the field on every alert it reads.
        try c.encode(eventPage, forKey: .eventPage)
    }
}

/// The state of one webhook delivery.
struct DeliveryDTO: Content, Sendable, Hashable {
    var attempts: Int
    var lastError: String?
    var delivered: Bool
}
