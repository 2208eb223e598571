import Foundation
import Testing
@testable import CGAnalytics

@Suite struct DisclosureRoundingTests {
    let policy = DisclosurePolicy.standard

    @Test func roundsToNearestFiveHalvesUp() {
        #expect(policy.round(10) == 10)
        #expect(policy.round(12) == 10)
        #expect(policy.round(13) == 15)
        #expect(policy.round(17) == 15)
        #expect(policy.round(18) == 20)
        #expect(policy.round(22) == 20)
        #expect(policy.round(23) == 25)
        #expect(policy.round(102) == 100)
        #expect(policy.round(0) == 0)
    }

    @Test func neverRoundsBelowThreshold() {
        let odd = DisclosurePolicy(threshold: 10, roundingBase: 20)
        #expect(odd.round(10) == 20)   // nearest multiple of 20 would be 0 or 20; never 0
        #expect(odd.round(29) == 20)
        #expect(odd.round(30) == 40)   // half rounds up
        let seven = DisclosurePolicy(threshold: 7, roundingBase: 5)
        #expect(seven.round(7) == 10)  // nearest is 5, which is below the threshold
        #expect(seven.round(8) == 10)
    }

    @Test func primaryRules() {
        #expect(policy.protect(0) == .exact(0))
        for c in 1...9 { #expect(policy.protect(c) == .fewerThan(10)) }
        #expect(policy.protect(10) == .rounded(10))
        #expect(policy.protect(47) == .rounded(45))
        #expect(policy.protect(48) == .rounded(50))
    }

    @Test func jsonCarriesNoNumberForSuppressedCells() throws {
        let enc = JSONEncoder()
        enc.outputFormatting = .sortedKeys
        let fewer = String(decoding: try enc.encode(ProtectedCell.fewerThan(10)), as: UTF8.self)
        #expect(fewer == #"{"suppressed":"fewer-than-10"}"#)
        let sec = String(decoding: try enc.encode(ProtectedCell.secondarySuppressed), as: UTF8.self)
        #expect(sec == #"{"suppressed":"secondary"}"#)
        #expect(String(decoding: try enc.encode(ProtectedCell.rounded(45)), as: UTF8.self) == #"{"rounded":true,"value":45}"#)
        #expect(String(decoding: try enc.encode(ProtectedCell.exact(0)), as: UTF8.self) == #"{"value":0}"#)
        for cell in [ProtectedCell.fewerThan(10), .secondarySuppressed, .rounded(45), .exact(0)] {
            #expect(try JSONDecoder().decode(ProtectedCell.self, from: enc.encode(cell)) == cell)
        }
    }

    @Test func tableJSONHasNoTrueSmallCounts() throws {
        // True counts 3, 7 must not appear anywhere in the JSON; neither must secondary complements' values.
        let t = try CountTable(rowLabels: ["A", "B"], columnLabels: ["x", "y", "z"],
                               counts: [[3, 41, 52], [7, 63, 88]])
        let p = DisclosureControl.protect(table: t)
        let json = String(decoding: try JSONEncoder().encode(p), as: UTF8.self)
        #expect(!json.contains(":3,") && !json.contains(":7,") && !json.contains(":3}") && !json.contains(":7}"))
        #expect(!json.contains("41") && !json.contains("63"))  // the complements, hidden
    }
}

@Suite struct DisclosureExactCaseTests {
    @Test func classicTwoByTwoComplement() throws {
        let t = try CountTable(rowLabels: ["A", "B", "C"], columnLabels: ["x", "y", "z"],
                               counts: [[5, 30, 40], [20, 25, 50], [60, 70, 80]])
        let p = DisclosureControl.protect(table: t)
        #expect(p.cells[0][0] == .fewerThan(10))
        // Row A's smallest other non-zero cell is 30 (y); column x's smallest other is 20 (row B);
        // then row B / column y close the rectangle with 25.
        #expect(p.cells[0][1] == .secondarySuppressed)
        #expect(p.cells[1][0] == .secondarySuppressed)
        #expect(p.cells[1][1] == .secondarySuppressed)
        #expect(p.cells[0][2] == .rounded(40))
        #expect(p.cells[2][2] == .rounded(80))
        #expect(p.rowTotals == [.rounded(75), .rounded(95), .rounded(210)])
        #expect(p.grandTotal == .rounded(380))
        #expect(DisclosureChecks.hiddenDetermined(t, p).isEmpty)
    }

    @Test func singleSmallCellInRowOfZerosHidesTotalChain() throws {
        // Row A = [4, 0, 0]: its total is 4, also suppressed. Column x needs a complement, and the row-totals
        // column needs a second hidden total.
        let t = try CountTable(rowLabels: ["A", "B"], columnLabels: ["x", "y", "z"],
                               counts: [[4, 0, 0], [30, 20, 15]])
        let p = DisclosureControl.protect(table: t)
        #expect(p.cells[0][0] == .fewerThan(10))
        #expect(p.rowTotals[0] == .fewerThan(10))
        #expect(p.cells[0][1] == .exact(0))
        #expect(p.cells[1][0] == .secondarySuppressed)
        #expect(DisclosureChecks.hiddenDetermined(t, p).isEmpty)
        #expect(DisclosureChecks.singleUnknownEquations(p).isEmpty)
    }

    @Test func noSmallCountsNothingHidden() throws {
        let t = try CountTable(rowLabels: ["A", "B"], columnLabels: ["x", "y"], counts: [[0, 12], [33, 0]])
        let p = DisclosureControl.protect(table: t)
        #expect(p.cells == [[.exact(0), .rounded(10)], [.rounded(35), .exact(0)]])
        #expect(p.grandTotal == .rounded(45))
    }

    @Test func seriesGetsOneComplement() throws {
        let s = try CountSeries(dimension: "month", labels: ["Jan", "Feb", "Mar", "Apr"], counts: [25, 3, 14, 40])
        let p = DisclosureControl.protect(series: s)
        #expect(p.cells == [.rounded(25), .fewerThan(10), .secondarySuppressed, .rounded(40)])
        #expect(p.total == .rounded(80))
        let two = DisclosureControl.protect(series: try CountSeries(labels: ["a", "b", "c"], counts: [3, 4, 50]))
        #expect(two.cells == [.fewerThan(10), .fewerThan(10), .rounded(50)])
        let alone = DisclosureControl.protect(series: try CountSeries(labels: ["a", "b"], counts: [3, 0]))
        #expect(alone.cells == [.fewerThan(10), .exact(0)])
        #expect(alone.total == .fewerThan(10))
    }

    @Test func linkedMarginsHideSharedTotalsConsistently() throws {
        // Area × month and the by-area series share the area totals. Area "C" has a total of 8: hidden in
        // both, and the by-area series then needs a complement so C can't be recovered from the grand total.
        let table = try CountTable(rowDimension: "area", columnDimension: "month",
                                   rowLabels: ["A", "B", "C"], columnLabels: ["Jan", "Feb"],
                                   counts: [[20, 30], [15, 25], [5, 3]])
        let byArea = try CountSeries(dimension: "area", labels: ["A", "B", "C"], counts: [50, 40, 8])
        let byMonth = try CountSeries(dimension: "month", labels: ["Jan", "Feb"], counts: [40, 58])
        let out = try DisclosureControl.protect(linked: [.table(table), .series(byArea), .series(byMonth)])
        guard case .table(let pt) = out[0], case .series(let pa) = out[1], case .series(let pm) = out[2] else {
            Issue.record("wrong shapes"); return
        }
        #expect(pa.cells[2] == .fewerThan(10))
        #expect(pt.rowTotals[2] == .fewerThan(10))
        for i in 0..<3 { #expect(pt.rowTotals[i].isSuppressed == pa.cells[i].isSuppressed) }
        for j in 0..<2 { #expect(pt.columnTotals[j].isSuppressed == pm.cells[j].isSuppressed) }
        #expect(pt.grandTotal.isSuppressed == pa.total.isSuppressed)
        #expect(pa.cells.filter(\.isSuppressed).count >= 2 || pa.total.isSuppressed)
        #expect(DisclosureChecks.hiddenDetermined(table, pt).isEmpty)
    }

    @Test func linkedMarginsRejectInconsistentTotals() throws {
        let a = try CountSeries(dimension: "area", labels: ["A"], counts: [20])
        let b = try CountSeries(dimension: "type", labels: ["x", "y"], counts: [20, 5])
        #expect(throws: DisclosureError.inconsistentMargins(key: "total")) {
            try DisclosureControl.protect(linked: [.series(a), .series(b)])
        }
    }

    @Test func shapeErrors() {
        #expect(throws: DisclosureError.shapeMismatch(row: 1)) {
            try CountTable(rowLabels: ["a", "b"], columnLabels: ["x"], counts: [[1], [1, 2]])
        }
        #expect(throws: DisclosureError.negativeCount) {
            try CountSeries(labels: ["a"], counts: [-1])
        }
    }

    @Test func csvShowsExactlyWhatIsPublished() throws {
        let t = try CountTable(rowDimension: "area", columnDimension: "month", rowLabels: ["=A", "B, C"],
                               columnLabels: ["Jan", "Feb"], counts: [[3, 40], [30, 50]])
        let csv = DisclosureControl.protect(table: t).csv()
        #expect(csv.hasPrefix("area,Jan,Feb,Total\r\n"))
        #expect(csv.contains("'=A,fewer than 10,hidden,"))
        #expect(csv.contains("\"B, C\",hidden,hidden,"))
    }
}

@Suite struct DisclosureRandomTests {
    @Test(arguments: 0..<4)
    func randomTablesHaveNoRecoverableCell(batch: Int) throws {
        var rng = SeededGenerator(seed: 0xC0FFEE &+ UInt64(batch))
        for _ in 0..<60 {
            let m = 1 + rng.nextInt(below: 7), n = 1 + rng.nextInt(below: 7)
            let counts = (0..<m).map { _ in
                (0..<n).map { _ -> Int in
                    switch rng.nextInt(below: 10) {
                    case 0...2: return 0
                    case 3...5: return 1 + rng.nextInt(below: 9)
                    default: return 10 + rng.nextInt(below: 90)
                    }
                }
            }
            let t = try CountTable(rowLabels: (0..<m).map { "r\($0)" }, columnLabels: (0..<n).map { "c\($0)" },
                                   counts: counts)
            let p = DisclosureControl.protect(table: t)
            #expect(DisclosureChecks.singleUnknownEquations(p).isEmpty, "table \(counts)")
            #expect(DisclosureChecks.hiddenDetermined(t, p).isEmpty, "table \(counts)")
            // Primary rules hold.
            for i in 0..<m {
                for j in 0..<n {
                    let c = counts[i][j], cell = p.cells[i][j]
                    if (1...9).contains(c) { #expect(cell == .fewerThan(10)) }
                    if c == 0 { #expect(cell == .exact(0) || cell == .secondarySuppressed) }
                    if let v = cell.value, c > 0 { #expect(abs(v - c) <= 2 && v % 5 == 0 && v >= 10) }
                }
            }
        }
    }

    @Test func randomSeriesNeverHaveOneHiddenEntry() throws {
        var rng = SeededGenerator(seed: 42)
        for _ in 0..<300 {
            let n = 1 + rng.nextInt(below: 12)
            let counts = (0..<n).map { _ in [0, 3, 8, 12, 40, 75][rng.nextInt(below: 6)] }
            let p = DisclosureControl.protect(series: try CountSeries(labels: counts.indices.map(String.init), counts: counts))
            let hidden = p.cells.filter(\.isSuppressed).count + (p.total.isSuppressed ? 1 : 0)
            #expect(hidden != 1, "series \(counts)")
        }
    }
}

/// Independent checks used by the tests: they look only at the published table.
enum DisclosureChecks {
    /// Row or column equations (including the totals row/column) with exactly one hidden entry.
    static func singleUnknownEquations(_ p: ProtectedTable) -> [String] {
        let m = p.rowLabels.count, n = p.columnLabels.count
        func grid(_ i: Int, _ j: Int) -> ProtectedCell {
            switch (i == m, j == n) {
            case (false, false): return p.cells[i][j]
            case (false, true): return p.rowTotals[i]
            case (true, false): return p.columnTotals[j]
            case (true, true): return p.grandTotal
            }
        }
        var bad: [String] = []
        for i in 0...m where (0...n).filter({ grid(i, $0).isSuppressed }).count == 1 { bad.append("row \(i)") }
        for j in 0...n where (0...m).filter({ grid($0, j).isSuppressed }).count == 1 { bad.append("column \(j)") }
        return bad
    }

    /// Hidden entries whose value follows exactly from the linear equations of the table, found by Gaussian
    /// elimination (independently of the engine's graph method): entry k is determined iff adding the unit
    /// row e_k does not raise the rank of the equation matrix restricted to hidden entries.
    static func hiddenDetermined(_ t: CountTable, _ p: ProtectedTable) -> [Int] {
        let m = t.rowLabels.count, n = t.columnLabels.count
        func hidden(_ i: Int, _ j: Int) -> Bool {
            switch (i == m, j == n) {
            case (false, false): return p.cells[i][j].isSuppressed
            case (false, true): return p.rowTotals[i].isSuppressed
            case (true, false): return p.columnTotals[j].isSuppressed
            case (true, true): return p.grandTotal.isSuppressed
            }
        }
        var unknowns: [(Int, Int)] = []
        for i in 0...m { for j in 0...n where hidden(i, j) { unknowns.append((i, j)) } }
        if unknowns.isEmpty { return [] }
        var rows: [[Double]] = []
        for i in 0...m {  // row i: cells minus its total
            rows.append(unknowns.map { u in u.0 == i ? (u.1 == n ? -1 : 1) : 0 })
        }
        for j in 0...n {
            rows.append(unknowns.map { u in u.1 == j ? (u.0 == m ? -1 : 1) : 0 })
        }
        let base = rank(rows)
        var determined: [Int] = []
        for k in unknowns.indices {
            var e = Array(repeating: 0.0, count: unknowns.count)
            e[k] = 1
            if rank(rows + [e]) == base { determined.append(k) }
        }
        return determined
    }

    static func rank(_ input: [[Double]]) -> Int {
        var a = input
        guard let cols = a.first?.count else { return 0 }
        var r = 0
        for c in 0..<cols {
            guard let pivot = (r..<a.count).max(by: { abs(a[$0][c]) < abs(a[$1][c]) }), abs(a[pivot][c]) > 1e-9 else { continue }
            a.swapAt(r, pivot)
            for i in 0..<a.count where i != r {
                let f = a[i][c] / a[r][c]
                if f != 0 { for k in c..<cols { a[i][k] -= f * a[r][k] } }
            }
            r += 1
            if r == a.count { break }
        }
        return r
    }
}
