/// Normalises and tokenises short messages: lower-casing, diacritic folding, leetspeak mapping,
/// de-spacing ("m u s l i m s"), repeated-letter squeezing, emoji stripping, negation scope and quotation.
///
/// The heavy lifting happens in a reusable ``TokenBuffer`` so that batch classification allocates nothing
/// per message; this type is the public, allocation-happy face used by tests and tools.
public enum TextNormalizer {
    /// Returns the normalised tokens of `text` (negated tokens prefixed by `¬`, quoted ones by `"`).
    public static func tokens(_ text: String, language: Language = .en) -> [String] {
        let buffer = TokenBuffer()
        buffer.tokenize(text, language: language)
        return (0..<buffer.count).map { i in
            let flags = TokenFlags(rawValue: buffer.flags[i])
            let prefix = flags.contains(.negated) ? "¬" : (flags.contains(.quoted) ? "\"" : "")
            return prefix + buffer.string(at: i)
        }
    }

    /// Returns the plain normalised words of `text`, without negation or quotation marks.
    public static func words(_ text: String, language: Language = .en) -> [String] {
        let buffer = TokenBuffer()
        buffer.tokenize(text, language: language)
        return (0..<buffer.count).map { buffer.string(at: $0) }
    }
}

/// Reusable tokeniser state. Not thread-safe: use one per task.
final class TokenBuffer {
    private(set) var bytes: [UInt8] = []
    private(set) var starts: [Int] = []
    private(set) var ends: [Int] = []
    var flags: [UInt8] = []
    private(set) var hashes: [UInt64] = []
    /// Index into `TargetGroup.allCases`, or -1.
    private(set) var groups: [Int8] = []
    /// ``Lexicon/Cue`` raw value per token.
    private(set) var cues: [UInt8] = []
    private(set) var anyQuote = false
    private(set) var anyNegator = false

    private var cur: [UInt8] = []
    private var singles: [UInt8] = []
    private var singlesFlags: UInt8 = 0
    private var inQuote = false
    private var inSingleQuote = false
    private var pendingBreak = false
    private var spaceRun = 0
    private var pendingNegation = false
    private var language: Language = .en
    private var negators: Set<UInt64> = []

    init() {
        bytes.reserveCapacity(512)
        cur.reserveCapacity(64)
    }

    var count: Int { starts.count }

    func string(at i: Int) -> String {
        String(decoding: bytes[starts[i]..<ends[i]], as: UTF8.self)
    }

    func reset() {
        bytes.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        flags.removeAll(keepingCapacity: true)
        hashes.removeAll(keepingCapacity: true)
        groups.removeAll(keepingCapacity: true)
        cues.removeAll(keepingCapacity: true)
        cur.removeAll(keepingCapacity: true)
        singles.removeAll(keepingCapacity: true)
        singlesFlags = 0
        inQuote = false
        inSingleQuote = false
        pendingBreak = false
        spaceRun = 0
        pendingNegation = false
        anyQuote = false
        anyNegator = false
    }

    func tokenize(_ text: String, language: Language) {
        reset()
        if language != self.language || negators.isEmpty {
            self.language = language
            negators = Lexicon.shared.negatorSet(for: language)
        }
        for scalar in text.unicodeScalars {
            consume(scalar.value)
        }
        finishToken()
        flushSingles()
        markNegationScopes()
    }

    // MARK: - Scalars

    @inline(__always)
    private func separator(clauseBreak: Bool = false, space: Bool = false) {
        finishToken()
        if clauseBreak { pendingBreak = true; flushSingles() }
        if space {
            spaceRun += 1
            // Two spaces in a row separate spaced-out words: "k i l l  t h e m".
            if spaceRun >= 2 { flushSingles() }
        }
    }

    private func consume(_ v: UInt32) {
        if v < 0x80 {
            let b = UInt8(v)
            switch b {
            case 0x41...0x5A: cur.append(b | 0x20); spaceRun = 0
            case 0x61...0x7A, 0x30...0x39: cur.append(b); spaceRun = 0
            case 0x40, 0x24, 0x21, 0x7C, 0x2A: cur.append(b); spaceRun = 0  // @ $ ! | *
            case 0x27, 0x60: cur.append(0x27); spaceRun = 0
            case 0x23: break  // '#': keep the hashtag's words
            case 0x22:
                finishToken()
                inQuote.toggle()
                if inQuote { anyQuote = true }
            case 0x2C, 0x3B, 0x3A, 0x3F, 0x28, 0x29, 0x0A: separator(clauseBreak: true)
            case 0x2E:
                // '.' ends a clause unless it separates single letters ("m.u.s.l.i.m").
                separator(clauseBreak: cur.count > 1)
            case 0x20, 0x09: separator(space: true)
            default: separator()
            }
            return
        }
        switch v {
        case 0xC0...0xFF: foldLatin1(v)
        case 0x100...0x17F: foldLatinExtA(v)
        case 0x300...0x36F, 0xFE00...0xFE0F, 0x200B...0x200D, 0x2060, 0xE0000...0xE007F,
            0x1F000...0x1FAFF, 0x2600...0x27BF, 0x2B00...0x2BFF, 0x2190...0x21FF, 0x2300...0x23FF,
            0x25A0...0x25FF, 0x3030, 0x303D, 0x3297, 0x3299, 0xAE, 0xA9:
            // Combining marks, emoji and pictographs are removed without splitting the word around them.
            break
        case 0x2018, 0x2019, 0xB4:
            cur.append(0x27)
        case 0x201C, 0x201E, 0xAB:
            finishToken(); inQuote = true; anyQuote = true
        case 0x201D, 0xBB:
            finishToken(); inQuote = false
        case 0xA1, 0xBF, 0x2026:
            separator(clauseBreak: true)
        default:
            if let s = Unicode.Scalar(v), s.properties.isAlphabetic {
                // Other scripts: keep the letters as UTF-8 so that n-grams still work.
                cur.append(contentsOf: s.utf8)
                spaceRun = 0
            } else {
                separator()
            }
        }
    }

    private func foldLatin1(_ v: UInt32) {
        let a = UInt8(ascii: "a"), e = UInt8(ascii: "e"), i = UInt8(ascii: "i"), o = UInt8(ascii: "o")
        let u = UInt8(ascii: "u")
        spaceRun = 0
        switch v {
        case 0xC0...0xC5, 0xE0...0xE5: cur.append(a)
        case 0xC6, 0xE6: cur.append(a); cur.append(e)
        case 0xC7, 0xE7: cur.append(UInt8(ascii: "c"))
        case 0xC8...0xCB, 0xE8...0xEB: cur.append(e)
        case 0xCC...0xCF, 0xEC...0xEF: cur.append(i)
        case 0xD0, 0xF0: cur.append(UInt8(ascii: "d"))
        case 0xD1, 0xF1: cur.append(UInt8(ascii: "n"))
        case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8: cur.append(o)
        case 0xD9...0xDC, 0xF9...0xFC: cur.append(u)
        case 0xDD, 0xFD, 0xFF: cur.append(UInt8(ascii: "y"))
        case 0xDE, 0xFE: cur.append(UInt8(ascii: "t")); cur.append(UInt8(ascii: "h"))
        case 0xDF: cur.append(UInt8(ascii: "s")); cur.append(UInt8(ascii: "s"))
        default: separator()
        }
    }

    private func foldLatinExtA(_ v: UInt32) {
        spaceRun = 0
        let out: String
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
        cur.append(contentsOf: out.utf8)
    }

    // MARK: - Tokens

    private static func isLetter(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || b >= 0x80 }

    private static func leet(_ b: UInt8) -> UInt8 {
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

    private func finishToken() {
        if cur.isEmpty { return }
        defer { cur.removeAll(keepingCapacity: true) }
        var lo = 0
        var hi = cur.count
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
        for k in lo..<hi {
            let b = cur[k]
            if Self.isLetter(b) { hasLetter = true } else if b != 0x27 && b != 0x2A { hasLeet = true }
        }
        var word: [UInt8] = []
        word.reserveCapacity(hi - lo)
        for k in lo..<hi {
            let b = cur[k]
            word.append(hasLetter && hasLeet ? Self.leet(b) : b)
        }
        // Drop symbols that could not be read as letters (a lone "@" or "$").
        word.removeAll { $0 == 0x40 || $0 == 0x24 || $0 == 0x7C || $0 == 0x21 }
        if word.isEmpty { return }
        var negatorPrefix = false
        if language == .fr || language == .ca, word.count >= 4 {
            // French/Catalan elision: "l'arabe" -> "arabe"; "n'aime" also opens a negation.
            for p in 1...3 where p < word.count - 2 && word[p] == 0x27 {
                if p == 1 && word[0] == UInt8(ascii: "n") { negatorPrefix = true }
                word.removeFirst(p + 1)
                break
            }
        }
        word.removeAll { $0 == 0x27 }
        if word.isEmpty { return }
        squeezeRepeats(&word)
        var f: TokenFlags = []
        if inQuote || inSingleQuote || (leadingApostrophe && trailingApostrophe) { f.insert(.quoted) }
        if leadingApostrophe && !trailingApostrophe { inSingleQuote = true; anyQuote = true }
        if leadingApostrophe && trailingApostrophe { anyQuote = true }
        if negatorPrefix { f.insert(.negator); f.insert(.negated) }
        if word.count == 1 && Self.isLetter(word[0]) && word[0] < 0x80 {
            if singles.isEmpty { singlesFlags = f.rawValue | (pendingBreak ? TokenFlags.breakBefore.rawValue : 0) }
            singles.append(word[0])
            pendingBreak = false
        } else {
            flushSingles()
            emit(word, flags: f)
        }
        if trailingApostrophe && !leadingApostrophe && inSingleQuote { inSingleQuote = false }
        if exclaim { pendingBreak = true; flushSingles() }
    }

    /// Runs of three or more letters are squeezed to two, or to one when that gives a known word ("haaate").
    private func squeezeRepeats(_ word: inout [UInt8]) {
        var hasRun = false
        var k = 2
        while k < word.count {
            if word[k] == word[k - 1] && word[k] == word[k - 2] { hasRun = true; break }
            k += 1
        }
        guard hasRun else { return }
        var two: [UInt8] = []
        var one: [UInt8] = []
        for b in word {
            if two.count >= 2 && two[two.count - 1] == b && two[two.count - 2] == b { } else { two.append(b) }
            if one.last != b { one.append(b) }
        }
        let oneHash = Self.hashBytes(one)
        word = Lexicon.shared.isKnownWord(oneHash) ? one : two
    }

    static func hashBytes(_ word: [UInt8]) -> UInt64 {
        var h = FNV.offset
        for b in word { h = FNV.mix(h, b) }
        return h
    }

    private func flushSingles() {
        if singles.isEmpty { return }
        defer { singles.removeAll(keepingCapacity: true) }
        var f = TokenFlags(rawValue: singlesFlags)
        if singles.count >= 3 {
            var w = singles
            squeezeRepeats(&w)
            let save = pendingBreak
            pendingBreak = f.contains(.breakBefore)
            f.remove(.breakBefore)
            emit(w, flags: f)
            pendingBreak = save
        } else {
            for (n, b) in singles.enumerated() {
                let save = pendingBreak
                pendingBreak = n == 0 && f.contains(.breakBefore)
                emit([b], flags: f.subtracting(.breakBefore))
                pendingBreak = save
            }
        }
    }

    private func emit(_ word: [UInt8], flags f: TokenFlags) {
        var f = f
        if pendingBreak { f.insert(.breakBefore); pendingBreak = false }
        let start = bytes.count
        bytes.append(contentsOf: word)
        let h = Self.hashBytes(word)
        let lex = Lexicon.shared
        if negators.contains(h) { f.insert(.negator); anyNegator = true }
        if lex.isContrast(h) { f.insert(.contrast) }
        var g = lex.group(h)
        if let last = hashes.last, !f.contains(.breakBefore) {
            let bg = lex.group(Lexicon.bigramKey(last, h))
            if bg >= 0 { g = bg; groups[groups.count - 1] = bg }
        }
        starts.append(start)
        ends.append(bytes.count)
        flags.append(f.rawValue)
        hashes.append(h)
        groups.append(g)
        cues.append(lex.cue(h).rawValue)
    }

    private func markNegationScopes() {
        let lex = Lexicon.shared
        var scope = 0
        var scopeStart = -1
        for i in 0..<flags.count {
            var f = TokenFlags(rawValue: flags[i])
            if f.contains(.breakBefore) || f.contains(.contrast) { scope = 0 }
            if f.contains(.negator) {
                anyNegator = true
                // Negation reaches to the end of the clause in most of our sentences; cap it for long ones.
                scope = 5
                scopeStart = i
            } else if scope > 0 {
                if lex.thanSet.contains(hashes[i])
                    && ((i >= 1 && lex.comparativeSet.contains(hashes[i - 1]))
                        || (i >= 2 && lex.comparativeSet.contains(hashes[i - 2])))
                {
                    // "nothing is worse than X": undo the negation of this scope.
                    for k in (scopeStart + 1)..<i { flags[k] &= ~TokenFlags.negated.rawValue }
                    scope = 0
                } else if language == .fr && lex.restrictiveSet.contains(hashes[i])
                    && !((scopeStart + 1)..<i).contains(where: { lex.frenchFullNegators.contains(hashes[$0]) })
                    && !lex.frenchFullNegators.contains(hashes[scopeStart])
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
