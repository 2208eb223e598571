/// The first four bytes of every identity term of four bytes or more, as a bitmap of 2^16 bits (8 KB): what
/// `TokenizerCore.glueCuts` needs before it can cut a word written together for a group.
///
/// A `.group` cut holds only with one piece an identity term of four letters or more (``GlueSolver/Goal/group``),
/// and such a piece begins with the first four bytes of a term; a word none of whose four-byte windows is in the
/// bitmap cannot be cut, so the tokeniser leaves it whole without the search or its memo (2026-12-01, sixteenth
/// session: the memo's load and the search were about 4% of `classify`). Built from the same strings as the
/// lexicon's group bits, and checked against them: when a group word of the table is not covered, the bitmap lets
/// every word through and the tokeniser searches as before.
struct TermQuads: @unchecked Sendable {
    // Written once in init, only read afterwards; owned by `Lexicon.shared`, which lives for the whole process.
    private let bits: UnsafeMutablePointer<UInt64>

    /// Words of the bitmap.
    static let wordCount = 1 << 10

    /// The bitmap of `terms` (normalised, as the lexicon hashes them), or one that passes every word unless
    /// `covered` holds for each of them.
    init(terms: [String], covered: Bool) {
        bits = .allocate(capacity: Self.wordCount)
        guard covered else {
            bits.initialize(repeating: ~0, count: Self.wordCount)
            return
        }
        bits.initialize(repeating: 0, count: Self.wordCount)
        for term in terms {
            let utf8 = Array(term.utf8)
            guard utf8.count >= GlueSolver.minTerm else { continue }
            let quad = UInt32(utf8[0]) | UInt32(utf8[1]) << 8 | UInt32(utf8[2]) << 16 | UInt32(utf8[3]) << 24
            let k = Self.index(quad)
            bits[k >> 6] |= 1 << UInt64(k & 63)
        }
    }

    @inline(__always)
    private static func index(_ quad: UInt32) -> Int { Int(truncatingIfNeeded: (quad &* 0x9E37_79B1) >> 16) }

    /// Whether a word that starts with the bytes of `quad` (little endian) may be one of the terms.
    @inline(__always)
    private func mayStart(_ quad: UInt32) -> Bool {
        let k = Self.index(quad)
        return bits[k >> 6] & (1 << UInt64(k & 63)) != 0
    }

    /// Whether some four bytes of `word` (`len` bytes) may start a term: false only when none does.
    @inline(__always)
    func mayHold(_ word: UnsafeMutablePointer<UInt8>, _ len: Int) -> Bool {
        guard len >= GlueSolver.minTerm else { return false }
        let raw = UnsafeRawPointer(word)
        for i in 0...(len - GlueSolver.minTerm) {
            if mayStart(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt32.self))) { return true }
        }
        return false
    }
}
