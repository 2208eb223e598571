import Testing

@testable import CGAnalytics

/// A city-wide run's edge days that are not high on their own (``SpikeDetector/edgeThreshold``), on hand-made
/// daily series: 10 hateful messages in 1,000 every day (expected 10.0, spread 3.55: the Poisson √10 inflated for
/// a median of six weeks), then what each case plants from day 56 on.
@Suite("Run edges: trimmed to high days")
struct RunEdgeTests {
    static let detector = SpikeDetector(maximumWindow: 7, windowThreshold: 4.5, shortHistoryDays: 7, earlyHistoryDays: 14, earlyStep: 1)

    /// 70 days of 10 in 1,000, with `planted` from day 56 on.
    static func series(_ planted: [Double]) -> (counts: [Double], volume: [Double]) {
        var counts = Array(repeating: 10.0, count: 70)
        for (k, c) in planted.enumerated() { counts[56 + k] = c }
        return (counts, Array(repeating: 1_000, count: 70))
    }

    static func spans(
        _ s: (counts: [Double], volume: [Double]), edges: Double?, detached: Bool = false
    ) -> [ClosedRange<Int>] {
        var d = detector
        d.edgeThreshold = edges
        d.detachedEdges = detached
        return d.detect(s.counts, volume: s.volume).map { $0.startIndex...$0.endIndex }
    }

    @Test("a chance-high day two days before an event is trimmed; a quiet day inside it still bridges")
    func chanceHighEdge() {
        // Day 56: 20 (2.8 standard deviations), day 57 quiet, the event 58–61 with a quiet day 60 inside. The run's
        // span takes day 56 in (20 − 10 − 3.55 outweighs day 57's −3.55): kept, the event starts two days early.
        let s = Self.series([20, 10, 30, 30, 10, 30])
        #expect(Self.spans(s, edges: nil) == [56...61])
        // At 3 deviations day 56 is not high and day 57 less so: the span starts on the event's first day, and
        // day 60 stays between two high days.
        #expect(Self.spans(s, edges: 3) == [58...61])
        // At 2.5 day 56 counts as high: the margin decides.
        #expect(Self.spans(s, edges: 2.5) == [56...61])
    }

    @Test("a run that passes only on its sums keeps its days: trimming never leaves less than a spike")
    func keepsWhatMakesTheSpike() {
        // Six days of 17 (2.0 deviations each) then one of 22 (3.4): together 6.0 deviations on their sums, but
        // the one high day alone is no spike (the day rule asks 4), so nothing is trimmed.
        let rise = Self.series([17, 17, 17, 17, 17, 17, 22])
        #expect(Self.spans(rise, edges: nil) == [56...62])
        #expect(Self.spans(rise, edges: 3) == [56...62])
        // Seven days of 17, no day high: kept whole as well.
        let flat = Self.series([17, 17, 17, 17, 17, 17, 17])
        #expect(Self.spans(flat, edges: 3) == Self.spans(flat, edges: nil) && !Self.spans(flat, edges: nil).isEmpty)
    }

    @Test("a high day across ordinary days from an event stays only if it is a spike on its own")
    func detachedPiece() {
        // Day 56: 22 (3.4 deviations: high, but the day rule asks 4), days 57–58 ordinary (13; 19, 2.5
        // deviations), the event 59–62. The run's span takes day 56 in and the trim keeps it, as it is high: the
        // event starts three days early (the London trial's seed 1: a day of 9 against 2.5 before a march).
        let s = Self.series([22, 13, 19, 35, 40, 35, 35])
        #expect(Self.spans(s, edges: 3) == [56...62])
        // Detached, day 56 is no spike alone: it goes. The growth may take day 58 (2.5 deviations, its own rule)
        // but stops short of day 56.
        #expect(Self.spans(s, edges: 3, detached: true) == [58...62])
        let quiet = Self.series([22, 13, 14, 35, 40, 35, 35])
        #expect(Self.spans(quiet, edges: 3) == [56...62])
        #expect(Self.spans(quiet, edges: 3, detached: true) == [59...62])
        // A detached day that is a spike on its own (30: 5.6 deviations) stays.
        let strong = Self.series([30, 13, 19, 35, 40, 35, 35])
        #expect(Self.spans(strong, edges: 3, detached: true) == [56...62])
        // A quiet day inside an event still bridges two pieces that stand alone.
        let gap = Self.series([20, 10, 30, 30, 10, 30])
        #expect(Self.spans(gap, edges: 3, detached: true) == [58...61])
    }
}
