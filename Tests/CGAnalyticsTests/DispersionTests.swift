import Foundation
import Testing

@testable import CGAnalytics

/// A run's overdispersion measured by Pearson's dispersion of the pooled history (the local detector's
/// `dispersionFromHistory`) rather than by the days' robust spreads, which the MAD of small whole counts inflates.
@Suite struct DispersionTests {
    /// 42 days of 100 messages with 0, 1, 2, 0, 1, 2, … against the group (one a day, less varied than Poisson),
    /// then 4, 4, 4, 4, 3, 3, 3.
    static let counts: [Double] = (0..<42).map { Double($0 % 3) } + [4, 4, 4, 4, 3, 3, 3]
    static let volume = Array(repeating: 100.0, count: counts.count)
    static let robustGuard = SpikeDetector(
        minimumCount: 4, minimumExcess: 3, maximumWindow: 7, windowThreshold: 4.5, minimumWindow: 1, exactRateTest: true)

    @Test("Pearson's dispersion of the history by hand: under 1 for counts steadier than Poisson, above for counts that swing")
    func byHand() throws {
        var detector = Self.robustGuard
        detector.dispersionFromHistory = true
        let b = try #require(detector.baseline(Self.counts, volume: Self.volume)[42])
        // r = 42 / 4,200; χ² = Σ (c − 1)² / 1 = 28 over 42 days: 28 / 41. The robust spread of the same weekdays
        // (0, 1 and 2 a day: MAD 1) is 1.4826 — a variance of 2.2 where Poisson's is 1.
        #expect(abs(b.dispersion - 28.0 / 41) < 1e-9, "\(b.dispersion)")
        #expect(abs(b.robust - 1.4826) < 1e-9, "\(b.robust)")
        // 0, 3, 0, 3, …: r = 1.5 a day, χ² = 42 × 1.5² / 1.5 = 63 over 42 days.
        let swinging: [Double] = (0..<43).map { $0 % 2 == 0 ? 0 : 3 }
        let s = try #require(detector.baseline(swinging, volume: Array(repeating: 100, count: 43))[42])
        #expect(abs(s.dispersion - 63.0 / 41) < 1e-9, "\(s.dispersion)")
        // Without a volume: 1.
        #expect(detector.baseline(swinging)[42]?.dispersion == 1)
    }

    @Test("25 in seven days against one a day: the exact tail passes (2.6e−6 ≤ 3.4e−6); the robust guard (z 4.40) refuses it, the dispersion's (6.23) not")
    func runAtOneADay() {
        var detector = Self.robustGuard
        detector.dispersionFromHistory = true
        let found = detector.detect(Self.counts, volume: Self.volume)
        // The span is the run's days with the most excess beyond a standard deviation: the 4s at least.
        #expect(found.count == 1 && found.first?.startIndex == 42 && (45...48).contains(found.first?.endIndex ?? 0))
        #expect(Self.robustGuard.detect(Self.counts, volume: Self.volume).isEmpty)
    }
}
