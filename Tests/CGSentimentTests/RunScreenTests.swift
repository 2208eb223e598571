import CGAnalytics
import CGGeo
import Foundation
import Testing

@testable import CGSentiment

/// The local detector's screen (``SpikeDetector/mayFlag(_:volume:borrowedRate:)``): an area or pair of areas
/// none of whose runs can pass skips the baseline and the scan. It must change no event: the finder with the
/// screen and without it give the same events on seeded streams with and without planted events, long and short
/// histories, alike and differing areas (docs/sentiment-analysis.md, "Benchmark").
@Suite("Trigger events: the local screen changes nothing")
struct RunScreenTests {
    static func same(_ stream: PlantedCityStream, _ label: String) -> Int {
        let fast = TriggerEventFinder.find(rows: stream.rows, pack: stream.pack, period: stream.period)
        let exact = TriggerEventFinder.find(rows: stream.rows, pack: stream.pack, period: stream.period, screen: false)
        #expect(fast == exact, "\(label): \(fast) against \(exact)")
        return exact.filter { !$0.cityWide }.count
    }

    @Test("the same events with and without the screen on 24 seeded Paris, London and Stockholm streams")
    func sameEvents() throws {
        let paris = try #require(CityPacks.pack(id: "paris"))
        let london = try #require(CityPacks.pack(id: "london"))
        let stockholm = try #require(CityPacks.pack(id: "stockholm"))
        var local = 0
        for seed in UInt64(1)...4 {
            let pair = try #require(paris.area(code: PlantedCityStream.paris(Int(seed) + 4))?.neighbours.first)
            let two = PlantedCityStream.Planting(
                group: "jews", areas: [PlantedCityStream.paris(Int(seed) + 4), pair], days: 50...53, perAreaDay: 3...5)
            let one = PlantedCityStream.Planting(
                group: "muslims", areas: [PlantedCityStream.paris(Int(seed))], days: 58...61, perAreaDay: 5...8)
            local += Self.same(PlantedCityStream(pack: paris, seed: seed, perAreaDay: 100, plantings: [two, one]), "paris 100 \(seed)")
            local += Self.same(
                PlantedCityStream(pack: paris, seed: seed, plantings: PlantedCityStream.movingEvent(2...4)), "moving \(seed)")
            local += Self.same(
                PlantedCityStream(pack: paris, seed: seed, days: 14, perAreaDay: 100, plantings: [
                    .init(group: "jews", areas: two.areas, days: 9...12, perAreaDay: 3...5)
                ]), "paris short \(seed)")
            _ = Self.same(PlantedCityStream(pack: paris, seed: seed, areaSpread: 0.5), "paris spread \(seed)")
            _ = Self.same(PlantedCityStream(pack: london, seed: seed, perAreaDay: 100), "london \(seed)")
            let stockholmArea = try #require(stockholm.areas.first?.code)
            local += Self.same(
                PlantedCityStream(pack: stockholm, seed: seed, days: 21, plantings: [
                    .init(group: "immigrants", areas: [stockholmArea], days: 16...19, perAreaDay: 4...6)
                ]), "stockholm \(seed)")
        }
        // The streams hold local events, so the screen was tested where it must let series through.
        #expect(local >= 8, "\(local) local events")
    }

    @Test("a series the screen turns away has no spike: 3,000 seeded series, small and large, quiet and not")
    func boundHolds() {
        var rng = SeededGenerator(seed: 42)
        var screened = 0, spiked = 0
        for k in 0..<3_000 {
            let days = 20 + rng.nextInt(below: 60)
            let perDay = [5.0, 25, 100, 400][k % 4]
            let share = [0.002, 0.01, 0.05][k % 3]
            let volume = (0..<days).map { _ in rng.nextInt(below: 10) == 0 ? 0 : max(0, perDay + perDay / 5 * PlantedCityStream.normal(&rng)).rounded() }
            var counts = volume.map { Double(PlantedCityStream.poisson($0 * share, &rng)) }
            // A third of them with a bump of a few days.
            if k % 3 == 0 {
                let start = rng.nextInt(below: days)
                for t in start..<min(days, start + 1 + rng.nextInt(below: 5)) { counts[t] += Double(rng.nextInt(below: 4 + k % 7)) }
            }
            let detector = TriggerEventFinder.localDetector.corrected(forSeries: 1 + k % 60)
            // Half of them borrow a city rate up to nine times lower than their own (the lent rate then lies
            // between the two, and the screen must bound by the lower).
            var base = detector.baseline(counts, volume: volume)
            var borrowedRate: [Double?]?
            if k % 2 == 1 {
                let rate = share / Double(1 + k % 9), borrowedVolume = perDay * 84
                base = base.map { $0?.borrowing(count: rate * borrowedVolume, volume: borrowedVolume) }
                borrowedRate = Array(repeating: rate, count: days)
            }
            let spikes = detector.detect(counts, baseline: base)
            if !spikes.isEmpty { spiked += 1 }
            if !detector.mayFlag(counts, volume: volume, borrowedRate: borrowedRate) {
                screened += 1
                #expect(spikes.isEmpty, "series \(k): \(counts) in \(volume)")
            }
        }
        // The screen does turn most series away, and the detector still finds spikes in others.
        #expect(screened > 1_000 && spiked > 200, "\(screened) screened, \(spiked) with spikes")
    }
}
