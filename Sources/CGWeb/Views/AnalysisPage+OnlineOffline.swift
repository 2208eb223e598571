import CGAnalytics
import CGSentiment
import Plot

/// The online vs offline page: the tested correlation (of the detrended series) by lag as a chart and a table, the
/// raw r beside it as a secondary column, and the headline chosen by the tested statistic.
extension AnalysisPage {
    static func onlineOfflineSection(_ page: PageContext, _ dto: OnlineOfflineDTO) -> any Component {
        let a = dto.analysis
        // The tested r and its interval lead, since the p-values judge them; the raw r (trends included) comes last,
        // so a larger raw r beside a larger p no longer reads as a contradiction.
        func rows(_ lags: [LagResult]) -> [[String]] {
            lags.map {
                [String($0.lag), String($0.overlap), number($0.testedCorrelation, digits: 2),
                 "\(number($0.testedLower95, digits: 2)) … \(number($0.testedUpper95, digits: 2))",
                 number($0.pValue, digits: 3), number($0.familyPValue, digits: 3), number($0.correlation, digits: 2)]
            }
        }
        let headers = [
            page.t("sentiment.lag"), page.t("sentiment.overlap"), page.t("sentiment.online-offline.tested_r"),
            page.t("sentiment.interval"), "p", page.t("sentiment.family_p"), page.t("sentiment.online-offline.raw_r"),
        ]
        return ComponentGroup {
            Paragraph(page.t("sentiment.online-offline.note")).class("hint")
            Paragraph(page.t("sentiment.online-offline.totals", ["online": String(a.onlineTotal), "offline": String(a.offlineTotal)]))
            if a.status != .ok {
                Paragraph(page.t("sentiment.online-offline.status.\(a.status.rawValue)")).class("error")
            } else {
                Paragraph(page.t("sentiment.online-offline.tested_explain")).class("hint")
                if let best = a.strongestDaily {
                    Paragraph(page.t("sentiment.online-offline.strongest", [
                        "lag": String(best.lag), "r": number(best.testedCorrelation, digits: 2),
                        "p": number(best.familyPValue, digits: 3),
                    ]))
                }
                H2(page.t("sentiment.online-offline.daily"))
                FormParts.svg(lagChart(page, a.daily, a.period, weekly: false).svg(), wide: true)
                Paragraph(page.t("sentiment.online-offline.chart_reading")).class("hint")
                UI.table(headers: headers, rows: rows(a.daily))
                H2(page.t("sentiment.online-offline.weekly"))
                // The default eight weeks hold no lag of 12 weeks: say so rather than show a table of dashes.
                if a.weekly.contains(where: { $0.status != .notEnoughData }) {
                    FormParts.svg(lagChart(page, a.weekly, a.period, weekly: true).svg(), wide: true)
                    UI.table(headers: headers, rows: rows(a.weekly))
                    if let missing = missingWeeklyLags(page, a.weekly) { Paragraph(missing).class("hint") }
                } else {
                    Paragraph(page.t("sentiment.online-offline.weekly_short", [
                        "minimum": String(LaggedCorrelation.minimumWeeks),
                        "weeks": String(a.weekly.map(\.overlap).max() ?? 0),
                    ])).class("hint")
                }
            }
            Paragraph(page.t("sentiment.online-offline.counting")).class("hint")
        }
    }

    /// The tested correlation by lag, significant lags by the family-wise p the headline reads.
    static func lagChart(_ page: PageContext, _ lags: [LagResult], _ period: DayRange, weekly: Bool) -> LagCorrelationChart {
        let kind = weekly ? "weekly" : "daily"
        return LagCorrelationChart(
            title: page.t("sentiment.online-offline.chart_\(kind)"),
            description: page.t("sentiment.online-offline.chart_desc", ["from": period.fromDate, "to": period.toDate]),
            points: lags.map { lag in
                LagChartPoint(lag, displayText: lag.testedCorrelation == nil ? page.t("sentiment.online-offline.legend_gap")
                    : page.t("sentiment.online-offline.mark", [
                        "r": number(lag.testedCorrelation, digits: 2), "lower": number(lag.testedLower95, digits: 2),
                        "upper": number(lag.testedUpper95, digits: 2), "p": number(lag.familyPValue, digits: 3),
                    ]))
            },
            lagAxisTitle: page.t("sentiment.online-offline.lag_\(weekly ? "weeks" : "days")"),
            valueAxisTitle: page.t("sentiment.online-offline.tested_r"),
            legend: .init(
                plain: page.t("sentiment.online-offline.legend_plain"),
                significant: page.t("sentiment.online-offline.legend_significant"),
                interval: page.t("sentiment.interval"), gap: page.t("sentiment.online-offline.legend_gap")),
            id: "lags-\(kind)")
    }

    /// The weekly lags a period of 13–15 whole weeks cannot compute, and why: "Weekly lags ±2…±4 are not computed:
    /// they need a period of 14–16 whole weeks, and this one holds 13." Lag k needs ``LaggedCorrelation/minimumWeeks``
    /// weeks in common, and n whole weeks give it n − |k|, so the missing lags are always the outer ones, in pairs.
    /// Nil when every lag was computed.
    static func missingWeeklyLags(_ page: PageContext, _ weekly: [LagResult]) -> String? {
        let missing = weekly.filter { $0.status == .notEnoughData }.map { abs($0.lag) }
        guard let lowest = missing.min(), let highest = missing.max() else { return nil }
        func range(_ low: String, _ high: String, _ separator: String) -> String {
            low == high ? low : low + separator + high
        }
        let minimum = LaggedCorrelation.minimumWeeks
        return page.t("sentiment.online-offline.weekly_missing", [
            "lags": range("±\(lowest)", "±\(highest)", "…"),
            "needed": range(String(minimum + lowest), String(minimum + highest), "–"),
            // Lag 0 pairs every whole week of the period.
            "weeks": String(weekly.first { $0.lag == 0 }?.overlap ?? weekly.map(\.overlap).max() ?? 0),
        ])
    }
}
