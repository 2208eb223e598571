import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import CGAnalytics

/// A parsed SVG: the elements in document order with their attributes, text and parent path.
final class ParsedXML: NSObject, XMLParserDelegate {
    struct Element { var name: String; var attributes: [String: String]; var text: String; var path: [String] }
    var elements: [Element] = []
    private var stack: [Int] = []
    var error: (any Error)?

    static func parse(_ s: String) -> ParsedXML {
        let p = ParsedXML()
        let parser = XMLParser(data: Data(s.utf8))
        parser.delegate = p
        if !parser.parse() { p.error = parser.parserError ?? CocoaError(.coderReadCorrupt) }
        return p
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append(Element(name: name, attributes: attributes, text: "", path: stack.map { elements[$0].name }))
        stack.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let i = stack.last { elements[i].text += string }
    }

    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }
    func withClass(_ cls: String) -> [Element] {
        elements.filter { ($0.attributes["class"] ?? "").split(separator: " ").contains(Substring(cls)) }
    }
}

let hostile = "<script>alert(1)</script>&\"'"

func checkAccessibleDocument(_ svg: String, title: String) -> ParsedXML {
    let doc = ParsedXML.parse(svg)
    #expect(doc.error == nil, "not well-formed: \(String(describing: doc.error))")
    let root = doc.elements.first
    #expect(root?.name == "svg")
    #expect(root?.attributes["role"] == "img")
    #expect(root?.attributes["width"] == "100%")
    #expect(root?.attributes["viewBox"]?.hasPrefix("0 0 ") == true)
    #expect(root?.attributes["xmlns"] == "http://www.w3.org/2000/svg" || svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
    #expect(doc.elements.count > 2 && doc.elements[1].name == "title" && doc.elements[1].text == title)
    #expect(doc.elements[2].name == "desc")
    #expect(!svg.contains("<script"))
    #expect(!svg.contains("http://") || !svg.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http://"))
    return doc
}

@Suite struct ClassBreaksTests {
    @Test func quantileBreaks() {
        let b = ClassBreaks.quantiles(values: (1...100).map(Double.init), count: 4)
        #expect(b.bounds == [1, 26, 51, 76, 100])
        #expect(ClassBreaks.quantiles(values: [0.5, 1, 1.5, 2], count: 2).bounds == [0.5, 1.25, 2])
        #expect(b.classIndex(of: 1) == 0)
        #expect(b.classIndex(of: 30) == 1)
        #expect(b.classIndex(of: 100) == 3)
        #expect(b.classIndex(of: 500) == 3)
        // Repeated values collapse classes instead of producing empty ones.
        #expect(ClassBreaks.quantiles(values: [5, 5, 5, 5], count: 4).count == 1)
        #expect(ClassBreaks.quantiles(values: [], count: 4).bounds == [0, 1])
    }

    @Test func niceBreaks() {
        #expect(ClassBreaks.nice(max: 87, count: 5).bounds == [0, 20, 40, 60, 80, 100])
        #expect(ClassBreaks.nice(max: 10, count: 5).bounds == [0, 2, 4, 6, 8, 10])
        #expect(ClassBreaks.nice(max: 0, count: 3).bounds.count == 4)
        #expect(ClassBreaks.nice(max: 87, count: 5).label(1) == "20 – 40")
    }

    @Test func palette() {
        #expect(ChartPalette.sequential(count: 5).count == 5)
        #expect(Set(ChartPalette.sequential(count: 9)).count == 8 || Set(ChartPalette.sequential(count: 9)).count == 9)
        #expect(ChartPalette.textColor(on: "#081d58") == "#ffffff")
        #expect(ChartPalette.textColor(on: "#ffffd9") == "#000000")
        #expect(NumberText.format(2.5) == "2.5")
        #expect(NumberText.format(3.0) == "3")
        #expect(NumberText.format(0.04) == "0")
    }
}

@Suite struct TileMapTests {
    @Test func categoricalLegendReplacesNumericRanges() {
        let cells = [
            TileMapCell(code: "A", label: "A", name: "Alpha", column: 0, row: 0, value: 1, displayText: "selected"),
            TileMapCell(code: "B", label: "B", name: "Beta", column: 1, row: 0, value: nil, displayText: "choose"),
        ]
        let map = TileMapChart(cells: cells, columns: 2, rows: 1, title: "Pick", description: "d", legendTitle: "Area",
                               breaks: ClassBreaks(bounds: [0, 1]), noDataText: "choose", classLabels: ["selected"])
        let texts = checkAccessibleDocument(map.svg(), title: "Pick").all("text").map(\.text)
        #expect(texts.contains("selected"))
        #expect(!texts.contains { $0.contains("–") })
        // A label list that does not match the classes is ignored rather than mislabelling colours.
        let wrong = TileMapChart(cells: cells, columns: 2, rows: 1, title: "Pick", description: "d", legendTitle: "Area",
                                 breaks: ClassBreaks(bounds: [0, 1, 2]), classLabels: ["one"])
        #expect(checkAccessibleDocument(wrong.svg(), title: "Pick").all("text").contains { $0.text.contains("–") })
    }

    func cells() -> [TileMapCell] {
        [
            TileMapCell(code: "N", label: "N", name: "North", column: 1, row: 0, value: 45, displayText: "45"),
            TileMapCell(code: "W", label: hostile, name: hostile, column: 0, row: 1, value: nil,
                        displayText: "fewer than 10", suppressed: true, href: "/report?area=W&x=\"1\""),
            TileMapCell(code: "C", label: "C", name: "Centre", column: 1, row: 1, value: 120, displayText: "120",
                        href: "/observatory?area=C"),
            TileMapCell(code: "E", label: "E", name: "East", column: 2, row: 1, value: nil, displayText: "no data"),
            TileMapCell(code: "S", label: "S", name: "South", column: 1, row: 2, value: 10, displayText: "10"),
        ]
    }

    @Test func drawsOneTilePerCellAndHatchesSuppressed() {
        let chart = TileMapChart(cells: cells(), columns: 3, rows: 3, title: "Incidents by area & \"month\"",
                                 description: "Verified incidents, 2026. Counts 1–9 hidden.", legendTitle: "Incidents",
                                 breaks: .nice(max: 120, count: 4), id: "map 1")
        let svg = chart.svg()
        let doc = checkAccessibleDocument(svg, title: "Incidents by area & \"month\"")
        let tiles = doc.withClass("tile")
        #expect(tiles.count == 5)
        #expect(Set(tiles.compactMap { $0.attributes["data-code"] }) == ["N", "W", "C", "E", "S"])
        let suppressed = doc.withClass("suppressed")
        #expect(suppressed.count == 1 && suppressed.first?.attributes["data-code"] == "W")
        // The suppressed tile's rect uses the hatch pattern; the others do not.
        let hatchRects = doc.all("rect").filter { $0.attributes["fill"] == "url(#map1-hatch)" }
        #expect(hatchRects.count == 2)  // the tile and its legend swatch
        #expect(doc.all("pattern").first?.attributes["id"] == "map1-hatch")
        // Hostile text is escaped and survives as text.
        #expect(!svg.contains("<script>"))
        #expect(doc.all("title").contains { $0.text == "\(hostile): fewer than 10" })
        #expect(doc.all("text").contains { $0.text == hostile })
        // Links.
        let links = doc.all("a")
        #expect(links.count == 2)
        #expect(links.contains { $0.attributes["href"] == "/report?area=W&x=\"1\"" })
        // Legend explains suppressed and no-data tiles.
        #expect(doc.all("text").contains { $0.text == "fewer than 10 (hidden)" })
        #expect(doc.all("text").contains { $0.text == "no data" })
        #expect(doc.withClass("legend-swatch").count == 4 + 2)
        // Deterministic.
        #expect(chart.svg() == svg)
    }

    @Test func coloursFollowClasses() {
        let chart = TileMapChart(cells: cells(), columns: 3, rows: 3, title: "t", description: "d", legendTitle: "l",
                                 breaks: ClassBreaks(bounds: [0, 50, 200]))
        let doc = ParsedXML.parse(chart.svg())
        let colors = ChartPalette.sequential(count: 2)
        func fill(_ code: String) -> String? {
            guard let i = doc.elements.firstIndex(where: { $0.attributes["data-code"] == code }) else { return nil }
            return doc.elements[(i + 1)...].first { $0.name == "rect" }?.attributes["fill"]
        }
        #expect(fill("N") == colors[0])
        #expect(fill("C") == colors[1])
        #expect(fill("E") == ChartPalette.noData)
    }

    @Test func unsafeLinksAreDropped() {
        let bad = ["javascript:alert(1)", " JaVa\tScript:alert(1)", "data:text/html,<b>x</b>", "vbscript:x"]
        let good = ["/observatory?area=N", "https://city.example/x", "?area=N", "report#area", "a/b:c"]
        for href in bad { #expect(!SVG.isSafeLink(href), "\(href)") }
        for href in good { #expect(SVG.isSafeLink(href), "\(href)") }
        let chart = TileMapChart(cells: [TileMapCell(code: "N", label: "N", name: "North", column: 0, row: 0, value: 1,
                                                     displayText: "1", href: "javascript:alert(1)")],
                                 columns: 1, rows: 1, title: "t", description: "d", legendTitle: "l")
        let svg = chart.svg()
        #expect(!svg.lowercased().contains("javascript"))
        #expect(ParsedXML.parse(svg).withClass("tile").count == 1)
    }

    @Test func dataTableListsEveryArea() {
        let chart = TileMapChart(cells: cells(), columns: 3, rows: 3, title: "t", description: "d", legendTitle: "l")
        let table = chart.dataTable
        #expect(table.rows.count == 5)
        #expect(table.rows.contains(["Centre", "120"]))
        #expect(table.rows.contains([hostile, "fewer than 10"]))
    }
}

@Suite struct TimeSeriesChartTests {
    static let day0 = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01 UTC

    func day(_ i: Int) -> Date { Self.day0.addingTimeInterval(Double(i) * 86_400) }

    @Test func linesGapsMarksSpans() {
        var pts: [TimePoint] = (0..<60).map { TimePoint(date: day($0), value: Double(10 + $0 % 7)) }
        pts[20] = TimePoint(date: day(20), value: nil, displayText: "fewer than 10")
        pts[40] = TimePoint(date: day(40), value: nil)
        let marks = MarkSeries(name: "Verified incidents", points: [TimePoint(date: day(5), value: 2), TimePoint(date: day(33), value: 4),
                                                                    TimePoint(date: day(34), value: nil)],
                               style: .bars, secondaryAxisTitle: "Incidents")
        let chart = TimeSeriesChart(title: "Online hate, \(hostile)", description: "Daily messages",
                                    series: [LineSeries(name: hostile, points: pts),
                                             LineSeries(name: "Other", points: [TimePoint(date: day(3), value: 4)])],
                                    marks: marks,
                                    spans: [ShadedSpan(start: day(30), end: day(32), label: "spike <30–32>")],
                                    yAxisTitle: "Messages", id: "ts")
        let svg = chart.svg()
        let doc = checkAccessibleDocument(svg, title: "Online hate, \(hostile)")
        let paths = doc.all("path")
        #expect(paths.count == 1)
        #expect(paths.first?.attributes["d"]?.filter { $0 == "M" }.count == 3)  // two gaps → three runs
        #expect(doc.withClass("mark").count == 2)
        #expect(doc.withClass("span").count == 1)
        #expect(doc.all("text").contains { $0.text == "Incidents" })
        #expect(doc.all("text").contains { $0.text == hostile })
        #expect(doc.all("text").contains { $0.text == "detected spike" })
        // A single isolated point is drawn as a dot.
        #expect(doc.all("circle").count >= 1)
        #expect(chart.svg() == svg)
        let table = chart.dataTable
        #expect(table.columns == ["Date", hostile, "Other", "Verified incidents"])
        #expect(table.rows.count == 60)
        #expect(table.rows[20] == ["2026-01-21", "fewer than 10", "", ""])
        #expect(table.rows[5] == ["2026-01-06", "15", "", "2"])
    }

    @Test func monthlyAxisLabels() {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(secondsFromGMT: 0)!
        let months = (0..<18).map { cal.date(byAdding: .month, value: $0, to: Self.day0)! }
        let chart = TimeSeriesChart(title: "Monthly", description: "d",
                                    series: [LineSeries(name: "Incidents", points: months.map { TimePoint(date: $0, value: 30) })],
                                    marks: MarkSeries(name: "dots", points: [TimePoint(date: months[2], value: 5)], style: .dots),
                                    granularity: .month)
        let doc = checkAccessibleDocument(chart.svg(), title: "Monthly")
        let labels = doc.all("text").map(\.text)
        #expect(labels.contains("Jan 2026"))
        #expect(labels.contains("Jan 2027"))
        #expect(doc.withClass("mark").first?.name == "circle")
        #expect(chart.dataTable.rows.first?.first == "2026-01")
    }

    @Test func emptyChartIsStillValid() {
        let chart = TimeSeriesChart(title: "Empty", description: "nothing", series: [])
        _ = checkAccessibleDocument(chart.svg(), title: "Empty")
    }
}

@Suite struct BarChartTests {
    @Test func suppressedBarsHaveNoLength() {
        let items = [
            BarChartItem(label: "Race or ethnicity", value: 120, displayText: "120"),
            BarChartItem(label: hostile, value: nil, displayText: "fewer than 10", suppressed: true),
            BarChartItem(label: "Disability", value: 15, displayText: "15"),
            BarChartItem(label: "Age", value: nil, displayText: "no data"),
        ]
        let chart = BarChart(title: "By characteristic", description: "Verified incidents", items: items,
                             valueAxisTitle: "Incidents", id: "bars")
        let svg = chart.svg()
        let doc = checkAccessibleDocument(svg, title: "By characteristic")
        let bars = doc.withClass("bar")
        #expect(bars.count == 4)
        #expect(doc.withClass("suppressed").count == 1)
        let hatched = doc.all("rect").filter { $0.attributes["fill"] == "url(#bars-hatch)" }
        #expect(hatched.count == 2)  // the marker and the legend swatch
        #expect(hatched.allSatisfy { $0.attributes["width"] == "18" || $0.attributes["width"] == "16" })
        // Escaped, not interpreted: the whole label survives in the bar's title (the drawn text may be shortened).
        #expect(doc.all("title").contains { $0.text.hasPrefix(hostile) })
        #expect(doc.all("text").contains { $0.text == "fewer than 10" })
        // Longest bar for the largest value.
        let widths = doc.all("rect").filter { $0.attributes["fill"] == ChartPalette.sequentialNine[6] }
            .compactMap { Double($0.attributes["width"] ?? "") }
        #expect(widths.count == 2 && widths[0] > widths[1] * 7)
        #expect(chart.dataTable.rows[1] == [hostile, "fewer than 10"])
    }

    @Test func longLabelsAreShortenedToFitButKeptWholeInTitlesAndTable() {
        let long = "Gender identity, including trans and non-binary people, and their families"
        let chart = BarChart(title: "t", description: "d", items: [BarChartItem(label: long, value: 3, displayText: "3")])
        let doc = checkAccessibleDocument(chart.svg(), title: "t")
        let drawn = doc.all("text").map(\.text).first { $0.hasPrefix("Gender") }
        #expect(drawn?.hasSuffix("…") == true)
        #expect(SVG.estimateWidth(drawn ?? "") <= 220)
        #expect(doc.all("title").contains { $0.text.hasPrefix(long) })
        #expect(chart.dataTable.rows[0][0] == long)
    }

    @Test func escapesControlCharacters() {
        let chart = BarChart(title: "a\u{0}b\u{1B}c", description: "d", items: [])
        let doc = checkAccessibleDocument(chart.svg(), title: "abc")
        #expect(doc.error == nil)
    }
}

@Suite struct ProtectedChartInputTests {
    @Test func suppressedCountsNeverBecomeLengthsOrColours() {
        let tile = TileMapCell(code: "A", label: "A", name: "Area", column: 0, row: 0, protected: .fewerThan(10))
        #expect(tile.value == nil && tile.suppressed && tile.displayText == "fewer than 10")
        let shown = TileMapCell(code: "B", label: "B", name: "B", column: 1, row: 0, protected: .rounded(45), href: "/b")
        #expect(shown.value == 45 && !shown.suppressed && shown.href == "/b")
        let bar = BarChartItem(label: "x", protected: .secondarySuppressed)
        #expect(bar.value == nil && bar.suppressed && bar.displayText == "hidden")
        let point = TimePoint(date: Date(timeIntervalSince1970: 0), protected: .fewerThan(10), displayText: "moins de 10")
        #expect(point.value == nil && point.displayText == "moins de 10")
        #expect(TimePoint(date: Date(timeIntervalSince1970: 0), protected: .exact(0)).value == 0)
    }
}
