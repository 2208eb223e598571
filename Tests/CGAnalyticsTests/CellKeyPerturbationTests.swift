import Testing
@testable import CGAnalytics

/// The cell-key method of the authors table (docs/sentiment-analysis.md, "Who drives it: perturbation").
@Suite struct CellKeyPerturbationTests {
    @Test func tableIsZeroMeanAndUniformOnMinusTwoToTwo() {
        let table = CellKeyPerturbation.table
        #expect(table.count == CellKeyPerturbation.keyRange)
        #expect(table.reduce(0, +) == 0)
        for noise in -2...2 { #expect(table.filter { $0 == noise }.count == 50, "noise \(noise)") }
    }

    @Test func everyCountHasZeroMeanNoiseOverTheKeys() {
        for count in [10, 11, 17, 50, 97, 250, 251, 1_000, 123_457] {
            let noises = (0..<CellKeyPerturbation.keyRange).map { CellKeyPerturbation.noise(cellKey: $0, count: count) }
            #expect(noises.reduce(0, +) == 0, "count \(count)")
            for noise in -2...2 { #expect(noises.filter { $0 == noise }.count == 50, "count \(count), noise \(noise)") }
        }
    }

    @Test func deterministicAndIndependentOfOrderAndRepeats() {
        // Pinned: a change of the record key function or the table changes every published figure.
        #expect(CellKeyPerturbation.recordKey(of: "0123456789abcdef0123456789abcdef") == CellKeyPerturbation.recordKey(of: "0123456789abcdef0123456789abcdef"))
        #expect(CellKeyPerturbation.recordKey(of: "") == Int(0xcbf2_9ce4_8422_2325 % UInt64(250)))
        let authors = ["a1", "b2", "c3", "d4"]
        let key = CellKeyPerturbation.cellKey(records: authors)
        #expect(key == authors.reduce(0) { ($0 + CellKeyPerturbation.recordKey(of: $1)) % 250 })
        #expect(CellKeyPerturbation.cellKey(records: authors.reversed() + ["a1", "c3"]) == key)
        #expect(CellKeyPerturbation.cellKey(records: [String]()) == 0)
        #expect(CellKeyPerturbation.publish(count: 37, cellKey: key) == CellKeyPerturbation.publish(count: 37, cellKey: key))
    }

    @Test func neverNegativeNeverSmallAndWithinTwo() {
        for key in 0..<CellKeyPerturbation.keyRange {
            for count in 0...300 {
                let cell = CellKeyPerturbation.publish(count: count, cellKey: key)
                switch count {
                case 0: #expect(cell == .exact(0))
                case 1...9: #expect(cell == .fewerThan(10))
                default:
                    let value = cell.value ?? -1
                    #expect(value >= 10 && abs(value - count) <= 2, "key \(key) count \(count): \(cell)")
                    if count >= 12 { #expect(value - count == CellKeyPerturbation.noise(cellKey: key, count: count)) }
                }
            }
        }
    }

    /// Differencing: a cell over a period, and the same cell one day longer (one to three more messages, by a new
    /// author or by one already there). Rounding to 5 gives the day's difference exactly whenever it is a multiple
    /// of 5; perturbation gives it exactly only when the two noises happen to agree (1 in 5 for unrelated keys).
    @Test func differencingTwoOverlappingSetsIsNoiseDominated() {
        var generator = SeededGenerator(seed: 11)
        var equal = 0, cases = 0
        var equalRounded = 0
        for _ in 0..<2_000 {
            let authors = (0..<Int.random(in: 3...8, using: &generator)).map { _ in String(UInt64.random(in: 0...UInt64.max, using: &generator), radix: 16) }
            let count = Int.random(in: 12...200, using: &generator)
            let day = Int.random(in: 1...10, using: &generator)
            let newAuthor = Bool.random(using: &generator)
            let longer = newAuthor ? authors + [String(UInt64.random(in: 0...UInt64.max, using: &generator), radix: 16)] : authors
            let a = CellKeyPerturbation.publish(count: count, cellKey: CellKeyPerturbation.cellKey(records: authors)).value ?? 0
            let b = CellKeyPerturbation.publish(count: count + day, cellKey: CellKeyPerturbation.cellKey(records: longer)).value ?? 0
            cases += 1
            if b - a == day { equal += 1 }
            if DisclosurePolicy.standard.round(count + day) - DisclosurePolicy.standard.round(count) == day, day % 5 == 0 { equalRounded += 1 }
        }
        let rate = Double(equal) / Double(cases)
        #expect(rate > 0.15 && rate < 0.25, "published difference = true difference in \(equal) of \(cases)")
        #expect(equalRounded > 300)  // rounding: every day of 5 or 10 messages is given exactly
    }

    @Test func tablePerturbsShownFiguresAndKeepsSuppression() throws {
        let counts = [[40, 3], [22, 31]]
        let records: [[Set<String>]] = [[["a", "b"], ["c"]], [["a", "d"], ["e", "f", "g"]]]
        let table = try CountTable(
            rowDimension: "ageBand", columnDimension: "gender", rowLabels: ["18-24", "25-34"], columnLabels: ["female", "male"],
            counts: counts)
        let policy = DisclosurePolicy(threshold: 10, roundingBase: 1)
        let plain = DisclosureControl.protect(table: table, policy: policy)
        let perturbed = plain.perturbed(counts: counts, records: records)
        #expect(perturbed == plain.perturbed(counts: counts, records: records))
        #expect(perturbed.cells[0][1] == .fewerThan(10))
        for (r, row) in perturbed.cells.enumerated() {
            for (c, cell) in row.enumerated() {
                #expect(cell.isSuppressed == plain.cells[r][c].isSuppressed)
                if plain.cells[r][c].value != nil {
                    #expect(cell == CellKeyPerturbation.publish(count: counts[r][c], cellKey: CellKeyPerturbation.cellKey(records: records[r][c])))
                }
            }
        }
        // A total is keyed by the union of its cells' authors ("a" counts once in the female column).
        if plain.columnTotals[0].value != nil {
            #expect(perturbed.columnTotals[0] == CellKeyPerturbation.publish(count: 62, cellKey: CellKeyPerturbation.cellKey(records: ["a", "b", "d"])))
        }
        #expect(perturbed.grandTotal == CellKeyPerturbation.publish(count: 96, cellKey: CellKeyPerturbation.cellKey(records: ["a", "b", "c", "d", "e", "f", "g"])))
    }
}
