import Testing

@testable import CGSentiment

@Suite struct EarlyWarningTests {
    func event(group: String, areas: [String], from: Int, to: Int) -> TriggerEvent {
        TriggerEvent(
            targetGroup: group, period: DayRange(from: from, to: to), peakDay: from, observed: 50, expected: 10,
            score: 8, cityWide: true,
            areas: areas.map {
                EventArea(
                    areaCode: $0, name: $0, period: DayRange(from: from, to: to), peakDay: from, observed: 20,
                    expected: 2, score: 6)
            }, terms: [])
    }

    @Test func subscriptionsMatchAreasAndGroupsOnce() {
        let events = [
            event(group: "muslims", areas: ["A", "B"], from: 100, to: 103),
            event(group: "jews", areas: ["C"], from: 101, to: 102),
            event(group: "muslims", areas: ["C"], from: 60, to: 62),
        ]
        let watch = AlertSubscription(city: "paris", areas: ["B", "C"], targetGroups: ["muslims"])
        let alerts = EarlyWarning.alerts(events: events, city: "paris", subscription: watch, today: 104)
        #expect(alerts.map(\.eventKey) == ["paris/muslims/\(Timestamp.dayLabel(100))"])
        #expect(alerts.first?.matchedAreas == ["B"])
        let again = EarlyWarning.alerts(
            events: events, city: "paris", subscription: watch, alreadyAlerted: Set(alerts.map(\.eventKey)), today: 104)
        #expect(again.isEmpty)
        let everything = AlertSubscription(city: "paris")
        #expect(EarlyWarning.alerts(events: events, city: "paris", subscription: everything, today: 104).count == 2)
        #expect(EarlyWarning.alerts(events: events, city: "london", subscription: everything, today: 104).isEmpty)
        #expect(MessageSource.demo.isSynthetic)
    }
}
