import CGAnalytics
import Foundation
import Testing

@Suite("Lag correlation chart")
struct LagCorrelationChartTests {
    static let legend = LagCorrelationChart.Legend(plain: "Not significant", significant: "p < 0.05", interval: "95% interval", gap: "Too little data")

    @Test("one mark per computed lag, gaps for the others, stars on significant ones, a zero line, title and desc")
    func marksAndGaps() {
        var points: [LagChartPoint] = []
        for lag in -3...3 {
            guard abs(lag) < 3 else {
                points.append(LagChartPoint(lag: lag, value: nil, displayText: "Too little data"))
                continue
            }
            let r = Double(lag) / 4
            points.append(LagChartPoint(lag: lag, value: r, lower: r - 0.2, upper: r + 0.2, significant: lag == 2, displayText: "r"))
        }
        let svg = LagCorrelationChart(
            title: "Tested <r>", description: "by lag", points: points, lagAxisTitle: "Lag", valueAxisTitle: "r",
            legend: Self.legend, id: "lags").svg()
        #expect(svg.components(separatedBy: "class=\"lag-mark").count - 1 == 5)
        #expect(svg.components(separatedBy: "class=\"lag-gap\"").count - 1 == 2)
        #expect(svg.components(separatedBy: "class=\"whisker\"").count - 1 == 5)
        #expect(svg.components(separatedBy: "lag-mark significant").count - 1 == 1)
        #expect(svg.contains("class=\"zero\""))
        #expect(svg.contains("<title id=\"lags-title\">Tested &lt;r&gt;</title>"))
        #expect(svg.contains("<desc id=\"lags-desc\">by lag</desc>"))
        #expect(svg.contains("Too little data") && svg.contains("95% interval"))
        #expect(svg == LagCorrelationChart(
            title: "Tested <r>", description: "by lag", points: points, lagAxisTitle: "Lag", valueAxisTitle: "r",
            legend: Self.legend, id: "lags").svg())
    }

    @Test("a lag result without a tested r is a gap; one under the family-wise level is significant")
    func fromResults() {
        let ok = LagResult(lag: 1, status: .ok, overlap: 50, correlation: 0.6, testedCorrelation: 0.4, pValue: 0.001,
                           familyPValue: 0.02, lower95: 0.4, upper95: 0.75, testedLower95: 0.14, testedUpper95: 0.6)
        let short = LagResult(lag: 14, status: .notEnoughData, overlap: 12, correlation: nil, pValue: nil, familyPValue: nil,
                              lower95: nil, upper95: nil)
        let a = LagChartPoint(ok, displayText: "")
        let b = LagChartPoint(short, displayText: "")
        #expect(a.value == 0.4 && a.lower == 0.14 && a.upper == 0.6 && a.significant)
        #expect(b.value == nil && !b.significant)
    }
}
