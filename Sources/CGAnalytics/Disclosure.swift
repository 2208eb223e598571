import Foundation

// Statistical disclosure control for published counts.
//
// Rules (see docs/analytics.md): a count from 1 to threshold−1 is primary-suppressed ("fewer than 10"),
// other counts are rounded to the nearest multiple of the rounding base, true zeros are shown, and further
// cells are suppressed until no hidden number can be worked out exactly from the published totals.

/// The rules applied to every public count: the suppression threshold and the rounding base.
///
/// The default is the UK statistics-office practice: counts from 1 to 9 are hidden, the rest rounded to 5.
public struct DisclosurePolicy: Sendable, Hashable, Codable {
    /// Counts from 1 to `threshold - 1` are suppressed. A count equal to `threshold` is shown (rounded).
    public let threshold: Int
    /// Shown counts are rounded to the nearest multiple of this base (halves round up).
    public let roundingBase: Int

    /// Creates a policy. `threshold` is clamped to at least 1 and `roundingBase` to at least 1 (1 = no rounding).
    public init(threshold: Int = 10, roundingBase: Int = 5) {
        self.threshold = max(1, threshold)
        self.roundingBase = max(1, roundingBase)
    }

    /// The policy used for every public CommonGround number: suppress 1–9, round to 5.
    public static let standard = DisclosurePolicy(threshold: 10, roundingBase: 5)

    /// Rounds a count that may be shown: nearest multiple of `roundingBase`, halves up, and never below
    /// `threshold` (a count at or above the threshold never rounds down into the suppressed range).
    /// Zero stays zero. Negative input is treated as zero.
    public func round(_ count: Int) -> Int {
        guard count > 0 else { return 0 }
        let base = roundingBase
        var rounded = ((2 * count + base) / (2 * base)) * base
        if rounded < threshold {
            rounded = ((threshold + base - 1) / base) * base
        }
        return rounded
    }

    /// Whether a true count is hidden by the primary rule (1 ≤ count < threshold).
    public func isPrimarySuppressed(_ count: Int) -> Bool {
        count >= 1 && count < threshold
    }

    /// The public form of a single count considered alone (no secondary suppression).
    public func protect(_ count: Int) -> ProtectedCell {
        if count <= 0 { return .exact(0) }
        if isPrimarySuppressed(count) { return .fewerThan(threshold) }
        return .rounded(round(count))
    }
}

/// One published number after disclosure control.
///
/// JSON forms (no number is ever written for a suppressed cell):
/// - `.exact(0)` → `{"value":0}`
/// - `.rounded(45)` → `{"value":45,"rounded":true}`
/// - `.fewerThan(10)` → `{"suppressed":"fewer-than-10"}`
/// - `.secondarySuppressed` → `{"suppressed":"secondary"}`
/// - `.perturbed(47)` → `{"value":47,"perturbed":true}`
public enum ProtectedCell: Sendable, Hashable, Codable {
    /// A true zero. Zeros are shown: they say no incident was recorded, which identifies nobody.
    case exact(Int)
    /// A count from 1 to threshold−1, hidden. The associated value is the threshold, not the count.
    case fewerThan(Int)
    /// Hidden to protect another suppressed cell from being worked out from the totals.
    case secondarySuppressed
    /// A count at or above the threshold, rounded to the policy's base.
    case rounded(Int)
    /// A count at or above the threshold with the cell-key noise added (``CellKeyPerturbation``): within 2 of the
    /// true count, never below the threshold, the same for the same contributing records.
    case perturbed(Int)

    /// The number shown, or nil when the cell is suppressed.
    public var value: Int? {
        switch self {
        case .exact(let v), .rounded(let v), .perturbed(let v): return v
        case .fewerThan, .secondarySuppressed: return nil
        }
    }

    /// Whether the cell is hidden (by either rule).
    public var isSuppressed: Bool { value == nil }

    /// English text for tables, tooltips and CSV: "0", "45", "fewer than 10", "hidden".
    /// Pages in other languages should switch on the case instead.
    public var displayText: String {
        switch self {
        case .exact(let v), .rounded(let v), .perturbed(let v): return String(v)
        case .fewerThan(let t): return "fewer than \(t)"
        case .secondarySuppressed: return "hidden"
        }
    }

    private enum CodingKeys: String, CodingKey { case value, rounded, perturbed, suppressed }

    /// Decodes the JSON forms written by `encode(to:)`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let s = try c.decodeIfPresent(String.self, forKey: .suppressed) {
            if s == "secondary" { self = .secondarySuppressed; return }
            let prefix = "fewer-than-"
            if s.hasPrefix(prefix), let t = Int(s.dropFirst(prefix.count)) { self = .fewerThan(t); return }
            throw DecodingError.dataCorruptedError(forKey: .suppressed, in: c, debugDescription: "unknown suppression \(s)")
        }
        let v = try c.decode(Int.self, forKey: .value)
        if try c.decodeIfPresent(Bool.self, forKey: .perturbed) ?? false { self = .perturbed(v); return }
        let r = try c.decodeIfPresent(Bool.self, forKey: .rounded) ?? false
        self = r ? .rounded(v) : .exact(v)
    }

    /// Encodes the cell; suppressed cells carry a reason string and no number.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .exact(let v): try c.encode(v, forKey: .value)
        case .rounded(let v):
            try c.encode(v, forKey: .value)
            try c.encode(true, forKey: .rounded)
        case .perturbed(let v):
            try c.encode(v, forKey: .value)
            try c.encode(true, forKey: .perturbed)
        case .fewerThan(let t): try c.encode("fewer-than-\(t)", forKey: .suppressed)
        case .secondarySuppressed: try c.encode("secondary", forKey: .suppressed)
        }
    }
}

/// Errors raised when building tables for disclosure control.
public enum DisclosureError: Error, Sendable, Hashable {
    /// The counts do not match the labels (row index, or -1 for the row count).
    case shapeMismatch(row: Int)
    /// A negative count was given.
    case negativeCount
    /// Two linked margins give different true values for the same total (its key).
    case inconsistentMargins(key: String)
}

/// A two-way table of true counts: rows × columns (for example area × month).
public struct CountTable: Sendable, Hashable {
    /// Name of what the rows are (e.g. "area"); linked margins share totals by dimension name.
    public let rowDimension: String
    /// Name of what the columns are (e.g. "month").
    public let columnDimension: String
    /// Row labels, in display order.
    public let rowLabels: [String]
    /// Column labels, in display order.
    public let columnLabels: [String]
    /// `counts[row][column]`, true non-negative counts.
    public let counts: [[Int]]

    /// Creates a table; throws if the counts do not match the labels or any count is negative.
    public init(rowDimension: String = "row", columnDimension: String = "column",
                rowLabels: [String], columnLabels: [String], counts: [[Int]]) throws(DisclosureError) {
        guard counts.count == rowLabels.count else { throw .shapeMismatch(row: -1) }
        for (i, row) in counts.enumerated() {
            guard row.count == columnLabels.count else { throw .shapeMismatch(row: i) }
            guard row.allSatisfy({ $0 >= 0 }) else { throw .negativeCount }
        }
        self.rowDimension = rowDimension
        self.columnDimension = columnDimension
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        self.counts = counts
    }

    /// True row totals.
    public var rowTotals: [Int] { counts.map { $0.reduce(0, +) } }
    /// True column totals.
    public var columnTotals: [Int] {
        columnLabels.indices.map { j in counts.reduce(0) { $0 + $1[j] } }
    }
    /// True grand total.
    public var grandTotal: Int { rowTotals.reduce(0, +) }
}

/// A one-way series of true counts with its total (for example counts by month).
public struct CountSeries: Sendable, Hashable {
    /// Name of what the labels are (e.g. "month"); linked margins share cells by dimension name.
    public let dimension: String
    /// Labels, in display order.
    public let labels: [String]
    /// True non-negative counts, one per label.
    public let counts: [Int]

    /// Creates a series; throws if counts and labels differ in length or a count is negative.
    public init(dimension: String = "category", labels: [String], counts: [Int]) throws(DisclosureError) {
        guard labels.count == counts.count else { throw .shapeMismatch(row: -1) }
        guard counts.allSatisfy({ $0 >= 0 }) else { throw .negativeCount }
        self.dimension = dimension
        self.labels = labels
        self.counts = counts
    }

    /// True total.
    public var total: Int { counts.reduce(0, +) }
}

/// A two-way table ready to publish: every cell and total protected.
public struct ProtectedTable: Sendable, Hashable, Codable {
    /// See `CountTable.rowDimension`.
    public let rowDimension: String
    /// See `CountTable.columnDimension`.
    public let columnDimension: String
    /// Row labels.
    public let rowLabels: [String]
    /// Column labels.
    public let columnLabels: [String]
    /// `cells[row][column]`.
    public let cells: [[ProtectedCell]]
    /// One per row. Rounded independently, so shown cells need not add up to a shown total.
    public let rowTotals: [ProtectedCell]
    /// One per column.
    public let columnTotals: [ProtectedCell]
    /// The grand total.
    public let grandTotal: ProtectedCell
    /// The policy applied.
    public let policy: DisclosurePolicy

    /// CSV of exactly what is shown: a header row, one row per table row with its total, and a total row.
    /// Suppressed cells are written as their display text. Fields are quoted when needed.
    public func csv(cornerLabel: String? = nil) -> String {
        var lines: [[String]] = [[cornerLabel ?? rowDimension] + columnLabels + ["Total"]]
        for (i, label) in rowLabels.enumerated() {
            lines.append([label] + cells[i].map(\.displayText) + [rowTotals[i].displayText])
        }
        lines.append(["Total"] + columnTotals.map(\.displayText) + [grandTotal.displayText])
        return CSV.encode(lines)
    }
}

/// A one-way series ready to publish.
public struct ProtectedSeries: Sendable, Hashable, Codable {
    /// See `CountSeries.dimension`.
    public let dimension: String
    /// Labels.
    public let labels: [String]
    /// One protected cell per label.
    public let cells: [ProtectedCell]
    /// The protected total.
    public let total: ProtectedCell
    /// The policy applied.
    public let policy: DisclosurePolicy

    /// CSV of exactly what is shown: header, one row per label, and a total row.
    public func csv(valueHeader: String = "count") -> String {
        var lines: [[String]] = [[dimension, valueHeader]]
        for (i, label) in labels.enumerated() { lines.append([label, cells[i].displayText]) }
        lines.append(["Total", total.displayText])
        return CSV.encode(lines)
    }
}

/// One of several margins of the same underlying records, to be protected together.
public enum LinkedMargin: Sendable, Hashable {
    /// A two-way margin.
    case table(CountTable)
    /// A one-way margin.
    case series(CountSeries)
}

/// The protected form of a `LinkedMargin`, in the same order.
public enum ProtectedMargin: Sendable, Hashable {
    /// A protected two-way margin.
    case table(ProtectedTable)
    /// A protected one-way margin.
    case series(ProtectedSeries)
}

/// Applies primary suppression, rounding and secondary suppression to tables of counts.
public enum DisclosureControl {
    /// Protects a two-way table with row, column and grand totals.
    ///
    /// Guarantee: no suppressed cell or total can be worked out exactly by any combination of the table's
    /// additive equations (rows, columns, and the totals row and column), treating every shown number as exact.
    /// In particular every row and column equation has either no hidden entry or at least two.
    public static func protect(table: CountTable, policy: DisclosurePolicy = .standard) -> ProtectedTable {
        protectLinked(tables: [table], series: [], order: [.table(0)], policy: policy).tables[0]
    }

    /// Protects a one-way series with its total: the single equation "cells add up to the total" never has
    /// exactly one hidden entry.
    public static func protect(series: CountSeries, policy: DisclosurePolicy = .standard) -> ProtectedSeries {
        protectLinked(tables: [], series: [series], order: [.series(0)], policy: policy).series[0]
    }

    /// Protects several margins of the same records together (e.g. area × month, by characteristic, by type).
    ///
    /// Totals that are the same number in different margins are recognised by key — the grand total, a row or
    /// column total of dimension `d` with label `l`, and a one-way cell of dimension `d` with label `l` — and are
    /// shown or hidden the same way in every margin, iterating until nothing changes. Each margin on its own
    /// has the guarantee of `protect(table:)` / `protect(series:)`. Not guaranteed: inferences that combine the
    /// inner cells of different margins through the unpublished multi-way table (e.g. bounds from
    /// non-negativity), or differencing against tables for other periods or areas — publish fixed ones only.
    /// Throws `.inconsistentMargins` when a shared key has different true values in two margins (for example a
    /// by-characteristic series where an incident counts once per characteristic has a different grand total:
    /// give it its own dimension names and protect it separately).
    public static func protect(linked margins: [LinkedMargin], policy: DisclosurePolicy = .standard) throws(DisclosureError) -> [ProtectedMargin] {
        var tables: [CountTable] = []
        var series: [CountSeries] = []
        var order: [Slot] = []
        for m in margins {
            switch m {
            case .table(let t): order.append(.table(tables.count)); tables.append(t)
            case .series(let s): order.append(.series(series.count)); series.append(s)
            }
        }
        // Check that shared keys agree.
        var seen: [String: Int] = [:]
        for problem in [tables.map(Self.problem), series.map(Self.problem)].joined() {
            for (k, item) in zip(problem.keys, problem.items) {
                guard let k else { continue }
                if let v = seen[k], v != item.value { throw .inconsistentMargins(key: k) }
                seen[k] = item.value
            }
        }
        let result = protectLinked(tables: tables, series: series, order: order, policy: policy)
        return order.map { slot in
            switch slot {
            case .table(let i): return .table(result.tables[i])
            case .series(let i): return .series(result.series[i])
            }
        }
    }

    // MARK: - Engine

    enum Slot { case table(Int), series(Int) }

    private static func protectLinked(tables: [CountTable], series: [CountSeries], order: [Slot], policy: DisclosurePolicy)
        -> (tables: [ProtectedTable], series: [ProtectedSeries])
    {
        var problems = tables.map(problem) + series.map(problem)
        for p in problems.indices { problems[p].applyPrimary(policy) }
        // Iterate: protect each margin, then propagate hidden shared keys to every margin.
        while true {
            var hiddenKeys = Set<String>()
            for p in problems.indices {
                problems[p].suppressSecondary()
                for (k, s) in zip(problems[p].keys, problems[p].status) where s != .visible {
                    if let k { hiddenKeys.insert(k) }
                }
            }
            var changed = false
            for p in problems.indices {
                for i in problems[p].items.indices where problems[p].status[i] == .visible {
                    if let k = problems[p].keys[i], hiddenKeys.contains(k) {
                        problems[p].status[i] = .secondary
                        changed = true
                    }
                }
            }
            if !changed { break }
        }
        let outTables = tables.enumerated().map { t, table in problems[t].protectedTable(table, policy) }
        let outSeries = series.enumerated().map { s, ser in problems[tables.count + s].protectedSeries(ser, policy) }
        return (outTables, outSeries)
    }

    /// Builds the graph of a two-way table: vertices are the m rows plus the column-totals line, and the
    /// n columns plus the row-totals line; every cell or total is an edge. Every vertex is one equation.
    static func problem(_ t: CountTable) -> SuppressionProblem {
        let m = t.rowLabels.count, n = t.columnLabels.count
        let rowT = t.rowTotals, colT = t.columnTotals
        var items: [SuppressionProblem.Item] = []
        var keys: [String?] = []
        // vertex ids: rows 0...m (m = totals line), columns m+1 ... m+1+n (last = totals line)
        for i in 0...m {
            for j in 0...n {
                let value: Int
                let key: String?
                switch (i == m, j == n) {
                case (false, false): value = t.counts[i][j]; key = nil
                case (false, true): value = rowT[i]; key = "\(t.rowDimension)=\(t.rowLabels[i])"
                case (true, false): value = colT[j]; key = "\(t.columnDimension)=\(t.columnLabels[j])"
                case (true, true): value = t.grandTotal; key = "total"
                }
                items.append(.init(u: i, v: m + 1 + j, value: value, isTotal: i == m || j == n))
                keys.append(key)
            }
        }
        return SuppressionProblem(vertexCount: m + n + 2, constrained: Array(repeating: true, count: m + n + 2),
                                  items: items, keys: keys)
    }

    /// Builds the graph of a one-way series: one equation vertex and one unconstrained "ground" vertex;
    /// every cell and the total are parallel edges between them.
    static func problem(_ s: CountSeries) -> SuppressionProblem {
        var items = s.counts.map { SuppressionProblem.Item(u: 0, v: 1, value: $0, isTotal: false) }
        items.append(.init(u: 0, v: 1, value: s.total, isTotal: true))
        let keys: [String?] = s.labels.map { "\(s.dimension)=\($0)" } + ["total"]
        return SuppressionProblem(vertexCount: 2, constrained: [true, false], items: items, keys: keys)
    }
}

/// The hidden-cell problem as a multigraph. Each published number is an edge; each additive equation is a
/// vertex (the signed sum of its edges is zero). The hidden numbers form a subgraph; a hidden number is
/// uniquely determined by the equations exactly when its edge is a bridge of that subgraph (otherwise it lies
/// on a cycle and can be moved along the cycle without changing any equation). Unconstrained vertices act as
/// a single ground.
struct SuppressionProblem: Sendable {
    struct Item: Sendable { var u: Int; var v: Int; var value: Int; var isTotal: Bool }
    enum Status: Sendable, Equatable { case visible, primary, secondary }

    var vertexCount: Int
    var constrained: [Bool]
    var items: [Item]
    var keys: [String?]
    var status: [Status]

    init(vertexCount: Int, constrained: [Bool], items: [Item], keys: [String?]) {
        self.vertexCount = vertexCount
        self.constrained = constrained
        self.items = items
        self.keys = keys
        self.status = Array(repeating: .visible, count: items.count)
    }

    mutating func applyPrimary(_ policy: DisclosurePolicy) {
        for i in items.indices where policy.isPrimarySuppressed(items[i].value) { status[i] = .primary }
    }

    /// Preference for complements: non-zero before zero, inner cells before totals, smallest value, first index.
    private func better(_ a: Int, _ b: Int) -> Bool {
        func key(_ i: Int) -> (Int, Int, Int, Int) {
            (items[i].value == 0 ? 1 : 0, items[i].isTotal ? 1 : 0, items[i].value, i)
        }
        return key(a) < key(b)
    }

    private func best(_ candidates: some Sequence<Int>) -> Int? {
        var result: Int?
        for c in candidates where status[c] == .visible {
            if let r = result { if better(c, r) { result = c } } else { result = c }
        }
        return result
    }

    mutating func suppressSecondary() {
        var incident = Array(repeating: [Int](), count: vertexCount)
        for (i, it) in items.enumerated() {
            incident[it.u].append(i)
            if it.v != it.u { incident[it.v].append(i) }
        }
        while true {
            // Rule 1: an equation with exactly one hidden entry gets the best visible entry as complement.
            var changed = false
            for vertex in 0..<vertexCount where constrained[vertex] {
                let hidden = incident[vertex].filter { status[$0] != .visible }.count
                if hidden == 1, let c = best(incident[vertex]) {
                    status[c] = .secondary
                    changed = true
                }
            }
            if changed { continue }
            // Rule 2: a hidden entry that is a bridge is still determined; join its two sides.
            guard let bridge = firstBridge() else { return }
            let side = componentWithout(bridge)
            let crossing = items.indices.filter { i in
                guard status[i] == .visible, let a = side[items[i].u], let b = side[items[i].v] else { return false }
                return a != b
            }
            let touching = items.indices.filter { i in
                items[i].u == items[bridge].u || items[i].v == items[bridge].v
                    || items[i].u == items[bridge].v || items[i].v == items[bridge].u
            }
            guard let c = best(crossing) ?? best(touching) else { return }
            status[c] = .secondary
        }
    }

    /// Ground-merged vertex: all unconstrained vertices are one node.
    private func node(_ v: Int) -> Int {
        constrained[v] ? v : vertexCount
    }

    /// The lowest-index hidden edge that is a bridge of the hidden subgraph, if any (Tarjan, iterative).
    func firstBridge() -> Int? {
        let n = vertexCount + 1
        var adj = Array(repeating: [(to: Int, edge: Int)](), count: n)
        for i in items.indices where status[i] != .visible {
            let a = node(items[i].u), b = node(items[i].v)
            adj[a].append((b, i))
            adj[b].append((a, i))
        }
        var disc = Array(repeating: -1, count: n)
        var low = Array(repeating: 0, count: n)
        var timer = 0
        var bridges: [Int] = []
        for root in 0..<n where disc[root] == -1 && !adj[root].isEmpty {
            // stack of (vertex, parent edge, next adjacency index)
            var stack: [(v: Int, pe: Int, next: Int)] = [(root, -1, 0)]
            disc[root] = timer; low[root] = timer; timer += 1
            while !stack.isEmpty {
                let top = stack.count - 1
                let v = stack[top].v
                if stack[top].next < adj[v].count {
                    let (w, e) = adj[v][stack[top].next]
                    stack[top].next += 1
                    if e == stack[top].pe { continue }
                    if disc[w] == -1 {
                        disc[w] = timer; low[w] = timer; timer += 1
                        stack.append((w, e, 0))
                    } else {
                        low[v] = min(low[v], disc[w])
                    }
                } else {
                    let pe = stack[top].pe
                    stack.removeLast()
                    if let parent = stack.last?.v {
                        low[parent] = min(low[parent], low[v])
                        if low[v] > disc[parent] { bridges.append(pe) }
                    }
                }
            }
        }
        return bridges.min()
    }

    /// Labels the two sides of the hidden subgraph once `bridge` is removed: 0 for the side of its first end,
    /// 1 for the other; vertices in neither side map to nil. Keyed by original vertex id.
    func componentWithout(_ bridge: Int) -> [Int: Int] {
        let n = vertexCount + 1
        var adj = Array(repeating: [Int](), count: n)
        for i in items.indices where status[i] != .visible && i != bridge {
            let a = node(items[i].u), b = node(items[i].v)
            adj[a].append(b); adj[b].append(a)
        }
        var label = Array(repeating: -1, count: n)
        for (start, mark) in [(node(items[bridge].u), 0), (node(items[bridge].v), 1)] where label[start] == -1 {
            var queue = [start]
            label[start] = mark
            while let x = queue.popLast() {
                for y in adj[x] where label[y] == -1 { label[y] = mark; queue.append(y) }
            }
        }
        var out: [Int: Int] = [:]
        for v in 0..<vertexCount where label[node(v)] >= 0 { out[v] = label[node(v)] }
        return out
    }

    func cell(_ i: Int, _ policy: DisclosurePolicy) -> ProtectedCell {
        switch status[i] {
        case .primary: return .fewerThan(policy.threshold)
        case .secondary: return .secondarySuppressed
        case .visible: return policy.protect(items[i].value)
        }
    }

    func protectedTable(_ t: CountTable, _ policy: DisclosurePolicy) -> ProtectedTable {
        let m = t.rowLabels.count, n = t.columnLabels.count
        func at(_ i: Int, _ j: Int) -> ProtectedCell { cell(i * (n + 1) + j, policy) }
        return ProtectedTable(
            rowDimension: t.rowDimension, columnDimension: t.columnDimension,
            rowLabels: t.rowLabels, columnLabels: t.columnLabels,
            cells: (0..<m).map { i in (0..<n).map { j in at(i, j) } },
            rowTotals: (0..<m).map { at($0, n) },
            columnTotals: (0..<n).map { at(m, $0) },
            grandTotal: at(m, n), policy: policy)
    }

    func protectedSeries(_ s: CountSeries, _ policy: DisclosurePolicy) -> ProtectedSeries {
        ProtectedSeries(dimension: s.dimension, labels: s.labels,
                        cells: s.counts.indices.map { cell($0, policy) },
                        total: cell(s.counts.count, policy), policy: policy)
    }
}

/// Minimal RFC 4180 CSV writer used by the protected tables.
enum CSV {
    static func encode(_ rows: [[String]]) -> String {
        rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func field(_ s: String) -> String {
        // Neutralise spreadsheet formulas and quote when needed.
        var s = s
        if let f = s.first, "=+-@".contains(f), Int(s) == nil { s = "'" + s }
        if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }
}
