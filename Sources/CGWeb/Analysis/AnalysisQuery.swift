import CGClassifier
import CGDomain
import CGGeo
import CGSentiment
import Foundation

/// The filters every analysis page and endpoint takes: city, period of local days, target group, area.
struct AnalysisQuery: Sendable, Hashable {
    /// Eight weeks by default: long enough to show the weekly rhythm.
    static let defaultDays = 56
    /// At most a year and a bit per view.
    static let maximumDays = 400
    /// The groups a filter may name: every classifier group, `all` and `none`.
    static let groups: [String] = [AggregateKey.allTargets] + TargetGroup.allCases.map(\.rawValue) + [AggregateKey.noTarget]

    var city: CityPack
    var period: DayRange
    var group: String
    var area: String?

    /// The filters as query items that reproduce them (city, from, to, group, and area when one is chosen).
    var queryItems: [URLQueryItem] {
        var items = [
            URLQueryItem(name: "city", value: city.id), URLQueryItem(name: "from", value: period.fromDate),
            URLQueryItem(name: "to", value: period.toDate), URLQueryItem(name: "group", value: group),
        ]
        if let area { items.append(URLQueryItem(name: "area", value: area)) }
        return items
    }

    /// Reads the filters, with a reason per bad one. `defaultCity` is the principal's city; `today` the city's
    /// local day is computed from. `lastDay` gives the city's last day with messages: without a `to`, a view
    /// ends there when that is before today (an archive or a stream that stopped shows its data, not empty
    /// weeks).
    static func parse(
        city: String?, from: String?, to: String?, group: String?, area: String?, defaultCity: String, now: Date,
        lastDay: (CityPack) async throws -> Int? = { _ in nil }
    ) async throws -> AnalysisQuery {
        var errors = FieldErrors()
        // A value too long to be a filter is refused, not read as absent (it used to become the default: a
        // 65-letter group showed every group).
        for (field, value) in [("city", city), ("from", from), ("to", to), ("group", group), ("area", area)]
        where (value?.trimmingCharacters(in: .whitespacesAndNewlines).count ?? 0) > maximumLength {
            errors.add(field, "must be at most \(maximumLength) characters")
        }
        try errors.throwIfAny()
        let cityID = clean(city) ?? defaultCity
        guard let pack = CityPacks.pack(id: cityID) else {
            errors.add("city", "unknown city; one of: \(CityPacks.all.map(\.id).joined(separator: ", "))")
            throw errors
        }
        var toDay = defaultPeriod(pack, now: now).to
        if let text = clean(to) {
            if let day = parseDay(text) { toDay = day } else { errors.add("to", "must be a date written YYYY-MM-DD") }
        } else if let last = try await lastDay(pack), last < toDay {
            toDay = last
        }
        var fromDay = toDay - (defaultDays - 1)
        if let text = clean(from) {
            if let day = parseDay(text) { fromDay = day } else { errors.add("from", "must be a date written YYYY-MM-DD") }
        }
        if fromDay > toDay { errors.add("from", "must not be after 'to'") }
        if toDay - fromDay + 1 > maximumDays { errors.add("from", "a view covers at most \(maximumDays) days") }
        let groupValue = clean(group) ?? AggregateKey.allTargets
        if !groups.contains(groupValue) { errors.add("group", "unknown group; one of: \(groups.joined(separator: ", "))") }
        let areaValue = clean(area)
        if let areaValue, pack.area(code: areaValue) == nil {
            errors.add("area", "not an area of \(pack.id); use an area code such as \(pack.areas.first?.code ?? "")")
        }
        try errors.throwIfAny()
        return AnalysisQuery(city: pack, period: DayRange(from: fromDay, to: toDay), group: groupValue, area: areaValue)
    }

    /// The period a page shows when no dates are given: the ``defaultDays`` up to today in the city. The
    /// early-warning job warms the trigger-event memo for exactly this period, so it is derived here only.
    static func defaultPeriod(_ pack: CityPack, now: Date) -> DayRange {
        let today = CityClock(timeZoneIdentifier: pack.timeZone).dayAndHour(now).day
        return DayRange(from: today - (defaultDays - 1), to: today)
    }

    /// The longest filter value read.
    static let maximumLength = 64

    /// The query parameters the analysis pages and endpoints read: the filters, and `lang` (the page's language).
    static let parameters = ["city", "from", "to", "group", "area", "lang"]

    /// A reason per query parameter no analysis reads. There is no language or lag filter, for instance: such a
    /// parameter used to be ignored, so `?language=fr` answered for every language as if filtered.
    static func unknownParameters(_ names: [String]) -> FieldErrors {
        var errors = FieldErrors()
        for name in names where !parameters.contains(name) {
            errors.add(name, "is not a filter of the analyses; the filters are city, from, to, group and area")
        }
        return errors
    }

    /// The names of the parameters of a URL query string (`a=1&b&c=2` → a, b, c), percent-decoded.
    static func parameterNames(_ query: String?) -> [String] {
        (query ?? "").split(separator: "&").compactMap { part in
            let name = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let decoded = (name.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? name)
            return decoded.isEmpty ? nil : decoded
        }
    }

    /// A trimmed, non-empty, bounded value.
    static func clean(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty, trimmed.count <= maximumLength
        else { return nil }
        return trimmed
    }

    /// `YYYY-MM-DD` → days since 1970-01-01.
    static func parseDay(_ text: String) -> Int? { Timestamp.day(label: text) }
}
