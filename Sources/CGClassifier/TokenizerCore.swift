/// The tokeniser state machine over raw storage.
struct TokenizerCore {
    static let curCapacity = 96

    var bytes: UnsafeMutablePointer<UInt8>
    var byteCapacity = 1024
    var byteCount = 0
    var starts: UnsafeMutablePointer<Int32>
    var ends: UnsafeMutablePointer<Int32>
    var flags: UnsafeMutablePointer<UInt8>
    var hashes: UnsafeMutablePointer<UInt64>
    var groups: UnsafeMutablePointer<Int8>
    var cues: UnsafeMutablePointer<UInt8>
    var infos: UnsafeMutablePointer<UInt32>
    var tokenCapacity = 256
    var count = 0

    var cur: UnsafeMutablePointer<UInt8>
    var curLen = 0
    var singles: UnsafeMutablePointer<UInt8>
    var singlesLen = 0
    var singlesFlags: UInt8 = 0
    var scratch: UnsafeMutablePointer<UInt8>
    var scratch2: UnsafeMutablePointer<UInt8>
    /// End offsets of the pieces of a glued word (see `glueCuts`).
    var cuts: UnsafeMutablePointer<Int32>
    /// Separate from `scratch`: flushing pending single letters happens while a word sits in `scratch`.
    var singlesOut: UnsafeMutablePointer<UInt8>
    /// Hashes of long unknown words already found not to split into known words (see `glueCuts`), direct-mapped
    /// by hash and kept across messages: most such words ("something", "literally") come back again and again,
    /// and a repeat then costs one load instead of a search. `glueCuts` depends only on the word and the fixed
    /// lexicon, so remembering its answer changes nothing. 8,192 slots (64 KB) since words of six and seven
    /// letters are asked too (1,024 before: the tokenise stage ran at 0.88× of the session start's, now 0.92–0.97×).
    var unsplittable: UnsafeMutablePointer<UInt64>
    static let unsplittableSlots = 8192
    /// The shortest unknown word `emit` tries to cut apart ("jewsare"; 8 before 2026-11-30).
    static let minGlued = 6
    /// Offsets in `cur` where a hyphen stood between letters ("mus-lims"); see `finishToken`.
    var hyphens: UnsafeMutablePointer<Int32>
    var hyphenCount = 0
    /// 16 since 2026-12-01 (fourteenth session): "c-h-r-i-s-t-i-a-n-s" has nine.
    static let maxHyphens = 16
    /// Which of `hyphens` are dots between letters ("mus.lims", see `run`): bit k for `hyphens[k]`. Split there,
    /// the pieces are apart by a clause break, as a dot made them before.
    var dotJoints: UInt32 = 0
    /// The pending single letters were written with dots ("U. G. L. Y.", "m.u.s"): a dot and a space after the
    /// next one do not end the clause.
    var dottedSingles = false
    /// A dot after the last of several single letters spaced without dots: a space next ends the run ("are w o m e
    /// n. I wish"), a letter next makes the run dotted. Decided there, so that `run`'s loop stays as it was (one
    /// more test in it cost the inlining of `consumeASCII`, about 5% of the classifier's time).
    var dotPending = false
    /// The word being split at its hyphens (the pieces pass through `cur` one by one).
    var hyphenWord: UnsafeMutablePointer<UInt8>
    /// A word split by a space ("mus lims") joined again (see `emit`).
    var joined: UnsafeMutablePointer<UInt8>
    var skipURL = false
    /// Where in `cur` a capital follows a small letter ("whenMuslims"), or -1; `finishToken` hands it to `emit` as
    /// `capitalAt` (see `emit`).
    var upperAt = -1
    /// Where in `cur` the last capital was written (so that "MUSLIMS" has no capital after a small letter).
    var lastUpper = -1
    var capitalAt = -1

    var inQuote = false
    var inSingleQuote = false
    var pendingBreak = false
    var spaceRun = 0
    var anyQuote = false
    var anyNegator = false
    /// The number of tokens read when the last question mark was, or -1 (``FeatureExtractor/asksPlainQuestion(_:language:)``).
    var questionAt = -1
    /// A place or book of a faith was read (see ``Lexicon/groupPlaces``); `attachPlaces` decides whether it names
    /// its group.
    var anyPlace = false
    /// A community noun stands beside a group word (see ``Lexicon/communityNouns``); `dropCommunityNouns` decides
    /// whether it goes.
    var anyCommunity = false
    var language: Language = .en
    var negatorBit: UInt32 = Lexicon.negatorBit(.en)
    var languageBit: UInt32 = Lexicon.languageBit(.en)
    let words = Lexicon.shared.wordsView
    let bigrams = Lexicon.shared.bigramsView
    let glue = Lexicon.shared.glueView
    let glueStops = Lexicon.shared.glueCollisionView
    let community = Lexicon.shared.communityView
    let capitalHeads = Lexicon.shared.capitalHeadView
    let spelling = Lexicon.shared.spellingView
    let notCue = Lexicon.shared.notCueView
    let termQuads = Lexicon.shared.termQuads

    init() {
        bytes = .allocate(capacity: byteCapacity)
        starts = .allocate(capacity: tokenCapacity)
        ends = .allocate(capacity: tokenCapacity)
        flags = .allocate(capacity: tokenCapacity)
        hashes = .allocate(capacity: tokenCapacity)
        groups = .allocate(capacity: tokenCapacity)
        cues = .allocate(capacity: tokenCapacity)
        infos = .allocate(capacity: tokenCapacity)
        cur = .allocate(capacity: Self.curCapacity)
        singles = .allocate(capacity: Self.curCapacity)
        scratch = .allocate(capacity: Self.curCapacity * 2)
        scratch2 = .allocate(capacity: Self.curCapacity * 2)
        cuts = .allocate(capacity: 16)
        singlesOut = .allocate(capacity: Self.curCapacity * 2)
        unsplittable = .allocate(capacity: Self.unsplittableSlots)
        unsplittable.initialize(repeating: 0, count: Self.unsplittableSlots)
        hyphenWord = .allocate(capacity: Self.curCapacity)
        hyphens = .allocate(capacity: Self.maxHyphens)
        joined = .allocate(capacity: Self.curCapacity * 4)
    }

    func deallocate() {
        for p in [bytes, cur, singles, scratch, scratch2, singlesOut, flags, cues, hyphenWord, joined] { p.deallocate() }
        starts.deallocate()
        ends.deallocate()
        cuts.deallocate()
        hyphens.deallocate()
        hashes.deallocate()
        groups.deallocate()
        infos.deallocate()
        unsplittable.deallocate()
    }

    mutating func reset(language: Language) {
        byteCount = 0
        count = 0
        curLen = 0
        hyphenCount = 0
        dotJoints = 0
        dottedSingles = false
        dotPending = false
        singlesLen = 0
        singlesFlags = 0
        inQuote = false
        inSingleQuote = false
        pendingBreak = false
        spaceRun = 0
        anyQuote = false
        anyNegator = false
        questionAt = -1
        anyPlace = false
        anyCommunity = false
        skipURL = false
        upperAt = -1
        lastUpper = -1
        capitalAt = -1
        if language != self.language {
            self.language = language
            negatorBit = Lexicon.negatorBit(language)
            languageBit = Lexicon.languageBit(language)
        }
    }

    @inline(__always)
    mutating func append(_ b: UInt8) {
        if curLen < Self.curCapacity {
            cur[curLen] = b
            curLen += 1
        }
    }

    mutating func run(_ utf8: UnsafeBufferPointer<UInt8>) {
        var i = 0
        let n = utf8.count
        while i < n {
            let b0 = utf8[i]
            if skipURL {
                // Inside a link: skip to the next white space.
                if b0 == 0x20 || b0 == 0x0A || b0 == 0x09 { skipURL = false } else { i += 1; continue }
            }
            if b0 < 0x80 {
                if b0 == 0x2E && i + 1 < n && joinsAtDot(utf8[i + 1]) {
                    // "mus.lims", "sc.um": `finishToken` decides whether the dot hides a word or ends a clause.
                    hyphens[hyphenCount] = Int32(curLen)
                    dotJoints |= 1 << UInt32(hyphenCount)
                    hyphenCount += 1
                    spaceRun = 0
                } else {
                    consumeASCII(b0)
                }
                i += 1
                continue
            }
            // Decode one multi-byte scalar (input is valid UTF-8: it comes from a String).
            var v: UInt32
            var len: Int
            if b0 < 0xE0 {
                v = UInt32(b0 & 0x1F); len = 2
            } else if b0 < 0xF0 {
                v = UInt32(b0 & 0x0F); len = 3
            } else {
                v = UInt32(b0 & 0x07); len = 4
            }
            var k = 1
            while k < len && i + k < n {
                v = (v << 6) | UInt32(utf8[i + k] & 0x3F)
                k += 1
            }
            consume(v)
            i += len
        }
    }

    /// A dot after a single letter: between single letters it does not end the clause ("m.u.s.l.i.m", "U. G. L.
    /// Y."); after several letters spaced without dots it does when a space follows (``dotPending``).
    @inline(never)
    mutating func dotAfterSingle() {
        separator()
        if singlesLen > 1 && !dottedSingles {
            dotPending = true
        } else if singlesLen > 0 {
            dottedSingles = true
        }
    }

    @inline(__always)
    mutating func separator(clauseBreak: Bool = false, space: Bool = false) {
        finishToken()
        if clauseBreak { pendingBreak = true; flushSingles() }
        if space {
            if dotPending {
                dotPending = false
                pendingBreak = true
                flushSingles()
            }
            spaceRun += 1
            // Two spaces in a row separate spaced-out words: "k i l l  t h e m".
            if spaceRun >= 2 { flushSingles() }
        }
    }

    @inline(__always)
    mutating func consumeASCII(_ b: UInt8) {
        switch b {
        case 0x41...0x5A:
            if curLen == 2 { latinizeInitialHomoglyph() }
            // Only capitals pay for this: a small letter before one is a letter in `cur` not itself a capital.
            if upperAt < 0 && curLen > 0 && lastUpper != curLen - 1 && cur[curLen - 1] >= 0x61 && cur[curLen - 1] <= 0x7A {
                upperAt = curLen
            }
            lastUpper = curLen
            append(b | 0x20); spaceRun = 0
        case 0x61...0x7A:
            if curLen == 2 { latinizeInitialHomoglyph() }
            append(b); spaceRun = 0
        case 0x30...0x39: append(b); spaceRun = 0
        case 0x40, 0x24, 0x21, 0x7C, 0x2A: append(b); spaceRun = 0  // @ $ ! | *
        case 0x27, 0x60: append(0x27); spaceRun = 0
        case 0x23: break  // '#': keep the hashtag's words
        case 0x22:
            finishToken()
            inQuote.toggle()
            if inQuote { anyQuote = true }
        case 0x3A where isLinkScheme():
            // A link glued to a word by a dot or a hyphen ("#SouthAfrica.https://…"): the word before stays.
            if hyphenCount > 0 {
                hyphenCount -= 1
                let dot = dotJoints & (1 << UInt32(hyphenCount)) != 0
                dotJoints &= ~(1 << UInt32(hyphenCount))
                curLen = Int(hyphens[hyphenCount])
                separator(clauseBreak: dot)
            }
            curLen = 0
            upperAt = -1
            skipURL = true
        case 0x3F:
            separator(clauseBreak: true)
            questionAt = count
        case 0x2C, 0x3B, 0x3A, 0x28, 0x29, 0x0A: separator(clauseBreak: true)
        case 0x2E:
            // '.' ends a clause unless it separates single letters ("m.u.s.l.i.m").
            if curLen == 1 { dotAfterSingle() } else { separator(clauseBreak: curLen > 1) }
        case 0x20, 0x09: separator(space: true)
        case 0x2D where curLen > 0 && hyphenCount < Self.maxHyphens
            && (Self.isLetter(cur[curLen - 1]) || Self.leet(cur[curLen - 1]) != cur[curLen - 1]):
            // A hyphen between letters may hide a word ("mus-lims", "k-i-l-l", "m-u-s-l-1-m-s"): `finishToken`
            // decides.
            hyphens[hyphenCount] = Int32(curLen)
            hyphenCount += 1
        default: separator()
        }
    }

    /// Whether a dot before the byte `next` stands between two letters of a word of two letters or more ("mus.lims";
    /// not "m.u.s", whose letters come one by one, nor "3.5"): it is then held like a hyphen (see
    /// `splitAtHyphens`). Asked only at a dot.
    @inline(__always)
    func joinsAtDot(_ next: UInt8) -> Bool {
        guard curLen >= 2, hyphenCount < Self.maxHyphens, (next | 0x20) >= 0x61 && (next | 0x20) <= 0x7A else {
            return false
        }
        let last = cur[curLen - 1]
        return last >= 0x61 && last <= 0x7A
    }

    /// A word written with hyphens between its letters is read whole when, whole, it is an identity term, a cue
    /// word or a misspelling of one ("mus-lims", "k-i-l-l", "anti-semites"); otherwise its pieces are read one by
    /// one, as every hyphen used to separate them ("well-known", "x-ray", "Sant-Martí").
    /// Returns whether the pieces were emitted (the caller then has nothing left to do).
    mutating func splitAtHyphens() -> Bool {
        let n = hyphenCount
        let dots = dotJoints
        hyphenCount = 0
        dotJoints = 0
        var h = FNV.offset
        var letters = true
        var anyLetter = false
        // Leetspeak counts as letters here, as `finishToken` reads it in a word with letters ("m-u-s-l-1-m-s").
        for k in 0..<curLen {
            let b = Self.leet(cur[k])
            h = FNV.mix(h, b)
            letters = letters && Self.isLetter(b)
            anyLetter = anyLetter || Self.isLetter(cur[k])
        }
        if letters && anyLetter && curLen >= 4
            && readsAsTermOrCue(h)
        {
            return false
        }
        let total = curLen
        hyphenWord.update(from: cur, count: total)
        var start = 0
        for k in 0...n {
            let end = k < n ? Int(hyphens[k]) : total
            guard end > start else { continue }
            cur.update(from: hyphenWord + start, count: end - start)
            curLen = end - start
            finishToken()
            if k < n && dots & (1 << UInt32(k)) != 0 {
                // What `separator(clauseBreak: true)` does after the token: "end.Next" is two clauses.
                pendingBreak = true
                flushSingles()
            }
            start = end
        }
        curLen = 0
        return true
    }

    /// Whether the pending token, or its piece after the last hyphen or dot between letters, is "http" or "https"
    /// (a ':' then starts a link).
    @inline(__always)
    func isLinkScheme() -> Bool {
        let from = hyphenCount > 0 ? Int(hyphens[hyphenCount - 1]) : 0
        let n = curLen - from
        guard n == 4 || n == 5, cur[from] == 0x68, cur[from + 1] == 0x74, cur[from + 2] == 0x74,
            cur[from + 3] == 0x70
        else { return false }
        return n == 4 || cur[from + 4] == 0x73
    }

    mutating func consume(_ v: UInt32) {
        switch v {
        case 0xC0...0xFF: foldLatin1(v)
        case 0x100...0x17F: foldLatinExtA(v)
        case 0x300...0x36F, 0xFE00...0xFE0F, 0x200B...0x200D, 0x2060, 0xE0000...0xE007F,
            0x1F000...0x1FAFF, 0x2600...0x27BF, 0x2B00...0x2BFF, 0x2190...0x21FF, 0x2300...0x23FF,
            0x25A0...0x25FF, 0x3030, 0x303D, 0x3297, 0x3299, 0xAE, 0xA9:
            // Combining marks, emoji and pictographs are removed without splitting the word around them.
            break
        case 0x400...0x45F where curLen > 0 && cur[curLen - 1] < 0x80 && Self.homoglyph(v) != 0:
            // A Cyrillic letter that looks Latin, right after a Latin letter ("muslіms" with a Cyrillic "і"), is
            // the Latin letter: the disguise slips past filters that compare bytes. Cyrillic words stay Cyrillic.
            append(Self.homoglyph(v))
            spaceRun = 0
        case 0x2018, 0x2019, 0xB4:
            append(0x27)
        case 0x201C, 0x201E, 0xAB:
            finishToken(); inQuote = true; anyQuote = true
        case 0x201D, 0xBB:
            finishToken(); inQuote = false
        case 0xA1, 0xBF, 0x2026:
            separator(clauseBreak: true)
        default:
            if let s = Unicode.Scalar(v), s.properties.isAlphabetic {
                // Other scripts: keep the letters as UTF-8 so that n-grams still work.
                for unit in s.utf8 { append(unit) }
                spaceRun = 0
            } else {
                separator()
            }
        }
    }

    /// A word that starts with a Cyrillic look-alike and goes on in Latin letters ("Мuslims" with a Cyrillic "М")
    /// starts with the Latin letter: `consume` reads a look-alike as Latin only after a Latin letter, and the
    /// first letter is held as Cyrillic until the second shows the word is Latin. Called with two bytes held.
    @inline(__always)
    mutating func latinizeInitialHomoglyph() {
        let lead = cur[0]
        guard lead == 0xD0 || lead == 0xD1 else { return }
        let latin = Self.homoglyph(UInt32(lead & 0x1F) << 6 | UInt32(cur[1] & 0x3F))
        guard latin != 0 else { return }
        cur[0] = latin
        curLen = 1
    }

    /// The Latin letter a Cyrillic look-alike stands for (see `consume`), or 0.
    static func homoglyph(_ v: UInt32) -> UInt8 {
        switch v {
        case 0x410, 0x430: return UInt8(ascii: "a")
        case 0x412: return UInt8(ascii: "b")
        case 0x421, 0x441: return UInt8(ascii: "c")
        case 0x415, 0x435: return UInt8(ascii: "e")
        case 0x41D: return UInt8(ascii: "h")
        case 0x406, 0x456: return UInt8(ascii: "i")
        case 0x458: return UInt8(ascii: "j")
        case 0x41A: return UInt8(ascii: "k")
        case 0x41C: return UInt8(ascii: "m")
        case 0x41E, 0x43E: return UInt8(ascii: "o")
        case 0x420, 0x440: return UInt8(ascii: "p")
        case 0x455: return UInt8(ascii: "s")
        case 0x422: return UInt8(ascii: "t")
        case 0x443: return UInt8(ascii: "y")
        case 0x425, 0x445: return UInt8(ascii: "x")
        default: return 0
        }
    }

    mutating func foldLatin1(_ v: UInt32) {
        let a = UInt8(ascii: "a"), e = UInt8(ascii: "e"), i = UInt8(ascii: "i"), o = UInt8(ascii: "o")
        let u = UInt8(ascii: "u")
        spaceRun = 0
        switch v {
        case 0xC0...0xC5, 0xE0...0xE5: append(a)
        case 0xC6, 0xE6: append(a); append(e)
        case 0xC7, 0xE7: append(UInt8(ascii: "c"))
        case 0xC8...0xCB, 0xE8...0xEB: append(e)
        case 0xCC...0xCF, 0xEC...0xEF: append(i)
        case 0xD0, 0xF0: append(UInt8(ascii: "d"))
        case 0xD1, 0xF1: append(UInt8(ascii: "n"))
        case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8: append(o)
        case 0xD9...0xDC, 0xF9...0xFC: append(u)
        case 0xDD, 0xFD, 0xFF: append(UInt8(ascii: "y"))
        case 0xDE, 0xFE: append(UInt8(ascii: "t")); append(UInt8(ascii: "h"))
        case 0xDF: append(UInt8(ascii: "s")); append(UInt8(ascii: "s"))
        default: separator()
        }
    }

    mutating func foldLatinExtA(_ v: UInt32) {
        spaceRun = 0
        let out: StaticString
        switch v {
        case 0x100...0x105: out = "a"
        case 0x106...0x10D: out = "c"
        case 0x10E...0x111: out = "d"
        case 0x112...0x11B: out = "e"
        case 0x11C...0x123: out = "g"
        case 0x124...0x127: out = "h"
        case 0x128...0x131: out = "i"
        case 0x132...0x133: out = "ij"
        case 0x134...0x135: out = "j"
        case 0x136...0x138: out = "k"
        case 0x139...0x142: out = "l"
        case 0x143...0x14B: out = "n"
        case 0x14C...0x151: out = "o"
        case 0x152...0x153: out = "oe"
        case 0x154...0x159: out = "r"
        case 0x15A...0x161, 0x17F: out = "s"
        case 0x162...0x167: out = "t"
        case 0x168...0x173: out = "u"
        case 0x174...0x175: out = "w"
        case 0x176...0x178: out = "y"
        default: out = "z"
        }
        out.withUTF8Buffer { for b in $0 { append(b) } }
    }

    // MARK: - Tokens

    @inline(__always)
    static func isLetter(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || b >= 0x80 }

    /// The symbols leetspeak writes for letters: "@", "$", "!", "|".
    @inline(__always)
    static func isLeetSymbol(_ b: UInt8) -> Bool { b == 0x40 || b == 0x24 || b == 0x21 || b == 0x7C }

    @inline(__always)
    static func leet(_ b: UInt8) -> UInt8 {
        switch b {
        case 0x30: return UInt8(ascii: "o")
        case 0x31, 0x21, 0x7C: return UInt8(ascii: "i")
        case 0x33: return UInt8(ascii: "e")
        case 0x34, 0x40: return UInt8(ascii: "a")
        case 0x35, 0x24: return UInt8(ascii: "s")
        case 0x37: return UInt8(ascii: "t")
        case 0x38: return UInt8(ascii: "b")
        default: return b
        }
    }

    mutating func finishToken() {
        let capital = upperAt
        upperAt = -1
        lastUpper = -1
        if curLen == 0 { return }
        if hyphenCount > 0 && splitAtHyphens() { return }
        defer { curLen = 0 }
        if curLen == 1 && singlesLen > 0 && singlesLen < Self.curCapacity && Self.isLeetSymbol(cur[0]) {
            // "m u $ l ! m $", "g @ y": a symbol among spaced-out letters waits with them (`flushSingles` decides).
            singles[singlesLen] = cur[0]
            singlesLen += 1
            return
        }
        var lo = 0
        var hi = curLen
        var leadingApostrophe = false
        var trailingApostrophe = false
        var exclaim = false
        while lo < hi, cur[lo] == 0x27 {
            leadingApostrophe = true
            lo += 1
        }
        while hi > lo, cur[hi - 1] == 0x27 || cur[hi - 1] == 0x21 {
            if cur[hi - 1] == 0x27 { trailingApostrophe = true } else { exclaim = true }
            hi -= 1
        }
        if hi <= lo { if exclaim { pendingBreak = true }; return }
        // Mentions and links carry no meaning for the model.
        if cur[lo] == 0x40, hi - lo > 1, Self.isLetter(cur[lo + 1]), cur[lo + 1] != UInt8(ascii: "r") { return }
        if hi - lo >= 4, cur[lo] == UInt8(ascii: "h"), cur[lo + 1] == UInt8(ascii: "t"), cur[lo + 2] == UInt8(ascii: "t"),
            cur[lo + 3] == UInt8(ascii: "p")
        {
            return
        }
        var hasLetter = false
        var hasLeet = false
        var allLetters = true
        var hasRun = false
        var hasStar = false
        for k in lo..<hi {
            let b = cur[k]
            if Self.isLetter(b) {
                hasLetter = true
                if k >= lo + 2 && b == cur[k - 1] && b == cur[k - 2] { hasRun = true }
            } else {
                allLetters = false
                if b == 0x2A { hasStar = true } else if b != 0x27 { hasLeet = true }
            }
        }
        var word: UnsafeMutablePointer<UInt8>
        var len: Int
        var negatorPrefix = false, restrictivePrefix = false
        if allLetters && !hasRun {
            // The common case: a plain word needs no leet mapping, elision, apostrophe removal or squeezing.
            word = cur + lo
            len = hi - lo
            if capital > lo && capital < hi { capitalAt = capital - lo }
        } else {
            // Copy into scratch, reading leetspeak as letters and dropping symbols that stay symbols.
            word = scratch
            len = 0
            let mapLeet = hasLetter && hasLeet
            for k in lo..<hi {
                let b = mapLeet ? Self.leet(cur[k]) : cur[k]
                if b == 0x40 || b == 0x24 || b == 0x7C || b == 0x21 { continue }
                word[len] = b
                len += 1
            }
            if len == 0 { return }
            var from = 0
            if language == .fr || language == .ca, len >= 4 {
                // French/Catalan elision: "l'arabe" -> "arabe"; "n'aime" also opens a negation.
                for p in 1...3 where p < len - 2 && word[p] == 0x27 {
                    if p == 1 && word[0] == UInt8(ascii: "n") { negatorPrefix = true }
                    if p == 2, word[0] == UInt8(ascii: "q"), word[1] == UInt8(ascii: "u") { restrictivePrefix = true }
                    from = p + 1
                    break
                }
            }
            var w = 0
            for k in from..<len where word[k] != 0x27 {
                word[w] = word[k]
                w += 1
            }
            len = w
            if len == 0 { return }
            len = squeezeRepeats(word, len)
            if hasStar { len = unstar(word, len) }
        }
        var f: TokenFlags = []
        if inQuote || inSingleQuote || (leadingApostrophe && trailingApostrophe) { f.insert(.quoted) }
        if leadingApostrophe && !trailingApostrophe { inSingleQuote = true; anyQuote = true }
        if leadingApostrophe && trailingApostrophe { anyQuote = true }
        if negatorPrefix { f.insert(.negator); f.insert(.negated) }
        if restrictivePrefix { f.insert(.restrictive) }
        // A digit among spaced-out letters may be leetspeak ("m u s l 1 m s"): `flushSingles` decides.
        if len == 1 && ((Self.isLetter(word[0]) && word[0] < 0x80)
            || (singlesLen > 0 && word[0] >= 0x30 && word[0] <= 0x39 && Self.leet(word[0]) != word[0]))
        {
            if singlesLen == 0 { singlesFlags = f.rawValue | (pendingBreak ? TokenFlags.breakBefore.rawValue : 0) }
            if dotPending {
                dotPending = false
                dottedSingles = true
            }
            if singlesLen < Self.curCapacity {
                singles[singlesLen] = word[0]
                singlesLen += 1
            }
            pendingBreak = false
        } else {
            let capitalAt = self.capitalAt
            flushSingles()
            self.capitalAt = capitalAt
            emit(word, len, flags: f)
        }
        self.capitalAt = -1
        if trailingApostrophe && !leadingApostrophe && inSingleQuote { inSingleQuote = false }
        if exclaim { pendingBreak = true; flushSingles() }
    }

    /// A word with stars that is no mask we know ("m*u*s*l*i*m*s", "mus*lims", "*muslims*", "v*e*r*m*i*n") is read
    /// without them when that reads as an identity term, a cue word or a misspelling of one; otherwise it stays as
    /// written (masks of one letter, "m*slims", are in the variant table). Returns the new length. Only words with
    /// a star pay for it.
    mutating func unstar(_ word: UnsafeMutablePointer<UInt8>, _ len: Int) -> Int {
        let h = Self.hash(word, len)
        guard words.lookup(h) == 0, spelling.canonical(h) == nil else { return len }
        var n = 0
        for k in 0..<len where word[k] != 0x2A {
            scratch2[n] = word[k]
            n += 1
        }
        guard n >= 3, n < len, readsAsTermOrCue(Self.hash(scratch2, n)) else { return len }
        word.update(from: scratch2, count: n)
        return n
    }

    /// Runs of three or more letters are squeezed to two when that gives a word of the lexicon ("haaat", Dutch
    /// "haat"), else to one, doubles kept, when that gives a word we know ("haaate", Dutch "haattt" — "hat" is a
    /// word too), else every repeat to one when that gives a known word, else to two.
    mutating func squeezeRepeats(_ word: UnsafeMutablePointer<UInt8>, _ len: Int) -> Int {
        var hasRun = false
        var k = 2
        while k < len {
            if word[k] == word[k - 1] && word[k] == word[k - 2] { hasRun = true; break }
            k += 1
        }
        guard hasRun else { return len }
        let one = scratch2
        // The runs of three or more to one letter, doubles kept, when that is a word we know: kept in `one` until
        // the squeeze to two is known not to be a word of the lexicon, which comes first.
        var runOneLen = 0
        do {
            var i = 0
            while i < len {
                var j = i + 1
                while j < len, word[j] == word[i] { j += 1 }
                for _ in 0..<(j - i >= 3 ? 1 : j - i) {
                    one[runOneLen] = word[i]
                    runOneLen += 1
                }
                i = j
            }
            if words.lookup(Self.hash(one, runOneLen)) == 0 { runOneLen = 0 }
        }
        var twoLen = 0
        var oneLen = 0
        for i in 0..<len {
            let b = word[i]
            if twoLen >= 2 && word[twoLen - 1] == b && word[twoLen - 2] == b { continue }
            word[twoLen] = b
            twoLen += 1
        }
        // Two of a letter first when that is a word we know ("haaat" is Dutch "haat", hate, not "hat").
        if words.lookup(Self.hash(word, twoLen)) != 0 { return twoLen }
        // Then the runs to one, doubles kept ("haattt" is "haat", "walgeeelijk" "walgelijk"), made in `one`
        // before `word` was squeezed.
        if runOneLen > 0 {
            for i in 0..<runOneLen { word[i] = one[i] }
            return runOneLen
        }
        // Every repeat to one (the same from the squeeze to two as from the word).
        for i in 0..<twoLen where oneLen == 0 || one[oneLen - 1] != word[i] {
            one[oneLen] = word[i]
            oneLen += 1
        }
        if words.lookup(Self.hash(one, oneLen)) & Lexicon.knownBit != 0 {
            for i in 0..<oneLen { word[i] = one[i] }
            return oneLen
        }
        return twoLen
    }

    @inline(__always)
    static func hash(_ p: UnsafePointer<UInt8>, _ len: Int) -> UInt64 {
        var h = FNV.offset
        for i in 0..<len { h = (h ^ UInt64(p[i])) &* FNV.prime }
        return h
    }

    static func hashBytes(_ word: [UInt8]) -> UInt64 {
        word.withUnsafeBufferPointer { b in b.baseAddress.map { hash($0, b.count) } ?? FNV.offset }
    }

    /// Emits the pending single letters: three or more joined into one word ("m u s l i m s"), fewer one by one.
    /// A leetspeak digit among them ("m u s l 1 m s", "j.3.w.s") is read as its letter when the whole then reads
    /// as an identity term, a cue word or a misspelling of one; otherwise it stays a number between the letters
    /// before and after it, as it did when a digit ended the run ("I have 3 cats").
    mutating func flushSingles() {
        dottedSingles = false
        dotPending = false
        if singlesLen == 0 { return }
        let n = singlesLen
        singlesLen = 0
        let f = TokenFlags(rawValue: singlesFlags)
        let save = pendingBreak
        var digits = false
        for i in 0..<n where !Self.isLetter(singles[i]) { digits = true }
        if !digits {
            emitSingles(0, n, flags: f)
        } else if n < 3 || !emitLeetSingles(n, flags: f) {
            var start = 0
            for i in 0...n where i == n || !Self.isLetter(singles[i]) {
                if i > start { emitSingles(start, i, flags: f) }
                // A symbol that is no letter here is dropped, as it was before it waited with the letters.
                if i < n && !Self.isLeetSymbol(singles[i]) { emitSingles(i, i + 1, flags: f) }
                start = i + 1
            }
            // "g a y !": the exclamation mark still ends the clause.
            if singles[n - 1] == 0x21 {
                pendingBreak = true
                return
            }
        }
        pendingBreak = save
    }

    /// Emits single letters `a..<b` (see `flushSingles`); the run's break goes with its first token.
    /// `cut`: whether a word of one letter at either end may be cut off first (``singlesCut(_:_:)``).
    mutating func emitSingles(_ a: Int, _ b: Int, flags f: TokenFlags, cut: Bool = true) {
        let brk = a == 0 && f.contains(.breakBefore)
        if cut && b - a >= 4, let (lead, trail) = singlesCut(a, b) {
            // "are a s t a i n", "I h a t e", "c o l g a r a" spaced out: the word of one letter stays a word.
            if lead { emitSingles(a, a + 1, flags: f, cut: false) }
            emitSingles(lead ? a + 1 : a, trail ? b - 1 : b, flags: f, cut: false)
            if trail { emitSingles(b - 1, b, flags: f, cut: false) }
            return
        }
        if b - a >= 3 {
            for i in a..<b { singlesOut[i - a] = singles[i] }
            let len = squeezeRepeats(singlesOut, b - a)
            pendingBreak = brk
            emit(singlesOut, len, flags: f.subtracting(.breakBefore))
        } else {
            for i in a..<b {
                pendingBreak = i == a && brk
                singlesOut[0] = singles[i]
                emit(singlesOut, 1, flags: f.subtracting(.breakBefore))
            }
        }
    }

    /// Where spaced-out letters `a..<b` hold a word of one letter at either end, when the whole is no word we know:
    /// an article, pronoun, conjunction or preposition ("a", "i", "y", "o", "e", "u") before the spaced word ("are
    /// a s c u m", "I h a t e", "A M u s l i m") or the preposition "a" after it ("m a t a r a los"). The letter is
    /// cut off when the rest reads as an identity term, a cue word, a misspelling of one or a word of the lexicon.
    /// Not when the rest is unknown: "a l w a y s", "a b o u t", "I e d e r e" are words the model knows whole,
    /// and "a l l e" is no "all"; nor after an unknown verb ("a c a b a r á", accent folded, is a future, not
    /// "acabar a"). Returns nil when nothing is cut (2026-12-02, seventeenth session).
    func singlesCut(_ a: Int, _ b: Int) -> (lead: Bool, trail: Bool)? {
        func known(_ from: Int, _ to: Int) -> Bool {
            let h = Self.hash(singles + from, to - from)
            return words.lookup(h) != 0 || spelling.canonical(h) != nil
        }
        if known(a, b) { return nil }
        func isWord(_ c: UInt8, _ set: StaticString) -> Bool {
            set.withUTF8Buffer { $0.contains(c) }
        }
        // French "a" before a verb is "has" ("a b a t t r e" is "abattre", not "a battre").
        let lead = isWord(singles[a], language == .fr ? "iyoeu" : "aiyoeu"), trail = singles[b - 1] == UInt8(ascii: "a")
        if lead && known(a + 1, b) { return (true, false) }
        if trail && known(a, b - 1) { return (false, true) }
        if lead && trail && b - a >= 5 && known(a + 1, b - 1) { return (true, true) }
        return nil
    }

    /// Emits the `n` single letters and digits, digits read as letters, when that reads as an identity term, a
    /// cue word or a misspelling of one; returns whether it did.
    mutating func emitLeetSingles(_ n: Int, flags f: TokenFlags) -> Bool {
        var letters = 0, symbols = false
        for i in 0..<n {
            if Self.isLetter(singles[i]) { letters += 1 } else if Self.isLeetSymbol(singles[i]) { symbols = true }
        }
        // With a symbol, two letters at least: "a $ 5" is a price, not "ass".
        if symbols && letters < 2 { return false }
        for i in 0..<n { singlesOut[i] = Self.leet(singles[i]) }
        let len = squeezeRepeats(singlesOut, n)
        let h = Self.hash(singlesOut, len)
        guard readsAsTermOrCue(h) else { return false }
        pendingBreak = f.contains(.breakBefore)
        emit(singlesOut, len, flags: f.subtracting(.breakBefore))
        return true
    }

    /// Whether the word hashed `h` is an identity term, a cue word or a misspelling of one: what a word written
    /// with hyphens or in spaced letters must read as to be joined whole.
    func readsAsTermOrCue(_ h: UInt64) -> Bool {
        isTermOrCue(h) || spelling.canonical(h) != nil
    }

    /// Whether the word hashed `h` is itself an identity term or a cue word (no misspelling).
    @inline(__always)
    func isTermOrCue(_ h: UInt64) -> Bool {
        words.lookup(h) & (Lexicon.groupMask | (0xFF << Lexicon.cueShift)) != 0
    }

    mutating func grow() {
        let newCap = tokenCapacity * 2
        func regrow<T>(_ p: inout UnsafeMutablePointer<T>) {
            let q = UnsafeMutablePointer<T>.allocate(capacity: newCap)
            q.moveInitialize(from: p, count: count)
            p.deallocate()
            p = q
        }
        regrow(&starts); regrow(&ends); regrow(&flags); regrow(&hashes); regrow(&groups); regrow(&cues); regrow(&infos)
        tokenCapacity = newCap
    }

    /// `atCapital`: the word is the part of a written word from a capital after a small letter on (see below).
    mutating func emit(_ word: UnsafeMutablePointer<UInt8>, _ len: Int, flags f: TokenFlags, split: Bool = true,
                       atCapital: Bool = false) {
        let capital = capitalAt
        capitalAt = -1
        var f = f
        var word = word
        var len = len
        if pendingBreak { f.insert(.breakBefore); pendingBreak = false }
        var h = Self.hash(word, len)
        var info = words.lookup(h)
        if Lexicon.isCityName(info) {
            // A city's name is no evidence either way (see `Lexicon.placeNames`); the break it carried stays.
            if f.contains(.breakBefore) { pendingBreak = true }
            return
        }
        if info == 0 && len >= 4 {
            if let (canonical, n) = spelling.canonical(h, word: word, len, languageBit: languageBit) {
                // "mulsims" is read as "muslims": the same features as the word it misspells.
                word = canonical
                len = n
                h = Self.hash(word, len)
                info = words.lookup(h)
            } else if split && capital >= 2 && len - capital >= GlueSolver.minTerm
                && capitalHeads.lookup(Self.hash(word, capital)) != 0 && startsWithTerm(word + capital, len - capital)
            {
                // "whenMuslimsmoved", "lesRomssix": a capital after a function word, starting an identity term,
                // starts a word ("#MassImmigration" and "#altRetards" stay whole: no function word before).
                emit(word, capital, flags: f)
                emit(word + capital, len - capital, flags: f.subtracting(.breakBefore), atCapital: true)
                return
            } else if split && len >= Self.minGlued && len <= 64 && termQuads.mayHold(word, len) {
                // "ihatemuslims" is read as "i hate muslims". The answer after a capital differs: not remembered.
                // A word with no four bytes that start an identity term has no cut (``TermQuads``): it is not
                // searched, nor remembered.
                let slot = Int(truncatingIfNeeded: FNV.finish(h)) & (Self.unsplittableSlots - 1)
                if unsplittable[slot] != h || h == 0 || atCapital {
                    // A word of six or seven letters splits only around an identity term at one of its ends: a
                    // few lookups turn the others away before the search.
                    let pieces = len < GlueSolver.minLengthForLetter && !atCapital && !termAtEnd(word, len) ? 0
                        : glueCuts(word, len, goal: .group, atCapital: atCapital)
                    // Words of our languages' word lists stay whole ("romance", "blackmail", "jodendom").
                    if pieces > 0 && glueStops.lookup(h) == 0 {
                        var start = 0
                        for i in 0..<pieces {
                            let end = Int(cuts[i])
                            emit(word + start, end - start, flags: i == 0 ? f : f.subtracting(.breakBefore), split: false)
                            start = end
                        }
                        return
                    }
                    if !atCapital { unsplittable[slot] = h }
                }
            }
        }
        // Two pieces of a word split by a space, one of them perhaps a short function word ("No irs", "ne gros").
        // Each known piece short, and not both known.
        if split && count > 0 && !f.contains(.breakBefore) && (info == 0 || len <= 3)
            && (infos[count - 1] == 0 || (info == 0 && Int(ends[count - 1]) - Int(starts[count - 1]) <= 3))
            && joinSpaced(word, len, wordHash: h, wordInfo: info)
        {
            return
        }
        if info == 0 && split && count > 0 && groups[count - 1] >= 0 && !f.contains(.breakBefore)
            && cutHostileGlue(after: word, len, wordHash: h, flags: f)
        {
            return
        }
        if split && info & Lexicon.groupMask != 0 && info & Lexicon.placeBit == 0 && count > 0 && infos[count - 1] == 0
            && !f.contains(.breakBefore)
        {
            cutHostileGlue()
        }
        if count == tokenCapacity { grow() }
        if byteCount + len > byteCapacity {
            let newCap = max(byteCapacity * 2, byteCount + len)
            let q = UnsafeMutablePointer<UInt8>.allocate(capacity: newCap)
            q.moveInitialize(from: bytes, count: byteCount)
            bytes.deallocate()
            bytes = q
            byteCapacity = newCap
        }
        let start = byteCount
        (bytes + start).update(from: word, count: len)
        byteCount += len
        if info & negatorBit != 0 { f.insert(.negator); anyNegator = true }
        if info & Lexicon.contrastBit != 0 { f.insert(.contrast) }
        // Dutch "die" is "that", not a wish of death: such words are cues in the other languages only.
        let notCueHere = info & Lexicon.notCueBit != 0 && notCue.lookup(h) & languageBit != 0
        var g = Int8(truncatingIfNeeded: Int(info & Lexicon.groupMask) - 1)
        if info & Lexicon.placeBit != 0 {
            // A place of a faith names its group only next to hostility (`attachPlaces`), and never where the
            // word is an ordinary one (Catalan "mosques", flies).
            g = -1
            if !notCueHere { anyPlace = true } else { info &= ~Lexicon.placeBit }
        }
        if count > 0 && !f.contains(.breakBefore) && infos[count - 1] & Lexicon.bigramStartBit != 0 {
            let bg = Int8(truncatingIfNeeded: Int(bigrams.lookup(Lexicon.bigramKey(hashes[count - 1], h))) - 1)
            if bg >= 0 { g = bg; groups[count - 1] = bg }
        }
        // "la comunidad judía", "the Muslim community": `dropCommunityNouns` decides.
        if count > 0 && !f.contains(.breakBefore)
            && ((g >= 0 && community.lookup(hashes[count - 1]) != 0)
                || (groups[count - 1] >= 0 && community.lookup(h) != 0))
        {
            anyCommunity = true
        }
        starts[count] = Int32(start)
        ends[count] = Int32(byteCount)
        flags[count] = f.rawValue
        hashes[count] = h
        groups[count] = g
        var cue = notCueHere ? 0 : UInt8((info >> Lexicon.cueShift) & 0xFF)
        if cue == Lexicon.Cue.counter.rawValue && h == Self.wrongWord && count >= 2
            && hashes[count - 2] == Self.proveWord && Self.challengedPronouns.contains(hashes[count - 1])
            && !f.contains(.breakBefore)
        {
            // "Men are trash, prove me wrong": a challenge that stands by what was said, not a word that condemns
            // it (0.12, read as counter-speech; 2026-12-01, fourteenth session).
            cue = 0
        }
        cues[count] = cue
        infos[count] = info
        count += 1
    }

    /// "mus lims", "sub human": a word the lexicon does not know right after another, neither a function word, the
    /// two together an identity term or a cue word, is read as that word (the earlier token is taken back).
    /// Misspellings of the joined word are not sought: over the public corpora that joined ordinary pairs ("be
    /// had", "hoe rn"). Returns whether it joined. Costs a hash of the word and a lookup where two words the
    /// lexicon lacks meet (`wordHash` is the word's own hash, `wordInfo` its lexicon information).
    ///
    /// Since 2026-12-01 (sixteenth session) one of the two may be a known function word of three letters or fewer
    /// when the whole is an identity term ("No irs", "ne gros", "handic apes"; not two known words: "ga is", "Jo
    /// den" stay apart, "ga" and "jo" being words too), and two unknown
    /// pieces, one of three letters or fewer, also make the first word of a two-word term ("Bl ack", "Zwar te":
    /// "zwarte mensen" is then read whole).
    mutating func joinSpaced(_ word: UnsafeMutablePointer<UInt8>, _ len: Int, wordHash: UInt64, wordInfo: UInt32 = 0)
        -> Bool
    {
        let prev = count - 1
        let start = Int(starts[prev]), prevLen = Int(ends[prev]) - start
        guard prevLen >= 2, len >= 2, prevLen + len >= 4, prevLen + len <= Self.curCapacity,
            Int(ends[prev]) == byteCount
        else { return false }
        var h = hashes[prev]
        for k in 0..<len { h = FNV.mix(h, word[k]) }
        let prevKnown = infos[prev] != 0, known = wordInfo != 0
        if prevKnown || known {
            // One piece is a word we know: only a short function word, and only into a group's name.
            let info = words.lookup(h)
            guard info & Lexicon.groupMask != 0,
                !prevKnown || (prevLen <= 3 && glue.lookup(hashes[prev]) != 0),
                !known || (len <= 3 && glue.lookup(wordHash) != 0)
            else { return false }
            emitJoined(from: prev, word, len)
            return true
        }
        if joinThree(word, len, wordHash: wordHash) { return true }
        // Two whole words that make a cue word are often meant apart ("worth less", "back ward"); a short piece
        // is the mark of a split word, and a group's name is joined whatever its pieces ("towel heads").
        let info = words.lookup(h)
        guard info & Lexicon.groupMask != 0 || (info & (0xFF << Lexicon.cueShift) != 0 && min(prevLen, len) <= 3)
            || (info & Lexicon.bigramStartBit != 0 && min(prevLen, len) <= 3)
        else { return false }
        // A function word is a word, not half of one: "you in", "be at", "de este", "in human" stay apart — but a
        // short function word may end a group's name after a piece of three letters or more that is no word
        // ("wom en", "Isl am"), and a group's name may start with a function word of two letters before a piece of
        // three letters or fewer that is none ("je ws", "no irs"; 2026-12-01, fourteenth session).
        let prevIsFunctionWord = glue.lookup(hashes[prev]) != 0, isFunctionWord = glue.lookup(wordHash) != 0
        guard !prevIsFunctionWord || (info & Lexicon.groupMask != 0 && prevLen == 2 && len <= 3 && !isFunctionWord),
            !isFunctionWord || (info & Lexicon.groupMask != 0 && prevLen >= 3 && len <= 3)
        else { return false }
        emitJoined(from: prev, word, len)
        return true
    }

    /// Takes back the tokens from `first` on (the last ones written) and emits them with `word` as one word, with
    /// the flags of the first (`joinSpaced`, `joinThree`).
    mutating func emitJoined(from first: Int, _ word: UnsafeMutablePointer<UInt8>, _ len: Int) {
        let start = Int(starts[first])
        let n = byteCount - start
        joined.update(from: bytes + start, count: n)
        (joined + n).update(from: word, count: len)
        var firstFlags = TokenFlags(rawValue: flags[first])
        count = first
        byteCount = start
        // A function word taken into a name ("No irs") negates nothing any more.
        if firstFlags.contains(.negator) {
            firstFlags.remove(.negator)
            anyNegator = (0..<count).contains { flags[$0] & TokenFlags.negator.rawValue != 0 }
        }
        emit(joined, n + len, flags: firstFlags, split: false)
    }

    /// "mu sl ims", "imm igr anten", "gi ta nos": three pieces of two to six letters that the lexicon does not know,
    /// at most one of them a function word, that together are an identity term or a cue word are read as that
    /// word (the two earlier tokens are taken back); the whole has six letters or more. Three such pieces that
    /// spell a term exactly are not met in ordinary writing. Asked only where `joinSpaced` is, so where two
    /// unknown words meet (2026-12-01, fourteenth session).
    mutating func joinThree(_ word: UnsafeMutablePointer<UInt8>, _ len: Int, wordHash: UInt64) -> Bool {
        guard count >= 2, (2...6).contains(len), infos[count - 2] == 0,
            flags[count - 1] & TokenFlags.breakBefore.rawValue == 0
        else { return false }
        let first = count - 2
        let start = Int(starts[first])
        let firstLen = Int(ends[first]) - start, midLen = Int(ends[count - 1]) - Int(starts[count - 1])
        guard (2...6).contains(firstLen), (2...6).contains(midLen), firstLen + midLen + len >= 6,
            Int(ends[first]) == Int(starts[count - 1])
        else { return false }
        // The whole first: it runs where any three short unknown words meet, and is rarely a term (one lookup
        // turns most away; the three function-word lookups were 1.7 % of `classify` when they came first).
        var h = FNV.offset
        for k in start..<byteCount { h = FNV.mix(h, bytes[k]) }
        for k in 0..<len { h = FNV.mix(h, word[k]) }
        guard isTermOrCue(h) else { return false }
        let functionWords = (glue.lookup(hashes[first]) != 0 ? 1 : 0) + (glue.lookup(hashes[count - 1]) != 0 ? 1 : 0)
            + (glue.lookup(wordHash) != 0 ? 1 : 0)
        guard functionWords <= 1 else { return false }
        emitJoined(from: first, word, len)
        return true
    }

    /// Where to cut an unknown word that is several words written together: the number of pieces written to
    /// `cuts` (their end offsets), or 0. For `.group`, a cut is made only when one piece is an identity term of
    /// four letters or more and the others are known words (lexicon words and function words), or the last of
    /// them, after a function word and the term, an unknown word of three letters or more — so "therapists"
    /// stays whole (no identity term) and "transport" too (no function word before "trans"), while
    /// "womenaretrash" becomes "women are trash" and "whenmuslimsmoved" "when muslims moved". Ordinary words that
    /// would split all the same ("romance", "blackmail") are kept whole by the caller (`Lexicon.glueCollisions`).
    /// For `.hostile`, see `cutHostileGlue`. Allocates nothing: it runs on long unknown words of every message.
    func glueCuts(_ word: UnsafeMutablePointer<UInt8>, _ len: Int, goal: GlueSolver.Goal, atCapital: Bool = false) -> Int {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: (GlueSolver.maxPiece + 1) * 16) { kinds in
            var solver = GlueSolver(
                word: word, len: len, goal: goal, words: words, glue: glue, cuts: cuts, kinds: kinds.baseAddress!)
            return solver.pieces(atCapital: atCapital)
        }
    }

    /// Whether a word of six or seven letters starts or ends with an identity term of four letters or more that
    /// leaves two letters or more (the only way `glueCuts` can cut so short a word).
    func termAtEnd(_ word: UnsafeMutablePointer<UInt8>, _ len: Int) -> Bool {
        var prefix = FNV.offset
        for k in 0..<(len - 2) {
            prefix = FNV.mix(prefix, word[k])
            guard k + 1 >= GlueSolver.minTerm else { continue }
            if words.lookup(prefix) & Lexicon.groupMask != 0 { return true }
            var suffix = FNV.offset
            for i in (len - k - 1)..<len { suffix = FNV.mix(suffix, word[i]) }
            if words.lookup(suffix) & Lexicon.groupMask != 0 { return true }
        }
        return false
    }

    /// Whether `word` starts with an identity term of four letters or more.
    func startsWithTerm(_ word: UnsafeMutablePointer<UInt8>, _ len: Int) -> Bool {
        var h = FNV.offset
        for k in 0..<min(len, GlueSolver.maxPiece) {
            h = FNV.mix(h, word[k])
            if k + 1 >= GlueSolver.minTerm && words.lookup(h) & Lexicon.groupMask != 0 { return true }
        }
        return false
    }

    /// "ihate muslims", "odioalos musulmanes", "ikhaat moslims": a word we do not know, right before an identity
    /// term, that is a hostile word written together with function words is read as those words (the token is
    /// taken back and its pieces emitted). Asked only where an identity term follows an unknown word, so it costs
    /// nothing on most messages; "ihate" alone, with no group after it, stays whole.
    mutating func cutHostileGlue() {
        let prev = count - 1
        let start = Int(starts[prev]), n = Int(ends[prev]) - start
        guard n >= GlueSolver.minTerm + 1, n <= GlueSolver.maxPiece, Int(ends[prev]) == byteCount,
            glueStops.lookup(hashes[prev]) == 0
        else { return }
        joined.update(from: bytes + start, count: n)
        let pieces = glueCuts(joined, n, goal: .hostile)
        guard pieces > 0 else { return }
        let prevFlags = TokenFlags(rawValue: flags[prev])
        count -= 1
        byteCount = start
        var from = 0
        for i in 0..<pieces {
            let end = Int(cuts[i])
            emit(joined + from, end - from, flags: i == 0 ? prevFlags : prevFlags.subtracting(.breakBefore), split: false)
            from = end
        }
    }

    /// "muslims arescum", "les juifs sontdégoûtants": a word we do not know, right after an identity term, that
    /// is function words written together with a hostile word, is read as those words (its pieces are emitted in
    /// its place). Asked only of an unknown word after an identity term, so it costs nothing on most messages.
    mutating func cutHostileGlue(
        after word: UnsafeMutablePointer<UInt8>, _ len: Int, wordHash h: UInt64, flags f: TokenFlags
    ) -> Bool {
        guard len >= GlueSolver.minTerm + 1, len <= GlueSolver.maxPiece, glueStops.lookup(h) == 0 else { return false }
        joined.update(from: word, count: len)
        let pieces = glueCuts(joined, len, goal: .hostile)
        guard pieces > 0 else { return false }
        var from = 0
        for i in 0..<pieces {
            let end = Int(cuts[i])
            emit(joined + from, end - from, flags: f, split: false)
            from = end
        }
        return true
    }

    /// Whether the message holds a hostile cue and no word that condemns, neither of them negated: the condition
    /// under which `attachPlaces` and `dropCommunityNouns` read a word as naming a group. Read after
    /// `markNegationScopes`.
    var holdsPlainHostility: Bool {
        let negative = Lexicon.Cue.negative.rawValue, counter = Lexicon.Cue.counter.rawValue
        var hostile = false
        for i in 0..<count where flags[i] & TokenFlags.negated.rawValue == 0 {
            if cues[i] == counter { return false }
            if cues[i] == negative { hostile = true }
        }
        return hostile
    }

    /// Whether the message holds a word of ``bombWords`` and one of ``wishOrOrderWords``, neither negated, and no word
    /// that condemns or reports: a bomb wished or planned in a
    /// place of faith is a threat against its faith ("Ojalá alguien ponga una bomba en esa mezquita" was held as
    /// naming no group, "J'espère que quelqu'un posera une bombe dans cette mosquée" too). Not a hostile cue: the
    /// models were trained without it. 2026-12-01, tenth session.
    var holdsExplosives: Bool {
        var bomb = false, wish = false
        for i in 0..<count where flags[i] & TokenFlags.negated.rawValue == 0 {
            let c = cues[i]
            if c == Lexicon.Cue.counter.rawValue || c == Lexicon.Cue.report.rawValue { return false }
            if Self.bombWords.contains(hashes[i]) { bomb = true }
            if Self.wishOrOrderWords.contains(hashes[i]) { wish = true }
        }
        return bomb && wish
    }

    /// Words of a wish, an order or a plan that make a bomb a threat rather than news ("A bomb threat closed the
    /// synagogue today" names no one): hope, should, let's, going to.
    static let wishOrOrderWords = WordSet([
        "hope", "wish", "should", "must", "lets", "gonna", "ojala", "espero", "deberian", "deberia", "hay", "vamos",
        "voy", "espere", "souhaite", "faut", "faudrait", "devrait", "allons", "vais", "hoop", "hoopt", "moeten",
        "moet", "zou", "zouden", "laten", "ga", "gaan", "hoppas", "borde", "maste", "ska", "spero", "cal",
    ])

    /// Bombs and explosives, in every language.
    static let bombWords = WordSet([
        "bomb", "bombs", "bomba", "bombas", "bombe", "bombes", "bom", "bommen", "bomben", "explosives", "explosivos",
        "explosifs", "explosieven", "sprangamnen", "granada", "grenade", "granaat", "dinamita", "dynamite",
    ])

    /// A place or book of a faith names its group only when the message holds a hostile cue that is not negated
    /// and no word that condemns: "burn the mosque" is hate against Muslims, "the mosque opens its doors for iftar"
    /// names nobody, and neither do "nobody wants to burn the mosque" or "calls to burn the synagogue are racist"
    /// (the hostility is the one the message condemns). Runs after `markNegationScopes`, only for
    /// messages with such a word.
    mutating func attachPlaces() {
        guard holdsPlainHostility || holdsExplosives else { return }
        for i in 0..<count where infos[i] & Lexicon.placeBit != 0 {
            groups[i] = Int8(truncatingIfNeeded: Int(infos[i] & Lexicon.groupMask) - 1)
        }
    }

    /// Copies every per-token value of token `from` over token `to`, for the passes that drop tokens
    /// (``dropCommunityNouns()``, ``dropAppositionPeople()``).
    @inline(__always)
    mutating func moveToken(_ from: Int, to: Int) {
        starts[to] = starts[from]
        ends[to] = ends[from]
        flags[to] = flags[from]
        hashes[to] = hashes[from]
        groups[to] = groups[from]
        cues[to] = cues[from]
        infos[to] = infos[from]
    }

    /// A community noun beside a group word — "la comunidad judía", "the Muslim community", "de joodse
    /// gemeenschap" — is dropped when the message holds a hostile cue that is not negated and no word that
    /// condemns, so that the group is read as if named alone (see ``Lexicon/communityNouns``): the models learned
    /// the nouns from friendly sentences only, and "Odio a la comunidad judía" scored 0.13. In a message with no
    /// hostility the noun stays, and with it what the models learned of friendly sentences ("Ik hoop dat de joodse
    /// gemeenschap zich hier veilig voelt" 0.01; dropped, 0.69). A break the noun carried passes to the next
    /// word. Runs after `markNegationScopes`, only for messages with such a noun.
    mutating func dropCommunityNouns() {
        guard holdsPlainHostility else { return }
        let breakBit = TokenFlags.breakBefore.rawValue
        var kept = 0
        var carry: UInt8 = 0
        let question = questionAt
        for i in 0..<count {
            let beside = (i > 0 && groups[i - 1] >= 0 && flags[i] & breakBit == 0)
                || (i + 1 < count && groups[i + 1] >= 0 && flags[i + 1] & breakBit == 0)
            // A quoted noun is someone else's word ("what people mean by the \"lgbt community\""): it stays.
            if beside && flags[i] & TokenFlags.quoted.rawValue == 0 && community.lookup(hashes[i]) != 0 {
                carry |= flags[i] & breakBit
                if i < question { questionAt -= 1 }
                continue
            }
            moveToken(i, to: kept)
            flags[kept] |= carry
            carry = 0
            kept += 1
        }
        count = kept
    }

    /// A group set off by commas beside a demonstrative and a word for people — "Esa gente, los gitanos, no merece
    /// ninguna compasión" (0.36), "Los gitanos, esa gente, no merecen …", "Those people, the Roma, deserve no
    /// pity" — says of the group what the clause says: the demonstrative and its noun (``Lexicon/appositionPeople``)
    /// are dropped and the comma that cut the group from its predicate goes, so that the rules and the model read
    /// "los gitanos no merece ninguna compasión". The group phrase is its words and the articles before them,
    /// alone between the commas; the pair opens the message or its clause. Runs before `markNegationScopes`, only
    /// for messages that name a group (2026-12-01, twelfth session).
    mutating func dropAppositionPeople() {
        guard count >= 5, (0..<count).contains(where: { groups[$0] >= 0 }) else { return }
        let breakBit = TokenFlags.breakBefore.rawValue
        let t = Lexicon.appositions
        func opens(_ k: Int) -> Bool { k < count && flags[k] & breakBit != 0 }
        // The end of a group phrase that starts at `k` and fills its clause, or -1.
        func groupPhraseEnd(_ k: Int) -> Int {
            var j = k
            while j < count, !(j > k && opens(j)), t.articles.contains(hashes[j]) { j += 1 }
            guard j < count, !(j > k && opens(j)), groups[j] >= 0 else { return -1 }
            while j < count, !(j > k && opens(j)), groups[j] >= 0 { j += 1 }
            return j < count && opens(j) ? j : -1
        }
        for d in 0..<(count - 3) where t.demonstratives.contains(hashes[d]) && t.people.contains(hashes[d + 1]) {
            guard d == 0 || opens(d), !opens(d + 1), opens(d + 2) else { continue }
            var rejoin = -1
            if groupPhraseEnd(d + 2) > 0 {
                // "Esa gente, los gitanos, …": the group takes the pair's place and its clause.
                rejoin = groupPhraseEnd(d + 2)
                flags[d + 2] = (flags[d + 2] & ~breakBit) | (flags[d] & breakBit)
            } else if d > 0 {
                // "Los gitanos, esa gente, …": the group before the pair opens the message or its clause.
                var b = d - 1
                while b > 0, !opens(b) { b -= 1 }
                guard groupPhraseEnd(b) == d, opens(d + 2) else { continue }
                rejoin = d + 2
            }
            guard rejoin > 0 else { continue }
            flags[rejoin] &= ~breakBit
            if questionAt > d { questionAt -= 2 }
            for k in d..<(count - 2) { moveToken(k + 2, to: k) }
            count -= 2
            return
        }
    }

    /// Dutch and Swedish put the negator after the finite verb, and after its object when that is a name or a
    /// pronoun: "ik haat geen moslims", "ik haat moslims niet", "ik haat ze niet", "jag hatar dem inte". The
    /// negator at `i` then negates the hostile verb before it — right before it, or with only group words and
    /// object pronouns between them, in its clause — which the forward scope cannot reach ("Ik haat moslims
    /// niet" 0.55 and "Ik haat geen moslims" 0.90 were hateful). A hostile word with anything else between
    /// ("moslims zijn tuig en niet welkom") keeps its hostility. Nor does a hostile word before Dutch "die" when
    /// the clause goes on after the negator and no subject pronoun stands before that word: "die" opens a relative
    /// clause there, whose verb comes last ("Arabieren zijn barbaren die niet in Europa horen" 0.002, "Vrouwen zijn
    /// idioten die niets snappen"; "ik haat die niet meer" keeps its negation; 2026-12-01 (twelfth session)).
    mutating func negateVerbBefore(_ i: Int) {
        let breakBit = TokenFlags.breakBefore.rawValue
        var k = i - 1
        while k >= max(0, i - 4), flags[k + 1] & breakBit == 0 {
            if cues[k] == Lexicon.Cue.negative.rawValue {
                flags[k] |= TokenFlags.negated.rawValue
                return
            }
            guard groups[k] >= 0 || Self.objectPronouns.contains(hashes[k]) else { return }
            if k == i - 1, hashes[k] == Self.dutchDie, i + 1 < count, flags[i + 1] & breakBit == 0,
                k < 2 || !Self.dutchSubjectPronouns.contains(hashes[k - 2])
            {
                return
            }
            k -= 1
        }
    }

    /// Dutch "die" is a demonstrative before a group ("die moslims", those Muslims: how much Dutch hostility is
    /// phrased, and why the word stays a hostile cue for the Dutch model, see ``Lexicon/notCues``) or a relative
    /// pronoun ("vrouwen die ik ken", women whom I know), which says nothing hostile: "Vrouwen zijn mensen die ik
    /// ken" scored 0.9999 and "Ik ken veel moslims die hier al jaren wonen" 0.996. The cue stays only where a
    /// group follows in the same clause, right after the word or after one more word ("die vieze moslims"), and
    /// neither a group stands right before it ("moslims die …") nor does a copula end the clause after the group
    /// ("collega's die moslim zijn"). Dutch messages only (2026-12-01, eleventh session).
    mutating func demoteRelativeDie() {
        let breakBit = TokenFlags.breakBefore.rawValue
        let negative = Lexicon.Cue.negative.rawValue
        func opens(_ k: Int) -> Bool { k == count || flags[k] & breakBit != 0 }
        for i in 0..<count where hashes[i] == Self.dutchDie && cues[i] == negative {
            var demonstrative = false
            if i == 0 || opens(i) || groups[i - 1] < 0 {
                var k = i + 1
                while k < min(count, i + 3), !opens(k) {
                    if groups[k] >= 0 {
                        // "die moslim zijn", "die trans is": the group is what the relative clause says.
                        demonstrative = !(k + 1 < count && !opens(k + 1) && Self.dutchCopulas.contains(hashes[k + 1])
                            && opens(k + 2))
                        break
                    }
                    k += 1
                }
            }
            if !demonstrative { cues[i] = 0 }
        }
    }

    /// "prove me wrong", "prove us wrong" (see `emit`).
    static let wrongWord = FNV.hash("wrong")
    static let proveWord = FNV.hash("prove")
    // Not "them": "refugees will prove them wrong" answers the hateful, it is counter-speech.
    static let challengedPronouns = WordSet(["me", "us"])

    static let dutchCopulas = WordSet(["is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden"])

    /// Dutch "die" (that, those, who): a hostile cue for the Dutch model only as a demonstrative
    /// (``demoteRelativeDie()``), and no hostility beside an affirmation (``FeatureExtractor/affirmsGroup(_:language:)``:
    /// "Wat knap van die vrouwen van de brandweer" 0.99).
    static let dutchDie = FNV.hash("die")

    /// Whether the "than" word at `i` follows the negator at `start` that says "nothing", right after it or after
    /// "else" (Dutch "niets dan", "niks anders dan", Swedish "inget annat än"): "nothing but" restricts.
    func nothingBut(_ i: Int, _ start: Int) -> Bool {
        guard start >= 0, Self.nothingWords.contains(hashes[start]) else { return false }
        return i == start + 1 || (i == start + 2 && Self.elseWords.contains(hashes[start + 1]))
    }

    /// Negators that say "nothing" ("niets", "niks", "inget", "nada") and the words of "else" that may follow them.
    static let nothingWords = WordSet(["niets", "niks", "inget", "nada"])
    static let elseWords = WordSet(["anders", "annat", "mas"])

    /// Dutch subject pronouns: before a hostile word they make it a verb ("ik haat die niet meer"), and "die" after
    /// it its object.
    static let dutchSubjectPronouns = WordSet(["ik", "je", "jij", "we", "wij", "hij", "zij", "ze", "jullie", "u"])

    /// Dutch and Swedish object pronouns that may stand between a verb and a negator after it.
    static let objectPronouns = WordSet(["ze", "hen", "hun", "jullie", "die", "dem", "dom", "er", "henne", "honom"])

    mutating func markNegationScopes() {
        var scope = 0
        var scopeStart = -1
        for i in 0..<count {
            var f = TokenFlags(rawValue: flags[i])
            if f.contains(.breakBefore) || f.contains(.contrast) { scope = 0 }
            if f.contains(.negator) {
                anyNegator = true
                if language == .nl || language == .sv { negateVerbBefore(i) }
                // Negation reaches to the end of the clause in most of our sentences; cap it for long ones.
                scope = 5
                scopeStart = i
            } else if scope > 0 {
                if infos[i] & Lexicon.thanBit != 0, nothingBut(i, scopeStart) {
                    // "Joden zijn niets dan parasieten" (0.06): "nothing but" restricts, it does not negate.
                    for k in (scopeStart + 1)..<i { flags[k] &= ~TokenFlags.negated.rawValue }
                    scope = 0
                } else if infos[i] & Lexicon.thanBit != 0
                    && ((i >= 1 && infos[i - 1] & Lexicon.comparativeBit != 0)
                        || (i >= 2 && infos[i - 2] & Lexicon.comparativeBit != 0))
                {
                    // "nothing is worse than X": undo the negation of this scope.
                    for k in (scopeStart + 1)..<i { flags[k] &= ~TokenFlags.negated.rawValue }
                    scope = 0
                    // "X are no better than rats": compared with something hostile, "better" praises nobody
                    // (Dutch "beter" and English "better" are warm cues; "nobody is better than X" keeps its praise).
                    let comparative = infos[i - 1] & Lexicon.comparativeBit != 0 ? i - 1 : i - 2
                    if cues[comparative] == Lexicon.Cue.positive.rawValue
                        && ((i + 1)..<min(count, i + 4)).contains(where: { cues[$0] == Lexicon.Cue.negative.rawValue })
                    {
                        cues[comparative] = 0
                    }
                } else if language == .fr && (infos[i] & Lexicon.restrictiveBit != 0 || f.contains(.restrictive))
                    && !((scopeStart)..<i).contains(where: { infos[$0] & Lexicon.frenchFullBit != 0 })
                {
                    // "ne … que" restricts, it does not negate.
                    for k in (scopeStart + 1)..<i { flags[k] &= ~TokenFlags.negated.rawValue }
                    scope = 0
                } else {
                    f.insert(.negated)
                    scope -= 1
                }
            }
            flags[i] = f.rawValue
        }
    }
}
