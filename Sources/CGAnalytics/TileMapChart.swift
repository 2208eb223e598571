import Foundation

/// One area on a tile-grid map.
public struct TileMapCell: Sendable, Hashable {
    /// Stable area code (written as `data-code` on the tile).
    public let code: String
    /// Short abbreviation drawn inside the tile (about 2–4 characters).
    public let label: String
    /// Full area name, used in the tooltip and the data table.
    public let name: String
    /// Grid column, from 0 at the left.
    public let column: Int
    /// Grid row, from 0 at the top.
    public let row: Int
    /// Value that sets the colour; nil means no data (or suppressed).
    public let value: Double?
    /// What the tooltip and data table show for this area, e.g. "45" or "fewer than 10".
    public let displayText: String
    /// Hidden by disclosure control: drawn hatched and explained in the legend.
    public let suppressed: Bool
    /// Optional link target, making the tile a link (e.g. to choose the area in a form or filter a page).
    /// Only relative links and http, https and mailto URLs are drawn; others (e.g. `javascript:`) are dropped.
    public let href: String?

    /// Creates a cell.
    public init(code: String, label: String, name: String, column: Int, row: Int, value: Double?,
                displayText: String, suppressed: Bool = false, href: String? = nil) {
        self.code = code
        self.label = label
        self.name = name
        self.column = column
        self.row = row
        self.value = value
        self.displayText = displayText
        self.suppressed = suppressed
        self.href = href
    }
}

/// A tile-grid choropleth (cartogram): every area is an equal square at its grid position, coloured by class.
public struct TileMapChart: Sendable {
    /// The areas.
    public var cells: [TileMapCell]
    /// Grid width in tiles.
    public var columns: Int
    /// Grid height in tiles.
    public var rows: Int
    /// Chart title (SVG `<title>` and table caption).
    public var title: String
    /// Longer description (SVG `<desc>`): what is counted, period, and the disclosure rule.
    public var description: String
    /// Heading of the legend, e.g. "Verified incidents".
    public var legendTitle: String
    /// Class breaks for the colours; see `ClassBreaks.quantiles` and `ClassBreaks.nice`.
    public var breaks: ClassBreaks
    /// Prefix for element ids, unique on the page when several charts are inlined.
    public var id: String
    /// Legend text for tiles with no data.
    public var noDataText: String
    /// Legend text for hatched (suppressed) tiles.
    public var suppressedText: String
    /// Column headers of the data table: area, value.
    public var tableColumns: [String]
    /// Legend texts for the classes, replacing the numeric ranges when the colours mean categories (for
    /// example "selected" on an area picker). Must have one text per class to take effect.
    public var classLabels: [String]?

    /// Creates a tile map. `breaks` defaults to quantile classes (up to 5) of the non-nil values.
    public init(cells: [TileMapCell], columns: Int, rows: Int, title: String, description: String,
                legendTitle: String, breaks: ClassBreaks? = nil, id: String = "tilemap",
                noDataText: String = "no data", suppressedText: String = "fewer than 10 (hidden)",
                tableColumns: [String] = ["Area", "Value"], classLabels: [String]? = nil) {
        self.cells = cells
        self.columns = columns
        self.rows = rows
        self.title = title
        self.description = description
        self.legendTitle = legendTitle
        self.breaks = breaks ?? .quantiles(values: cells.compactMap { $0.suppressed ? nil : $0.value }, count: 5)
        self.id = id
        self.noDataText = noDataText
        self.suppressedText = suppressedText
        self.tableColumns = tableColumns
        self.classLabels = classLabels
    }

    /// The legend text of class `i`.
    func legendLabel(_ i: Int) -> String {
        if let labels = classLabels, labels.count == breaks.count { return labels[i] }
        return breaks.label(i)
    }

    static let tile = 56.0, gap = 6.0, pad = 12.0

    /// The standalone SVG document (also valid inline in HTML). Deterministic for equal input.
    public func svg() -> String {
        let id = SVG.safeID(self.id)
        let cols = max(columns, (cells.map(\.column).max() ?? -1) + 1, 1)
        let rws = max(rows, (cells.map(\.row).max() ?? -1) + 1, 1)
        let step = Self.tile + Self.gap
        let mapW = Self.pad * 2 + Double(cols) * step - Self.gap
        let mapH = Self.pad * 2 + Double(rws) * step - Self.gap
        let colors = ChartPalette.sequential(count: breaks.count)
        let hasSuppressed = cells.contains(where: \.suppressed)
        let hasNoData = cells.contains { !$0.suppressed && $0.value == nil }
        let legendLines = 1 + breaks.count + (hasSuppressed ? 1 : 0) + (hasNoData ? 1 : 0)
        let legendTop = mapH + 8
        let height = legendTop + Double(legendLines) * 22 + Self.pad
        let legendWidth = ([legendTitle, noDataText, suppressedText] + (0..<breaks.count).map(legendLabel))
            .map { SVG.estimateWidth($0) + 40 }.max() ?? 0
        let width = max(mapW, legendWidth + Self.pad * 2, 240)

        var s = SVG.open(id: id, width: width, height: height, title: title, description: description)
        s += "<g class=\"tiles\">\n"
        for c in cells.sorted(by: { ($0.row, $0.column, $0.code) < ($1.row, $1.column, $1.code) }) {
            let x = Self.pad + Double(c.column) * step, y = Self.pad + Double(c.row) * step
            let fill: String
            var cls = "tile"
            var dash = ""
            if c.suppressed {
                fill = "url(#\(id)-hatch)"; cls += " suppressed"
            } else if let v = c.value {
                fill = colors[min(breaks.classIndex(of: v), colors.count - 1)]
            } else {
                fill = ChartPalette.noData; cls += " no-data"; dash = " stroke-dasharray=\"4 3\""
            }
            let textFill = c.suppressed || c.value == nil ? "#000000" : ChartPalette.textColor(on: fill)
            var tileSVG = "<g class=\"\(cls)\" data-code=\"\(SVG.escape(c.code))\">"
            tileSVG += "<title>\(SVG.escape(c.name)): \(SVG.escape(c.displayText))</title>"
            tileSVG += "<rect x=\"\(SVG.n(x))\" y=\"\(SVG.n(y))\" width=\"\(SVG.n(Self.tile))\" height=\"\(SVG.n(Self.tile))\" "
                + "rx=\"4\" fill=\"\(fill)\" stroke=\"#595959\" stroke-width=\"1\"\(dash)/>"
            let halo = c.suppressed ? "paint-order=\"stroke\" stroke=\"#ffffff\" stroke-width=\"3\"" : ""
            tileSVG += SVG.text(c.label, x: x + Self.tile / 2, y: y + Self.tile / 2 + 5, anchor: "middle",
                                weight: "600", fill: textFill, extra: halo)
                .trimmingCharacters(in: .newlines)
            tileSVG += "</g>"
            if let href = c.href, SVG.isSafeLink(href) {
                s += "<a href=\"\(SVG.escape(href))\" aria-label=\"\(SVG.escape(c.name)): \(SVG.escape(c.displayText))\">"
                    + tileSVG + "</a>\n"
            } else {
                s += tileSVG + "\n"
            }
        }
        s += "</g>\n<g class=\"legend\">\n"
        var y = legendTop
        s += SVG.text(legendTitle, x: Self.pad, y: y + 12, weight: "600")
        y += 22
        for i in 0..<breaks.count {
            s += SVG.swatch(x: Self.pad, y: y, fill: colors[i], label: legendLabel(i))
            y += 22
        }
        if hasSuppressed {
            s += SVG.swatch(x: Self.pad, y: y, fill: "url(#\(id)-hatch)", label: suppressedText)
            y += 22
        }
        if hasNoData {
            s += SVG.swatch(x: Self.pad, y: y, fill: ChartPalette.noData, label: noDataText, dashed: true)
        }
        s += "</g>\n</svg>\n"
        return s
    }

    /// The data behind the map as text rows (area name, display text), ordered by name.
    public var dataTable: ChartDataTable {
        ChartDataTable(caption: title, columns: tableColumns,
                       rows: cells.sorted { ($0.name, $0.code) < ($1.name, $1.code) }.map { [$0.name, $0.displayText] })
    }
}
