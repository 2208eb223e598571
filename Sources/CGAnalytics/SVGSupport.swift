import Foundation

/// A plain-text version of a chart's data that a page can show as an HTML table (and screen readers read).
public struct ChartDataTable: Sendable, Hashable, Codable {
    /// Caption for the table (the chart title).
    public let caption: String
    /// Column headers.
    public let columns: [String]
    /// Rows of already formatted text, one entry per column.
    public let rows: [[String]]

    /// Creates a data table.
    public init(caption: String, columns: [String], rows: [[String]]) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
    }
}

/// Colours used by the charts. All palettes are colour-blind safe.
public enum ChartPalette {
    /// ColorBrewer "YlGnBu", a sequential palette readable with the common colour-vision deficiencies and in
    /// greyscale (lightness rises monotonically).
    public static let sequentialNine = [
        "#ffffd9", "#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#253494", "#081d58",
    ]

    /// The Okabe–Ito palette for distinct series (lines, marks), ordered for contrast on white.
    public static let categorical = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"]

    /// Fill for tiles with no data.
    public static let noData = "#ffffff"

    /// `count` colours from the sequential palette, light to dark, evenly spread (1 ≤ count ≤ 9).
    public static func sequential(count: Int) -> [String] {
        let k = min(max(count, 1), sequentialNine.count)
        if k == 1 { return [sequentialNine[5]] }
        // Skip the very lightest step so the lowest class is distinguishable from "no data" white.
        let lo = 1.0, hi = Double(sequentialNine.count - 1)
        return (0..<k).map { i in sequentialNine[Int((lo + (hi - lo) * Double(i) / Double(k - 1)).rounded())] }
    }

    /// Black or white, whichever reads better on the given `#rrggbb` fill (WCAG relative luminance).
    public static func textColor(on fill: String) -> String {
        let hex = fill.hasPrefix("#") ? String(fill.dropFirst()) : fill
        guard hex.count == 6, let v = UInt32(hex, radix: 16) else { return "#000000" }
        func lin(_ c: UInt32) -> Double {
            let s = Double(c) / 255
            return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        let l = 0.2126 * lin(v >> 16 & 0xff) + 0.7152 * lin(v >> 8 & 0xff) + 0.0722 * lin(v & 0xff)
        return l > 0.179 ? "#000000" : "#ffffff"
    }
}

/// Class breaks for a choropleth: `bounds` has one more entry than there are classes; class `i` holds values
/// in `bounds[i] ..< bounds[i+1]`, and the last class also holds its upper bound.
public struct ClassBreaks: Sendable, Hashable, Codable {
    /// Ascending, distinct bounds (at least two).
    public let bounds: [Double]

    /// Creates breaks from explicit bounds; sorts them, drops duplicates, and falls back to `[0, 1]`.
    public init(bounds: [Double]) {
        var b: [Double] = []
        for x in bounds.filter({ $0.isFinite }).sorted() where b.last != x { b.append(x) }
        if b.count < 2 { b = [b.first ?? 0, (b.first ?? 0) + 1] }
        self.bounds = b
    }

    /// Number of classes.
    public var count: Int { bounds.count - 1 }

    /// Quantile breaks: about `count` classes each holding a similar number of the values (fewer classes
    /// when values repeat). Quantiles use linear interpolation between order statistics (type 7); when every
    /// value is a whole number the bounds are rounded up to whole numbers.
    public static func quantiles(values: [Double], count: Int) -> ClassBreaks {
        let v = values.filter { $0.isFinite }.sorted()
        guard let first = v.first, let last = v.last, count >= 1 else { return ClassBreaks(bounds: [0, 1]) }
        var b = [first]
        for k in 1..<max(count, 1) { b.append(Statistics.quantile(sorted: v, Double(k) / Double(count))) }
        b.append(last)
        // Counts give whole-number bounds (rounded up so each bound stays inside its class).
        if v.allSatisfy({ $0 == $0.rounded() }) { b = b.map { $0.rounded(.up) } }
        return ClassBreaks(bounds: b)
    }

    /// Equal-width breaks from 0 with a "nice" step (1, 2 or 5 × a power of ten) covering `max`.
    public static func nice(max: Double, count: Int) -> ClassBreaks {
        let k = Swift.max(count, 1)
        let step = NiceNumbers.step(for: Swift.max(max, 1) / Double(k))
        var b: [Double] = [0]
        while b.count <= k || b.last! < max { b.append(Double(b.count) * step) }
        return ClassBreaks(bounds: b)
    }

    /// The class of a value (values below the first bound go to class 0, above the last to the last class).
    public func classIndex(of value: Double) -> Int {
        for i in 1..<bounds.count where value < bounds[i] { return i - 1 }
        return count - 1
    }

    /// Legend text for class `i`, e.g. "10 – 20".
    public func label(_ i: Int) -> String {
        "\(NumberText.format(bounds[i])) – \(NumberText.format(bounds[i + 1]))"
    }
}

/// Locale-independent number text, so output is identical on every server.
public enum NumberText {
    /// Whole numbers without decimals; others with up to `decimals` decimals, trailing zeros dropped.
    public static func format(_ value: Double, decimals: Int = 1) -> String {
        guard value.isFinite else { return "–" }
        let scale = pow(10, Double(max(0, decimals)))
        let r = (value * scale).rounded() / scale
        if r == r.rounded() { return String(Int(r)) }
        var s = String(format: "%.\(max(0, decimals))f", r)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}

enum NiceNumbers {
    /// The smallest of 1, 2, 2.5, 5, 10 × 10^k that is ≥ raw.
    static func step(for raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let p = pow(10, floor(log10(raw)))
        for m in [1.0, 2, 2.5, 5, 10] where m * p >= raw * (1 - 1e-12) { return m * p }
        return 10 * p
    }

    /// Ticks 0, step, … covering `max` with about `count` intervals.
    static func ticks(max: Double, count: Int = 5) -> [Double] {
        let top = max > 0 && max.isFinite ? max : 1
        let step = Self.step(for: top / Double(Swift.max(count, 1)))
        let n = Int((top / step).rounded(.up))
        return (0...Swift.max(n, 1)).map { Double($0) * step }
    }
}

/// XML escaping and small SVG building blocks shared by the charts.
enum SVG {
    /// Escapes text for XML content and attribute values, dropping characters XML forbids.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(u)
            default:
                let v = u.value
                if v < 0x20 || (0xFFFE...0xFFFF).contains(v) || (0xD800...0xDFFF).contains(v) { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// An id safe for XML and CSS: letters, digits, '-' and '_' only, starting with a letter.
    static func safeID(_ s: String) -> String {
        let kept = String(s.unicodeScalars.filter { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_") })
        return kept.first?.isLetter == true ? kept : "c" + kept
    }

    /// Whether a link target is safe to emit: relative references, or http, https and mailto URLs.
    /// Browsers ignore tabs, newlines and leading spaces inside a scheme, so those are removed before checking.
    static func isSafeLink(_ href: String) -> Bool {
        let cleaned = String(href.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }).lowercased()
        guard let colon = cleaned.firstIndex(of: ":") else { return true }
        if let stop = cleaned.firstIndex(where: { "/?#".contains($0) }), stop < colon { return true }
        let scheme = cleaned[..<colon]
        return scheme == "http" || scheme == "https" || scheme == "mailto"
    }

    /// A coordinate with at most two decimals.
    static func n(_ v: Double) -> String { NumberText.format(v, decimals: 2) }

    /// The opening tag, title, description and shared definitions (hatch pattern).
    static func open(id: String, width: Double, height: Double, title: String, description: String) -> String {
        """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(n(width)) \(n(height))" width="100%" \
        preserveAspectRatio="xMidYMid meet" role="img" aria-labelledby="\(id)-title \(id)-desc" \
        font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="13">
        <title id="\(id)-title">\(escape(title))</title>
        <desc id="\(id)-desc">\(escape(description))</desc>
        <defs><pattern id="\(id)-hatch" patternUnits="userSpaceOnUse" width="6" height="6" \
        patternTransform="rotate(45)"><rect width="6" height="6" fill="#f0f0f0"/>\
        <line x1="0" y1="0" x2="0" y2="6" stroke="#595959" stroke-width="2"/></pattern></defs>

        """
    }

    /// A text element.
    static func text(_ s: String, x: Double, y: Double, anchor: String = "start", size: Double? = nil,
                     weight: String? = nil, fill: String = "#1a1a1a", extra: String = "") -> String {
        var attrs = "x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\" fill=\"\(fill)\""
        if let size { attrs += " font-size=\"\(n(size))\"" }
        if let weight { attrs += " font-weight=\"\(weight)\"" }
        if !extra.isEmpty { attrs += " " + extra }
        return "<text \(attrs)>\(escape(s))</text>\n"
    }

    /// A legend swatch with its label; `fill` may be a colour or a `url(#…)` pattern.
    static func swatch(x: Double, y: Double, fill: String, label: String, stroke: String = "#595959",
                       dashed: Bool = false) -> String {
        let dash = dashed ? " stroke-dasharray=\"3 2\"" : ""
        return "<rect class=\"legend-swatch\" x=\"\(n(x))\" y=\"\(n(y))\" width=\"16\" height=\"16\" fill=\"\(fill)\" "
            + "stroke=\"\(stroke)\" stroke-width=\"1\"\(dash)/>\n" + text(label, x: x + 22, y: y + 12.5)
    }

    /// Rough width of a label in the 13-px font, for layout only.
    static func estimateWidth(_ s: String, size: Double = 13) -> Double {
        Double(s.count) * size * 0.58
    }

    /// `s` shortened with an ellipsis so that its estimated width fits `width`; the full text belongs in the
    /// element's `<title>` and the data table, where nothing is cut.
    static func fitted(_ s: String, width: Double, size: Double = 13) -> String {
        guard estimateWidth(s, size: size) > width else { return s }
        let keep = max(1, Int(width / (size * 0.58)) - 1)
        return String(s.prefix(keep)).trimmingCharacters(in: .whitespaces) + "…"
    }
}

/// Order statistics shared by the charts and analytics.
enum Statistics {
    /// Quantile of sorted values with linear interpolation (Hyndman–Fan type 7).
    static func quantile(sorted v: [Double], _ p: Double) -> Double {
        guard !v.isEmpty else { return .nan }
        let h = Double(v.count - 1) * min(max(p, 0), 1)
        let lo = Int(h.rounded(.down)), hi = Int(h.rounded(.up))
        return v[lo] + (h - Double(lo)) * (v[hi] - v[lo])
    }

    /// Median of values (NaN when empty).
    static func median(_ values: [Double]) -> Double { quantile(sorted: values.sorted(), 0.5) }

    /// Median absolute deviation from the median (unscaled).
    static func mad(_ values: [Double]) -> Double {
        let m = median(values)
        return median(values.map { abs($0 - m) })
    }
}
