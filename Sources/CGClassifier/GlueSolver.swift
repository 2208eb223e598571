/// The search behind `TokenizerCore.glueCuts`: depth first, longest pieces first, remembering positions that
/// cannot be finished. A struct with a mutating method, so its state needs no dynamic exclusivity checks.
struct GlueSolver {
    /// What one of the pieces must be for the cut to stand.
    enum Goal {
        /// An identity term of four letters or more ("womenaretrash"), the other pieces words we know; or, after
        /// a function word of two letters or more and an identity term, one word of three letters or more that we
        /// do not know ending the word ("when" + "muslims" + "moved", "los" + "latinos" + "tienen"). The function
        /// word is what tells a glued phrase from a compound or a word that starts like a term ("transport",
        /// "romance", Dutch "vrouwenbeelden").
        case group
        /// A hostile cue word of four letters or more, the other pieces function words, at most three pieces
        /// ("ihate", "odioalos", "ikhaat"): asked only of an unknown word right before an identity term.
        case hostile
    }

    static let maxPiece = 20
    /// The shortest identity term or hostile word that makes a cut ("gay" in "gayety" does not, "jews" does).
    static let minTerm = 4
    /// The shortest piece we do not know that a cut may leave ("six" in "lesRomssix").
    static let minUnknown = 3
    /// The shortest identity term after a function word that a word we do not know may follow ("latinos" in
    /// "loslatinostienen"; not "vita" in Catalan "levitarem").
    static let minTermBeforeUnknown = 5
    /// The shortest word of which a `.group` cut may leave a one-letter piece ("womenrtrash"); shorter words are
    /// cut since 2026-11-30 ("jewsare"), into pieces of two letters or more.
    static let minLengthForLetter = 8
    /// The most pieces of a `.hostile` cut ("odio" + "a" + "los").
    static let maxHostilePieces = 3
    let word: UnsafeMutablePointer<UInt8>
    let len: Int
    let goal: Goal
    let words: HashTableView
    let glue: HashTableView
    let cuts: UnsafeMutablePointer<Int32>
    /// One row of `maxPiece + 1` bytes per depth: 0 no piece ends here, 1 a known word, 2 the goal's kind of word,
    /// 3 a function word of two letters or more.
    let kinds: UnsafeMutablePointer<UInt8>
    /// Positions from which no cut can be finished, per state (see `state`).
    var failed: (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0)
    var depth = 0

    init(word: UnsafeMutablePointer<UInt8>, len: Int, goal: Goal, words: HashTableView, glue: HashTableView,
         cuts: UnsafeMutablePointer<Int32>, kinds: UnsafeMutablePointer<UInt8>) {
        self.word = word
        self.len = len
        self.goal = goal
        self.words = words
        self.glue = glue
        self.cuts = cuts
        self.kinds = kinds
    }

    /// The number of pieces (their end offsets in `cuts`), or 0 when the word does not split. `atCapital`: the
    /// word is the part of a written word from a capital letter after a small one on ("Muslimsmoved" in
    /// "whenMuslimsmoved"), which marks its start as a word's start as surely as a function word before it.
    mutating func pieces(atCapital: Bool = false) -> Int {
        solve(0, grouped: false, previous: atCapital ? 5 : 0, 0) && depth >= 2 ? depth : 0
    }

    /// Cuts the word from `at` on, given whether a goal piece came before and the kind of the piece just before
    /// (0 at the start, 5 at the start after a capital; 4 for an identity term after a function word or a
    /// capital, where an unknown word may end the word).
    mutating func solve(_ at: Int, grouped: Bool, previous: UInt8, _ level: Int) -> Bool {
        if at == len { return grouped }
        let bit = UInt64(1) << UInt64(at)
        // A `.hostile` cut takes only "a" right after the hostile word ("odio" + "a" + "los"): state 3, which
        // only `.group` cuts use otherwise.
        let state = previous == 4 ? 4 : previous == 5 || (previous == 2 && goal == .hostile) ? 3
            : (grouped ? 2 : 0) + (previous == 3 ? 1 : 0)
        if failedBits(state) & bit != 0 { return false }
        let row = kinds + level * (Self.maxPiece + 1)
        let last = min(len, at + Self.maxPiece)
        var h = FNV.offset
        var any = false
        for end in (at + 1)...last {
            h = FNV.mix(h, word[end - 1])
            row[end - at] = kind(h, end - at, first: word[at])
            any = any || row[end - at] != 0
        }
        let maxDepth = goal == .group ? 15 : Self.maxHostilePieces
        if any && depth < maxDepth {
            // Longest pieces first: "muslims" before "muslim" + "s".
            var end = last
            while end > at {
                var kind = row[end - at]
                if goal == .hostile && previous == 2 && (end - at != 1 || word[at] != UInt8(ascii: "a")) { kind = 0 }
                if kind != 0 {
                    cuts[depth] = Int32(end)
                    depth += 1
                    // An unknown word may follow a term after a capital, or a term of five letters or more after
                    // a function word ("les" + "roma" + "nticisme" is no cut).
                    let anchored = previous == 5 || (previous == 3 && end - at >= Self.minTermBeforeUnknown)
                    let next: UInt8 = kind == 2 && goal == .group && anchored ? 4 : kind
                    if solve(end, grouped: grouped || kind == 2, previous: next, level + 1) { return true }
                    depth -= 1
                }
                end -= 1
            }
        }
        if state == 4 && len - at >= Self.minUnknown && len - at <= Self.maxPiece && depth < maxDepth {
            // The rest is one word we do not know, after a function word and an identity term: "moved".
            cuts[depth] = Int32(len)
            depth += 1
            return true
        }
        switch state {
        case 0: failed.0 |= bit
        case 1: failed.1 |= bit
        case 2: failed.2 |= bit
        case 3: failed.3 |= bit
        default: failed.4 |= bit
        }
        return false
    }

    @inline(__always)
    func failedBits(_ state: Int) -> UInt64 {
        switch state {
        case 0: return failed.0
        case 1: return failed.1
        case 2: return failed.2
        case 3: return failed.3
        default: return failed.4
        }
    }

    @inline(__always)
    func kind(_ h: UInt64, _ n: Int, first: UInt8) -> UInt8 {
        let info = words.lookup(h)
        switch goal {
        case .group:
            if info & Lexicon.groupMask != 0 && n >= Self.minTerm { return 2 }
            // A short word does not lose a letter: "islamo" (in "islamo-gauchiste") is not "islam" + "o".
            if n == 1 && len < Self.minLengthForLetter { return 0 }
            if glue.lookup(h) != 0 { return n >= 2 ? 3 : 1 }
            return info != 0 && n >= 2 ? 1 : 0
        case .hostile:
            if n >= Self.minTerm && (info >> Lexicon.cueShift) & 0xFF == UInt32(Lexicon.Cue.negative.rawValue) {
                return 2
            }
            // Of the one-letter function words only "i" (English "I") and "a", "y" (Spanish, Catalan): "r", "u" and
            // "o" would cut too many words.
            if n == 1 && first != UInt8(ascii: "i") && first != UInt8(ascii: "a") && first != UInt8(ascii: "y") {
                return 0
            }
            return glue.lookup(h) != 0 ? 1 : 0
        }
    }
}
