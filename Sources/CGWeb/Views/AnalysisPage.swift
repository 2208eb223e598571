import CGAnalytics
import CGGeo
import CGSentiment
import Foundation
import Plot

/// The analyst pages of social sentiment mapping: a dashboard and one page per analysis, each with the same
/// GET filter form, SVG charts from CGAnalytics and the numbers as tables. Aggregates only: no message, no
/// author, no pseudonym is ever shown.
enum AnalysisPage {
    enum Content: Sendable {
        case dashboard(map: AreaMapResult, events: [TriggerEvent], alerts: [AlertDTO])
        case map(AreaMapResult)
        case series(SeriesResult)
        case events([TriggerEvent])
        /// One trigger event's own page (`AnalysisRoute.event`).
        case event(EventDetail)
        case onlineOffline(OnlineOfflineDTO)
        case receivers(ReceiversResult)
        case authors(AuthorDemographicsResult)
        case segments(SegmentsResult)
        case alerts(
            subscriptions: [SubscriptionDTO], tokenSubscriptions: [TokenSubscription], alerts: [AlertDTO],
            draft: SubscriptionDraft? = nil)
        case sources(SourceRegistryPage.Model)
    }

    /// A subscription form that came back unsent: what was typed, and why — its token had expired (`reason`), or
    /// fields were refused (`errors`, English reasons by field name, shown by each field and listed above the form).
    struct SubscriptionDraft: Sendable {
        var values: [String: String]
        var reason: String? = nil
        var errors: [String: String] = [:]
    }

    struct Model: Sendable {
        var query: AnalysisQuery
        var kind: AnalysisKind?
        var synthetic: SyntheticShare
        var cities: [(id: String, name: String)]
        var content: Content
    }

    /// The page's own route: its analysis, the alerts page or the dashboard.
    static func route(_ model: Model) -> AnalysisRoute {
        if let kind = model.kind { return .page(kind) }
        if case .alerts = model.content { return .alerts }
        if case .event(let detail) = model.content { return .event(key: detail.key) }
        if case .sources = model.content { return .sources }
        return .dashboard
    }

    /// The page's JSON twin: its analysis's endpoint, or the alerts' (the alerts page had no link to it until
    /// 2026-12-01); the dashboard has none.
    static func jsonRoute(_ model: Model) -> AnalysisRoute? {
        if let kind = model.kind { return .api(kind) }
        if case .alerts = model.content { return .apiAlerts }
        if case .event(let detail) = model.content { return .apiEvent(key: detail.key) }
        return nil
    }

    static func render(_ page: PageContext, _ model: Model) -> String {
        let q = model.query
        // The language links lead to this page with its filters, also when a refused form was re-rendered here.
        var page = page
        page.query = q.queryItems
        page.languagePath = route(model).path
        let title = model.kind.map { page.t("sentiment.\($0.rawValue).title") } ?? {
            if case .alerts = model.content { return page.t("sentiment.alerts.title") }
            if case .event(let detail) = model.content { return eventTitle(page, detail) }
            if case .sources = model.content { return page.t("sentiment.sources.title") }
            return page.t("sentiment.dashboard.title")
        }()
        return Layout.render(
            page, title: title,
            content: ComponentGroup {
                H1(title)
                if model.synthetic == .all { Paragraph { UI.syntheticBadge(page) } }
                // Mixed data keeps a mark: generated messages (the demo's) still make up part of the figures.
                if model.synthetic == .part { Paragraph { Span(page.t("sentiment.synthetic_part")).class("synthetic") } }
                Paragraph(page.t("sentiment.lead")).class("hint")
                Navigation {
                    List {
                        ListItem { Link(page.t("sentiment.dashboard.title"), url: AnalysisRoute.dashboard.url(q)) }
                        for kind in AnalysisKind.allCases {
                            ListItem { Link(page.t("sentiment.\(kind.rawValue).title"), url: AnalysisRoute.page(kind).url(q)) }
                        }
                        // The alerts page reads the same filters (group, area, period), so its link keeps them too.
                        ListItem { Link(page.t("sentiment.alerts.title"), url: AnalysisRoute.alerts.url(q)) }
                        // The registry ignores the filters but keeps them, so the way back to an analysis has them.
                        ListItem { Link(page.t("sentiment.sources.title"), url: AnalysisRoute.sources.url(q)) }
                    }
                }
                .class("subnav")
                // The registry lists every city in the reader's scope: a filter form would promise what it does not do.
                if case .sources = model.content {} else { filters(page, model) }
                if let asked = q.askedTo {
                    Paragraph(page.t("sentiment.to_after_today", ["asked": Timestamp.dayLabel(asked), "shown": q.period.toDate]))
                        .class("notice").attribute(named: "role", value: "status")
                }
                if let json = jsonRoute(model) {
                    Paragraph {
                        Link(page.t("sentiment.json"), url: json.url(q))
                    }
                }
                body(page, model)
            })
    }

    static func filters(_ page: PageContext, _ model: Model) -> any Component {
        let q = model.query
        return Form(url: route(model).path, method: .get) {
            UI.select(page.t("sentiment.city"), name: "city", options: model.cities.map { ($0.id, $0.name) }, selected: q.city.id)
            UI.field(page.t("sentiment.from"), name: "from", type: .date, value: q.period.fromDate)
            UI.field(page.t("sentiment.to"), name: "to", type: .date, value: q.period.toDate)
            UI.select(
                page.t("sentiment.group"), name: "group", options: AnalysisQuery.groups.map { ($0, groupName(page, $0)) },
                selected: q.group)
            UI.select(
                page.t("sentiment.area"), name: "area",
                options: [("", page.t("sentiment.whole_city"))] + q.city.areas.map { ($0.code, $0.localName) },
                selected: q.area ?? "")
            Button { Text(page.t("sentiment.show")) }.attribute(named: "type", value: "submit")
        }
        .class("filters")
    }

    static func groupName(_ page: PageContext, _ group: String) -> String { page.t("sentiment.group.\(group)") }

    /// An area's local name; messages placed nowhere are "Not placed in an area", as on the map (the segments
    /// table showed a bare "—" for them until 2026-11-30).
    static func areaName(_ page: PageContext, _ pack: CityPack, _ code: String) -> String {
        code == AggregateKey.unplaced ? page.t("sentiment.unplaced") : (pack.area(code: code)?.localName ?? code)
    }

    static func number(_ value: Double?, digits: Int = 1) -> String {
        guard let value, value.isFinite else { return "–" }
        return String(format: "%.\(digits)f", value)
    }

    static func body(_ page: PageContext, _ model: Model) -> any Component {
        let pack = model.query.city
        switch model.content {
        case .dashboard(let map, let events, let alerts):
            return ComponentGroup {
                mapSection(page, map, pack)
                H2(page.t("sentiment.events.title"))
                eventsTable(page, events, model.query)
                H2(page.t("sentiment.alerts.recent"))
                alertsTable(page, alerts, pack)
            }
        case .map(let map):
            return ComponentGroup {
                if model.query.area != nil { Paragraph(page.t("sentiment.whole_city.map")).class("hint") }
                mapSection(page, map, pack)
            }
        case .series(let result): return seriesSection(page, result, model.query)
        case .events(let events):
            return ComponentGroup {
                Paragraph(page.t("sentiment.events.explain")).class("hint")
                if let area = model.query.area {
                    Paragraph(page.t("sentiment.events.area_note", ["name": areaName(page, pack, area)])).class("hint")
                }
                eventsTable(page, events, model.query)
            }
        case .event(let detail): return eventSection(page, detail, model.query)
        case .onlineOffline(let dto): return onlineOfflineSection(page, dto)
        case .receivers(let result):
            return ComponentGroup {
                H2(page.t("sentiment.receivers.groups"))
                UI.table(
                    headers: [page.t("sentiment.group"), page.t("sentiment.hateful"), page.t("sentiment.violent")],
                    rows: result.groups.map { [groupName(page, $0.name), String($0.hateful), String($0.violent)] })
                H2(page.t("sentiment.receivers.accounts"))
                Paragraph(page.t("sentiment.receivers.accounts_hint")).class("hint")
                if model.query.area != nil { Paragraph(page.t("sentiment.whole_city.accounts")).class("hint") }
                UI.table(
                    headers: [page.t("sentiment.account"), page.t("sentiment.messages"), page.t("sentiment.hateful"), page.t("sentiment.violent")],
                    rows: result.accounts.map { [$0.name, String($0.messages), String($0.hateful), String($0.violent)] })
            }
        case .authors(let result):
            return ComponentGroup {
                if model.query.area != nil { Paragraph(page.t("sentiment.whole_city.authors")).class("hint") }
                authorsSection(page, result)
            }
        case .segments(let result):
            return ComponentGroup {
                H2(page.t("sentiment.segments.violence"))
                Paragraph(page.t("sentiment.segments.violence_hint")).class("hint")
                UI.table(
                    headers: [page.t("sentiment.area"), page.t("sentiment.group"), page.t("sentiment.hateful"), page.t("sentiment.violent"), page.t("sentiment.share")],
                    rows: result.violence.map {
                        [$0.area.map { areaName(page, pack, $0) } ?? page.t("sentiment.whole_city"), groupName(page, $0.targetGroup),
                         String($0.hateful), String($0.violent), $0.share.map { number($0 * 100) + " %" } ?? page.t("sentiment.too_few")]
                    })
                H2(page.t("sentiment.segments.narratives"))
                Paragraph(page.t("sentiment.segments.narratives_sample", ["n": String(AnalysisService.narrativeSample)])).class("hint")
                UI.table(
                    headers: [page.t("sentiment.terms"), page.t("sentiment.messages"), page.t("sentiment.share"), page.t("sentiment.cohesion")],
                    rows: result.narratives.map {
                        [$0.terms.joined(separator: ", "), String($0.messages), number($0.share * 100) + " %", number($0.cohesion, digits: 2)]
                    })
            }
        case .alerts(let subscriptions, let tokenSubscriptions, let alerts, let draft):
            return alertsSection(page, subscriptions, tokenSubscriptions, alerts, model.query, draft: draft)
        case .sources(let registry): return SourceRegistryPage.section(page, registry)
        }
    }

    /// The city's tile map: each area's value and text from `cell` (nil: no tile), titled and described for
    /// `period`. The map page and an event's page draw theirs here.
    static func tileMap(
        _ page: PageContext, _ pack: CityPack, title: String, period: DayRange, legend: String, id: String, noData: String,
        cell: (Area) -> (value: Double?, text: String)?
    ) -> TileMapChart {
        let labels = FormParts.tileLabels(pack)
        let cells = pack.areas.compactMap { area -> TileMapCell? in
            guard let shown = cell(area) else { return nil }
            return TileMapCell(
                code: area.code, label: labels[area.code] ?? area.code, name: area.localName, column: area.tile.column,
                row: area.tile.row, value: shown.value, displayText: shown.text)
        }
        return TileMapChart(
            cells: cells, columns: pack.gridColumns, rows: pack.gridRows, title: title,
            description: page.t("sentiment.map.desc", ["from": period.fromDate, "to": period.toDate]),
            legendTitle: legend, id: id, noDataText: noData, tableColumns: [page.t("sentiment.area"), legend])
    }

    static func mapSection(_ page: PageContext, _ map: AreaMapResult, _ pack: CityPack) -> any Component {
        let chart = tileMap(
            page, pack, title: page.t("sentiment.map.chart", ["group": groupName(page, map.targetGroup)]), period: map.period,
            legend: page.t("sentiment.per_thousand"), id: "hatemap", noData: page.t("sentiment.no_data")
        ) { area in
            map.areas.first { $0.areaCode == area.code }.map { count in
                (value: count.perThousand, text: "\(count.hateful) · \(number(count.perThousand))‰")
            }
        }
        let rows = (map.areas + [map.unplaced, map.total]).map { count -> [String] in
            let name = count.areaCode == AggregateKey.unplaced ? page.t("sentiment.unplaced")
                : count.areaCode == pack.id ? page.t("sentiment.total") : count.name
            return [name, String(count.messages), String(count.hateful), number(count.perThousand), String(count.violent)]
        }
        return ComponentGroup {
            H2(chart.title)
            FormParts.svg(chart.svg())
            UI.table(
                headers: [page.t("sentiment.area"), page.t("sentiment.messages"), page.t("sentiment.hateful"),
                          page.t("sentiment.per_thousand"), page.t("sentiment.violent")],
                rows: rows)
        }
    }

    /// A group's daily chart over `period`: hateful messages (and `extra` lines, such as a baseline), verified
    /// offline incidents as bars, and each of `spans` (days and group) shaded as a trigger event. The series page
    /// and an event's page draw theirs here.
    static func dailyChart(
        _ page: PageContext, group: String, period: DayRange, hateful: [Int], extra: [LineSeries] = [], offline: [Int],
        spans: [(days: DayRange, group: String)], id: String
    ) -> TimeSeriesChart {
        let dates = period.days.map(Timestamp.date(ofDay:))
        return TimeSeriesChart(
            title: page.t("sentiment.series.chart", ["group": groupName(page, group)]),
            description: page.t("sentiment.map.desc", ["from": period.fromDate, "to": period.toDate]),
            series: [LineSeries(name: page.t("sentiment.hateful"), points: zip(dates, hateful).map { TimePoint(date: $0, value: Double($1)) })]
                + extra,
            marks: MarkSeries(
                name: page.t("sentiment.offline"), points: zip(dates, offline).map { TimePoint(date: $0, value: Double($1)) },
                style: .bars, secondaryAxisTitle: page.t("sentiment.offline")),
            spans: spans.map { span in
                ShadedSpan(
                    start: Timestamp.date(ofDay: max(span.days.from, period.from)),
                    end: Timestamp.date(ofDay: min(span.days.to, period.to)), label: groupName(page, span.group))
            },
            spanLegend: page.t("sentiment.events.span"), granularity: .day, yAxisTitle: page.t("sentiment.hateful"),
            id: id, monthNames: page.monthNames, dateColumnTitle: page.t("sentiment.date"))
    }

    static func seriesSection(_ page: PageContext, _ result: SeriesResult, _ q: AnalysisQuery) -> any Component {
        let series = result.series
        let chart = dailyChart(
            page, group: series.targetGroup, period: series.period, hateful: series.hateful, offline: result.offlineIncidents,
            // Under an area the series is the area's, so an event shades the area's own days.
            spans: result.events.map { (days: $0.inAreas?.period ?? $0.period, group: $0.targetGroup) }, id: "hateseries")
        return ComponentGroup {
            H2(chart.title)
            Paragraph(page.t("sentiment.series.hint")).class("hint")
            FormParts.svg(chart.svg(), wide: true, latest: true)
            UI.table(
                headers: [page.t("sentiment.date"), page.t("sentiment.messages"), page.t("sentiment.hateful"),
                          page.t("sentiment.per_thousand"), page.t("sentiment.offline")],
                rows: series.dates.indices.map {
                    [series.dates[$0], String(series.messages[$0]), String(series.hateful[$0]), number(series.perThousand[$0]),
                     String(result.offlineIncidents[$0])]
                })
        }
    }

    /// The events of the period. Under an area filter a column gives each event's part in the area, next to its
    /// whole size, which it keeps so one event is one size on every page.
    static func eventsTable(_ page: PageContext, _ events: [TriggerEvent], _ q: AnalysisQuery) -> any Component {
        if events.isEmpty { return Paragraph(page.t("sentiment.events.none")) }
        let areaHeaders = q.area.map { [page.t("sentiment.event_in_area.header", ["name": areaName(page, q.city, $0)])] } ?? []
        return UI.table(
            headers: [page.t("sentiment.group"), page.t("sentiment.start"), page.t("sentiment.end"), page.t("sentiment.areas")]
                + areaHeaders + [page.t(q.area == nil ? "sentiment.size" : "sentiment.size_whole"), page.t("sentiment.terms")],
            rows: events.map { event in
                // An event reaching outside the period keeps its true days and whole size; the start (or end)
                // says it lies outside, and the part within the period stands next to the whole.
                let part = event.inPeriod
                let before = part.map { $0.period?.from != event.period.from } ?? false
                let after = part.map { $0.period?.to != event.period.to } ?? false
                var size = page.t("sentiment.size_value", ["observed": number(event.observed, digits: 0), "expected": number(event.expected, digits: 0)])
                if let part, let days = part.period {
                    size += "; " + page.t("sentiment.event_in_period", [
                        "observed": number(part.observed, digits: 0), "from": days.fromDate, "to": days.toDate])
                }
                return [groupName(page, event.targetGroup) + (event.cityWide ? "" : " (" + page.t("sentiment.local") + ")"),
                 event.period.fromDate + (before ? " " + page.t("sentiment.event_before_period") : ""),
                 event.period.toDate + (after ? " " + page.t("sentiment.event_after_period") : ""),
                 // Each area with its own days and size, so the row can be checked against the area's series.
                 event.areas.map { area in
                     var values = [
                         "name": area.name, "from": area.period.fromDate, "to": area.period.toDate,
                         "observed": number(area.observed, digits: 0)]
                     guard let part = area.inPeriod else { return page.t("sentiment.event_area", values) }
                     values["part"] = number(part.observed, digits: 0)
                     return page.t("sentiment.event_area_part", values)
                 }.joined(separator: ", ")]
                 + (q.area == nil ? [] : [inAreaText(page, event.inAreas)])
                 + [size, event.terms.prefix(8).map(\.term).joined(separator: ", ")]
            },
            // The group cell leads to the event's own page, with the same filters.
            links: events.map { AnalysisRoute.event(of: $0).url(q) })
    }

    /// An event's part in the filtered area: "48 (2026-11-01 – 2026-11-06)", and its part within the period when
    /// the area's days reach outside it.
    static func inAreaText(_ page: PageContext, _ part: EventAreaPart?) -> String {
        guard let part else { return "–" }
        var values = ["observed": number(part.observed, digits: 0), "from": part.period.fromDate, "to": part.period.toDate]
        guard let inside = part.inPeriod else { return page.t("sentiment.event_in_area", values) }
        values["part"] = number(inside.observed, digits: 0)
        return page.t("sentiment.event_in_area_part", values)
    }

    /// The alerts, each whose event is current leading from its group cell to the event's page; `linked` false on
    /// the event's own page, whose alerts would all lead to itself.
    static func alertsTable(_ page: PageContext, _ alerts: [AlertDTO], _ pack: CityPack, linked: Bool = true) -> any Component {
        if alerts.isEmpty { return Paragraph(page.t("sentiment.alerts.none")) }
        return UI.table(
            headers: [page.t("sentiment.group"), page.t("sentiment.start"), page.t("sentiment.end"), page.t("sentiment.areas"),
                      page.t("sentiment.size"), page.t("sentiment.terms")],
            rows: alerts.map { alert in
                [groupName(page, alert.group), alert.startDate, alert.endDate,
                 alert.areas.map { areaName(page, pack, $0) }.joined(separator: ", "),
                 page.t("sentiment.size_value", ["observed": number(alert.observed, digits: 0), "expected": number(alert.expected, digits: 0)]),
                 alert.terms.prefix(8).joined(separator: ", ")]
            },
            // An alert whose event is gone (the data changed) stays, unlinked: its page would answer 404.
            links: linked ? alerts.map(\.eventPage) : [])
    }

    static func cellText(_ cell: ProtectedCell, _ page: PageContext) -> String {
        switch cell {
        case .exact(let value), .rounded(let value), .perturbed(let value): return String(value)
        case .fewerThan(let threshold): return page.t("sentiment.fewer_than", ["n": String(threshold)])
        case .secondarySuppressed: return page.t("sentiment.hidden")
        }
    }

    static func authorsSection(_ page: PageContext, _ result: AuthorDemographicsResult) -> any Component {
        ComponentGroup {
            Paragraph(page.t("sentiment.authors.hint")).class("hint")
            // The hateful count is the table's own grand total, so the line and the table cannot disagree; the base
            // of all messages (hateful or not) is said as such, on its own line.
            Paragraph(page.t("sentiment.authors.with", [
                "n": cellText(result.hatefulWithDemographics, page), "s": cellText(result.hatefulInSuppressedCells, page),
            ]))
            Paragraph(page.t("sentiment.authors.all", ["m": cellText(result.messagesWithDemographics, page)])).class("hint")
            if let table = result.hateful {
                UI.table(
                    headers: [page.t("sentiment.age_band")] + table.columnLabels.map { page.t("sentiment.gender.\($0)") } + [page.t("sentiment.total")],
                    rows: table.rowLabels.indices.map { r in
                        [table.rowLabels[r] == DemographicKey.unknown ? page.t("sentiment.gender.unknown") : table.rowLabels[r]]
                            + table.cells[r].map { cellText($0, page) } + [cellText(table.rowTotals[r], page)]
                    } + [[page.t("sentiment.total")] + table.columnTotals.map { cellText($0, page) } + [cellText(table.grandTotal, page)]])
            } else {
                Paragraph(page.t("sentiment.no_data"))
            }
        }
    }

    static func alertsSection(
        _ page: PageContext, _ subscriptions: [SubscriptionDTO], _ tokenSubscriptions: [TokenSubscription],
        _ alerts: [AlertDTO], _ q: AnalysisQuery, draft: SubscriptionDraft?
    ) -> any Component {
        ComponentGroup {
            if let reason = draft?.reason { Paragraph(page.reason(reason)).class("alert").attribute(named: "role", value: "alert") }
            if let errors = draft?.errors, !errors.isEmpty {
                // Listed by label in the page's language (`fieldError`): the page answers the form's own path.
                Div {
                    Paragraph(page.t("form.has_errors"))
                    List(errors.sorted { $0.key < $1.key }) { field, reason in ListItem { Text(page.fieldError(field, reason)) } }
                }
                .class("alert").attribute(named: "role", value: "alert")
            }
            H2(page.t("sentiment.alerts.recent"))
            alertsTable(page, alerts, q.city)
            H2(page.t("sentiment.alerts.subscriptions"))
            if subscriptions.isEmpty { Paragraph(page.t("sentiment.alerts.no_subscriptions")) }
            for subscription in subscriptions {
                Div {
                    Paragraph(describe(page, subscription))
                    UI.button(page, action: AnalysisRoute.unsubscribe(id: subscription.id.uuidString).path, label: page.t("sentiment.alerts.unsubscribe"))
                }
            }
            if !tokenSubscriptions.isEmpty {
                // Read-only: the token manages them through the API; revoking it stops them.
                H2(page.t("sentiment.alerts.token_subscriptions"))
                Paragraph(page.t("sentiment.alerts.token_hint"))
                List(tokenSubscriptions) { row in
                    ListItem {
                        Text(page.t("sentiment.alerts.token_label", ["name": row.tokenName]) + ": " + describe(page, row.subscription))
                        if row.revoked { Text(" · " + page.t("sentiment.alerts.token_revoked")) }
                    }
                }
            }
            H2(page.t("sentiment.alerts.new"))
            UI.form(page, action: AnalysisRoute.subscribe.path) {
                Input(type: .hidden, name: "city", value: q.city.id)
                UI.field(
                    page.t("sentiment.areas"), name: "areas", value: draft?.values["areas"],
                    hint: page.t("sentiment.alerts.areas_hint"), error: draft?.errors["areas"].map(page.reason))
                UI.field(
                    page.t("sentiment.alerts.groups"), name: "groups", value: draft?.values["groups"],
                    hint: page.t("sentiment.alerts.groups_hint"), error: draft?.errors["groups"].map(page.reason))
                UI.field(
                    page.t("sentiment.alerts.webhook"), name: "webhookURL", type: .url, value: draft?.values["webhookURL"],
                    hint: page.t("sentiment.alerts.webhook_hint"), error: draft?.errors["webhookURL"].map(page.reason))
                Button { Text(page.t("sentiment.alerts.subscribe")) }.attribute(named: "type", value: "submit")
            }
        }
    }

    static func describe(_ page: PageContext, _ subscription: SubscriptionDTO) -> String {
        let pack = CityPacks.pack(id: subscription.city)
        let city = pack?.name ?? subscription.city
        // Areas by the names an analyst subscribed with (the form takes names), not by their codes.
        let areas = subscription.areas.isEmpty
            ? page.t("sentiment.alerts.every_area")
            : subscription.areas.map { code in pack.map { areaName(page, $0, code) } ?? code }.joined(separator: ", ")
        let groups: String = subscription.groups.isEmpty
            ? page.t("sentiment.alerts.every_group") : subscription.groups.map { groupName(page, $0) }.joined(separator: ", ")
        let webhook = subscription.webhookURL == nil ? "" : " · " + page.t("sentiment.alerts.webhook_on")
        return city + ": " + areas + " · " + groups + webhook
    }
}
