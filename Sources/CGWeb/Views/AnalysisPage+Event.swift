import CGAnalytics
import CGGeo
import CGSentiment
import Foundation
import Plot

/// One trigger event's page: what it is, a chart of its group around it, its areas on a tile map and in a table,
/// the words that set it apart, the offline incidents during it and the alerts recorded for it. Aggregates only.
extension AnalysisPage {
    /// The page's title: the group and the first day.
    static func eventTitle(_ page: PageContext, _ detail: EventDetail) -> String {
        page.t("sentiment.event.title", ["group": groupName(page, detail.event.targetGroup), "from": detail.event.period.fromDate])
    }

    static func eventSection(_ page: PageContext, _ detail: EventDetail, _ q: AnalysisQuery) -> any Component {
        let event = detail.event
        return ComponentGroup {
            Paragraph { Link(page.t("sentiment.event.back"), url: AnalysisRoute.page(.events).url(q)) }
            H2(page.t("sentiment.event.summary"))
            UI.table(headers: [page.t("sentiment.event.measure"), page.t("sentiment.event.value")], rows: eventFacts(page, detail, q))
            eventChart(page, detail)
            H2(page.t("sentiment.areas"))
            eventAreas(page, event, q.city)
            H2(page.t("sentiment.terms"))
            Paragraph(page.t("sentiment.event.terms_hint")).class("hint")
            if event.terms.isEmpty {
                Paragraph(page.t("sentiment.no_data"))
            } else {
                UI.table(
                    headers: [page.t("sentiment.event.term"), page.t("sentiment.event.log_odds"), page.t("sentiment.event.z"),
                              page.t("sentiment.event.in_event"), page.t("sentiment.event.before")],
                    rows: event.terms.map {
                        [$0.term, number($0.logOdds, digits: 2), number($0.zScore, digits: 1), String($0.targetCount), String($0.backgroundCount)]
                    })
            }
            H2(page.t("sentiment.alerts.recent"))
            alertsTable(page, detail.alerts, q.city, linked: false)
        }
    }

    /// The event's facts, one per row: the same numbers as its row in the events list.
    static func eventFacts(_ page: PageContext, _ detail: EventDetail, _ q: AnalysisQuery) -> [[String]] {
        let event = detail.event
        func range(_ days: DayRange) -> String { days.fromDate + " – " + days.toDate }
        var rows: [[String]] = [
            [page.t("sentiment.group"), groupName(page, event.targetGroup)],
            [page.t("sentiment.event.period"), range(event.period)],
        ]
        if let city = event.cityPeriod, city != event.period { rows.append([page.t("sentiment.event.city_period"), range(city)]) }
        if let part = event.inPeriod, let days = part.period {
            rows.append([page.t("sentiment.event.in_period"), range(days) + ": " + number(part.observed, digits: 0)])
        }
        rows += [
            [page.t("sentiment.event.peak"), Timestamp.dayLabel(event.peakDay)],
            [page.t("sentiment.event.observed"), number(event.observed, digits: 0)],
            [page.t("sentiment.event.expected"), number(event.expected)],
            [page.t("sentiment.event.excess"), number(event.excess)],
            [page.t("sentiment.event.score"), number(event.score)],
            [page.t("sentiment.event.scope"), page.t(event.cityWide ? "sentiment.event.city_wide" : "sentiment.local")],
        ]
        if let area = q.area {
            rows.append([page.t("sentiment.event_in_area.header", ["name": areaName(page, q.city, area)]), inAreaText(page, event.inAreas)])
        }
        rows.append([page.t("sentiment.event.offline"), String(detail.offlineDuringEvent)])
        return rows
    }

    /// The group's hateful messages city-wide around the event, the baseline's expectation, offline incidents as
    /// bars and the event's days shaded.
    static func eventChart(_ page: PageContext, _ detail: EventDetail) -> any Component {
        let timeline = detail.timeline
        let dates = timeline.period.days.map(Timestamp.date(ofDay:))
        let chart = dailyChart(
            page, group: timeline.targetGroup, period: timeline.period, hateful: timeline.hateful,
            extra: [LineSeries(name: page.t("sentiment.event.expected"), points: zip(dates, timeline.expected).map { TimePoint(date: $0, value: $1) })],
            offline: timeline.offlineIncidents, spans: [(days: detail.event.period, group: detail.event.targetGroup)], id: "eventseries")
        return ComponentGroup {
            H2(chart.title)
            Paragraph(page.t("sentiment.event.chart_hint")).class("hint")
            FormParts.svg(chart.svg(), wide: true, latest: true)
        }
    }

    /// The event's areas on the city's tile map (others blank) and in a table with each area's own days.
    static func eventAreas(_ page: PageContext, _ event: TriggerEvent, _ pack: CityPack) -> any Component {
        let parts = Dictionary(event.areas.map { ($0.areaCode, $0) }, uniquingKeysWith: { first, _ in first })
        let outside = page.t("sentiment.event.not_in_event")
        // Every area has a tile; those outside the event are blank, so the event's areas stand out.
        let chart = tileMap(
            page, pack, title: page.t("sentiment.event.map", ["group": groupName(page, event.targetGroup)]), period: event.period,
            legend: page.t("sentiment.hateful"), id: "eventmap", noData: outside
        ) { area in
            parts[area.code].map { (value: $0.observed, text: number($0.observed, digits: 0)) } ?? (value: nil, text: outside)
        }
        return ComponentGroup {
            FormParts.svg(chart.svg())
            UI.table(
                headers: [page.t("sentiment.area"), page.t("sentiment.start"), page.t("sentiment.end"), page.t("sentiment.event.peak"),
                          page.t("sentiment.event.observed"), page.t("sentiment.event.expected"), page.t("sentiment.event.score")],
                rows: event.areas.map {
                    [$0.name, $0.period.fromDate, $0.period.toDate, Timestamp.dayLabel($0.peakDay), number($0.observed, digits: 0),
                     number($0.expected), number($0.score)]
                })
        }
    }
}
