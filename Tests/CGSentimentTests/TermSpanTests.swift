import CGAnalytics
@testable import CGSentiment
import Testing

/// Where a trigger event's own terms are read: each area over its own spike days.
@Suite("Trigger event term spans")
struct TermSpanTests {
    static func area(_ code: String, _ from: Int, _ to: Int) -> EventArea {
        EventArea(
            areaCode: code, name: code, period: DayRange(from: from, to: to), peakDay: from, observed: 5, expected: 1,
            score: 4)
    }

    static func event(_ areas: [EventArea], from: Int = 100, to: Int = 130, cityWide: Bool = false) -> TriggerEvent {
        TriggerEvent(
            targetGroup: "muslims", period: DayRange(from: from, to: to), peakDay: from, observed: 10, expected: 2,
            score: 4, cityWide: cityWide, areas: areas, terms: [])
    }

    @Test("one span per area and run of days: overlapping and touching runs merge, gaps do not, sorted by area")
    func spans() {
        let event = Self.event([
            Self.area("B", 110, 112), Self.area("A", 100, 104), Self.area("B", 100, 103), Self.area("A", 103, 106),
            Self.area("A", 107, 108), Self.area("A", 120, 121), Self.area("C", 125, 125),
        ])
        #expect(
            event.termSpans == [
                AreaSpan(areaCode: "A", period: DayRange(from: 100, to: 108)),
                AreaSpan(areaCode: "A", period: DayRange(from: 120, to: 121)),
                AreaSpan(areaCode: "B", period: DayRange(from: 100, to: 103)),
                AreaSpan(areaCode: "B", period: DayRange(from: 110, to: 112)),
                AreaSpan(areaCode: "C", period: DayRange(from: 125, to: 125)),
            ])
        #expect(Self.event([]).termSpans.isEmpty)
    }

    @Test("an event's terms count its areas on their own days only; without areas, the whole city on its days")
    func termsOnOwnDays() {
        func row(_ area: String, _ day: Int, _ term: String, _ n: Int, group: String = "muslims") -> TermRow {
            TermRow(key: TermKey(city: "london", area: area, day: day, targetGroup: group, term: term), count: n)
        }
        // The event moved from A (days 100–102) to B (days 110–112); "market" is what it was about, "weather"
        // is said in A after its spike and in B before — ordinary days of those areas.
        let rows = [
            row("A", 100, "market", 6), row("A", 101, "market", 6), row("B", 111, "market", 6), row("B", 112, "market", 6),
            row("A", 108, "weather", 30), row("B", 104, "weather", 30), row("C", 101, "weather", 30),
            row("A", 60, "weather", 20, group: "all"), row("A", 60, "market", 1, group: "all"),
            row("A", 61, "bread", 20, group: "all"),
        ]
        let moving = Self.event([Self.area("A", 100, 102), Self.area("B", 110, 112)], from: 100, to: 112)
        let terms = TriggerEventFinder.terms(for: moving, termRows: rows, city: "london")
        #expect(terms.first?.term == "market")
        #expect(terms.first?.targetCount == 24)
        #expect(!terms.contains { $0.term == "weather" })
        // No areas: every area of the city over the event's days, "weather" of A, B and C included.
        let cityWide = TriggerEventFinder.terms(for: Self.event([], from: 100, to: 112), termRows: rows, city: "london")
        #expect(cityWide.first { $0.term == "weather" }?.targetCount == 90)
    }

    /// A city-wide event's areas are where its excess showed in one area, often a small part of it: its words are
    /// the whole city's over its days (until 2026-11-30 they were its areas' alone — a Pride event of 80 messages
    /// of the Stockholm trial named by the 6 of its one area, without "pride").
    @Test("a city-wide event with areas is named by the whole city over its days")
    func cityWideWithAreas() {
        func row(_ area: String, _ day: Int, _ term: String, _ n: Int, group: String = "muslims") -> TermRow {
            TermRow(key: TermKey(city: "london", area: area, day: day, targetGroup: group, term: term), count: n)
        }
        // Across the city the event is about "parade"; its one attached area, A, said "parade" once.
        let rows = [
            row("A", 101, "disgusting", 5), row("A", 101, "parade", 1), row("B", 100, "parade", 9), row("C", 101, "parade", 8),
            row("D", 102, "parade", 7), row("A", 60, "disgusting", 10, group: "all"), row("A", 60, "bread", 20, group: "all"),
        ]
        let event = Self.event([Self.area("A", 101, 101)], from: 100, to: 102, cityWide: true)
        #expect(event.termSpans.isEmpty)
        let terms = TriggerEventFinder.terms(for: event, termRows: rows, city: "london")
        #expect(terms.first?.term == "parade" && terms.first?.targetCount == 25, "\(terms)")
        #expect(!Self.event([Self.area("A", 101, 101)], from: 100, to: 102).termSpans.isEmpty)
    }
}
