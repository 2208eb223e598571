import CGAnalytics
import CGGeo

/// One area's part in a trigger event.
public struct EventArea: Sendable, Hashable, Codable {
    /// The area code.
    public var areaCode: String
    /// The area's local name.
    public var name: String
    /// The first and last day of the area's own spike.
    public var period: DayRange
    /// The day with the highest score.
    public var peakDay: Int
    /// Hateful messages against the group in the area over its spike.
    public var observed: Double
    /// What the baseline expected.
    public var expected: Double
    /// The highest score.
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
public enum TriggerEventFinder {
    /// The detector that finds the areas of a city-wide spike: score 3, at least 5 messages and 3 above the
    /// baseline (the city-wide series has already passed the strict test, so an area needs less evidence).
    public static let attachDetector = SpikeDetector(threshold: 3, minimumCount: 5, minimumExcess: 3)

    /// The trigger events in `period` (which should start at least `detector.minimumWeeks` weeks before the
    /// days of interest: earlier days are the baseline).
    ///
    /// - Parameters:
    ///   - termRows: hateful-message terms; the event's terms (its group, areas and days) are compared with
    ///     the terms of all hateful messages of the city in the `baselineDays` before it.
    ///   - detector: finds city-wide spikes per group, and local events (area spikes with no city-wide spike).
    ///   - areaDetector: finds the areas of a city-wide spike (looser: see ``attachDetector``).
    ///   - areaSlack: an area spike joins a city-wide spike when it starts or ends within this many days of it.
    public static func find(
        rows: [AggregateRow], termRows: [TermRow] = [], pack: CityPack, period: DayRange,
        detector: SpikeDetector = SpikeDetector(), areaDetector: SpikeDetector = TriggerEventFinder.attachDetector,
        areaSlack: Int = 3, baselineDays: Int = 42, topTerms: Int = 12
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
            var looseSpikes: [(code: String, spike: Spike)] = []
            for (code, series) in (areaGroup[group] ?? [:]).sorted(by: { $0.key < $1.key }) {
                for spike in detector.detect(series, volume: areaVolume[code]) { areaSpikes.append((code, spike)) }
                if !citySpikes.isEmpty {
                    for spike in areaDetector.detect(series, volume: areaVolume[code]) { looseSpikes.append((code, spike)) }
                }
            }
            var used = Array(repeating: false, count: areaSpikes.count)
            var looseUsed = Array(repeating: false, count: looseSpikes.count)
            var groupEvents: [TriggerEvent] = []
            func near(_ s: Spike, _ city: Spike) -> Bool {
                s.endIndex >= city.startIndex - areaSlack && s.startIndex <= city.endIndex + areaSlack
            }
            for spike in citySpikes {
                // Areas join a city-wide spike under the looser area detector (the city-wide test already
                // established the event); per area, its strongest spike near the event.
                var best: [String: Spike] = [:]
                for (k, candidate) in looseSpikes.enumerated() where !looseUsed[k] && near(candidate.spike, spike) {
                    looseUsed[k] = true
                    if let current = best[candidate.code], current.score >= candidate.spike.score { continue }
                    best[candidate.code] = candidate.spike
                }
                for (k, candidate) in areaSpikes.enumerated() where !used[k] && near(candidate.spike, spike) {
                    used[k] = true
                    if best[candidate.code] == nil { best[candidate.code] = candidate.spike }
                }
                let attached = best.keys.sorted().compactMap { code in
                    best[code].map { eventArea(code, $0, pack: pack, period: period) }
                }
                groupEvents.append(event(group: group, city: spike, areas: attached, period: period))
            }
            // Area spikes without a city-wide spike: local events, joined when they overlap in time.
            let rest = areaSpikes.indices.filter { !used[$0] }.sorted {
                areaSpikes[$0].spike.startIndex < areaSpikes[$1].spike.startIndex
            }
            var cluster: [(code: String, spike: Spike)] = []
            var clusterEnd = Int.min
            func flush() {
                guard !cluster.isEmpty else { return }
                groupEvents.append(
                    event(
                        group: group, city: nil,
                        areas: cluster.map { eventArea($0.code, $0.spike, pack: pack, period: period) }, period: period))
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
