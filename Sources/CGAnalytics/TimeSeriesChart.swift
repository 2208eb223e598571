import Foundation

/// A dated value; nil means a gap (no data, or hidden by disclosure control).
public struct TimePoint: Sendable, Hashable {
    /// The day or month start (UTC).
    public let date: Date
    /// The value, or nil for a gap.
    public let value: Double?
    /// Text for the data table and tooltip, e.g. "fewer than 10"; defaults to the formatted value.
    public let displayText: String?

    /// Creates a point.
    public init(date: Date, value: Double?, displayText: String? = nil) {
        self.date = date
        self.value = value
        self.displayText = displayText
    }

    var text: String { displayText ?? value.map { NumberText.format($0) } ?? "no data" }
}

/// A named line on a time-series chart.
public struct LineSeries: Sendable, Hashable {
    /// Legend name.
    public let name: String
    /// Points in any order; they are drawn sorted by date.
    public let points: [TimePoint]

    /// Creates a line series.
    public init(name: String, points: [TimePoint]) {
        self.name = name
        self.points = points
    }
}

/// A second kind of mark on a time-series chart (e.g. verified offline incidents over online hate).
public struct MarkSeries: Sendable, Hashable {
    /// How the marks are drawn.
    public enum Style: String, Sendable, Hashable, Codable {
        /// Vertical bars from zero.
        case bars
        /// Dots at the value.
        case dots
    }

    /// Legend name.
    public let name: String
    /// Points; nil values are not drawn.
    public let points: [TimePoint]
    /// Bars or dots.
    public let style: Style
    /// When set, the marks get their own scale on a right-hand axis with this title (use when the two
    /// quantities differ in size, like messages and incidents); when nil they share the left axis.
    public let secondaryAxisTitle: String?

    /// Creates a mark series.
    public init(name: String, points: [TimePoint], style: Style = .bars, secondaryAxisTitle: String? = nil) {
        self.name = name
        self.points = points
        self.style = style
        self.secondaryAxisTitle = secondaryAxisTitle
    }
}

/// A shaded date range on a time-series chart, e.g. a detected spike.
public struct ShadedSpan: Sendable, Hashable {
    /// First day (or month) of the span.
    public let start: Date
    /// Last day (or month) of the span, inclusive.
    public let end: Date
    /// Tooltip text for the span.
    public let label: String

    /// Creates a span.
    public init(start: Date, end: Date, label: String) {
        self.start = start
        self.end = end
        self.label = label
    }
}

/// Spacing of the points on a time-series chart.
public enum TimeGranularity: String, Sendable, Hashable, Codable {
    /// One point per day.
    case day
    /// One point per calendar month (dated at the month start).
    case month
}

/// A line chart over dates, with optional second marks and shaded spans.
public struct TimeSeriesChart: Sendable {
    /// Title (SVG `<title>`, table caption).
    public var title: String
    /// Description (SVG `<desc>`).
    public var description: String
    /// The lines.
    public var series: [LineSeries]
    /// Optional bars or dots of another quantity.
    public var marks: MarkSeries?
    /// Shaded spans, e.g. detected spikes.
    public var spans: [ShadedSpan]
    /// Legend text for the shaded spans.
    public var spanLegend: String
    /// Day or month points (sets bar width and axis labels).
    public var granularity: TimeGranularity
    /// Left axis title.
    public var yAxisTitle: String
    /// Element id prefix, unique on the page.
    public var id: String
    /// Twelve month abbreviations for the axis (January first); English by default.
    public var monthNames: [String]
    /// Header of the date column in the data table.
    public var dateColumnTitle: String

    /// Creates a chart.
    public init(title: String, description: String, series: [LineSeries], marks: MarkSeries? = nil,
                spans: [ShadedSpan] = [], spanLegend: String = "detected spike", granularity: TimeGranularity = .day,
                yAxisTitle: String = "", id: String = "timeseries",
                monthNames: [String] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
                dateColumnTitle: String = "Date") {
        self.title = title
        self.description = description
        self.series = series
        self.marks = marks
        self.spans = spans
        self.spanLegend = spanLegend
        self.granularity = granularity
        self.yAxisTitle = yAxisTitle
        self.id = id
        self.monthNames = monthNames.count == 12 ? monthNames : ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        self.dateColumnTitle = dateColumnTitle
    }

    static let width = 720.0, plotHeight = 260.0, top = 24.0

    /// The standalone SVG document (also valid inline in HTML). Deterministic for equal input.
    public func svg() -> String {
        let id = SVG.safeID(self.id)
        let cal = Calendars.utc
        let secondary = marks?.secondaryAxisTitle != nil
        let left = 64.0, right = secondary ? 64.0 : 24.0
        let plotW = Self.width - left - right
        let allDates = series.flatMap { $0.points.map(\.date) } + (marks?.points.map(\.date) ?? [])
            + spans.flatMap { [$0.start, $0.end] }
        let step = granularity == .day ? 86_400.0 : 86_400.0 * 30.44
        let minD = (allDates.min() ?? Date(timeIntervalSince1970: 0)).timeIntervalSince1970 - step / 2
        let maxD = (allDates.max() ?? Date(timeIntervalSince1970: 0)).timeIntervalSince1970 + step / 2
        let span = max(maxD - minD, 1)
        func x(_ d: Date) -> Double { left + (d.timeIntervalSince1970 - minD) / span * plotW }
        let bottom = Self.top + Self.plotHeight

        let lineMax = series.flatMap { $0.points.compactMap(\.value) }.max() ?? 0
        let markMax = marks?.points.compactMap(\.value).max() ?? 0
        let yTicks = NiceNumbers.ticks(max: secondary ? lineMax : max(lineMax, markMax))
        let yTop = yTicks.last ?? 1
        func y(_ v: Double) -> Double { bottom - v / yTop * Self.plotHeight }
        let y2Ticks = NiceNumbers.ticks(max: markMax)
        let y2Top = y2Ticks.last ?? 1
        func yMark(_ v: Double) -> Double { secondary ? bottom - v / y2Top * Self.plotHeight : y(v) }

        // Legend entries (wrapped into lines).
        var legend: [(kind: String, color: String, label: String)] = []
        for (i, ser) in series.enumerated() {
            legend.append(("line", ChartPalette.categorical[i % ChartPalette.categorical.count], ser.name))
        }
        let markColor = ChartPalette.categorical[series.count % ChartPalette.categorical.count]
        if let m = marks { legend.append((m.style.rawValue, markColor, m.name)) }
        if !spans.isEmpty { legend.append(("span", "#E69F00", spanLegend)) }
        var legendRows: [[(kind: String, color: String, label: String, x: Double)]] = [[]]
        var cursor = left
        for e in legend {
            let w = 30 + SVG.estimateWidth(e.label) + 18
            if cursor + w > Self.width - right, !(legendRows.last?.isEmpty ?? true) {
                legendRows.append([]); cursor = left
            }
            legendRows[legendRows.count - 1].append((e.kind, e.color, e.label, cursor))
            cursor += w
        }
        let legendTop = bottom + 44
        let height = legendTop + Double(legendRows.count) * 22 + 8

        var s = SVG.open(id: id, width: Self.width, height: height, title: title, description: description)
        // Spans behind everything.
        if !spans.isEmpty {
            s += "<g class=\"spans\">\n"
            for sp in spans {
                let x0 = max(left, x(sp.start.addingTimeInterval(-step / 2)))
                let x1 = min(left + plotW, x(sp.end.addingTimeInterval(step / 2)))
                s += "<rect class=\"span\" x=\"\(SVG.n(x0))\" y=\"\(SVG.n(Self.top))\" width=\"\(SVG.n(max(x1 - x0, 1)))\" "
                    + "height=\"\(SVG.n(Self.plotHeight))\" fill=\"#E69F00\" fill-opacity=\"0.2\">"
                    + "<title>\(SVG.escape(sp.label))</title></rect>\n"
            }
            s += "</g>\n"
        }
        // Axes and grid.
        s += "<g class=\"axes\" stroke=\"#d0d0d0\" stroke-width=\"1\">\n"
        for t in yTicks {
            s += "<line x1=\"\(SVG.n(left))\" y1=\"\(SVG.n(y(t)))\" x2=\"\(SVG.n(left + plotW))\" y2=\"\(SVG.n(y(t)))\"/>\n"
        }
        s += "<line x1=\"\(SVG.n(left))\" y1=\"\(SVG.n(bottom))\" x2=\"\(SVG.n(left + plotW))\" y2=\"\(SVG.n(bottom))\" stroke=\"#595959\"/>\n"
        s += "</g>\n<g class=\"tick-labels\" font-size=\"11\">\n"
        for t in yTicks { s += SVG.text(NumberText.format(t), x: left - 6, y: y(t) + 4, anchor: "end", fill: "#404040") }
        if secondary {
            for t in y2Ticks {
                s += SVG.text(NumberText.format(t), x: left + plotW + 6, y: bottom - t / y2Top * Self.plotHeight + 4,
                              fill: markColor)
            }
        }
        for tick in xTicks(from: minD, to: maxD, calendar: cal) {
            let tx = x(tick.date)
            s += "<line x1=\"\(SVG.n(tx))\" y1=\"\(SVG.n(bottom))\" x2=\"\(SVG.n(tx))\" y2=\"\(SVG.n(bottom + 4))\" stroke=\"#595959\"/>\n"
            s += SVG.text(tick.label, x: tx, y: bottom + 18, anchor: "middle", fill: "#404040")
        }
        s += "</g>\n"
        if !yAxisTitle.isEmpty {
            s += SVG.text(yAxisTitle, x: 14, y: Self.top + Self.plotHeight / 2, anchor: "middle",
                          extra: "transform=\"rotate(-90 14 \(SVG.n(Self.top + Self.plotHeight / 2)))\"")
        }
        if let t = marks?.secondaryAxisTitle {
            let tx = Self.width - 12
            s += SVG.text(t, x: tx, y: Self.top + Self.plotHeight / 2, anchor: "middle", fill: markColor,
                          extra: "transform=\"rotate(90 \(SVG.n(tx)) \(SVG.n(Self.top + Self.plotHeight / 2)))\"")
        }
        // Marks.
        if let m = marks {
            s += "<g class=\"marks\" fill=\"\(markColor)\">\n"
            let barW = max(1, plotW / (span / step) * 0.6)
            for p in m.points.sorted(by: { $0.date < $1.date }) {
                guard let v = p.value else { continue }
                let label = "<title>\(SVG.escape(dateLabel(p.date, calendar: cal))): \(SVG.escape(p.text))</title>"
                switch m.style {
                case .bars:
                    let top = yMark(v)
                    s += "<rect class=\"mark\" x=\"\(SVG.n(x(p.date) - barW / 2))\" y=\"\(SVG.n(top))\" width=\"\(SVG.n(barW))\" "
                        + "height=\"\(SVG.n(max(bottom - top, 0)))\" fill-opacity=\"0.75\">\(label)</rect>\n"
                case .dots:
                    s += "<circle class=\"mark\" cx=\"\(SVG.n(x(p.date)))\" cy=\"\(SVG.n(yMark(v)))\" r=\"3.5\" "
                        + "stroke=\"#ffffff\" stroke-width=\"1\">\(label)</circle>\n"
                }
            }
            s += "</g>\n"
        }
        // Lines, broken at gaps; isolated points drawn as dots.
        for (i, ser) in series.enumerated() {
            let color = ChartPalette.categorical[i % ChartPalette.categorical.count]
            let pts = ser.points.sorted { $0.date < $1.date }
            var d = ""
            var run: [(Double, Double)] = []
            var singles: [(Double, Double)] = []
            func flush() {
                if run.count == 1 { singles.append(run[0]) }
                if run.count > 1 {
                    d += "M" + run.map { "\(SVG.n($0.0)) \(SVG.n($0.1))" }.joined(separator: " L")
                }
                run = []
            }
            for p in pts {
                if let v = p.value { run.append((x(p.date), y(v))) } else { flush() }
            }
            flush()
            s += "<g class=\"series\" data-series=\"\(i)\"><title>\(SVG.escape(ser.name))</title>"
            if !d.isEmpty {
                s += "<path d=\"\(d)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\" stroke-linejoin=\"round\"/>"
            }
            for sp in singles {
                s += "<circle cx=\"\(SVG.n(sp.0))\" cy=\"\(SVG.n(sp.1))\" r=\"2.5\" fill=\"\(color)\"/>"
            }
            s += "</g>\n"
        }
        // Legend.
        s += "<g class=\"legend\">\n"
        for (r, row) in legendRows.enumerated() {
            let ly = legendTop + Double(r) * 22
            for e in row {
                switch e.kind {
                case "line":
                    s += "<line x1=\"\(SVG.n(e.x))\" y1=\"\(SVG.n(ly + 8))\" x2=\"\(SVG.n(e.x + 22))\" y2=\"\(SVG.n(ly + 8))\" "
                        + "stroke=\"\(e.color)\" stroke-width=\"2.5\"/>\n"
                case "dots":
                    s += "<circle cx=\"\(SVG.n(e.x + 11))\" cy=\"\(SVG.n(ly + 8))\" r=\"4\" fill=\"\(e.color)\"/>\n"
                case "span":
                    s += "<rect x=\"\(SVG.n(e.x))\" y=\"\(SVG.n(ly))\" width=\"22\" height=\"16\" fill=\"#E69F00\" fill-opacity=\"0.2\"/>\n"
                default:
                    s += "<rect x=\"\(SVG.n(e.x + 6))\" y=\"\(SVG.n(ly))\" width=\"10\" height=\"16\" fill=\"\(e.color)\" fill-opacity=\"0.75\"/>\n"
                }
                s += SVG.text(e.label, x: e.x + 30, y: ly + 12.5)
            }
        }
        s += "</g>\n</svg>\n"
        return s
    }

    /// The data behind the chart: one row per date, one column per line and for the marks.
    public var dataTable: ChartDataTable {
        let cal = Calendars.utc
        var columns = [dateColumnTitle] + series.map(\.name)
        var all = series.map(\.points)
        if let m = marks { columns.append(m.name); all.append(m.points) }
        let dates = Set(all.joined().map(\.date)).sorted()
        let lookup = all.map { pts in Dictionary(pts.map { ($0.date, $0.text) }, uniquingKeysWith: { a, _ in a }) }
        let rows = dates.map { d in [dateLabel(d, calendar: cal)] + lookup.map { $0[d] ?? "" } }
        return ChartDataTable(caption: title, columns: columns, rows: rows)
    }

    /// "2026-03-14" for days, "2026-03" for months: unambiguous in every language.
    func dateLabel(_ d: Date, calendar cal: Calendar) -> String {
        let c = cal.dateComponents([.year, .month, .day], from: d)
        let ym = "\(c.year ?? 0)-\(Self.pad2(c.month ?? 0))"
        return granularity == .month ? ym : ym + "-\(Self.pad2(c.day ?? 0))"
    }

    static func pad2(_ v: Int) -> String { v < 10 ? "0\(v)" : String(v) }

    /// Axis ticks: month starts (every k months) for long ranges or monthly data, else every k days.
    func xTicks(from: Double, to: Double, calendar cal: Calendar) -> [(date: Date, label: String)] {
        let start = Date(timeIntervalSince1970: from), end = Date(timeIntervalSince1970: to)
        let days = (to - from) / 86_400
        var out: [(Date, String)] = []
        if granularity == .month || days > 62 {
            let months = max(1, Int(days / 30.44))
            let k = [1, 2, 3, 6, 12, 24].first { months / $0 <= 8 } ?? 24
            var c = cal.dateComponents([.year, .month], from: start)
            c.day = 1
            guard var d = cal.date(from: c) else { return [] }
            if d < start, let next = cal.date(byAdding: .month, value: 1, to: d) { d = next }
            var first = true
            while d <= end {
                let comps = cal.dateComponents([.year, .month], from: d)
                let m = (comps.month ?? 1) - 1
                if m % k == 0 || k == 1 {
                    let name = monthNames[m]
                    out.append((d, first || m == 0 ? "\(name) \(comps.year ?? 0)" : name))
                    first = false
                }
                guard let next = cal.date(byAdding: .month, value: 1, to: d) else { break }
                d = next
            }
        } else {
            let k = [1, 2, 7, 14].first { days / Double($0) <= 10 } ?? 14
            var d = cal.startOfDay(for: start)
            if d < start, let next = cal.date(byAdding: .day, value: 1, to: d) { d = next }
            while d <= end {
                let c = cal.dateComponents([.month, .day], from: d)
                out.append((d, "\(c.day ?? 0) \(monthNames[(c.month ?? 1) - 1])"))
                guard let next = cal.date(byAdding: .day, value: k, to: d) else { break }
                d = next
            }
        }
        return out
    }
}

/// The calendars used for dates: UTC Gregorian, and ISO 8601 weeks.
enum Calendars {
    static let utcZone = TimeZone(secondsFromGMT: 0) ?? TimeZone.current

    static var utc: Calendar {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = utcZone
        return c
    }

    static var iso: Calendar {
        var c = Calendar(identifier: .iso8601)
        c.timeZone = utcZone
        c.firstWeekday = 2
        c.minimumDaysInFirstWeek = 4
        return c
    }
}
