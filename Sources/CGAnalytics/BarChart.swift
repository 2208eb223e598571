import Foundation

/// One category on a bar chart.
public struct BarChartItem: Sendable, Hashable {
    /// Category name, drawn left of the bar.
    public let label: String
    /// Bar length; nil when suppressed or no data.
    public let value: Double?
    /// Text shown after the bar and in the data table, e.g. "45" or "fewer than 10".
    public let displayText: String
    /// Hidden by disclosure control: drawn as a hatched marker with its text, never as a length.
    public let suppressed: Bool

    /// Creates an item.
    public init(label: String, value: Double?, displayText: String, suppressed: Bool = false) {
        self.label = label
        self.value = value
        self.displayText = displayText
        self.suppressed = suppressed
    }
}

/// Horizontal bars for categories (e.g. incidents by targeted characteristic), in the given order.
public struct BarChart: Sendable {
    /// Title (SVG `<title>`, table caption).
    public var title: String
    /// Description (SVG `<desc>`).
    public var description: String
    /// The bars, drawn top to bottom in this order.
    public var items: [BarChartItem]
    /// Title under the value axis, e.g. "Verified incidents".
    public var valueAxisTitle: String
    /// Legend text for hatched (suppressed) bars.
    public var suppressedText: String
    /// Element id prefix, unique on the page.
    public var id: String
    /// Column headers of the data table.
    public var tableColumns: [String]

    /// Creates a bar chart.
    public init(title: String, description: String, items: [BarChartItem], valueAxisTitle: String = "",
                suppressedText: String = "fewer than 10 (hidden)", id: String = "barchart",
                tableColumns: [String] = ["Category", "Value"]) {
        self.title = title
        self.description = description
        self.items = items
        self.valueAxisTitle = valueAxisTitle
        self.suppressedText = suppressedText
        self.id = id
        self.tableColumns = tableColumns
    }

    static let width = 640.0, rowHeight = 28.0, top = 12.0

    /// The standalone SVG document (also valid inline in HTML). Deterministic for equal input.
    public func svg() -> String {
        let id = SVG.safeID(self.id)
        let labelW = min(220, max(80, (items.map { SVG.estimateWidth($0.label) }.max() ?? 0) + 16))
        let valueW = max(90, (items.map { SVG.estimateWidth($0.displayText) }.max() ?? 0) + 40)
        let left = labelW, plotW = Self.width - labelW - valueW
        let ticks = NiceNumbers.ticks(max: items.compactMap { $0.suppressed ? nil : $0.value }.max() ?? 0, count: 4)
        let top = ticks.last ?? 1
        func len(_ v: Double) -> Double { max(0, v) / top * plotW }
        let bottom = Self.top + Double(items.count) * Self.rowHeight
        let hasSuppressed = items.contains(where: \.suppressed)
        let height = bottom + 44 + (valueAxisTitle.isEmpty ? 0 : 16) + (hasSuppressed ? 24 : 0)
        let color = ChartPalette.sequentialNine[6]

        var s = SVG.open(id: id, width: Self.width, height: height, title: title, description: description)
        s += "<g class=\"grid\" stroke=\"#e0e0e0\">\n"
        for t in ticks {
            s += "<line x1=\"\(SVG.n(left + len(t)))\" y1=\"\(SVG.n(Self.top))\" x2=\"\(SVG.n(left + len(t)))\" y2=\"\(SVG.n(bottom))\"/>\n"
        }
        s += "</g>\n<g class=\"bars\">\n"
        for (i, item) in items.enumerated() {
            let y = Self.top + Double(i) * Self.rowHeight
            let mid = y + Self.rowHeight / 2
            s += "<g class=\"bar\(item.suppressed ? " suppressed" : "")\"><title>\(SVG.escape(item.label)): \(SVG.escape(item.displayText))</title>"
            s += SVG.text(SVG.fitted(item.label, width: labelW - 12), x: left - 8, y: mid + 4.5, anchor: "end").trimmingCharacters(in: .newlines)
            if item.suppressed {
                s += "<rect x=\"\(SVG.n(left))\" y=\"\(SVG.n(y + 5))\" width=\"18\" height=\"\(SVG.n(Self.rowHeight - 10))\" "
                    + "fill=\"url(#\(id)-hatch)\" stroke=\"#595959\" stroke-width=\"1\"/>"
                s += SVG.text(item.displayText, x: left + 24, y: mid + 4.5, fill: "#404040", extra: "font-style=\"italic\"")
                    .trimmingCharacters(in: .newlines)
            } else if let v = item.value {
                let w = len(v)
                s += "<rect x=\"\(SVG.n(left))\" y=\"\(SVG.n(y + 5))\" width=\"\(SVG.n(w))\" height=\"\(SVG.n(Self.rowHeight - 10))\" fill=\"\(color)\"/>"
                s += SVG.text(item.displayText, x: left + w + 6, y: mid + 4.5).trimmingCharacters(in: .newlines)
            } else {
                s += SVG.text(item.displayText, x: left + 6, y: mid + 4.5, fill: "#404040", extra: "font-style=\"italic\"")
                    .trimmingCharacters(in: .newlines)
            }
            s += "</g>\n"
        }
        s += "</g>\n<g class=\"axis\" font-size=\"11\">\n"
        s += "<line x1=\"\(SVG.n(left))\" y1=\"\(SVG.n(bottom))\" x2=\"\(SVG.n(left + plotW))\" y2=\"\(SVG.n(bottom))\" stroke=\"#595959\"/>\n"
        for t in ticks {
            s += SVG.text(NumberText.format(t), x: left + len(t), y: bottom + 16, anchor: "middle", fill: "#404040")
        }
        s += "</g>\n"
        var y = bottom + 34
        if !valueAxisTitle.isEmpty {
            s += SVG.text(valueAxisTitle, x: left + plotW / 2, y: y, anchor: "middle")
            y += 12
        }
        if hasSuppressed {
            s += "<g class=\"legend\">\n" + SVG.swatch(x: left, y: y, fill: "url(#\(id)-hatch)", label: suppressedText) + "</g>\n"
        }
        s += "</svg>\n"
        return s
    }

    /// The data behind the chart, in the drawn order.
    public var dataTable: ChartDataTable {
        ChartDataTable(caption: title, columns: tableColumns, rows: items.map { [$0.label, $0.displayText] })
    }
}
