import Foundation
import Testing

@testable import CGAnalytics

/// How a city-wide span grows over its neighbours (``SpikeDetector/extendByTail``) on series whose days vary more
/// than Poisson: 84 days of about 6.6 a day in 1,000 (a Poisson count of a lognormal mean, Pearson's dispersion
/// 1, 1.7 or 3), an event planted on days 70–73 (+15, +20, +15, +8) or 70–72 (+15, +20, +15); 400 seeds each.
/// Counts the spike's days outside the planted ones and the planted days outside it, growth by the score alone
/// and also by the tail. Only with `CG_MEASURE=1`; prints, asserts nothing.
@Suite(
    "Span growth: measurements (CG_MEASURE=1)",
    .enabled(if: ProcessInfo.processInfo.environment["CG_MEASURE"] == "1"))
struct SpanGrowthMeasurementTests {
    /// The finder's city-wide detector (`TriggerEventFinder.cityDetector`), growing by the score or also the tail.
    static func detector(tail: Bool) -> SpikeDetector {
        SpikeDetector(
            maximumWindow: 7, windowThreshold: 4.5, shortHistoryDays: 7, earlyHistoryDays: 14, earlyStep: 1,
            edgeThreshold: 3, exactTailHistoryDays: 42, detachedEdges: true, extendByTail: tail)
    }

    @Test("overdispersed series with a planted event", arguments: [1.0, 1.7, 3.0])
    func overdispersed(dispersion: Double) {
        let base = 6.6
        let variants = [("score", Self.detector(tail: false)), ("tail", Self.detector(tail: true))]
        for planted in [[15.0, 20, 15, 8], [15.0, 20, 15]] {
            var tallies = Array(repeating: (found: 0, added: 0, lost: 0), count: variants.count)
            let days = 70...(69 + planted.count)
            for seed in 1...400 {
                var rng = SeededGenerator(seed: UInt64(seed) &* 7919)
                // The day's mean times a lognormal of mean 1 and variance (dispersion − 1) / base.
                let sigma = log(1 + (dispersion - 1) / base).squareRoot()
                let counts: [Double] = (0..<84).map { t in
                    let u1 = Double.random(in: 0.0001..<1, using: &rng), u2 = Double.random(in: 0..<1, using: &rng)
                    let z = (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2)
                    let c = poisson(base * exp(sigma * z - sigma * sigma / 2), &rng)
                    return days.contains(t) ? c + planted[t - 70] : c
                }
                let volume = Array(repeating: 1_000.0, count: 84)
                for (k, (_, detector)) in variants.enumerated() {
                    let spikes = detector.detect(counts, volume: volume)
                    guard let s = spikes.first(where: { $0.endIndex >= 69 && $0.startIndex <= days.upperBound + 1 })
                    else { continue }
                    tallies[k].found += 1
                    tallies[k].added += (s.startIndex...s.endIndex).filter { !days.contains($0) }.count
                    tallies[k].lost += days.filter { !(s.startIndex...s.endIndex).contains($0) }.count
                }
            }
            for (k, (name, _)) in variants.enumerated() {
                print(
                    "MEASURE growth dispersion \(dispersion) planted \(planted) \(name): found \(tallies[k].found)/400,"
                        + " days added \(tallies[k].added), planted days lost \(tallies[k].lost)")
            }
        }
    }
}
