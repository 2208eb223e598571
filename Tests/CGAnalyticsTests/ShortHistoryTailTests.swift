import Testing

@testable import CGAnalytics

/// A city-wide run judged against a short history (``SpikeDetector/exactTailHistoryDays``), on the first 23 days of
/// the Rotterdam trial's series against Black people on seed 3 (`CG_TRIAL_SEED=3`, its daily counts, at an even
/// 500 messages a day): 9 in the first 16 days, then 18 in the next 7 — a low start of a steady 1.2 a day, not an
/// event.
@Suite("Short history: the city-wide run's count test knows its rate is estimated")
struct ShortHistoryTailTests {
    /// The city-wide detector of the trigger-event finder (``TriggerEventFinder/cityDetector``'s settings).
    static func detector(exactTail days: Int) -> SpikeDetector {
        SpikeDetector(
            maximumWindow: 7, windowThreshold: 4.5, shortHistoryDays: 7, earlyHistoryDays: 14, earlyStep: 1,
            edgeThreshold: 3, exactTailHistoryDays: days)
    }

    static let lowStart: (counts: [Double], volume: [Double]) = {
        let history: [Double] = [0, 0, 0, 0, 0, 3, 1, 0, 0, 0, 3, 1, 0, 0, 1, 0]
        let week: [Double] = [4, 0, 2, 2, 3, 1, 6]
        return (history + week, Array(repeating: 500, count: history.count + week.count))
    }()

    @Test("by hand: 18 in 7 days against 9 in 16 is 1.1e-4 compared as two counts, 2e-7 against the rate as known")
    func byHand() throws {
        let s = Self.lowStart
        #expect(s.counts[..<16].reduce(0, +) == 9 && s.counts[16...].reduce(0, +) == 18)
        let d = Self.detector(exactTail: 42)
        let first = try #require(d.baseline(s.counts, volume: s.volume)[16])
        #expect(first.pooledCount == 9 && first.pooledVolume == 8_000 && first.messageDays == 16)
        // Poisson against (9 + ½) / 8,000 × 3,500 = 4.16 for the week: under the run level 3.4e−6.
        let poisson = Poisson.upperTail(atLeast: 18, mean: 9.5 / 8_000 * 3_500)
        #expect(poisson < 3.4e-6)
        // The two counts given their sum: Binomial(27, 3,500 / 11,500) ≥ 18.
        let exact = Binomial.upperTail(atLeast: 18, trials: 27, probability: 3_500.0 / 11_500)
        #expect(abs(exact - 1.1e-4) < 0.1e-4)
        #expect(d.countTail(18, expected: 9.5 / 8_000 * 3_500, first: first, volume: 3_500) == exact)
        #expect(Self.detector(exactTail: 0).countTail(18, expected: 9.5 / 8_000 * 3_500, first: first, volume: 3_500) == poisson)
    }

    @Test("the low start's week is a spike against the rate taken as known, none with the rate's uncertainty")
    func lowStartIsNoEvent() {
        let s = Self.lowStart
        #expect(!Self.detector(exactTail: 0).detect(s.counts, volume: s.volume).isEmpty)
        #expect(Self.detector(exactTail: 42).detect(s.counts, volume: s.volume).isEmpty)
    }

    @Test("the same in a window that starts six weeks before the stream, as the analyses' windows do")
    func emptyDaysAreNoHistory() throws {
        // The dashboard's window holds six weeks of baseline before the period; a stream newer than that has no
        // messages there. Those days are in the rate's calendar (rateDays 42) but not in its history.
        let s = Self.lowStart
        let counts = Array(repeating: 0.0, count: 42) + s.counts
        let volume = Array(repeating: 0.0, count: 42) + s.volume
        let first = try #require(Self.detector(exactTail: 42).baseline(counts, volume: volume)[42 + 16])
        #expect(first.rateDays == 42 && first.messageDays == 16)
        #expect(!Self.detector(exactTail: 0).detect(counts, volume: volume).isEmpty)
        #expect(Self.detector(exactTail: 42).detect(counts, volume: volume).isEmpty)
    }

    @Test("with six weeks of history the test is the Poisson one: the same spikes, and a real event still found")
    func longHistoryUnchanged() {
        // 70 days of 10 in 1,000, then 25 a day on days 60–63.
        var counts = Array(repeating: 10.0, count: 70)
        for t in 60...63 { counts[t] = 25 }
        let volume = Array(repeating: 1_000.0, count: 70)
        let before = Self.detector(exactTail: 0).detect(counts, volume: volume)
        let after = Self.detector(exactTail: 42).detect(counts, volume: volume)
        #expect(after == before)
        #expect(after.map { $0.startIndex...$0.endIndex } == [60...63])
    }
}
