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

@Suite struct GrowingEventAlertTests {
    @Test("an alerted event is not alerted again when its span grows back or forward; a later event is")
    func growingSpan() {
        let base = EarlyWarningTests()
        let watch = AlertSubscription(city: "paris", targetGroups: ["jews"])
        let first = EarlyWarning.alerts(
            events: [base.event(group: "jews", areas: ["A"], from: 101, to: 102)], city: "paris", subscription: watch,
            today: 102)
        #expect(first.count == 1)
        let alerted = Set(first.map(\.eventKey))
        // A day later the summed evidence reaches back to day 99 and an area joined: a new start, the same event.
        let grown = base.event(group: "jews", areas: ["A", "B"], from: 99, to: 104)
        #expect(EarlyWarning.wasAlerted(grown, city: "paris", alreadyAlerted: alerted))
        #expect(EarlyWarning.alerts(events: [grown], city: "paris", subscription: watch, alreadyAlerted: alerted, today: 104).isEmpty)
        // Another group, another city, or an event that starts after the alerted one ended: new alerts.
        let later = base.event(group: "jews", areas: ["A"], from: 110, to: 112)
        #expect(EarlyWarning.alerts(events: [later], city: "paris", subscription: watch, alreadyAlerted: alerted, today: 112).count == 1)
        #expect(!EarlyWarning.wasAlerted(base.event(group: "muslims", areas: ["A"], from: 99, to: 104), city: "paris", alreadyAlerted: alerted))
        #expect(!EarlyWarning.wasAlerted(grown, city: "london", alreadyAlerted: alerted))
    }
}
