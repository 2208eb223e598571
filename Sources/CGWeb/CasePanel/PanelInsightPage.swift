import CGAnalytics
import Plot

/// Strategic insight for city leaders: anonymised counts across a panel's cases, as SVG bar charts with
/// their data tables, counts below 10 suppressed.
enum PanelInsightPage {
    struct Model: Sendable {
        var panelName: String
        var insight: CasePanelService.Insight
    }

    static func label(_ page: PageContext, _ dimension: String, _ key: String) -> String {
        switch dimension {
        case "factor": return page.t("panel.factor.\(key)")
        case "ideology": return page.t("panel.ideology.\(key)")
        case "outcome": return page.t("panel.outcome.\(key)")
        case "referral_source": return page.t("agency.\(key)")
        case "age_band", "time_to_resolution": return page.t("panel.band.\(key)")
        default: return key
        }
    }

    static func chart(_ page: PageContext, id: String, title: String, dimension: String, items: [CasePanelService.InsightCell]) -> BarChart {
        BarChart(
            title: title, description: page.t("panel.insight_chart_desc"),
            items: items.map { item in
                BarChartItem(
                    label: label(page, dimension, item.key), value: item.count.value.map(Double.init),
                    displayText: item.count.isSuppressed ? page.t("panel.suppressed") : item.count.displayText,
                    suppressed: item.count.isSuppressed)
            },
            valueAxisTitle: page.t("panel.cases"), suppressedText: page.t("panel.suppressed"), id: id,
            tableColumns: [page.t("panel.category"), page.t("panel.cases")])
    }

    static func render(_ page: PageContext, _ model: Model) -> String {
        let insight = model.insight
        return Layout.render(
            page, title: page.t("panel.insight_title"),
            content: ComponentGroup {
                H1(page.t("panel.insight_title") + " · " + model.panelName)
                Paragraph(page.t("panel.insight_intro")).class("hint")
                Paragraph(page.t("panel.insight_total") + " " + (insight.total.isSuppressed ? page.t("panel.suppressed") : insight.total.displayText))
                for dimension in insight.dimensions {
                    let bar = chart(
                        page, id: "insight-\(dimension.name)", title: page.t("panel.dimension.\(dimension.name)"),
                        dimension: dimension.name, items: dimension.items)
                    H2(bar.title)
                    FormParts.svg(bar.svg(), wide: true)
                    ObservatoryPage.table(bar.dataTable)
                }
                let trend = chart(page, id: "insight-trend", title: page.t("panel.dimension.trend"), dimension: "trend", items: insight.trend)
                H2(trend.title)
                FormParts.svg(trend.svg(), wide: true, latest: true)
                ObservatoryPage.table(trend.dataTable)
            })
    }
}
