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
    /// The `to` asked for when it was after today in the city: the period ends today instead, and every page and
    /// JSON answer says so (``notices``). Nil when the period is as asked.
    var askedTo: Int? = nil

    /// What the period shown differs in from the filters asked for, by field, in English (the JSON's `notices`;
    /// pages say it in their language from ``askedTo``).
    var notices: [String: String] {
        guard let askedTo else { return [:] }
        return ["to": "\(Timestamp.dayLabel(askedTo)) is after today; shown to \(period.toDate)"]
    }

    /// The filters as query items that reproduce them (city, from, to, group, and area when one is chosen).
    var queryItems: [URLQueryItem] {
        var items = [
            URLQueryItem(name: "city", value: city.id), URLQueryItem(name: "from", value: period.fromDate),
            URLQueryItem(name: "to", value: period.toDate), URLQueryItem(name: "group", value: group),
        ]
        if let area { items.append(URLQueryItem(name: "area", value: area)) }
        return items
    }

    /// Reads the filters, with a reason per bad one. `defaultCity` is the principal's city; `now` the instant the
    /// city's local day (today) is computed from. `lastDay` gives the city's last day with messages: without a
    /// `to`, a view ends there when that is before today (an archive or a stream that stopped shows its data, not
    /// empty weeks). A `to` after today ends the period today (``askedTo`` keeps what was asked); a `from` after
    /// today holds nothing to show and is refused.
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
        let today = defaultPeriod(pack, now: now).to
        var toDay = today
        var askedTo: Int?
        if let text = clean(to) {
            // The days after today hold no messages yet: until 2026-11-30 they were shown as empty days, which read
            // as a quiet end of the period. The period ends today, and the answer says so.
            if let day = parseDay(text) {
                if day > today { askedTo = day } else { toDay = day }
            } else { errors.add("to", "must be a date written YYYY-MM-DD") }
        } else if let last = try await lastDay(pack), last < toDay {
            toDay = last
        }
        var fromDay = toDay - (defaultDays - 1)
        if let text = clean(from) {
            if let day = parseDay(text) {
                if day > today { errors.add("from", "must not be in the future") } else { fromDay = day }
            } else { errors.add("from", "must be a date written YYYY-MM-DD") }
        }
        if fromDay > toDay && errors.fields["from"] == nil { errors.add("from", "must not be after 'to'") }
        if toDay - fromDay + 1 > maximumDays { errors.add("from", "a view covers at most \(maximumDays) days") }
        let groupValue = clean(group) ?? AggregateKey.allTargets
        if !groups.contains(groupValue) { errors.add("group", "unknown group; one of: \(groups.joined(separator: ", "))") }
        let areaValue = clean(area)
        if let areaValue, pack.area(code: areaValue) == nil {
            errors.add("area", "not an area of \(pack.id); use an area code such as \(pack.areas.first?.code ?? "")")
        }
        try errors.throwIfAny()
        return AnalysisQuery(
            city: pack, period: DayRange(from: fromDay, to: toDay), group: groupValue, area: areaValue, askedTo: askedTo)
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
