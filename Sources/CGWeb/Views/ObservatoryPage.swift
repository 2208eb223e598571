import CGAnalytics
import CGDomain
import Plot

/// The public observatory: verified incidents by area, month, type and characteristic, with disclosure
/// control on every number, SVG charts drawn by CGAnalytics, and the same numbers as tables and CSV.
enum ObservatoryPage {
    struct Model: Sendable {
        var result: ObservatoryService.Result
        var cities: [(id: String, name: String)]
        var monthChoices: [String]
        var isDemo: Bool
    }

    /// The page's text for a published number.
    static func text(_ cell: ProtectedCell, _ page: PageContext) -> String {
        switch cell {
        case .exact(let value), .rounded(let value), .perturbed(let value): return String(value)
        case .fewerThan(let threshold): return page.t("observatory.fewer_than", ["n": String(threshold)])
        case .secondarySuppressed: return page.t("observatory.hidden")
        }
    }

    /// The rows every view of the page, the CSV and the API share: key, label, cell.
    static func rows(_ result: ObservatoryService.Result, _ page: PageContext)
        -> (area: [(String, String, ProtectedCell)], month: [(String, String, ProtectedCell)],
            type: [(String, String, ProtectedCell)], characteristic: [(String, String, ProtectedCell)])
    {
        let pack = result.query.city
        func zip(_ series: ProtectedSeries, _ label: (String) -> String) -> [(String, String, ProtectedCell)] {
            series.labels.enumerated().map { index, key in (key, label(key), series.cells[index]) }
        }
        return (
            zip(result.byArea) { code in
                code == ObservatoryService.noArea ? page.t("observatory.no_area") : (pack.area(code: code)?.localName ?? code)
            },
            zip(result.byMonth) { $0 },
            zip(result.byType) { page.t("incident_type.\($0)") },
            zip(result.byCharacteristic) { page.t("characteristic.\($0)") }
        )
    }

    static func render(_ page: PageContext, _ model: Model) -> String {
        let result = model.result
        let query = result.query
        let pack = query.city
        let rows = Self.rows(result, page)
        let hiddenLegend = page.t("observatory.hidden_legend")
        let labels = FormParts.tileLabels(pack)
        let tileCells = pack.areas.enumerated().map { index, area in
            TileMapCell(
                code: area.code, label: labels[area.code] ?? area.code, name: area.localName, column: area.tile.column,
                row: area.tile.row, protected: result.byArea.cells[index], displayText: text(result.byArea.cells[index], page))
        }
        let period = page.t("observatory.period", ["from": query.fromMonth, "to": query.toMonth])
        let map = TileMapChart(
            cells: tileCells, columns: pack.gridColumns, rows: pack.gridRows,
            title: page.t("observatory.map_title", ["city": pack.englishName]),
            description: page.t("observatory.map_desc") + " " + period, legendTitle: page.t("observatory.verified"),
            id: "incidentmap", noDataText: page.t("observatory.no_data"), suppressedText: hiddenLegend,
            tableColumns: [page.t("triage.area"), page.t("observatory.verified")])
        let trend = TimeSeriesChart(
            title: page.t("observatory.trend_title"), description: page.t("observatory.trend_desc") + " " + period,
            series: [
                LineSeries(
                    name: page.t("observatory.verified"),
                    points: rows.month.map {
                        TimePoint(date: ObservatoryService.monthStart($0.0), protected: $0.2, displayText: text($0.2, page))
                    })
            ],
            granularity: .month, yAxisTitle: page.t("observatory.verified"), id: "incidenttrend",
            monthNames: page.monthNames, dateColumnTitle: page.t("observatory.month"))
        let types = BarChart(
            title: page.t("observatory.type_title"), description: period,
            items: rows.type.map { BarChartItem(label: $0.1, protected: $0.2, displayText: text($0.2, page)) },
            valueAxisTitle: page.t("observatory.verified"), suppressedText: hiddenLegend, id: "incidenttypes",
            tableColumns: [page.t("triage.type"), page.t("observatory.verified")])
        let characteristics = BarChart(
            title: page.t("observatory.characteristic_title"), description: page.t("observatory.characteristic_desc"),
            items: rows.characteristic.map { BarChartItem(label: $0.1, protected: $0.2, displayText: text($0.2, page)) },
            valueAxisTitle: page.t("observatory.verified"), suppressedText: hiddenLegend, id: "incidentcharacteristics",
            tableColumns: [page.t("triage.characteristics"), page.t("observatory.verified")])
        let monthOptions = model.monthChoices.map { (value: $0, label: $0) }
        return Layout.render(
            page, title: page.t("observatory.title"),
            content: ComponentGroup {
                H1(page.t("observatory.title"))
                if model.isDemo { Paragraph { UI.syntheticBadge(page) } }
                Paragraph(page.t("observatory.lead"))
                Form(url: SiteRoute.observatory.path, method: .get) {
                    UI.select(page.t("report.city"), name: "city", options: model.cities.map { ($0.id, $0.name) }, selected: pack.id)
                    UI.select(page.t("observatory.from"), name: "from", options: monthOptions, selected: query.fromMonth)
                    UI.select(page.t("observatory.to"), name: "to", options: monthOptions, selected: query.toMonth)
                    UI.select(
                        page.t("triage.characteristics"), name: "characteristic",
                        options: [("", page.t("observatory.all"))]
                            + TargetedCharacteristic.allCases.map { ($0.rawValue, page.t("characteristic.\($0.rawValue)")) },
                        selected: query.characteristic?.rawValue ?? "")
                    UI.select(
                        page.t("triage.type"), name: "type",
                        options: [("", page.t("observatory.all"))]
                            + IncidentType.allCases.map { ($0.rawValue, page.t("incident_type.\($0.rawValue)")) },
                        selected: query.type?.rawValue ?? "")
                    Button { Text(page.t("observatory.show")) }.attribute(named: "type", value: "submit")
                }
                .class("filters")
                Paragraph {
                    Text(page.t("observatory.total") + " ")
                    Span(text(result.byArea.total, page)).class("token")
                    Text(" · ")
                    Link(page.t("observatory.csv"), url: "\(SiteRoute.observatoryCSV.path)?\(query.queryString)")
                    Text(" · ")
                    Link(page.t("observatory.json"), url: "/api/v1/stats/incidents?\(query.queryString)")
                }
                Paragraph(page.t("observatory.rules")).class("hint")
                H2(map.title)
                FormParts.svg(map.svg())
                Self.table(map.dataTable)
                H2(trend.title)
                FormParts.svg(trend.svg(), wide: true, latest: true)
                Self.table(trend.dataTable)
                H2(types.title)
                FormParts.svg(types.svg(), wide: true)
                Self.table(types.dataTable)
                H2(characteristics.title)
                Paragraph(page.t("observatory.characteristic_desc")).class("hint")
                FormParts.svg(characteristics.svg(), wide: true)
                Self.table(characteristics.dataTable)
            })
    }

    static func table(_ data: ChartDataTable) -> any Component {
        Node<HTML.BodyContext>.element(
            named: "details",
            nodes: [
                .element(named: "summary", nodes: [.text(data.caption)]),
                .component(UI.table(headers: data.columns, rows: data.rows)),
            ])
    }
}
