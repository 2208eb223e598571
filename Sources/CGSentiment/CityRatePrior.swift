import CGAnalytics

/// What an area's local run borrows from the city (empirical Bayes): the areas' rates of hate against a group
/// (per message of any kind) are taken as drawn from a gamma distribution around the city's rate, whose spread
/// is estimated from how much the areas' counts in the history vary beyond Poisson noise. An area's rate is then
/// its own history plus that prior, worth 1 / spread² messages at the city's rate: an area with five messages
/// in fourteen days is not judged on those five alone when twenty areas show what such an area usually sees;
/// an area that really differs from the city shows it in the spread, and then little is borrowed.
///
/// The prior for a day pools the same days as the detector's own history (the `historyDays` before it), so a run
/// never borrows its own messages. The run's count is tested against the negative binomial predictive
/// (``Baseline/borrowing(count:volume:)``), so the borrowed rate's uncertainty counts.
public struct CityRatePrior: Sendable, Hashable {
    /// The least squared coefficient of variation of the areas' rates assumed, however alike the areas look:
    /// at most 1 / this many messages are borrowed (0.1: ten). Twenty areas with a few messages each cannot
    /// show that their rates are equal, only that they do not differ much.
    public var minimumSpread: Double
    /// Days of history pooled (the detector's baseline weeks × 7).
    public var historyDays: Int
    /// The most an area borrows, as a multiple of its own history's volume (nil: no cap). 2: the city's rate
    /// never counts for more than twice the area's own days — an area whose rate really is several times the
    /// city's and whose first week happened to be quiet must not be judged mostly on the city (uncapped, one such
    /// area in 100 streams with very different areas was called an event after nine days; with 1 the same
    /// streams are quiet but half the events after eight or ten days are missed).
    public var maximumShare: Double?
    /// When set, the floor ``minimumSpread`` is lowered to what the areas' counts can show: the estimate (at
    /// least 0) plus this many of its standard errors under alike areas, √Σ(2E² + E) ÷ ΣE², when that is lower.
    /// Twenty areas of ten messages each cannot tell a spread of 0.1 from none (a standard error of 0.03), and
    /// keep the floor; twenty of forty messages each can (0.008), and borrow up to 1 / (2 × 0.008) ≈ 65 messages
    /// rather than ten — so at a hundred messages an area-day an area's rate is not judged on its own 42 messages
    /// and ten more, a predictive tail several times wider than the rate the city shows. Never less is borrowed
    /// than with the floor alone. nil: the floor as it is.
    public var standardErrors: Double?

    /// Creates a prior; the defaults suit the local detector (six weeks of history).
    public init(minimumSpread: Double = 0.1, historyDays: Int = 42, maximumShare: Double? = 2, standardErrors: Double? = nil) {
        self.minimumSpread = max(1e-3, minimumSpread)
        self.historyDays = max(1, historyDays)
        self.maximumShare = maximumShare.map { max(0, $0) }
        self.standardErrors = standardErrors.map { max(0, $0) }
    }

    /// `base` (an area's baseline on one day) with what it borrows from `prior` (that day's
    /// ``borrowed(areas:days:)``), capped at ``maximumShare`` of its own history's volume (the borrowed messages
    /// scaled down with it, so the borrowed rate stays the city's).
    public func lend(_ prior: (count: Double, volume: Double), to base: Baseline) -> Baseline {
        let lent = share(prior, ownVolume: base.pooledVolume)
        return base.borrowing(count: lent.count, volume: lent.volume)
    }

    /// What an area whose own history holds `ownVolume` messages of any kind borrows of `prior` (a day's
    /// ``borrowed(areas:days:)``): all of it, or at most ``maximumShare`` × `ownVolume` of volume with the
    /// messages scaled down alike (the city's rate kept). (0, 0) when the prior holds no volume.
    public func share(_ prior: (count: Double, volume: Double), ownVolume: Double) -> (count: Double, volume: Double) {
        guard prior.volume > 0 else { return (0, 0) }
        let volume = maximumShare.map { min(prior.volume, $0 * ownVolume) } ?? prior.volume
        return (prior.count * volume / prior.volume, volume)
    }

    /// Per day (index into the series), the messages and volume to borrow for any area of the group: nil where
    /// the city's history holds no message against the group. `areas` are every area's counts for the group and
    /// its volume (all messages), each of length `days`.
    public func borrowed(areas: [(counts: [Double], volume: [Double])], days: Int) -> [(count: Double, volume: Double)?] {
        var result: [(count: Double, volume: Double)?] = Array(repeating: nil, count: days)
        let series = areas.filter { $0.counts.count == days && $0.volume.count == days }
        guard !series.isEmpty, days > 0 else { return result }
        // Running sums per area: the history of day t is [t − historyDays, t).
        let sums = series.map { area -> (counts: [Double], volume: [Double]) in
            var c = [0.0], v = [0.0]
            c.reserveCapacity(days + 1)
            v.reserveCapacity(days + 1)
            for t in 0..<days {
                c.append(c[t] + (area.volume[t] > 0 ? area.counts[t] : 0))
                v.append(v[t] + max(0, area.volume[t]))
            }
            return (c, v)
        }
        for t in 0..<days where t > 0 {
            let from = max(0, t - historyDays)
            var hateful = 0.0, volume = 0.0
            for s in sums {
                hateful += s.counts[t] - s.counts[from]
                volume += s.volume[t] - s.volume[from]
            }
            guard hateful > 0, volume > 0 else { continue }
            let rate = hateful / volume
            // Method of moments: Var(H) = E (1 + E × spread²) for a gamma-Poisson count with expectation E.
            // Under alike areas (Poisson counts) each term (H − E)² − E has mean 0 and variance 2E² + E.
            var excess = 0.0, scale = 0.0, noise = 0.0
            for s in sums {
                let e = (s.volume[t] - s.volume[from]) * rate
                guard e > 0 else { continue }
                let h = s.counts[t] - s.counts[from]
                excess += (h - e) * (h - e) - e
                scale += e * e
                noise += 2 * e * e + e
            }
            let estimate = scale > 0 ? excess / scale : minimumSpread
            var floor = minimumSpread
            if let standardErrors, scale > 0 {
                floor = max(1e-3, min(floor, max(0, estimate) + standardErrors * noise.squareRoot() / scale))
            }
            let spread = max(floor, estimate)
            // Never borrow more messages than the city's history holds: its rate is only that well known.
            let count = min(1 / spread, hateful)
            result[t] = (count, count / rate)
        }
        return result
    }
}
