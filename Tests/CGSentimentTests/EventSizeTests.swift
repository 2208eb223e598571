import CGGeo
import Foundation
import Testing

@testable import CGSentiment

/// An event's size is counted over the days it shows (docs/sentiment-analysis.md, "An outside trial").
@Suite("Trigger events: size over the event's days")
struct EventSizeTests {
    /// The moving event of `SmallEventTests` (the 18th–20th, then the 10th–11th): its areas start before or end
    /// after the city-wide spike on some seeds (3, 5, 6 and others: 78 shown for 86 on its days, 73 for 104),
    /// widening the event. Each city-wide event's observed count must be
    /// its group's hateful messages over the event's days, summed here from the rows.
    @Test("a city-wide event widened by its areas: observed = the group's hateful messages over its shown days")
    func sizeOverShownDays() throws {
        let paris = try #require(CityPacks.pack(id: "paris"))
        for seed in UInt64(1)...12 {
            let stream = PlantedCityStream(pack: paris, seed: seed, plantings: PlantedCityStream.movingEvent(2...4))
            let events = TriggerEventFinder.find(rows: stream.rows, pack: paris, period: stream.period)
            for event in events where event.cityWide {
                let sum = stream.rows.filter {
                    $0.key.targetGroup == event.targetGroup && event.period.contains($0.key.day)
                }.reduce(0) { $0 + $1.delta.hateful }
                #expect(Int(event.observed.rounded()) == sum, "seed \(seed) \(event.targetGroup): observed \(event.observed), rows \(sum)")
                #expect(event.expected > 0 && event.expected < event.observed)
            }
        }
    }
}
