import CGAnalytics
import CGGeo

/// One area's part in a trigger event.
public struct EventArea: Sendable, Hashable, Codable {
    /// The area code.
    public var areaCode: String
    /// The area's local name.
    public var name: String
    /// The first and last day of the area's own spike (its strongest run of days, for an area of a city-wide
    /// spike).
    public var period: DayRange
    /// The day with the highest score (the most excess, for an area of a city-wide spike).
    public var peakDay: Int
    /// Hateful messages against the group in the area over its spike.
    public var observed: Double
    /// What the baseline expected.
    public var expected: Double
    /// The highest score; for an area of a city-wide spike, its run's (observed − expected) / √expected.
    public var score: Double
    /// The area's part within the period asked for, when its days reach outside it (``TriggerEvent/within(_:rows:)``).
    public var inPeriod: EventPeriodPart? = nil
}

/// A trigger event: a spike of hate against one group, with the areas it touched and the terms that set it
/// apart from the baseline, so an analyst can name it.
public struct TriggerEvent: Sendable, Hashable, Codable {
    /// The targeted group (`TargetGroup` raw value).
    public var targetGroup: String
    /// From the first to the last day of the city-wide spike and every attached area spike.
    public var period: DayRange
    /// The day with the highest score (city-wide when there is a city-wide spike).
    public var peakDay: Int
    /// Hateful messages against the group over the event's days (the city-wide spike's, widened by its areas'),
    /// or the sum of the area spikes of a local event.
    public var observed: Double
    /// What the baseline expected over the same days.
    public var expected: Double
    /// The highest score.
    public var score: Double
    /// Whether the spike shows in the city-wide series (false: only in some areas).
    public var cityWide: Bool
    /// Areas with their own spike in the event, by start day, then score.
    public var areas: [EventArea]
    /// Terms of the event's hateful messages most distinctive against the baseline period (log-odds, z-score).
    public var terms: [DistinctiveTerm]
    /// The city-wide spike's own days, less the edge days its areas deny (``TriggerEventFinder/areaEdgeLevel``):
    /// the event's `period` also holds its areas' days (up to three either side), and `observed` and `expected` are
    /// counted over `period`. Nil for a local event.
    public var cityPeriod: DayRange? = nil
    /// The event's part within the period asked for, when its days reach outside it (``within(_:rows:)``).
    public var inPeriod: EventPeriodPart? = nil
    /// The event's part in the areas an analyst filtered by, when a filter names areas (``inAreas(_:period:)``):
    /// the event keeps its whole size, this says how much of it those areas hold.
    public var inAreas: EventAreaPart? = nil

    /// Observed minus expected: the size of the event.
    public var excess: Double { observed - expected }
}

/// Finds trigger events in rollup rows with ``SpikeDetector`` (per target group, city-wide and per area,
/// against the share of all messages so busy days are not events) and names them with ``LogOdds``.
///
/// Three steps per group: city-wide spikes (``cityDetector``: single days, and runs of 2–7 days on their
/// sums); for each city-wide spike, each area's strongest run of days within the spike ± `areaSlack`
/// (``ExcessSegment``), attached with its own days when its summed count is significant against the summed
/// expectation (Poisson, or the negative binomial while the history is short; level `attachLevel` divided by
/// the number of areas tested) and at least `attachMinimumCount` — for a city-wide spike, also the areas
/// Benjamini–Hochberg chooses beyond that cut by their counts over the spike's own days (``areaSelection``); then
/// local events, area spikes under
/// ``localDetector`` (its level divided among the city's areas) and runs of pairs of neighbouring areas (its
/// level divided among the pairs) with no city-wide spike near them, each taking its other areas by the same
/// attachment.
public enum TriggerEventFinder {
    /// What a day must clear to join an area's run of days (``ExcessSegment``): 1.5 standard deviations of a
    /// quiet day.
    public static let segmentPenalty = ExcessSegment.Penalty.deviations(1.5)
    /// What an edge day of an area's run attached to a city-wide spike must hold when it lies outside the spike's
    /// days (``ExcessSegment/trimmingEdges(_:expected:minimumCount:outside:)``, since 2026-12-01): under an
    /// expectation of 0.5 the penalty lets a day of 2 join, and on four of the 19 trial streams such a day, beside
    /// the event and not planted, stretched an area's run and so the event by a day. Only a single such day on a
    /// side, when the rest of the run lies within the spike's days, is dropped (the area shows the other days; it
    /// joins or not on the whole run as before).
    public static let areaEdgeMinimum = 3.0
    /// City-wide spikes per group: a day scoring 4 (at least 10 messages, 5 above the baseline), or a run of
    /// 2–7 days scoring 4.5 on its sums (same minimums on the sums); from a week of history on
    /// (``SpikeDetector/shortHistoryDays`` 7), one standard deviation stricter while the history is under two weeks
    /// (``SpikeDetector/earlyStep``). Each span is trimmed to its first and last day of 3 standard deviations when
    /// those days still make a spike (``SpikeDetector/edgeThreshold``, since 2026-11-30): at 1,600 messages a day a
    /// chance-high day across a quiet one started an event four days early. While a run's history is under six
    /// weeks its count is also compared with that history's count by the exact conditional test
    /// (``SpikeDetector/exactTailHistoryDays`` 42, since 2026-11-30): a rate from sixteen low days is not known. A
    /// high edge day that ordinary days separate from the event stays only if it is a spike on its own
    /// (``SpikeDetector/detachedEdges``, since the event-edge change of 2026-11-30). A neighbouring day joins a span
    /// when it scores 2.5 or its count is as unlikely under Poisson at the rate before the event
    /// (``SpikeDetector/extendByTail``, since 2026-12-01): a history of wide spreads kept an event's last day of 15
    /// against 6.6, 12 of them planted, out of the Stockholm trial's Pride (seed 2).
    public static let cityDetector = SpikeDetector(
        maximumWindow: 7, windowThreshold: 4.5, shortHistoryDays: 7, earlyHistoryDays: 14, earlyStep: 1,
        edgeThreshold: 3, exactTailHistoryDays: 42, detachedEdges: true, extendByTail: true)
    /// Local events (area spikes with no city-wide spike): runs of 1–7 days (no day rule) with at least 4
    /// messages, 3 above expectation, judged by the exact test against the area's own history
    /// (``SpikeDetector/exactRateTest``) at the city-wide run level, 4.5 (3.4e−6) — which ``find`` divides by
    /// the city's areas (``SpikeDetector/corrected(forSeries:)``: 20 areas, 1.7e−7), so each group's areas
    /// together are guarded like its one city-wide series, whatever the number of areas. Like the city-wide
    /// detector from a week of history on, one standard deviation stricter under two weeks. Its z guard measures
    /// overdispersion by the history's Pearson dispersion (``SpikeDetector/dispersionFromHistory``), not the
    /// robust spreads, which small whole counts inflate.
    public static let localDetector = SpikeDetector(
        minimumCount: 4, minimumExcess: 3, maximumWindow: 7, windowThreshold: 4.5, shortHistoryDays: 7, minimumWindow: 1,
        exactRateTest: true, earlyHistoryDays: 14, earlyStep: 1, dispersionFromHistory: true)
    /// What local runs borrow from the city's rate for their group (``CityRatePrior``: at most ten messages'
    /// worth, less when the areas' rates differ, and never more than twice the area's own history's volume).
    public static let cityPrior: CityRatePrior? = CityRatePrior()
    /// What a single area's local runs' count test borrows, when more than ``cityPrior`` lends (since
    /// 2026-11-30, fourth change): the floor of ten messages lowered to what the areas' counts show, their
    /// spread's estimate plus two standard errors (``CityRatePrior/standardErrors``). Twenty areas of forty
    /// messages a group in six weeks that look alike lend about 65 messages, so a rise in one area at a hundred
    /// messages an area-day is not judged against a rate known from its own 42 and ten more. The rate of the
    /// run's expectation, its z guard and its span keep ``cityPrior``'s loan, and pairs of areas borrow only that.
    public static let tailPrior: CityRatePrior? = CityRatePrior(standardErrors: 2)
    /// A city-wide spike's edge day outside its areas' runs stays only if those areas could hold their share of
    /// the day's excess (since 2026-11-30): dropped when the lower Poisson tail of their count is at most this.
    public static let areaEdgeLevel: Double? = 0.1

    /// The trigger events in `period` (which should start at least `detector.minimumWeeks` weeks before the
    /// days of interest: earlier days are the baseline).
    ///
    /// - Parameters:
    ///   - termRows: hateful-message terms; the event's terms (its group, areas and days) are compared with
    ///     the terms of all hateful messages of the city in the `baselineDays` before it.
    ///   - detector: finds city-wide spikes per group.
    ///   - localDetector: finds local events (area spikes with no city-wide spike); its `windowThreshold` is the
    ///     level for one series and is corrected for the number of areas (the pack's, or the group's areas with
    ///     messages when more).
    ///   - cityPrior: what the local detector's runs borrow from the city's rate for the group (nil: each area
    ///     judged on its own history alone, as before 2026-11-30).
    ///   - tailPrior: what a single area's runs' count test borrows instead of `cityPrior`'s loan, when it lends
    ///     more (nil, or without `cityPrior`: the same loan).
    ///   - neighbourPairs: also scan each pair of neighbouring areas (the pack's `neighbours`) as one series, at
    ///     the local detector's level divided among the pairs; a pair's run names each of its two areas whose own
    ///     run within the pair's days reaches `attachLevel`.
    ///   - tailPriorForPairs: let the pairs' count test borrow as `tailPrior` too (false: measured, it joins a
    ///     pair's noise area to an event now and then; docs, "One area at moderate volume").
    ///   - attachLevel: an area joins a city-wide spike (or a local event) when its strongest run's p-value is
    ///     at most this divided by the number of areas tested (the group's areas with any message against it in
    ///     the window): Poisson against its rate, or under two weeks of history the negative binomial predictive
    ///     of that rate with the city's rate borrowed.
    ///   - attachMinimumCount: the fewest messages an attached area's run holds.
    ///   - attachHistoryDays: the fewest days of history before the reach an area needs to be attached (under
    ///     the local detector's short-history days, only with `cityPrior`).
    ///   - areaSlack: areas are searched from this many days before a city-wide spike to as many after it, and a
    ///     local spike within that reach is part of the city-wide event.
    ///   - areaEdgeLevel: drop a city-wide spike's edge days outside its areas' runs where those areas hold less
    ///     than their share of the day's excess
    ///     (``areaConfirmed(_:areas:period:expected:counts:cityCounts:cityExpected:level:)``, the lower Poisson tail
    ///     at most this); nil keeps the spike's days.
    ///   - areaEdgeMinimum: an area's run attached to a city-wide spike shows a single edge day outside the spike's
    ///     days, the rest of the run within them, only with at least this many messages (``areaEdgeMinimum``); nil
    ///     keeps the runs as the penalty finds them. An area joining a city-wide spike by the local scan is shown the
    ///     same way; local events are not affected.
    ///   - areaSelection: how a city-wide spike's areas beyond the cut of `attachLevel` / (areas tested) are chosen
    ///     (``areaSelection``; `.bonferroni`: none beyond it, as before 2026-12-01). Local events keep the cut.
    ///   - areaEvidence: the p-value an area beyond the cut is chosen on (``areaEvidence``).
    ///   - areaShare: the least share of the spike's excess such an area holds over its run (``areaShare``; nil: any).
    ///   - screen: skip the local detector's baseline and scan for an area or pair none of whose runs can pass
    ///     (``SpikeDetector/mayFlag(_:volume:borrowedRate:)``, a bound on each run's score from running sums);
    ///     the events are the same either way, false only to check that.
    public static func find(
        rows: [AggregateRow], termRows: [TermRow] = [], pack: CityPack, period: DayRange,
        detector: SpikeDetector = TriggerEventFinder.cityDetector,
        localDetector: SpikeDetector = TriggerEventFinder.localDetector,
        cityPrior: CityRatePrior? = TriggerEventFinder.cityPrior,
        tailPrior: CityRatePrior? = TriggerEventFinder.tailPrior, neighbourPairs: Bool = true, tailPriorForPairs: Bool = false,
        attachLevel: Double = 0.001, attachMinimumCount: Double = 4, attachHistoryDays: Int = 3, areaSlack: Int = 3,
        baselineDays: Int = 42, topTerms: Int = 12, screen: Bool = true,
        segmentPenalty: ExcessSegment.Penalty = TriggerEventFinder.segmentPenalty,
        areaEdgeLevel: Double? = TriggerEventFinder.areaEdgeLevel,
        areaEdgeMinimum: Double? = TriggerEventFinder.areaEdgeMinimum,
        areaSelection: AreaSelection = TriggerEventFinder.areaSelection,
        areaEvidence: AreaEvidence = TriggerEventFinder.areaEvidence, areaShare: Double? = TriggerEventFinder.areaShare
    ) -> [TriggerEvent] {
        let n = period.count
        var cityVolume = Array(repeating: 0.0, count: n)
        var areaVolume: [String: [Double]] = [:]
        var cityGroup: [String: [Double]] = [:]
        var areaGroup: [String: [String: [Double]]] = [:]
        for row in rows where row.key.city == pack.id && period.contains(row.key.day) {
            let i = row.key.day - period.from
            let group = row.key.targetGroup
            if group == AggregateKey.allTargets {
                cityVolume[i] += Double(row.delta.messages)
                areaVolume[row.key.area, default: Array(repeating: 0, count: n)][i] += Double(row.delta.messages)
            } else if group != AggregateKey.noTarget {
                cityGroup[group, default: Array(repeating: 0, count: n)][i] += Double(row.delta.hateful)
                if row.key.area != AggregateKey.unplaced {
                    areaGroup[group, default: [:]][row.key.area, default: Array(repeating: 0, count: n)][i] +=
                        Double(row.delta.hateful)
                }
            }
        }
        // Each unordered pair of neighbouring areas of the pack, for the pair scan.
        let pairs: [(String, String)] =
            neighbourPairs
            ? pack.areas.flatMap { a in
                a.neighbours.filter { $0 > a.code && pack.area(code: $0) != nil }.map { (a.code, $0) }
            } : []
        var events: [TriggerEvent] = []
        for group in cityGroup.keys.sorted() {
            let cityCounts = cityGroup[group] ?? []
            let cityBase = detector.baseline(cityCounts, volume: cityVolume)
            let citySpikes = detector.detect(cityCounts, baseline: cityBase)
            // Every area run of the group the local detector flagged (alone or within a pair), with its days.
            var areaSpikes: [(code: String, area: EventArea)] = []
            // Each area's series, kept for the attachment to a city-wide spike or a local event.
            var areaSeries: [String: (counts: [Double], volume: [Double]?)] = [:]
            // Every area of the city is a series the local detector tests for this group: its level is divided
            // among them (Bonferroni), so a city of 100 areas is as guarded as one of 20.
            let groupAreas = areaGroup[group] ?? [:]
            let local = localDetector.corrected(forSeries: max(pack.areas.count, groupAreas.count))
            // What each day's local runs borrow from the city's rate for the group (every area with messages,
            // those without any against the group too).
            let lenders = areaVolume.keys.sorted().compactMap { code in
                areaVolume[code].map { (counts: groupAreas[code] ?? Array(repeating: 0, count: n), volume: $0) }
            }
            let borrowed = cityPrior?.borrowed(areas: lenders, days: n)
            // What a single area's count test borrows (``tailPrior``: as much as the areas show).
            let tailBorrowed = cityPrior == nil ? nil : tailPrior?.borrowed(areas: lenders, days: n)
            // The rate of what each day's runs borrow (the city's for the group), for the screen's bound.
            let borrowedRate = borrowed?.map { day in day.map { $0.count / $0.volume } }
            // The local runs `detector` flags in a series (an area or a pair), against its baseline with the
            // city's rate lent when the series has volumes (and, with `tail`, its count test borrowing
            // ``tailPrior``'s larger loan); with the screen, none when no run could pass.
            func localSpikes(_ detector: SpikeDetector, _ series: [Double], volume: [Double]?, tail: Bool = true) -> [Spike] {
                if screen, let volume, !detector.mayFlag(series, volume: volume, borrowedRate: borrowedRate) { return [] }
                var base = detector.baseline(series, volume: volume)
                if volume != nil, let cityPrior, let borrowed {
                    for t in base.indices {
                        if let b = base[t], let prior = borrowed[t] { base[t] = cityPrior.lend(prior, to: b) }
                        if tail, let b = base[t], let tailPrior, let offer = tailBorrowed?[t] {
                            let lent = tailPrior.share(offer, ownVolume: b.pooledVolume)
                            if lent.count > b.borrowedCount {
                                base[t]?.tailBorrowedCount = lent.count
                                base[t]?.tailBorrowedVolume = lent.volume
                            }
                        }
                    }
                }
                return detector.detect(series, baseline: base)
            }
            for (code, series) in groupAreas.sorted(by: { $0.key < $1.key }) {
                areaSeries[code] = (series, areaVolume[code])
                for spike in localSpikes(local, series, volume: areaVolume[code]) {
                    areaSpikes.append((code, eventArea(code, spike, pack: pack, period: period)))
                }
            }
            let level = attachLevel / Double(max(1, areaSeries.count))
            var expected = Array(repeating: 0.0, count: n)
            // An area's run of days with the most excess within `days` against its rate over the `baselineDays`
            // before `historyEnd`, and how unlikely its count is. From two weeks of history on (the local
            // detector's early days), Poisson against that rate; under two weeks (and at least
            // `attachHistoryDays`), the negative binomial predictive of the rate with the city's rate for the
            // group borrowed as a local run borrows it (``CityRatePrior``): a rate from a few days of an area's
            // messages is not known, and Poisson against it attaches noise (an area with none of its 1 a day in
            // its first week, then 4 in two days). Nil when there is no run or the history is too short. With
            // `supported` (a city-wide spike's days), the run's edge days outside it need `areaEdgeMinimum` messages.
            func strongest(
                _ code: String, in days: ClosedRange<Int>, historyEnd: Int, supported: ClosedRange<Int>? = nil,
                whole: ClosedRange<Int>? = nil
            ) -> (area: EventArea, pValue: Double, wholePValue: Double)? {
                guard let area = areaSeries[code] else { return nil }
                let history = max(0, historyEnd - baselineDays)..<historyEnd
                // The detector's own least history (a week) and its early days (two weeks).
                let weeks = localDetector.minimumWeeks * localDetector.season
                let needed = localDetector.shortHistoryDays > 0 ? min(localDetector.shortHistoryDays, weeks) : weeks
                var prior: (count: Double, volume: Double)?
                if history.count < max(needed, localDetector.earlyHistoryDays) {
                    let offer = borrowed?[historyEnd]
                    guard history.count >= attachHistoryDays, history.count >= needed || offer != nil else { return nil }
                    if let cityPrior, let offer, let volume = area.volume {
                        prior = cityPrior.share(offer, ownVolume: volume[history].reduce(0, +))
                    } else {
                        prior = (0, 0)
                    }
                }
                guard
                    let pooled = AreaRate.fill(
                        &expected, counts: area.counts, volume: area.volume, history: history, days: days, borrowed: prior),
                    let run = ExcessSegment.strongest(area.counts, expected: expected, in: days, penalty: segmentPenalty),
                    run.observed >= attachMinimumCount
                else { return nil }
                // Whether the area joins is judged on the run as the penalty found it; the edge minimum only
                // decides which of its days it shows (so it never loses or gains an area), and only where it drops
                // a single day on a side and leaves the run within the city-wide spike's days: one chance day beside
                // the spike. An area with two weak days in a row outside the spike, or high days of its own there
                // (a moving event), carries days of its own and keeps its run.
                var shown = run
                if let supported, let areaEdgeMinimum {
                    let trimmed = run.trimmingEdges(
                        area.counts, expected: expected, minimumCount: areaEdgeMinimum, outside: supported)
                    if supported.contains(trimmed.startIndex), supported.contains(trimmed.endIndex),
                        trimmed.startIndex - run.startIndex <= 1, run.endIndex - trimmed.endIndex <= 1
                    {
                        shown = trimmed
                    }
                }
                // The count over `r` against the area's rate: Poisson, or the negative binomial predictive while
                // the history is short.
                func tail(_ r: ClosedRange<Int>, observed: Double, poisson: Double) -> Double {
                    guard let prior else { return poisson }
                    let w = area.volume.map { $0[r].reduce(0, +) } ?? Double(r.count)
                    return NegativeBinomial.upperTail(
                        atLeast: observed, shape: pooled.count + prior.count + 1,
                        probability: w / (w + pooled.volume + prior.volume))
                }
                let pValue = tail(run.startIndex...run.endIndex, observed: run.observed, poisson: run.pValue)
                var wholePValue = 1.0
                if let whole {
                    let whole = max(whole.lowerBound, days.lowerBound)...min(whole.upperBound, days.upperBound)
                    let observed = whole.reduce(0) { $0 + area.counts[$1] }
                    let mean = whole.reduce(0) { $0 + expected[$1] }
                    if observed >= attachMinimumCount {
                        wholePValue = tail(
                            whole, observed: observed, poisson: Poisson.upperTail(atLeast: observed, mean: mean))
                    }
                }
                let eventArea = EventArea(
                    areaCode: code, name: pack.area(code: code)?.localName ?? code,
                    period: DayRange(from: period.from + shown.startIndex, to: period.from + shown.endIndex),
                    peakDay: period.from + shown.peakIndex, observed: shown.observed, expected: shown.expected,
                    score: shown.score)
                return (eventArea, pValue, wholePValue)
            }
            // Pairs of neighbouring areas summed (a scan over the smallest clusters of areas): an event in two
            // adjacent areas splits its evidence between two series, each of which alone may stay under the
            // corrected level. The pairs have a level of their own, the local detector's divided among the
            // pairs. A pair's run names its areas: each whose own strongest run within the pair's days reaches
            // `attachLevel` (tested as an attached area is; the pair already passed its level, this only says
            // which of the two carries it); none, no event.
            if !pairs.isEmpty {
                let pairLocal = localDetector.corrected(forSeries: pairs.count)
                let zeros = Array(repeating: 0.0, count: n)
                for (a, b) in pairs where groupAreas[a] != nil || groupAreas[b] != nil {
                    let series = zip(groupAreas[a] ?? zeros, groupAreas[b] ?? zeros).map { $0 + $1 }
                    var volume: [Double]?
                    if let va = areaVolume[a], let vb = areaVolume[b] { volume = zip(va, vb).map { $0 + $1 } }
                    for spike in localSpikes(pairLocal, series, volume: volume, tail: tailPriorForPairs) {
                        for code in [a, b] {
                            if let member = strongest(code, in: spike.startIndex...spike.endIndex, historyEnd: spike.startIndex),
                                member.pValue <= attachLevel
                            {
                                areaSpikes.append((code, member.area))
                            }
                        }
                    }
                }
            }
            var used = Array(repeating: false, count: areaSpikes.count)
            var groupEvents: [TriggerEvent] = []
            // Per area, the run of days within `reach` with the most excess, when its sum is significant. Too
            // short a history for an area rate (under `attachHistoryDays`) leaves the event without these areas
            // rather than dropping it. For a city-wide spike (`spike`), areas beyond that cut may join by
            // `areaSelection` over the areas' p-values (`areaEvidence`: by default each one's count over the spike's
            // own days), each such area holding at least `areaShare` of the spike's excess over its run.
            func attach(
                within reach: ClosedRange<Int>, to attached: inout [String: EventArea], except: Set<String> = [],
                supported: ClosedRange<Int>? = nil, spike: Spike? = nil
            ) {
                var candidates: [(code: String, area: EventArea, pValue: Double)] = []
                var passed = 0
                for code in areaSeries.keys.sorted() where attached[code] == nil && !except.contains(code) {
                    let whole = areaEvidence == .strongestRun ? nil : spike.map { $0.startIndex...$0.endIndex }
                    guard
                        let run = strongest(
                            code, in: reach, historyEnd: reach.lowerBound, supported: supported, whole: whole)
                    else { continue }
                    if run.pValue <= level {
                        attached[code] = run.area
                        passed += 1
                    } else if let spike {
                        let excess = run.area.observed - run.area.expected
                        if let areaShare, excess < areaShare * spike.excess { continue }
                        let p: Double
                        switch areaEvidence {
                        case .strongestRun: p = run.pValue
                        case .spikeDays: p = run.wholePValue
                        case .either: p = min(run.pValue, run.wholePValue)
                        }
                        candidates.append((code, run.area, p))
                    }
                }
                guard spike != nil, !candidates.isEmpty else { return }
                // The areas that passed the cut stand first (p-values at zero), so a step procedure continues
                // from them.
                let pValues = Array(repeating: 0.0, count: passed) + candidates.map(\.pValue)
                for k in Self.selected(pValues, by: areaSelection, level: attachLevel, tested: areaSeries.count)
                where k >= passed {
                    attached[candidates[k - passed].code] = candidates[k - passed].area
                }
            }
            func overlaps(_ a: EventArea, _ reach: ClosedRange<Int>) -> Bool {
                a.period.to - period.from >= reach.lowerBound && a.period.from - period.from <= reach.upperBound
            }
            for spike in citySpikes {
                let reach = max(0, spike.startIndex - areaSlack)...min(n - 1, spike.endIndex + areaSlack)
                var attached: [String: EventArea] = [:]
                attach(within: reach, to: &attached, supported: spike.startIndex...spike.endIndex, spike: spike)
                // A local spike within reach is part of this event (its area joins when the run did not).
                for (k, candidate) in areaSpikes.enumerated() where !used[k] && overlaps(candidate.area, reach) {
                    used[k] = true
                    guard attached[candidate.code] == nil else { continue }
                    attached[candidate.code] = candidate.area
                    // Its days without one chance day beside the spike, as an attached run's (``areaEdgeMinimum``),
                    // where its run measured as an attached area's is the one it was found on.
                    let span = spike.startIndex...spike.endIndex
                    let days = (candidate.area.period.from - period.from)...(candidate.area.period.to - period.from)
                    if areaEdgeMinimum != nil, !span.contains(days.lowerBound) || !span.contains(days.upperBound),
                        let found = strongest(candidate.code, in: days, historyEnd: days.lowerBound),
                        found.area.period == candidate.area.period,
                        let trimmed = strongest(candidate.code, in: days, historyEnd: days.lowerBound, supported: span)
                    {
                        attached[candidate.code] = trimmed.area
                    }
                }
                let areas = attached.keys.sorted().compactMap { attached[$0] }
                var cityDays = spike.startIndex...spike.endIndex
                if let areaEdgeLevel, !areas.isEmpty {
                    // The areas' expectations as their attachment measured them (history before the reach).
                    var rates: [String: [Double]] = [:], series: [String: [Double]] = [:]
                    for a in areas {
                        guard let area = areaSeries[a.areaCode] else { continue }
                        var filled = Array(repeating: 0.0, count: n)
                        let history = max(0, reach.lowerBound - baselineDays)..<reach.lowerBound
                        let pooled = AreaRate.fill(
                            &filled, counts: area.counts, volume: area.volume, history: history, days: reach)
                        guard pooled != nil else { continue }
                        rates[a.areaCode] = filled
                        series[a.areaCode] = area.counts
                    }
                    cityDays = areaConfirmed(
                        spike, areas: areas, period: period, expected: rates, counts: series, cityCounts: cityCounts,
                        cityExpected: { detector.expected(over: $0...$0, cityCounts, baseline: cityBase) },
                        level: areaEdgeLevel)
                }
                var made = event(group: group, city: spike, cityDays: cityDays, areas: areas, period: period)
                // Areas that start before the city-wide spike or end after it widen the event's days; its size is
                // counted over the days it shows (until 2026-11-30 it stayed the spike's: an event shown from day
                // 25 to 29 said 125 hateful messages where its group's series held 129 on those days).
                let days = (made.period.from - period.from)...(made.period.to - period.from)
                if days != spike.startIndex...spike.endIndex {
                    made.observed = days.reduce(0) { $0 + cityCounts[$1] }
                    made.expected = detector.expected(over: days, cityCounts, baseline: cityBase)
                }
                groupEvents.append(made)
            }
            // Area spikes without a city-wide spike: local events, joined when they overlap in time. Like a
            // city-wide spike, a local event then takes the other areas whose strongest run within its reach is
            // significant (the same attachment): a second area of a two-area event needs 0.001 / areas, not the
            // local detector's level.
            let rest = areaSpikes.indices.filter { !used[$0] }.sorted {
                areaSpikes[$0].area.period.from < areaSpikes[$1].area.period.from
            }
            var cluster: [(code: String, area: EventArea)] = []
            var clusterEnd = Int.min
            func flush() {
                guard !cluster.isEmpty else { return }
                // An area found alone and within a pair keeps its strongest run.
                var own: [String: EventArea] = [:]
                for c in cluster where own[c.code].map({ $0.score < c.area.score }) ?? true { own[c.code] = c.area }
                var joined: [String: EventArea] = [:]
                let from = cluster.map(\.area.period.from).min()! - period.from
                attach(
                    within: max(0, from - areaSlack)...min(n - 1, clusterEnd + areaSlack), to: &joined,
                    except: Set(own.keys))
                groupEvents.append(
                    event(
                        group: group, city: nil, areas: own.keys.sorted().compactMap { own[$0] } + joined.keys.sorted().compactMap { joined[$0] },
                        period: period))
                cluster.removeAll()
            }
            for k in rest {
                let a = areaSpikes[k].area
                let start = a.period.from - period.from, end = a.period.to - period.from
                if !cluster.isEmpty && start > clusterEnd + areaSlack { flush() }
                cluster.append(areaSpikes[k])
                clusterEnd = cluster.count == 1 ? end : max(clusterEnd, end)
            }
            flush()
            events += groupEvents
        }
        if !termRows.isEmpty {
            for k in events.indices {
                events[k].terms = terms(
                    for: events[k], termRows: termRows, city: pack.id, baselineDays: baselineDays, top: topTerms)
            }
        }
        return events.sorted { ($0.period.from, -$0.score, $0.targetGroup) < ($1.period.from, -$1.score, $1.targetGroup) }
    }

    /// The distinctive terms of `event`: its group's hateful terms in its areas over each area's own days
    /// (``TriggerEvent/termSpans``; the whole city over the event's days when it has no areas), against all
    /// hateful terms of the city in the `baselineDays` before it.
    public static func terms(
        for event: TriggerEvent, termRows: [TermRow], city: String, baselineDays: Int = 42, top: Int = 12
    ) -> [DistinctiveTerm] {
        let spans = event.termSpans
        var target: [String: Int] = [:]
        var background: [String: Int] = [:]
        let baseline = (event.period.from - baselineDays)...(event.period.from - 1)
        for row in termRows where row.key.city == city {
            let k = row.key
            if k.targetGroup == event.targetGroup, event.holdsTerms(area: k.area, day: k.day, spans: spans) {
                target[k.term, default: 0] += row.count
            } else if k.targetGroup == AggregateKey.allTargets, baseline.contains(k.day) {
                background[k.term, default: 0] += row.count
            }
        }
        return LogOdds.distinctiveTerms(target: target, background: background, top: top)
    }

    private static func eventArea(_ code: String, _ s: Spike, pack: CityPack, period: DayRange) -> EventArea {
        EventArea(
            areaCode: code, name: pack.area(code: code)?.localName ?? code,
            period: DayRange(from: period.from + s.startIndex, to: period.from + s.endIndex),
            peakDay: period.from + s.peakIndex, observed: s.observed, expected: s.expected, score: s.score)
    }

    /// The event of a city-wide spike (on `cityDays`, its days once its edges are confirmed; the spike's own when
    /// nil) or of local areas alone (`city` nil).
    private static func event(
        group: String, city: Spike?, cityDays: ClosedRange<Int>? = nil, areas: [EventArea], period: DayRange
    ) -> TriggerEvent {
        let sortedAreas = areas.sorted { ($0.period.from, -$0.score, $0.areaCode) < ($1.period.from, -$1.score, $1.areaCode) }
        let days = cityDays ?? city.map { $0.startIndex...$0.endIndex }
        var from = days.map { period.from + $0.lowerBound } ?? Int.max
        var to = days.map { period.from + $0.upperBound } ?? Int.min
        for a in areas {
            from = min(from, a.period.from)
            to = max(to, a.period.to)
        }
        let peakArea = areas.max { ($0.score, -$0.peakDay) < ($1.score, -$1.peakDay) }
        return TriggerEvent(
            targetGroup: group, period: DayRange(from: from, to: to),
            peakDay: city.map { period.from + $0.peakIndex } ?? peakArea?.peakDay ?? from,
            observed: city?.observed ?? areas.reduce(0) { $0 + $1.observed },
            expected: city?.expected ?? areas.reduce(0) { $0 + $1.expected },
            score: city?.score ?? peakArea?.score ?? 0, cityWide: city != nil, areas: sortedAreas, terms: [],
            cityPeriod: days.map { DayRange(from: period.from + $0.lowerBound, to: period.from + $0.upperBound) })
    }
}
