import CGAnalytics

/// Verified offline incidents on one day (from the observatory), for the online-vs-offline analysis.
public struct OfflineIncident: Sendable, Hashable, Codable {
    /// The local day.
    public var day: Int
    /// The area code, if known.
    public var areaCode: String?
    /// The targeted group (`TargetGroup` raw value), or ``AggregateKey/allTargets`` when unknown.
    public var targetGroup: String
    /// The number of incidents.
    public var count: Int

    /// Creates an incident count.
    public init(day: Int, areaCode: String?, targetGroup: String, count: Int = 1) {
        self.day = day
        self.areaCode = areaCode
        self.targetGroup = targetGroup
        self.count = count
    }
}

/// Online hate against offline incidents at lags from −14 to +14 days (and weeks).
public struct OnlineOfflineResult: Sendable, Hashable, Codable {
    /// Whether the correlation was computed.
    public enum Status: String, Sendable, Hashable, Codable {
        /// Computed.
        case ok
        /// Fewer hateful messages than the minimum.
        case tooFewOnline = "too-few-online"
        /// Fewer offline incidents than the minimum.
        case tooFewOffline = "too-few-offline"
    }

    /// Whether numbers are given.
    public var status: Status
    /// The area, or nil for the whole city.
    public var area: String?
    /// The target group (`"all"` for every group).
    public var targetGroup: String
    /// The period.
    public var period: DayRange
    /// Hateful messages in the period.
    public var onlineTotal: Int
    /// Offline incidents in the period.
    public var offlineTotal: Int
    /// Daily lags (positive lag k: online on day t paired with offline on day t + k, so online leads).
    public var daily: [LagResult]
    /// Weekly lags (ISO weeks).
    public var weekly: [LagResult]
    /// The daily lag with the largest |testedCorrelation| (trends removed, what the p-values judge), if any.
    public var strongestDaily: LagResult?
    /// The weekly lag with the largest |testedCorrelation|, if any.
    public var strongestWeekly: LagResult?
    /// The reading rule shown with the numbers.
    public var note: String
}

/// Lagged correlation between online hate (rollup rows) and verified offline incidents.
public enum OnlineOfflineAnalysis {
    /// The reading rule shown with every result.
    public static let note =
        "Correlation over time and place between aggregate counts; never a prediction about a person. "
        + "The permutation p-values (familyPValue across lags) judge testedCorrelation, the correlation with each "
        + "series' own linear trend removed; correlation (raw r) keeps the trends and can be large where p is large. "
        + "Positive lags: online first. The 95% intervals assume independent days."

    /// Correlates hateful messages against `targetGroup` in `area` (nil = city) with the matching incidents.
    /// Guards: at least `minimumOnline` hateful messages and `minimumOffline` incidents in the period, and
    /// the overlap minimums of ``LaggedCorrelation`` (20 days, 12 weeks).
    public static func compute(
        rows: some Sequence<AggregateRow>, incidents: some Sequence<OfflineIncident>, city: String, period: DayRange,
        targetGroup: String = AggregateKey.allTargets, area: String? = nil, lags: ClosedRange<Int> = -14...14,
        weeklyLags: ClosedRange<Int> = -4...4, permutations: Int = 999, seed: UInt64 = 1, minimumOnline: Int = 30,
        minimumOffline: Int = 10
    ) -> OnlineOfflineResult {
        let series = HateTimeSeries.compute(rows: rows, city: city, period: period, targetGroup: targetGroup, area: area)
        var offline = Array(repeating: 0.0, count: period.count)
        for incident in incidents where period.contains(incident.day) {
            if let area, incident.areaCode != area { continue }
            if targetGroup != AggregateKey.allTargets, incident.targetGroup != targetGroup { continue }
            offline[incident.day - period.from] += Double(incident.count)
        }
        let online = series.hateful.map(Double.init)
        let onlineTotal = series.hateful.reduce(0, +)
        let offlineTotal = Int(offline.reduce(0, +))
        var result = OnlineOfflineResult(
            status: .ok, area: area, targetGroup: targetGroup, period: period, onlineTotal: onlineTotal,
            offlineTotal: offlineTotal, daily: [], weekly: [], strongestDaily: nil, strongestWeekly: nil, note: note)
        guard onlineTotal >= minimumOnline else {
            result.status = .tooFewOnline
            return result
        }
        guard offlineTotal >= minimumOffline else {
            result.status = .tooFewOffline
            return result
        }
        result.daily = LaggedCorrelation.compute(
            x: online, y: offline, lags: lags, permutations: permutations, seed: seed, detrend: true)
        let dates = period.days.map(Timestamp.date(ofDay:))
        result.weekly = LaggedCorrelation.computeWeekly(
            x: zip(dates, online).map { DatedValue(date: $0, value: $1) },
            y: zip(dates, offline).map { DatedValue(date: $0, value: $1) }, lags: weeklyLags,
            permutations: permutations, seed: seed)
        result.strongestDaily = LaggedCorrelation.strongest(result.daily)
        result.strongestWeekly = LaggedCorrelation.strongest(result.weekly)
        return result
    }
}
