import CGGeo

/// Hateful messages of one area (or of the unplaced) over a period.
public struct AreaCount: Sendable, Hashable, Codable {
    /// The area code, or ``AggregateKey/unplaced``.
    public var areaCode: String
    /// The area's local name (the code for unplaced).
    public var name: String
    /// All messages (the volume the rate is taken on).
    public var messages: Int
    /// Hateful messages against the chosen group (all hateful messages for `"all"`).
    public var hateful: Int
    /// Of those, messages that support violence.
    public var violent: Int
    /// Hateful per 1,000 messages, nil when there were no messages.
    public var perThousand: Double?
}

/// The map: hateful messages per area, as counts and per 1,000 messages, for a target group and period.
public struct AreaMapResult: Sendable, Hashable, Codable {
    /// The city pack id.
    public var city: String
    /// The period.
    public var period: DayRange
    /// The target group (`"all"` for every group).
    public var targetGroup: String
    /// Every area of the city in pack order, zeros included.
    public var areas: [AreaCount]
    /// Messages that could not be placed.
    public var unplaced: AreaCount
    /// The whole city, unplaced included.
    public var total: AreaCount
}

/// Builds the map from rollup rows.
public enum AreaMap {
    /// Counts and rates per area for `targetGroup` over `period` (rows of other cities are ignored).
    public static func compute(
        rows: some Sequence<AggregateRow>, pack: CityPack, period: DayRange, targetGroup: String = AggregateKey.allTargets
    ) -> AreaMapResult {
        var volume: [String: Int] = [:]
        var hateful: [String: AggregateDelta] = [:]
        for row in rows where row.key.city == pack.id && period.contains(row.key.day) {
            if row.key.targetGroup == AggregateKey.allTargets { volume[row.key.area, default: 0] += row.delta.messages }
            if row.key.targetGroup == targetGroup { hateful[row.key.area, default: .zero] += row.delta }
        }
        func count(_ code: String, _ name: String) -> AreaCount {
            let n = volume[code] ?? 0
            let h = hateful[code] ?? .zero
            return AreaCount(
                areaCode: code, name: name, messages: n, hateful: h.hateful, violent: h.violent,
                perThousand: n > 0 ? Double(h.hateful) * 1000 / Double(n) : nil)
        }
        let areas = pack.areas.map { count($0.code, $0.localName) }
        let unplaced = count(AggregateKey.unplaced, AggregateKey.unplaced)
        let all = areas + [unplaced]
        let n = all.reduce(0) { $0 + $1.messages }
        let h = all.reduce(0) { $0 + $1.hateful }
        let v = all.reduce(0) { $0 + $1.violent }
        let total = AreaCount(
            areaCode: pack.id, name: pack.name, messages: n, hateful: h, violent: v,
            perThousand: n > 0 ? Double(h) * 1000 / Double(n) : nil)
        return AreaMapResult(
            city: pack.id, period: period, targetGroup: targetGroup, areas: areas, unplaced: unplaced, total: total)
    }
}

/// A daily series of hateful messages for one group and area.
public struct HateSeries: Sendable, Hashable, Codable {
    /// The city pack id.
    public var city: String
    /// The area code, ``AggregateKey/unplaced``, or nil for the whole city.
    public var area: String?
    /// The target group (`"all"` for every group).
    public var targetGroup: String
    /// The period.
    public var period: DayRange
    /// The dates, `YYYY-MM-DD`, one per day of the period.
    public var dates: [String]
    /// All messages per day (the volume).
    public var messages: [Int]
    /// Hateful messages against the group per day.
    public var hateful: [Int]
    /// Of those, messages supporting violence per day.
    public var violent: [Int]
    /// Hateful per 1,000 messages per day (nil on days without messages).
    public var perThousand: [Double?]
}

/// Time series from rollup rows.
public enum HateTimeSeries {
    /// The daily series for `targetGroup` in `area` (nil = the whole city) over `period`.
    public static func compute(
        rows: some Sequence<AggregateRow>, city: String, period: DayRange, targetGroup: String = AggregateKey.allTargets,
        area: String? = nil
    ) -> HateSeries {
        var messages = Array(repeating: 0, count: period.count)
        var hateful = messages, violent = messages
        for row in rows where row.key.city == city && period.contains(row.key.day) {
            if let area, row.key.area != area { continue }
            let i = row.key.day - period.from
            if row.key.targetGroup == AggregateKey.allTargets { messages[i] += row.delta.messages }
            if row.key.targetGroup == targetGroup {
                hateful[i] += row.delta.hateful
                violent[i] += row.delta.violent
            }
        }
        return HateSeries(
            city: city, area: area, targetGroup: targetGroup, period: period,
            dates: period.days.map(Timestamp.dayLabel), messages: messages, hateful: hateful, violent: violent,
            perThousand: zip(messages, hateful).map { $0 > 0 ? Double($1) * 1000 / Double($0) : nil })
    }

    /// One series per target group present in the rows (groups, then `"none"`), for the whole city or an area.
    public static func perGroup(
        rows: [AggregateRow], city: String, period: DayRange, area: String? = nil
    ) -> [HateSeries] {
        let groups = Set(rows.map(\.key.targetGroup)).subtracting([AggregateKey.allTargets])
        return groups.sorted { ($0 == AggregateKey.noTarget ? 1 : 0, $0) < ($1 == AggregateKey.noTarget ? 1 : 0, $1) }
            .map { compute(rows: rows, city: city, period: period, targetGroup: $0, area: area) }
    }
}
