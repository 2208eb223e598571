import Foundation

// Chart inputs built straight from protected numbers, so a suppressed count can never reach a chart as a
// length or a colour.

extension TileMapCell {
    /// A tile for a published count: suppressed cells are hatched with no value; shown ones are coloured by
    /// their (rounded) value. `displayText` defaults to `cell.displayText` (English).
    public init(code: String, label: String, name: String, column: Int, row: Int, protected cell: ProtectedCell,
                displayText: String? = nil, href: String? = nil) {
        self.init(code: code, label: label, name: name, column: column, row: row, value: cell.value.map(Double.init),
                  displayText: displayText ?? cell.displayText, suppressed: cell.isSuppressed, href: href)
    }
}

extension BarChartItem {
    /// A bar for a published count: suppressed cells become hatched markers with their text, never a length.
    public init(label: String, protected cell: ProtectedCell, displayText: String? = nil) {
        self.init(label: label, value: cell.value.map(Double.init), displayText: displayText ?? cell.displayText,
                  suppressed: cell.isSuppressed)
    }
}

extension TimePoint {
    /// A point for a published count: suppressed cells become gaps whose table text says why.
    public init(date: Date, protected cell: ProtectedCell, displayText: String? = nil) {
        self.init(date: date, value: cell.value.map(Double.init), displayText: displayText ?? cell.displayText)
    }
}
