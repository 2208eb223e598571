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
    /// Hateful messages against the group over the city-wide spike (or the sum of the area spikes).
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

    /// Observed minus expected: the size of the event.
    public var excess: Double { observed - expected }
}

/// Finds trigger events in rollup rows with ``SpikeDetector`` (per target group, city-wide and per area,
/// against the share of all messages so busy days are not events) and names them with ``LogOdds``.
///
/// Three steps per group: city-wide spikes (``cityDetector``: single days, and runs of 2–7 days on their
/// sums); for each city-wide spike, each area's strongest run of days within the spike ± `areaSlack`
/// (``ExcessSegment``), attached with its own days when its summed count is significant against the summed
/// expectation (Poisson, level `attachLevel` divided by the number of areas tested) and at least
/// `attachMinimumCount`; then local events, area spikes under ``localDetector`` (its level divided among the
/// city's areas) with no city-wide spike near them, each taking its other areas by the same attachment.
public enum TriggerEventFinder {
    /// City-wide spikes per group: a day scoring 4 (at least 10 messages, 5 above the baseline), or a run of
    /// 2–7 days scoring 4.5 on its sums (same minimums on the sums); from a week of history on
    /// (``SpikeDetector/shortHistoryDays`` 7), one standard deviation stricter while the history is under two weeks
    /// (``SpikeDetector/earlyStep``).
    public static let cityDetector = SpikeDetector(
        maximumWindow: 7, windowThreshold: 4.5, shortHistoryDays: 7, earlyHistoryDays: 14, earlyStep: 1)
    /// Local events (area spikes with no city-wide spike): runs of 1–7 days (no day rule) with at least 4
    /// messages, 3 above expectation, judged by the exact test against the area's own history
    /// (``SpikeDetector/exactRateTest``) at the city-wide run level, 4.5 (3.4e−6) — which ``find`` divides by
    /// the city's areas (``SpikeDetector/corrected(forSeries:)``: 20 areas, 1.7e−7), so each group's areas
    /// together are guarded like its one city-wide series, whatever the number of areas. Like the city-wide
    /// detector from a week of history on, one standard deviation stricter under two weeks.
    public static let localDetector = SpikeDetector(
        minimumCount: 4, minimumExcess: 3, maximumWindow: 7, windowThreshold: 4.5, shortHistoryDays: 7, minimumWindow: 1,
        exactRateTest: true, earlyHistoryDays: 14, earlyStep: 1)
    /// What local runs borrow from the city's rate for their group (``CityRatePrior``: at most ten messages'
    /// worth, less when the areas' rates differ, and never more than twice the area's own history's volume).
    public static let cityPrior: CityRatePrior? = CityRatePrior()

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
    ///   - attachLevel: an area joins a city-wide spike (or a local event) when its strongest run's Poisson
    ///     p-value is at most this divided by the number of areas tested (the group's areas with any message
    ///     against it in the window).
    ///   - attachMinimumCount: the fewest messages an attached area's run holds.
    ///   - areaSlack: areas are searched from this many days before a city-wide spike to as many after it, and a
    ///     local spike within that reach is part of the city-wide event.
    public static func find(
        rows: [AggregateRow], termRows: [TermRow] = [], pack: CityPack, period: DayRange,
        detector: SpikeDetector = TriggerEventFinder.cityDetector,
        localDetector: SpikeDetector = TriggerEventFinder.localDetector,
        cityPrior: CityRatePrior? = TriggerEventFinder.cityPrior, attachLevel: Double = 0.001,
        attachMinimumCount: Double = 4, areaSlack: Int = 3, baselineDays: Int = 42, topTerms: Int = 12
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
        var events: [TriggerEvent] = []
        for group in cityGroup.keys.sorted() {
            let citySpikes = detector.detect(cityGroup[group] ?? [], volume: cityVolume)
            var areaSpikes: [(code: String, spike: Spike)] = []
            // Each area's series, kept for the attachment to a city-wide spike or a local event.
            var areaSeries: [(code: String, counts: [Double], volume: [Double]?)] = []
            // Every area of the city is a series the local detector tests for this group: its level is divided
            // among them (Bonferroni), so a city of 100 areas is as guarded as one of 20.
            let groupAreas = areaGroup[group] ?? [:]
            let local = localDetector.corrected(forSeries: max(pack.areas.count, groupAreas.count))
            // What each day's local runs borrow from the city's rate for the group (every area with messages,
            // those without any against the group too).
            let borrowed = cityPrior?.borrowed(
                areas: areaVolume.keys.sorted().compactMap { code in
                    areaVolume[code].map { (groupAreas[code] ?? Array(repeating: 0, count: n), $0) }
                },
                days: n)
            for (code, series) in groupAreas.sorted(by: { $0.key < $1.key }) {
                var base = local.baseline(series, volume: areaVolume[code])
                if let cityPrior, let borrowed, areaVolume[code] != nil {
                    for t in base.indices {
                        if let b = base[t], let prior = borrowed[t] { base[t] = cityPrior.lend(prior, to: b) }
                    }
                }
                for spike in local.detect(series, baseline: base) { areaSpikes.append((code, spike)) }
                areaSeries.append((code, series, areaVolume[code]))
            }
            var used = Array(repeating: false, count: areaSpikes.count)
            var groupEvents: [TriggerEvent] = []
            let level = attachLevel / Double(max(1, areaSeries.count))
            var expected = Array(repeating: 0.0, count: n)
            // Per area, the run of days within `reach` with the most excess, when its sum is significant. Too
            // short a history for an area rate (the detector's short-history days) leaves the event without
            // these areas rather than dropping it.
            func attach(within reach: ClosedRange<Int>, to attached: inout [String: EventArea], except: Set<String> = []) {
                let history = max(0, reach.lowerBound - baselineDays)..<reach.lowerBound
                let weeks = localDetector.minimumWeeks * localDetector.season
                guard history.count >= (localDetector.shortHistoryDays > 0 ? min(localDetector.shortHistoryDays, weeks) : weeks)
                else { return }
                for area in areaSeries where attached[area.code] == nil && !except.contains(area.code) {
                    guard AreaRate.fill(&expected, counts: area.counts, volume: area.volume, history: history, days: reach),
                        let run = ExcessSegment.strongest(area.counts, expected: expected, in: reach),
                        run.observed >= attachMinimumCount, run.pValue <= level
                    else { continue }
                    attached[area.code] = EventArea(
                        areaCode: area.code, name: pack.area(code: area.code)?.localName ?? area.code,
                        period: DayRange(from: period.from + run.startIndex, to: period.from + run.endIndex),
                        peakDay: period.from + run.peakIndex, observed: run.observed, expected: run.expected,
                        score: run.score)
                }
            }
            for spike in citySpikes {
                let reach = max(0, spike.startIndex - areaSlack)...min(n - 1, spike.endIndex + areaSlack)
                var attached: [String: EventArea] = [:]
                attach(within: reach, to: &attached)
                // A local spike within reach is part of this event (its area joins when the run did not).
                for (k, candidate) in areaSpikes.enumerated()
                where !used[k] && candidate.spike.endIndex >= reach.lowerBound
                    && candidate.spike.startIndex <= reach.upperBound
                {
                    used[k] = true
                    if attached[candidate.code] == nil {
                        attached[candidate.code] = eventArea(candidate.code, candidate.spike, pack: pack, period: period)
                    }
                }
                groupEvents.append(
                    event(group: group, city: spike, areas: attached.keys.sorted().compactMap { attached[$0] }, period: period))
            }
            // Area spikes without a city-wide spike: local events, joined when they overlap in time. Like a
            // city-wide spike, a local event then takes the other areas whose strongest run within its reach is
            // significant (the same attachment): a second area of a two-area event needs 0.001 / areas, not the
            // local detector's level.
            let rest = areaSpikes.indices.filter { !used[$0] }.sorted {
                areaSpikes[$0].spike.startIndex < areaSpikes[$1].spike.startIndex
            }
            var cluster: [(code: String, spike: Spike)] = []
            var clusterEnd = Int.min
            func flush() {
                guard !cluster.isEmpty else { return }
                var joined: [String: EventArea] = [:]
                let from = cluster.map(\.spike.startIndex).min() ?? 0
                attach(
                    within: max(0, from - areaSlack)...min(n - 1, clusterEnd + areaSlack), to: &joined,
                    except: Set(cluster.map(\.code)))
                let areas = cluster.map { eventArea($0.code, $0.spike, pack: pack, period: period) }
                groupEvents.append(
                    event(group: group, city: nil, areas: areas + joined.keys.sorted().compactMap { joined[$0] }, period: period))
                cluster.removeAll()
            }
            for k in rest {
                let s = areaSpikes[k].spike
                if !cluster.isEmpty && s.startIndex > clusterEnd + areaSlack { flush() }
                cluster.append(areaSpikes[k])
                clusterEnd = cluster.count == 1 ? s.endIndex : max(clusterEnd, s.endIndex)
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

    private static func event(group: String, city: Spike?, areas: [EventArea], period: DayRange) -> TriggerEvent {
        let sortedAreas = areas.sorted { ($0.period.from, -$0.score, $0.areaCode) < ($1.period.from, -$1.score, $1.areaCode) }
        var from = city.map { period.from + $0.startIndex } ?? Int.max
        var to = city.map { period.from + $0.endIndex } ?? Int.min
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
            score: city?.score ?? peakArea?.score ?? 0, cityWide: city != nil, areas: sortedAreas, terms: [])
    }
}
