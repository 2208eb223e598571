import CGAnalytics

extension TriggerEventFinder {
    /// The days of a city-wide spike with its edge days dropped where the event's own areas deny them (since
    /// 2026-11-30): the "event-edge effect", a chance-high day elsewhere in the city beside an event stretching it by
    /// a day.
    ///
    /// The event's areas (`areas`: the attached runs, each with its own days) carry a share f of the city-wide
    /// excess over the span's days their runs cover (the core): f = Σ (area count − area expectation) ÷ Σ (city
    /// count − city expectation) over the core, at most 1. A day of the span outside every area's run, walking in
    /// from each end, is a day of the same event only if its areas carry their share of that day's city-wide excess
    /// x too: their count O is then Poisson with mean λ + f·x (λ their summed expectation that day). The day is
    /// dropped when P(X ≤ O) under that mean is at most `level` — its excess lies elsewhere in the city — and the
    /// walk goes on to the next day; it stops at the first day kept, at an area's run, and before the peak. With
    /// few of the event's messages in its areas (a city-wide march with one district attached: f small) the test
    /// has no power and keeps the days, as before.
    ///
    /// Measured on the Paris trial (default stream): the two-day event against gay people in the 3rd and 4th
    /// (stream days 33–34) grew over day 32 (6 against 1.5 city-wide, score 3.0 ≥ the growth's 2.5), where both
    /// arrondissements held none: f = 0.55, x = 4.5, λ = 0.2, P(X ≤ 0) = 0.07.
    ///
    /// - Parameters:
    ///   - spike: the city-wide spike (indices into the period).
    ///   - areas: its attached areas (their `period`s in days of `period`).
    ///   - expected: each attached area's expectation over `reach` (``AreaRate``), by code; a missing area leaves
    ///     the spike as it is.
    ///   - counts: each attached area's series, by code.
    ///   - cityCounts, cityExpected: the group's city-wide series and each day's expectation.
    static func areaConfirmed(
        _ spike: Spike, areas: [EventArea], period: DayRange, expected: [String: [Double]], counts: [String: [Double]],
        cityCounts: [Double], cityExpected: (Int) -> Double, level: Double
    ) -> ClosedRange<Int> {
        let span = spike.startIndex...spike.endIndex
        guard level > 0, !areas.isEmpty else { return span }
        var covered = Set<Int>()
        for a in areas { covered.formUnion((a.period.from - period.from)...(a.period.to - period.from)) }
        let core = span.filter { covered.contains($0) }
        guard !core.isEmpty else { return span }
        var lambdas: [[Double]] = [], series: [[Double]] = []
        for a in areas {
            guard let e = expected[a.areaCode], let c = counts[a.areaCode] else { return span }
            lambdas.append(e)
            series.append(c)
        }
        func areaCount(_ t: Int) -> Double { series.reduce(0) { $0 + $1[t] } }
        func areaExpected(_ t: Int) -> Double { lambdas.reduce(0) { $0 + $1[t] } }
        let cityExcess = core.reduce(0) { $0 + cityCounts[$1] - cityExpected($1) }
        guard cityExcess > 0 else { return span }
        let share = min(1, max(0, core.reduce(0) { $0 + areaCount($1) - areaExpected($1) } / cityExcess))
        guard share > 0 else { return span }
        // Whether day t's excess lies outside the event's areas.
        func denied(_ t: Int) -> Bool {
            let x = max(0, cityCounts[t] - cityExpected(t))
            let mean = areaExpected(t) + share * x
            return 1 - Poisson.upperTail(atLeast: areaCount(t) + 1, mean: mean) <= level
        }
        var lo = span.lowerBound, hi = span.upperBound
        while lo < spike.peakIndex, !covered.contains(lo), denied(lo) { lo += 1 }
        while hi > spike.peakIndex, !covered.contains(hi), denied(hi) { hi -= 1 }
        return lo...hi
    }
}
