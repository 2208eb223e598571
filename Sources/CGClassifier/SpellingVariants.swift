import Foundation

/// Misspellings that people use to slip past filters — one swap of neighbouring letters ("mulsims", "wmoen") or
/// one dropped letter ("immigrnts") — mapped back to the word they stand for, so that a misspelt identity term
/// or hostile word gives the same features as the word itself.
///
/// Only identity terms of five letters or more and hostile cue words of six or more get variants, never with
/// the first letter changed, and never a variant that is a word in its own right: a known lexicon word, or a
/// word of the common word lists of our six languages (``Lexicon/spellingCollisions``).
final class SpellingVariants: @unchecked Sendable {
    // Written once in init, only read afterwards: safe to share between threads.
    private let table: HashTable
    private let storage: UnsafeMutablePointer<UInt8>
    private let offsets: UnsafeMutablePointer<Int32>
    private let termCount: Int

    /// Builds the variants of `terms`; `isTaken(hash)` tells which words are taken already (known words).
    init(terms: [String], excluded: Set<String>, isTaken: (UInt64) -> Bool) {
        let canonical = Array(Set(terms.filter { !$0.contains(" ") })).sorted()
        var entries: [UInt64: UInt32] = [:]
        var ambiguous: Set<UInt64> = []
        for (index, term) in canonical.enumerated() {
            for variant in Self.variants(of: Array(term.utf8)) {
                let text = String(decoding: variant, as: UTF8.self)
                let h = TokenizerCore.hashBytes(variant)
                if excluded.contains(text) || isTaken(h) { continue }
                // A variant of two different words (e.g. "mulsim" of "muslim" and of nothing else is fine, but
                // one shared by two terms) stands for neither.
                if let other = entries[h], other != UInt32(index + 1) { ambiguous.insert(h); continue }
                entries[h] = UInt32(index + 1)
            }
        }
        for h in ambiguous { entries[h] = nil }
        table = HashTable(entries)
        termCount = canonical.count
        let bytes = canonical.map { Array($0.utf8) }
        let total = bytes.reduce(0) { $0 + $1.count }
        storage = .allocate(capacity: max(total, 1))
        offsets = .allocate(capacity: canonical.count + 1)
        var at = 0
        for (i, b) in bytes.enumerated() {
            offsets[i] = Int32(at)
            (storage + at).initialize(from: b, count: b.count)
            at += b.count
        }
        offsets[canonical.count] = Int32(at)
    }

    deinit {
        storage.deallocate()
        offsets.deallocate()
    }

    /// The one-edit variants of a word: swaps of neighbouring letters and dropped letters, first letter kept.
    static func variants(of w: [UInt8]) -> [[UInt8]] {
        let n = w.count
        guard n >= 5 else { return [] }
        var out: [[UInt8]] = []
        for i in 1..<(n - 1) where w[i] != w[i + 1] {
            var v = w
            v.swapAt(i, i + 1)
            out.append(v)
        }
        // Not the last letter: dropping it mostly gives the singular, which is listed (or a word) already.
        for i in 1..<(n - 1) {
            var v = w
            v.remove(at: i)
            out.append(v)
        }
        return out
    }

    /// Pointer view for the tokeniser's hot loop. Valid while the table lives (`Lexicon.shared` is never freed).
    var view: SpellingVariantsView { SpellingVariantsView(table: table.view, storage: storage, offsets: offsets) }
}

/// A borrowed view of ``SpellingVariants``.
struct SpellingVariantsView: @unchecked Sendable {
    let table: HashTableView
    let storage: UnsafeMutablePointer<UInt8>
    let offsets: UnsafeMutablePointer<Int32>

    /// The bytes and length of the word that `hash` misspells, or nil.
    @inline(__always)
    func canonical(_ hash: UInt64) -> (UnsafeMutablePointer<UInt8>, Int)? {
        let v = table.lookup(hash)
        guard v != 0 else { return nil }
        let i = Int(v - 1)
        let start = Int(offsets[i])
        return (storage + start, Int(offsets[i + 1]) - start)
    }
}
