extension ProtectedTable {
    /// The table with every shown non-zero count — cells, row and column totals, grand total — replaced by its
    /// cell-key perturbed figure (``CellKeyPerturbation/publish(count:cellKey:threshold:)``). Suppressed cells and
    /// zeros are kept as they are, so primary and complementary suppression stay what ``DisclosureControl`` decided.
    ///
    /// `counts[row][column]` are the true counts the table was protected from, and `records[row][column]` the
    /// distinct records (author pseudonyms) behind each: a total's key is the key of the union of its cells'
    /// records, so an author in two cells of a row counts once in the row's key. Totals are perturbed on their own,
    /// so shown cells need not add up to a shown total (by at most 2 per number).
    public func perturbed(counts: [[Int]], records: [[Set<String>]]) -> ProtectedTable {
        let m = rowLabels.count, n = columnLabels.count
        func count(_ r: Int, _ c: Int) -> Int { r < counts.count && c < counts[r].count ? counts[r][c] : 0 }
        func set(_ r: Int, _ c: Int) -> Set<String> { r < records.count && c < records[r].count ? records[r][c] : [] }
        func apply(_ cell: ProtectedCell, _ total: Int, _ members: Set<String>) -> ProtectedCell {
            guard cell.value != nil, total > 0 else { return cell }
            return CellKeyPerturbation.publish(
                count: total, cellKey: CellKeyPerturbation.cellKey(records: members), threshold: policy.threshold)
        }
        let rowSets = (0..<m).map { r in (0..<n).reduce(into: Set<String>()) { $0.formUnion(set(r, $1)) } }
        let columnSets = (0..<n).map { c in (0..<m).reduce(into: Set<String>()) { $0.formUnion(set($1, c)) } }
        let rowCounts = (0..<m).map { r in (0..<n).reduce(0) { $0 + count(r, $1) } }
        let columnCounts = (0..<n).map { c in (0..<m).reduce(0) { $0 + count($1, c) } }
        return ProtectedTable(
            rowDimension: rowDimension, columnDimension: columnDimension, rowLabels: rowLabels, columnLabels: columnLabels,
            cells: (0..<m).map { r in (0..<n).map { c in apply(cells[r][c], count(r, c), set(r, c)) } },
            rowTotals: (0..<m).map { apply(rowTotals[$0], rowCounts[$0], rowSets[$0]) },
            columnTotals: (0..<n).map { apply(columnTotals[$0], columnCounts[$0], columnSets[$0]) },
            grandTotal: apply(grandTotal, rowCounts.reduce(0, +), rowSets.reduce(into: Set<String>()) { $0.formUnion($1) }),
            policy: policy)
    }
}
