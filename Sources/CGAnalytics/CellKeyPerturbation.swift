/// The cell-key method of statistics offices for tables built on demand (ABS TableBuilder, ONS): a published count
/// is the true count plus a small noise that depends only on *which* records make up the cell and how many there
/// are, so the same records always give the same figure, and two overlapping sets (a period and the same period one
/// day longer) get unrelated noises — their difference does not give the difference of the true counts.
///
/// - Every record (here an author pseudonym, already an HMAC with the installation's key) has a fixed record key in
///   `0..<keyRange` (``recordKey(of:)``): 64-bit FNV-1a of its bytes modulo the range. Nobody without the
///   installation's key can compute a pseudonym, so nobody can compute a record key.
/// - A cell's key is the sum of the record keys of its distinct contributing records, modulo the range
///   (``cellKey(records:)``).
/// - The perturbation table (``table``) is fixed and published: 250 entries, each of −2, −1, 0, +1, +2 exactly 50
///   times (shuffled once with seed 20261130 and written out). The noise of a cell with key k and true count c is
///   `table[(k + 97·c) mod 250]` (``noise(cellKey:count:)``): for a fixed count, keys run over every entry once, so
///   the noise has mean exactly 0 and is uniform on −2…+2; for a fixed key, a different count reads another entry.
/// - Zero stays zero (no record, nothing to protect); counts from 1 to threshold − 1 are still suppressed; a shown
///   count never goes below the threshold (``publish(count:cellKey:threshold:)``), so it is never negative and never
///   reads as a suppressed size.
public enum CellKeyPerturbation {
    /// The range of record and cell keys.
    public static let keyRange = 250
    /// The step between the table entries of consecutive counts (prime to the range, so every count of one key
    /// walks the whole table).
    public static let countStride = 97
    /// The largest noise in either direction.
    public static let maximumNoise = 2

    /// The perturbation table: noise = digit − 2.
    public static let table: [Int] = (
        "44322042132401404104220132231034213444332412034033"
            + "21423031214004232030112031024004114341220141340440"
            + "30013123031432200213431023402222222321141201130434"
            + "31231433140422400130020232220101012233400214331414"
            + "10041421403222440113114330140410343433433011410203"
    ).map { ($0.wholeNumberValue ?? maximumNoise) - maximumNoise }

    /// The fixed key of one record, from its (secret-keyed) identifier: 64-bit FNV-1a of the UTF-8 bytes modulo
    /// ``keyRange``. Stable across processes and versions (not Swift's seeded `Hasher`).
    public static func recordKey(of identifier: String) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in identifier.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return Int(hash % UInt64(keyRange))
    }

    /// The key of a cell: the sum of the record keys of its distinct records, modulo ``keyRange``.
    public static func cellKey(records: some Collection<String>) -> Int {
        Set(records).reduce(0) { ($0 + recordKey(of: $1)) % keyRange }
    }

    /// The noise for a cell of key `cellKey` holding `count` records' contributions (−2…+2).
    public static func noise(cellKey: Int, count: Int) -> Int {
        let key = ((cellKey % keyRange) + keyRange) % keyRange
        let step = (count % keyRange) * countStride % keyRange
        return table[(key + step) % keyRange]
    }

    /// The published form of a true count: 0 stays an exact 0, 1 to `threshold − 1` is "fewer than threshold", and
    /// any other count is `count + noise`, not below `threshold` (the floor moves only counts within 2 of it, up).
    public static func publish(count: Int, cellKey: Int, threshold: Int = DisclosurePolicy.standard.threshold) -> ProtectedCell {
        guard count > 0 else { return .exact(0) }
        guard count >= threshold else { return .fewerThan(threshold) }
        return .perturbed(max(threshold, count + noise(cellKey: cellKey, count: count)))
    }
}
