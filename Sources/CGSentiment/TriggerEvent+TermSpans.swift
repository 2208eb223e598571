/// One area over some days: where a trigger event's own terms are read.
public struct AreaSpan: Sendable, Hashable {
    /// The area code.
    public var areaCode: String
    /// The days (inclusive).
    public var period: DayRange

    /// A span.
    public init(areaCode: String, period: DayRange) {
        self.areaCode = areaCode
        self.period = period
    }
}

extension TriggerEvent {
    /// Where the event's hateful messages were: each of its areas over that area's own spike days, by area code.
    /// An area listed twice (it spiked twice within one event) gets one span per run of days; runs that overlap or
    /// touch are merged, so no day is counted twice. Empty when the event has no areas or is city-wide: then its
    /// terms are the whole city's over ``period``.
    ///
    /// Not the event's areas × its whole period: in an event that moves from area to area, an area's days before
    /// and after its own spike are ordinary days that would dilute what sets the event apart (and, summed over
    /// every area of a long event, were most of the term rows a naming had to read). Not the areas of a city-wide
    /// event: they are where its excess was concentrated enough to show in one area, often a small part of it —
    /// in the Stockholm trial (seed 3) a Pride event of 80 messages across the city with one area attached (6
    /// messages) was named by those 6, without "pride" (until 2026-11-30).
    public var termSpans: [AreaSpan] {
        guard !cityWide else { return [] }
        var byArea: [String: [DayRange]] = [:]
        for area in areas { byArea[area.areaCode, default: []].append(area.period) }
        var spans: [AreaSpan] = []
        for code in byArea.keys.sorted() {
            let ranges = byArea[code, default: []].sorted { ($0.from, $0.to) < ($1.from, $1.to) }
            guard var from = ranges.first?.from, var to = ranges.first?.to else { continue }
            for range in ranges.dropFirst() {
                if range.from <= to + 1 {
                    to = max(to, range.to)
                } else {
                    spans.append(AreaSpan(areaCode: code, period: DayRange(from: from, to: to)))
                    (from, to) = (range.from, range.to)
                }
            }
            spans.append(AreaSpan(areaCode: code, period: DayRange(from: from, to: to)))
        }
        return spans
    }

    /// Whether a term row of `area` on `day` counts towards the event's own terms (see ``termSpans``; any area
    /// when the event has none or is city-wide).
    func holdsTerms(area: String, day: Int, spans: [AreaSpan]) -> Bool {
        guard !spans.isEmpty else { return period.contains(day) }
        return spans.contains { $0.areaCode == area && $0.period.contains(day) }
    }
}
