import CGAnalytics
import CGSentiment
import Testing

@Suite("An event's key and timeline")
struct EventKeyTimelineTests {
    @Test("a key reads back as written; malformed keys give the reason")
    func keys() throws {
        let day = try #require(Timestamp.day(label: "2026-10-14"))
        let key = TriggerEventKey(group: "muslims", startDay: day)
        #expect(key.text == "muslims-2026-10-14")
        #expect(try TriggerEventKey.parse(key.text).get() == key)
        for text in ["", "muslims", "muslims-2026-02-30", "muslims-2026-1-14", "muslims_2026-10-14", "-2026-10-14"] {
            guard case .failure(let malformed) = TriggerEventKey.parse(text) else {
                Issue.record("\(text) was read as a key")
                continue
            }
            #expect(malformed.reason.hasPrefix("must be"), "\(text): \(malformed.reason)")
        }
        guard case .failure(let unknown) = TriggerEventKey.parse("all-2026-10-14") else {
            Issue.record("'all' is no event's group")
            return
        }
        #expect(unknown.reason.hasPrefix("unknown group 'all'"))
    }

    @Test("the timeline counts the group city-wide, expects the baseline and places offline incidents on their days")
    func timeline() {
        let period = DayRange(from: 1_000, to: 1_013)
        var rows: [AggregateRow] = []
        for day in (period.from - 42)...period.to {
            for area in ["A", "B"] {
                let hateful = day >= 1_010 ? 12 : 2
                func row(_ group: String, _ delta: AggregateDelta) -> AggregateRow {
                    AggregateRow(
                        key: AggregateKey(city: "x", area: area, day: day, hour: 0, targetGroup: group, type: "", language: ""),
                        delta: delta)
                }
                rows.append(row(AggregateKey.allTargets, AggregateDelta(messages: 100, hateful: hateful)))
                rows.append(row("jews", AggregateDelta(messages: hateful, hateful: hateful)))
            }
        }
        let incidents = [OfflineIncident(day: 1_011, areaCode: "A", targetGroup: "jews", count: 2),
                         OfflineIncident(day: 900, areaCode: "A", targetGroup: "jews")]
        let timeline = EventTimeline.compute(rows: rows, incidents: incidents, city: "x", group: "jews", period: period, baselineDays: 42)
        #expect(timeline.dates.count == 14 && timeline.dates.first == Timestamp.dayLabel(1_000))
        #expect(timeline.hateful == period.days.map { $0 >= 1_010 ? 24 : 4 })
        #expect(timeline.offlineIncidents == period.days.map { $0 == 1_011 ? 2 : 0 })
        // Six quiet weeks before: about 4 a day expected, also on the event's days.
        for expected in timeline.expected { #expect(abs((expected ?? 0) - 4) < 1, "\(String(describing: expected))") }
    }
}
