import Foundation

/// Misspellings that people use to slip past filters — one swap of neighbouring letters ("mulsims", "wmoen"),
/// one dropped letter ("immigrnts"), one letter doubled ("muslimms"), an "l" written "1" (read as "i":
/// "mus1ims") — and masks — one letter starred ("m*slims", "j*ws", "k*ll") or a final "s" written "z" ("jewz")
/// — and, since 2026-12-01 (fourteenth session), every vowel starred ("m*sl*ms") and a dropped last letter in words
/// of six letters or more that do not end in "s" ("immigran")
/// — mapped back to the word they stand for, so that a misspelt identity term or hostile word gives the same
/// features as the word itself.
///
/// Only identity terms of five letters or more and hostile cue words of six or more get misspellings; identity
/// terms of seven or more also a letter replaced by one easily confused with it ("muslams", "refugess") or a
/// double moved ("marrokanen"), and
/// identity terms of four letters and hostile words of four or five only a swap ("jwes", "sucm", "filht"); and
/// identity terms and hostile words of four or more get masks (a word with a star is no word of any list, so
/// masks need no such check); never with the first letter changed, and never a variant that is a word in its
/// own right: a known lexicon word, or a word of the common word lists of our six languages
/// (``Lexicon/spellingCollisions``, ``Lexicon/variantCollisions``). A variant of two words stands for neither,
/// unless the two mean the same (`sameMeaning`: "mslims" is both "muslims" and Dutch "moslims").
final class SpellingVariants: @unchecked Sendable {
    // Written once in init, only read afterwards: safe to share between threads.
    private let table: HashTable
    /// The two letter bitmaps (``letterBits(_:_:)``), one after the other: every variant held sets its bit in each.
    private let letters: UnsafeMutablePointer<UInt64>
    private let storage: UnsafeMutablePointer<UInt8>
    private let offsets: UnsafeMutablePointer<Int32>
    private let termCount: Int

    /// Builds the misspellings of `terms` and the masks of `masked`; `isTaken(hash)` tells which words are taken
    /// already (known words); `sameMeaning` whether two terms read the same (same group, same cue).
    /// `substituted` words (long identity terms) also get a letter replaced (``substitutions(of:vowelsOnly:)``),
    /// `revowelled` ones (long hostile words) a vowel replaced, and `swapped` ones (short identity terms and
    /// hostile words) only a swap of neighbouring letters (``swaps(of:)``). `innerSpelt` words (the rules' words,
    /// ``Lexicon/spelledRuleWords``) get a swap or a dropped letter (``innerVariants(of:)``).
    ///
    /// `foreign` names, among the `excluded` words, those that are words only of some of our languages (not
    /// English), with the languages: such a variant is kept, marked with them, and read as a misspelling only in a
    /// message of a language of another family (``SpellingVariantsView/canonical(_:word:_:languageBit:)``,
    /// ``languageMask(_:)``; 2026-12-01, sixteenth session).
    init(
        terms: [String], masked: [String] = [], substituted: [String] = [], revowelled: [String] = [],
        swapped: [String] = [], innerSpelt: [String] = [], excluded: Set<String>, foreign: [String: [Language]] = [:],
        sameMeaning: (String, String) -> Bool = { $0 == $1 }, isTaken: (UInt64) -> Bool
    ) {
        func single(_ list: [String]) -> Set<String> { Set(list.filter { !$0.contains(" ") }) }
        let misspelt = single(terms), maskable = single(masked)
        let replaceable = single(substituted), vowelled = single(revowelled), swappable = single(swapped)
        let inner = single(innerSpelt).subtracting(misspelt)
        let canonical = Array(misspelt.union(maskable).union(replaceable).union(vowelled).union(swappable).union(inner))
            .sorted()
        var entries: [UInt64: UInt32] = [:]
        var ambiguous: Set<UInt64> = []
        // The languages in which a kept foreign word is a word, by hash (``languageShift``).
        var marks: [UInt64: UInt32] = [:]
        var kept: [(UInt64, [UInt8])] = []
        // Replaced letters come second: a variant that another word gives by a swap, a dropped or doubled letter
        // reads as that word ("lesbienns" is "lesbiennes" with a letter dropped, not "lesbienne" with one replaced).
        for (late, index) in [false, true].flatMap({ late in canonical.indices.map { (late, $0) } }) {
            let term = canonical[index]
            let bytes = Array(term.utf8)
            let variants = !late
                ? (misspelt.contains(term) ? Self.variants(of: bytes) : [])
                    + (inner.contains(term) ? Self.innerVariants(of: bytes) : [])
                    + (maskable.contains(term) ? Self.masks(of: bytes) : [])
                    + (swappable.contains(term) ? Self.swaps(of: bytes) : [])
                : replaceable.contains(term) ? Self.substitutions(of: bytes, vowelsOnly: false)
                    : vowelled.contains(term) ? Self.substitutions(of: bytes, vowelsOnly: true) : []
            for variant in variants {
                let text = String(decoding: variant, as: UTF8.self)
                let h = TokenizerCore.hashBytes(variant)
                if isTaken(h) { continue }
                if excluded.contains(text) {
                    guard let languages = foreign[text] else { continue }
                    marks[h] = Self.languageMask(languages)
                }
                // A variant of two different words (e.g. "mulsim" of "muslim" and of nothing else is fine, but
                // one shared by two terms) stands for neither, unless the two words read the same.
                if let other = entries[h], other != UInt32(index + 1) {
                    if !sameMeaning(canonical[Int(other) - 1], term) { ambiguous.insert(h) }
                    continue
                }
                if entries[h] == nil { kept.append((h, variant)) }
                entries[h] = UInt32(index + 1)
            }
        }
        for h in ambiguous { entries[h] = nil }
        for (h, mask) in marks where entries[h] != nil { entries[h]! |= mask << Self.languageShift }
        table = HashTable(entries)
        let bitmaps = UnsafeMutablePointer<UInt64>.allocate(capacity: 2 * Self.letterWords)
        bitmaps.initialize(repeating: 0, count: 2 * Self.letterWords)
        for (h, variant) in kept where entries[h] != nil {
            variant.withUnsafeBufferPointer { v in
                let (a, b) = Self.letterBits(v.baseAddress!, v.count)
                bitmaps[a >> 6] |= 1 << UInt64(a & 63)
                bitmaps[Self.letterWords + b >> 6] |= 1 << UInt64(b & 63)
            }
        }
        letters = bitmaps
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

    /// Where a value's language mask starts: the term's index (plus one) sits below it.
    static let languageShift: UInt32 = 24

    /// The languages of a foreign word as ``Lexicon/languageBit(_:)`` bits, widened to its family: a word of
    /// Spanish, Catalan or French counts for all three, one of Dutch or Swedish for those and English. The word
    /// lists lack most inflections ("bancos" is only in the French list, "criminel" turned up in a message read as
    /// Spanish), and short messages are often read as a neighbouring language; across families neither happens
    /// much. Never in English (nor in other), where short messages of every language fall back ("Créez votre
    /// compte" would read "crevez").
    static func languageMask(_ languages: [Language]) -> UInt32 {
        let romance = Lexicon.languageBit(.es) | Lexicon.languageBit(.ca) | Lexicon.languageBit(.fr)
        let germanic = Lexicon.languageBit(.en) | Lexicon.languageBit(.nl) | Lexicon.languageBit(.sv)
        var mask: UInt32 = Lexicon.languageBit(.en) | Lexicon.languageBit(.other)
        for language in languages { mask |= Lexicon.languageBit(language) & romance != 0 ? romance : germanic }
        return mask
    }

    deinit {
        letters.deallocate()
        storage.deallocate()
        offsets.deallocate()
    }

    /// The one-edit variants of a word: swaps of neighbouring letters, dropped letters and a letter doubled (one
    /// not doubled already), first letter kept.
    static func variants(of w: [UInt8]) -> [[UInt8]] {
        let n = w.count
        guard n >= 5 else { return [] }
        var out = swaps(of: w)
        // The last letter too, in words of six letters or more that do not end in "s" ("immigran", "disgustin";
        // 2026-12-01, fourteenth session). Not a plural's "s": that gives the singular, often a word the lexicon
        // lacks ("homme", "crétin", "monkey") and never a disguise.
        // Nor the "g" of "-ing": "killin", "hatin" are how people write the word, and the models learned them so.
        let dropsLast = n >= 6 && w[n - 1] != UInt8(ascii: "s") && !w.suffix(3).elementsEqual("ing".utf8)
        out += drops(of: w, last: dropsLast)
        // A letter doubled ("muslimms", "mooslims" — "m00slims" once leetspeak is read — "wommen").
        for i in 1..<n where w[i] != w[i - 1] && (i + 1 == n || w[i] != w[i + 1]) {
            var v = w
            v.insert(w[i], at: i)
            out.append(v)
        }
        // Leetspeak "1" is read as "i", but in "mus1ims" it stands for "l".
        for i in 1..<n where w[i] == UInt8(ascii: "l") {
            var v = w
            v[i] = UInt8(ascii: "i")
            out.append(v)
        }
        return out
    }

    /// The word with one letter dropped, never the first; the last only when `last`.
    static func drops(of w: [UInt8], last: Bool) -> [[UInt8]] {
        (1..<(last ? w.count : w.count - 1)).map { i in
            var v = w
            v.remove(at: i)
            return v
        }
    }

    /// A swap of neighbouring letters (first letter kept), or in words of nine letters or more a dropped letter
    /// inside the word (first and last kept): the misspellings of the words of the rules' phrases
    /// (``Lexicon/spelledRuleWords``). Without the last letter they are often other inflections (Spanish "tienen" →
    /// "tiene"), and so are shorter words without a letter inside ("respete" is Spanish, not a misspelt French
    /// "respecte"; "merecia" not "merecida"); a doubled letter makes names of them ("Parrott").
    static func innerVariants(of w: [UInt8]) -> [[UInt8]] {
        guard w.count >= 6 else { return [] }
        return swaps(of: w) + (w.count >= 9 ? drops(of: w, last: false) : [])
    }

    /// One letter after the first replaced by a letter the hand or the ear confuses with it — a vowel by another
    /// vowel ("muslams", "inmigrentes"), a letter by a key next to it on the keyboard ("refugess"), "c" by "k" and
    /// "s" by "z" ("sudakas"), and a double moved to another letter ("marrokanen") — or, `vowelsOnly`, a vowel by
    /// another vowel alone ("parasotes", "infirior"). For words of seven letters or more only: shorter words have
    /// too many real neighbours. (A letter slipped in, "muslioms", and every confusable letter in hostile words
    /// cost 1.5 to 3 MB more resident memory and read nothing more of our probes or the functional suite: not
    /// made.)
    static func substitutions(of w: [UInt8], vowelsOnly: Bool) -> [[UInt8]] {
        let n = w.count
        guard n >= 7 else { return [] }
        var out: [[UInt8]] = []
        for i in 1..<n where !vowelsOnly || vowels.contains(w[i]) {
            for b in vowelsOnly ? vowels.filter({ $0 != w[i] }) : confusable(w[i]) {
                var v = w
                v[i] = b
                out.append(v)
            }
        }
        // A double written on the wrong letter ("marrokanen" for "marokkanen", "imigrrants"): two edits, but one
        // slip of who spells by ear.
        for j in 1..<(n - 1) where !vowelsOnly && w[j] == w[j + 1] {
            var u = w
            u.remove(at: j)
            for i in 1..<u.count where i != j && u[i] != u[i - 1] && (i + 1 == u.count || u[i] != u[i + 1]) {
                var v = u
                v.insert(u[i], at: i)
                out.append(v)
            }
        }
        return out
    }

    /// The swaps of neighbouring letters of a word of four letters or more, first letter kept ("jwes", "gasy",
    /// "sucm", "filht") — the one misspelling safe enough for short words.
    static func swaps(of w: [UInt8]) -> [[UInt8]] {
        let n = w.count
        guard n >= 4 else { return [] }
        var out: [[UInt8]] = []
        for i in 1..<(n - 1) where w[i] != w[i + 1] {
            var v = w
            v.swapAt(i, i + 1)
            out.append(v)
        }
        return out
    }

    /// The rows of a QWERTY keyboard, each shifted half a key right of the one above.
    private static let keyboardRows: [[UInt8]] = ["qwertyuiop", "asdfghjkl", "zxcvbnm"].map { Array($0.utf8) }
    private static let vowels = Array("aeiouy".utf8)

    /// The letters next to `b` on a QWERTY keyboard (none for a letter outside a-z).
    static func keyboardNeighbours(_ b: UInt8) -> [UInt8] {
        guard let r = keyboardRows.firstIndex(where: { $0.contains(b) }),
            let i = keyboardRows[r].firstIndex(of: b)
        else { return [] }
        var out: [UInt8] = []
        let row = keyboardRows[r]
        if i > 0 { out.append(row[i - 1]) }
        if i + 1 < row.count { out.append(row[i + 1]) }
        // The row above covers this key from its own index to the next; the row below from one before to its own.
        if r > 0 { out += [i, i + 1].filter { $0 < keyboardRows[r - 1].count }.map { keyboardRows[r - 1][$0] } }
        if r + 1 < keyboardRows.count {
            out += [i - 1, i].filter { $0 >= 0 && $0 < keyboardRows[r + 1].count }.map { keyboardRows[r + 1][$0] }
        }
        return out
    }

    /// The letters written in place of `b` by mistake or by ear: keyboard neighbours, other vowels, and c/k, s/z.
    static func confusable(_ b: UInt8) -> [UInt8] {
        var out = Set(keyboardNeighbours(b))
        if vowels.contains(b) { out.formUnion(vowels) }
        switch b {
        case UInt8(ascii: "c"): out.insert(UInt8(ascii: "k"))
        case UInt8(ascii: "k"): out.insert(UInt8(ascii: "c"))
        case UInt8(ascii: "s"): out.insert(UInt8(ascii: "z"))
        case UInt8(ascii: "z"): out.insert(UInt8(ascii: "s"))
        default: break
        }
        out.remove(b)
        return out.sorted()
    }

    /// The masks of a word of four letters or more: one letter after the first starred ("m*slims", "k*ll"),
    /// and a final "s" written "z" ("jewz", "muslimz").
    static func masks(of w: [UInt8]) -> [[UInt8]] {
        let n = w.count
        guard n >= 4 else { return [] }
        var out: [[UInt8]] = []
        for i in 1..<n {
            var v = w
            v[i] = UInt8(ascii: "*")
            out.append(v)
        }
        if w[n - 1] == UInt8(ascii: "s") {
            var v = w
            v[n - 1] = UInt8(ascii: "z")
            out.append(v)
        }
        // Every vowel after the first letter starred, when there are two or more ("m*sl*ms", "r*f*g**s").
        let starred = w.enumerated().map { i, b in i > 0 && vowels.contains(b) ? UInt8(ascii: "*") : b }
        if starred.filter({ $0 == UInt8(ascii: "*") }).count >= 2 { out.append(starred) }
        return out
    }

    /// The 64-bit words of each letter bitmap: 2^16 bits, 8 KB.
    static let letterWords = 1 << 10

    /// The bits of a word of `n` bytes (two or more) in the two letter bitmaps: one keyed on its length, first
    /// and last two bytes, the other on its length, first two and last byte.
    ///
    /// Of the 717,041 lookups of the corpus's 85,963 messages (words of four letters or more that the lexicon
    /// does not know) 449 find a variant; the hashed filter of ``HashTable`` (256 KB) then sat out of cache
    /// beside the model's weights, and its one load was about 40 % of `TokenizerCore.emit`. These two bitmaps
    /// (16 KB, touched on every lookup, so they stay in cache) let about a fifth of the lookups through to it.
    /// A variant keeps its first letter, and one edit changes at most two of the bytes keyed: most variants of
    /// a word share their bits, so the 77,305 variants set only about a fifth of each bitmap.
    @inline(__always)
    static func letterBits(_ w: UnsafePointer<UInt8>, _ n: Int) -> (Int, Int) {
        let head = UInt64(min(n, 255)) | UInt64(w[0]) << 8 | UInt64(w[n - 1]) << 16
        let a = (head | UInt64(w[n - 2]) << 24) &* 0x9E37_79B9_7F4A_7C15
        let b = (head | UInt64(w[1]) << 24) &* 0xC2B2_AE3D_27D4_EB4F
        return (Int(truncatingIfNeeded: a >> 48), Int(truncatingIfNeeded: b >> 48))
    }

    /// Pointer view for the tokeniser's hot loop. Valid while the table lives (`Lexicon.shared` is never freed).
    var view: SpellingVariantsView {
        SpellingVariantsView(table: table.view, letters: letters, storage: storage, offsets: offsets)
    }
}

/// A borrowed view of ``SpellingVariants``.
struct SpellingVariantsView: @unchecked Sendable {
    let table: HashTableView
    let letters: UnsafeMutablePointer<UInt64>
    let storage: UnsafeMutablePointer<UInt8>
    let offsets: UnsafeMutablePointer<Int32>

    /// The bytes and length of the word that the `n` bytes at `word` (two or more), hashed `hash`, misspell, or
    /// nil: the same answer as ``canonical(_:)``, but most words that misspell nothing are told so by the two
    /// small letter bitmaps (``SpellingVariants/letterBits(_:_:)``) without the table's filter.
    /// A word of another of our languages ("niors", Swedish) is read as a misspelling only in a message whose
    /// language is not one it belongs to (`languageBit`, ``Lexicon/languageBit(_:)``).
    @inline(__always)
    func canonical(_ hash: UInt64, word: UnsafePointer<UInt8>, _ n: Int, languageBit: UInt32)
        -> (UnsafeMutablePointer<UInt8>, Int)?
    {
        let (a, b) = SpellingVariants.letterBits(word, n)
        guard letters[a >> 6] & (1 << UInt64(a & 63)) != 0,
            letters[SpellingVariants.letterWords + b >> 6] & (1 << UInt64(b & 63)) != 0
        else { return nil }
        return canonical(hash, languageBit: languageBit)
    }

    /// The bytes and length of the word that `hash` misspells, or nil; a word of one of our languages only in
    /// a message of another (`languageBit`; 0, the default, accepts none of them).
    @inline(__always)
    func canonical(_ hash: UInt64, languageBit: UInt32 = 0) -> (UnsafeMutablePointer<UInt8>, Int)? {
        let v = table.lookup(hash)
        guard v != 0 else { return nil }
        let mask = v >> SpellingVariants.languageShift
        guard mask == 0 || (languageBit != 0 && mask & languageBit == 0) else { return nil }
        let i = Int(v & ((1 << SpellingVariants.languageShift) - 1)) - 1
        let start = Int(offsets[i])
        return (storage + start, Int(offsets[i + 1]) - start)
    }
}
