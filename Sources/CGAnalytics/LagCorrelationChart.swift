import Foundation

/// One lag on a ``LagCorrelationChart``.
public struct LagChartPoint: Sendable, Hashable {
    /// The lag (days or weeks).
    public let lag: Int
    /// The correlation drawn as a bar from zero; nil for a lag with too little data (drawn as a gap).
    public let value: Double?
    /// Lower end of the 95% interval (the whisker), if known.
    public let lower: Double?
    /// Upper end of the 95% interval, if known.
    public let upper: Double?
    /// Significant by the page's test: drawn darker and starred, so the mark does not rest on colour alone.
    public let significant: Bool
    /// Text for the mark's tooltip and the data table, e.g. "r 0.41 (0.12 … 0.64), p 0.004".
    public let displayText: String

    /// Creates a point.
    public init(lag: Int, value: Double?, lower: Double? = nil, upper: Double? = nil, significant: Bool = false,
                displayText: String) {
        self.lag = lag
        self.value = value
        self.lower = lower
        self.upper = upper
        self.significant = significant
        self.displayText = displayText
    }

    /// The point of one ``LagResult``'s tested correlation: a gap when it has none (too little data, constant
    /// series), significant when its family-wise p is under `level`.
    public init(_ result: LagResult, level: Double = 0.05, displayText: String) {
        self.init(
            lag: result.lag, value: result.status == .ok ? result.testedCorrelation : nil, lower: result.testedLower95,
            upper: result.testedUpper95, significant: (result.familyPValue ?? 1) < level, displayText: displayText)
    }
}

/// Correlation by lag: a bar per lag from a zero line on a fixed −1…+1 scale, with its 95% interval as a whisker,
/// lags without a number as hatched gaps, significant lags darker and starred, and a legend for each. Pure SVG,
/// deterministic for equal input; the page keeps the numbers as a table beside it.
public struct LagCorrelationChart: Sendable {
    /// Title (SVG `<title>`).
    public var title: String
    /// Description (SVG `<desc>`).
    public var description: String
    /// The lags, drawn left to right in this order.
    public var points: [LagChartPoint]
    /// Title under the lag axis, e.g. "Lag (days); positive: online first".
    public var lagAxisTitle: String
    /// Title of the value axis, e.g. "r (trends removed)".
    public var valueAxisTitle: String
    /// Legend texts: a bar not significant, a significant bar, the whisker, a gap.
    public var legend: Legend
    /// Element id prefix, unique on the page.
    public var id: String

    /// The legend's four entries.
    public struct Legend: Sendable, Hashable {
        /// A bar whose lag is not significant.
        public var plain: String
        /// A significant bar.
        public var significant: String
        /// The whisker.
        public var interval: String
        /// A lag with too little data.
        public var gap: String

        /// Creates a legend.
        public init(plain: String, significant: String, interval: String, gap: String) {
            self.plain = plain
            self.significant = significant
            self.interval = interval
            self.gap = gap
        }
    }

    /// Creates a chart.
    public init(title: String, description: String, points: [LagChartPoint], lagAxisTitle: String,
                valueAxisTitle: String, legend: Legend, id: String = "lagchart") {
        self.title = title
        self.description = description
        self.points = points
        self.lagAxisTitle = lagAxisTitle
        self.valueAxisTitle = valueAxisTitle
        self.legend = legend
        self.id = id
    }

    static let width = 640.0, left = 52.0, right = 12.0, top = 16.0, plotHeight = 220.0
    static let plainColor = ChartPalette.sequentialNine[4], significantColor = ChartPalette.sequentialNine[7]

    /// The standalone SVG document (also valid inline in HTML).
    public func svg() -> String {
        let id = SVG.safeID(self.id)
        let plotW = Self.width - Self.left - Self.right
        let slot = plotW / Double(max(points.count, 1))
        let bottom = Self.top + Self.plotHeight
        // A correlation lives in −1…+1, so the scale is fixed and charts of two periods compare at a glance.
        func y(_ v: Double) -> Double { Self.top + (1 - max(-1, min(1, v))) / 2 * Self.plotHeight }
        func x(_ i: Int) -> Double { Self.left + (Double(i) + 0.5) * slot }
        let barW = max(3, min(18, slot * 0.6))
        // Every lag labelled when they fit, else every other one counted from lag 0.
        let labelEvery = slot >= 24 ? 1 : 2

        var s = SVG.open(id: id, width: Self.width, height: bottom + 110, title: title, description: description)
        s += "<g class=\"grid\" stroke=\"#e0e0e0\">\n"
        for t in [-1.0, -0.5, 0.5, 1.0] {
            s += "<line x1=\"\(SVG.n(Self.left))\" y1=\"\(SVG.n(y(t)))\" x2=\"\(SVG.n(Self.left + plotW))\" y2=\"\(SVG.n(y(t)))\"/>\n"
        }
        s += "</g>\n<g class=\"axis\" font-size=\"11\">\n"
        for t in [-1.0, -0.5, 0, 0.5, 1.0] {
            s += SVG.text(NumberText.format(t), x: Self.left - 6, y: y(t) + 4, anchor: "end", fill: "#404040")
        }
        for (i, point) in points.enumerated() where point.lag % labelEvery == 0 {
            s += SVG.text(String(point.lag), x: x(i), y: bottom + 16, anchor: "middle", fill: "#404040")
        }
        s += SVG.text(valueAxisTitle, x: 12, y: Self.top + Self.plotHeight / 2, anchor: "middle",
                      extra: "transform=\"rotate(-90 12 \(SVG.n(Self.top + Self.plotHeight / 2)))\"")
        s += SVG.text(lagAxisTitle, x: Self.left + plotW / 2, y: bottom + 34, anchor: "middle")
        s += "</g>\n<g class=\"lags\">\n"
        for (i, point) in points.enumerated() {
            let cx = x(i)
            guard let v = point.value else {
                s += "<g class=\"lag-gap\" data-lag=\"\(point.lag)\"><title>\(SVG.escape("\(point.lag): \(point.displayText)"))</title>"
                s += "<rect x=\"\(SVG.n(cx - barW / 2))\" y=\"\(SVG.n(y(0) - 6))\" width=\"\(SVG.n(barW))\" height=\"12\" "
                    + "fill=\"url(#\(id)-hatch)\" stroke=\"#595959\" stroke-width=\"1\"/></g>\n"
                continue
            }
            let color = point.significant ? Self.significantColor : Self.plainColor
            s += "<g class=\"lag-mark\(point.significant ? " significant" : "")\" data-lag=\"\(point.lag)\">"
            s += "<title>\(SVG.escape("\(point.lag): \(point.displayText)"))</title>"
            s += "<rect x=\"\(SVG.n(cx - barW / 2))\" y=\"\(SVG.n(min(y(v), y(0))))\" width=\"\(SVG.n(barW))\" "
                + "height=\"\(SVG.n(max(1, abs(y(v) - y(0)))))\" fill=\"\(color)\"/>"
            if let lo = point.lower, let hi = point.upper {
                let cap = barW / 3
                s += "<path class=\"whisker\" d=\"M\(SVG.n(cx)) \(SVG.n(y(lo)))V\(SVG.n(y(hi)))"
                    + "M\(SVG.n(cx - cap)) \(SVG.n(y(lo)))H\(SVG.n(cx + cap))M\(SVG.n(cx - cap)) \(SVG.n(y(hi)))H\(SVG.n(cx + cap))\" "
                    + "stroke=\"#1a1a1a\" stroke-width=\"1.2\" fill=\"none\"/>"
            }
            if point.significant {
                // The star sits beyond the whisker's end on the bar's side, where nothing else is drawn.
                let end = v >= 0 ? y(max(v, point.upper ?? v)) - 4 : y(min(v, point.lower ?? v)) + 12
                s += SVG.text("*", x: cx, y: end, anchor: "middle", weight: "bold").trimmingCharacters(in: .newlines)
            }
            s += "</g>\n"
        }
        s += "</g>\n"
        s += "<line class=\"zero\" x1=\"\(SVG.n(Self.left))\" y1=\"\(SVG.n(y(0)))\" x2=\"\(SVG.n(Self.left + plotW))\" "
            + "y2=\"\(SVG.n(y(0)))\" stroke=\"#595959\"/>\n"
        let ly = bottom + 50
        s += "<g class=\"legend\">\n"
        s += SVG.swatch(x: Self.left, y: ly, fill: Self.plainColor, label: legend.plain)
        s += SVG.swatch(x: Self.left + plotW / 2, y: ly, fill: Self.significantColor, label: "* " + legend.significant)
        s += "<path d=\"M\(SVG.n(Self.left + 8)) \(SVG.n(ly + 26))V\(SVG.n(ly + 42))M\(SVG.n(Self.left + 3)) \(SVG.n(ly + 26))"
            + "H\(SVG.n(Self.left + 13))M\(SVG.n(Self.left + 3)) \(SVG.n(ly + 42))H\(SVG.n(Self.left + 13))\" stroke=\"#1a1a1a\" "
            + "stroke-width=\"1.2\" fill=\"none\"/>\n" + SVG.text(legend.interval, x: Self.left + 22, y: ly + 38.5)
        s += SVG.swatch(x: Self.left + plotW / 2, y: ly + 26, fill: "url(#\(id)-hatch)", label: legend.gap)
        s += "</g>\n</svg>\n"
        return s
    }
}
