/// Turns a tokenised message into hashed features: words (marked when negated or quoted), word bigrams,
/// character 3- and 4-grams within words, target-group indicators and group-context bigrams
/// ("all <group>", "<group> are"), so that what is learned about one group carries over to the others.
///
/// Not thread-safe: one extractor per task; it reuses its buffers between messages.
final class FeatureExtractor {
    enum Kind: UInt64 {
        case word = 1, negated, quoted, bigram, char3, char4, group, groupNegated, groupQuoted, groupContext
        case hasQuote, hasNegator, groupCount, cue, cueNegated, conjunction
    }

    let tokens = TokenBuffer()
    /// Feature hashes of the last message (with repetitions), in a buffer reused between messages.
    private var buffer: UnsafeMutablePointer<UInt64>
    private var capacity = 512
    /// Number of features of the last message.
    private(set) var count = 0
    /// Readable names, filled only when `names` was requested.
    private(set) var names: [String] = []
    /// Target groups named in the last message, as a bit set over `TargetGroup.allCases`.
    private(set) var groupMask: UInt32 = 0
    /// The cues of the last message: bit `cue` for a cue, bit `cue + 8` for a negated one (``Lexicon/Cue``).
    private(set) var cueMask: UInt32 = 0

    /// Whether the last message names a group or holds a hostile word that is not negated: hate is hostility
    /// against a group, and a message with neither can be hateful only by the letters of its words.
    var hasHateAnchor: Bool { groupMask != 0 || cueMask & Self.cueBit(.negative) != 0 }

    /// The bit of ``cueMask`` that stands for `cue`, or for `cue` negated.
    @inline(__always)
    static func cueBit(_ cue: Lexicon.Cue, negated: Bool = false) -> UInt32 {
        1 << UInt32(cue.rawValue + (negated ? 8 : 0))
    }

    /// Whether the last message holds one of `language`'s ``Lexicon/anchorWords`` (read only when a score is
    /// about to be held under the threshold, so the set lookup costs nothing on the common path).
    func hasAnchorWord(_ language: Language) -> Bool {
        guard let words = Lexicon.anchorHashes[language] else { return false }
        let animals = Lexicon.animalAnchors[language]
        for i in 0..<tokens.count where words.contains(tokens.hashes[i]) {
            // "la perra del vecino" is the neighbour's dog.
            if let animals, animals.words.contains(tokens.hashes[i]), i > 0, animals.determiners.contains(tokens.hashes[i - 1]) {
                continue
            }
            return true
        }
        return false
    }

    /// Whether the last message holds a slur of `language` (negated or not) or one of its
    /// ``Lexicon/anchorWords``: the rules that hold a score under the threshold never do so beside one.
    func holdsSlurOrInsult(_ language: Language) -> Bool {
        if let slurs = Lexicon.slurSets[language], (0..<tokens.count).contains(where: { slurs.contains(tokens.hashes[$0]) }) {
            return true
        }
        return hasAnchorWord(language)
    }

    /// Whether the last message names one of `language`'s ``Lexicon/nonProtectedTargets``, or people in general
    /// in Dutch and Swedish (``Lexicon/genericPeopleWords``), or wishes death on something
    /// (``Lexicon/deathSlogans``), read only when a hateful score names no group.
    func namesNonProtectedTarget(_ language: Language) -> Bool {
        guard let words = Lexicon.nonProtectedHashes[language] else { return false }
        let n = tokens.count, hashes = tokens.hashes, flags = tokens.flags
        for i in 0..<n where words.contains(hashes[i]) || Lexicon.deathSlogans.match(tokens, at: i) > 0 {
            return true
        }
        // People in general: the word opening its clause, with nothing after it that makes a group of them.
        guard let people = Lexicon.genericPeopleHashes[language] else { return false }
        func opens(_ k: Int) -> Bool { k == 0 || flags[k] & TokenFlags.breakBefore.rawValue != 0 }
        for i in 0..<n where people.contains(hashes[i]) {
            guard opens(i) || (opens(i - 1) && Lexicon.genericPeopleOpenerHashes.contains(hashes[i - 1])) else {
                continue
            }
            if i + 1 < n, !opens(i + 1), Lexicon.genericPeopleQualifierHashes.contains(hashes[i + 1]) { continue }
            return true
        }
        return false
    }

    /// Whether the last message uses one of `language`'s ``Lexicon/slurWords`` plainly: not negated, not quoted,
    /// not of the speaker (``speaksAsMember(at:)``), and with no word that condemns or reports.
    func usesSlurPlainly(_ language: Language) -> Bool {
        guard cueMask & Self.counterOrReportBits == 0, !tokens.anyQuote, let slurs = Lexicon.slurSets[language] else {
            return false
        }
        let hashes = tokens.hashes
        for i in 0..<tokens.count where slurs.contains(hashes[i]) {
            // "Je suis pédé, et alors ?": a speaker naming themselves speaks in-group.
            if TokenFlags(rawValue: tokens.flags[i]).contains(.negated) || speaksAsMember(at: i) { continue }
            return true
        }
        return false
    }

    /// The bits of ``cueMask`` for a word that condemns or reports, negated or not.
    static let counterOrReportBits = cueBit(.counter) | cueBit(.report) | cueBit(.counter, negated: true)
        | cueBit(.report, negated: true)

    /// Plain word unigrams only: the baseline the richer features are measured against.
    let unigramOnly: Bool

    /// One word with its boundary marks, for the character n-grams (words longer than 24 bytes get none).
    private let padded: UnsafeMutablePointer<UInt8>

    init(unigramOnly: Bool = false) {
        self.unigramOnly = unigramOnly
        buffer = .allocate(capacity: capacity)
        padded = .allocate(capacity: 32)
    }

    deinit {
        buffer.deallocate()
        padded.deallocate()
    }

    /// Feature hashes of the last message (with repetitions), valid until the next extraction.
    var featureBuffer: UnsafeBufferPointer<UInt64> { UnsafeBufferPointer(start: buffer, count: count) }

    /// Feature hashes of the last message (with repetitions), copied into an array.
    var features: [UInt64] { Array(featureBuffer) }

    @inline(__always)
    private static func seed(_ kind: Kind) -> UInt64 { FNV.finish(kind.rawValue &* 0x1234_5678_9abc_def1) }

    /// Extracts the features of `text` into ``featureBuffer`` (and ``names`` when asked).
    func extract(_ text: String, language: Language, names wantNames: Bool = false) {
        tokens.tokenize(text, language: language)
        // At most 2 per byte (character 3- and 4-grams) and 5 more per token, plus 25 message-level features.
        let bound = 2 * tokens.byteCount + 5 * tokens.count + 32
        if bound > capacity {
            buffer.deallocate()
            capacity = max(bound, capacity * 2)
            buffer = .allocate(capacity: capacity)
        }
        var sink = FastSink(out: buffer)
        if wantNames {
            var named = NamedSink(fast: sink)
            (groupMask, cueMask) = run(&named)
            sink = named.fast
            names = named.names
        } else {
            (groupMask, cueMask) = run(&sink)
        }
        count = sink.count
    }

    /// Names of the features at `indices` of the last extraction, produced by replaying the feature pass over the
    /// tokens still in the buffer (cheaper than naming every feature of every message).
    /// The pass stops after the last wanted feature, and leaves ``groupMask`` and ``cueMask`` as they are.
    func names(at indices: [Int]) -> [String] {
        var sink = SelectiveNamedSink(wanted: indices)
        _ = run(&sink)
        return sink.names.map { $0 ?? "feature" }
    }

    /// The feature pass, shared by extraction and naming; returns the groups and cues it saw.
    private func run<S: FeatureSink>(_ sink: inout S) -> (groupMask: UInt32, cueMask: UInt32) {
        var groupMask: UInt32 = 0
        var cueMask: UInt32 = 0
        let tokens = self.tokens
        let n = tokens.count
        let starts = tokens.starts, ends = tokens.ends, flags = tokens.flags, hashes = tokens.hashes
        let groups = tokens.groups, cues = tokens.cues
        let unigramOnly = self.unigramOnly
        let groupMarker = Self.seed(.groupContext)
        let char3 = Self.seed(.char3), char4 = Self.seed(.char4)
        let padded = self.padded
        do {
            let bytes = tokens.bytes
            var prev: UInt64 = 0x5354_4152_54  // sentence start
            var prevGroup: Int8 = -1
            for i in 0..<n {
                // Naming replays the pass only as far as the last feature it names (never true when extracting).
                if sink.isDone { return (groupMask, cueMask) }
                let s = Int(starts[i])
                let e = Int(ends[i])
                let f = TokenFlags(rawValue: flags[i])
                let h = hashes[i]
                let g = groups[i]
                if unigramOnly {
                    sink.add(Self.seed(.word) ^ h, Self.name(.word, tokens.string(at: i)))
                    continue
                }
                let kind: Kind = f.contains(.negated) ? .negated : (f.contains(.quoted) ? .quoted : .word)
                sink.add(Self.seed(kind) ^ h, Self.name(kind, tokens.string(at: i)))
                if i > 0 && !f.contains(.breakBefore) {
                    sink.add(Self.seed(.bigram) ^ Lexicon.bigramKey(prev, h),
                        "bigram \"\(tokens.string(at: i - 1)) \(tokens.string(at: i))\"")
                }
                let cue = cues[i]
                if cue != 0 {
                    let negatedCue = f.contains(.negated)
                    let ck: Kind = negatedCue ? .cueNegated : .cue
                    sink.add(Self.seed(ck) ^ UInt64(cue), "\(negatedCue ? "negated " : "")cue:\(Self.cueName(cue))")
                    cueMask |= 1 << UInt32(negatedCue ? cue + 8 : cue)
                }
                // Character n-grams inside the word, with boundary marks; long tokens are usually junk.
                // Quoted words get none: what is quoted is reported, not said, and must not look like the real thing.
                let len = e - s
                if len >= 2 && len <= 24 && !f.contains(.quoted) {
                    // The word between boundary marks ("_word_"), so the n-gram loops need no bounds tests.
                    padded[0] = 0x5F
                    (padded + 1).update(from: bytes + s, count: len)
                    padded[len + 1] = 0x5F
                    var start = 0
                    while start + 3 <= len + 2 {
                        let p = padded + start
                        sink.add(FNV.mix(FNV.mix(FNV.mix(char3, p[0]), p[1]), p[2]),
                            Self.charName(bytes, s, e, s - 1 + start, 3))
                        start += 1
                    }
                    start = 0
                    while start + 4 <= len + 2 {
                        let p = padded + start
                        sink.add(FNV.mix(FNV.mix(FNV.mix(FNV.mix(char4, p[0]), p[1]), p[2]), p[3]),
                            Self.charName(bytes, s, e, s - 1 + start, 4))
                        start += 1
                    }
                }
                if g >= 0 {
                    groupMask |= 1 << UInt32(g)
                    let gk: Kind = f.contains(.negated) ? .groupNegated : (f.contains(.quoted) ? .groupQuoted : .group)
                    // The models learned a weight for each group they were trained on; a group added after them
                    // (``TargetGroup/modelled``) has none, and its hash would only meet another feature's
                    // weight by collision, so it is judged by the group-agnostic features alone.
                    if Int(g) < TargetGroup.modelledCount {
                        sink.add(Self.seed(gk) ^ UInt64(g), "\(gk == .group ? "group" : (gk == .groupNegated ? "negated group" : "quoted group")):\(TargetGroup.allCases[Int(g)].rawValue)")
                    }
                    if i > 0 && !f.contains(.breakBefore) && prevGroup < 0 {
                        sink.add(groupMarker ^ Lexicon.bigramKey(prev, 0x47),
                            "context \"\(tokens.string(at: i - 1)) <group>\"")
                    }
                } else if prevGroup >= 0 && !f.contains(.breakBefore) {
                    sink.add(groupMarker ^ Lexicon.bigramKey(0x47, h), "context \"<group> \(tokens.string(at: i))\"")
                }
                prev = h
                prevGroup = g
            }
        }
        if unigramOnly || sink.isDone { return (groupMask, cueMask) }
        if tokens.anyQuote { sink.add(Self.seed(.hasQuote), "has quotation") }
        if tokens.anyNegator { sink.add(Self.seed(.hasNegator), "has negation") }
        if groupMask != 0 {
            sink.add(Self.seed(.groupCount) ^ UInt64(min(groupMask.nonzeroBitCount, 3)), "names a group")
            // Conjunctions a linear model cannot form by itself: a group named together with praise,
            // condemnation, reporting, negation or quotation.
            let conj = Self.seed(.conjunction)
            for cue in 1...4 where cueMask & (1 << UInt32(cue)) != 0 {
                for _ in 0..<2 { sink.add(conj ^ UInt64(cue), "group with cue:\(Self.cueName(UInt8(cue)))") }
            }
            for cue in 1...4 where cueMask & (1 << UInt32(cue + 8)) != 0 {
                for _ in 0..<2 { sink.add(conj ^ UInt64(cue + 8), "group with negated cue:\(Self.cueName(UInt8(cue)))") }
            }
            // Hostility next to a group, unless the same message condemns or reports it.
            if cueMask & Self.cueBit(.negative) != 0 && cueMask & (Self.cueBit(.counter) | Self.cueBit(.report)) != 0 {
                for _ in 0..<2 { sink.add(conj ^ 0x20, "hostility with counter or reported speech") }
            }
            if tokens.anyNegator { for _ in 0..<2 { sink.add(conj ^ 0x10, "group with negation") } }
            if tokens.anyQuote { for _ in 0..<2 { sink.add(conj ^ 0x11, "group with quotation") } }
        }
        return (groupMask, cueMask)
    }

    private static func cueName(_ cue: UInt8) -> String {
        switch Lexicon.Cue(rawValue: cue) ?? .none {
        case .positive: return "positive"
        case .counter: return "counter-speech"
        case .report: return "reported speech"
        case .negative: return "hostile"
        case .none: return "none"
        }
    }

    private static func name(_ kind: Kind, _ word: String) -> String {
        switch kind {
        case .negated: return "negated \"\(word)\""
        case .quoted: return "quoted \"\(word)\""
        default: return "word \"\(word)\""
        }
    }

    private static func charName(_ bytes: UnsafeMutablePointer<UInt8>, _ s: Int, _ e: Int, _ start: Int, _ order: Int) -> String {
        var out: [UInt8] = []
        for k in start..<(start + order) { out.append(k < s || k >= e ? 0x5F : bytes[k]) }
        return "chars \"\(String(decoding: out, as: UTF8.self))\""
    }
}

/// Where extracted features go: hashes only (fast), or hashes with readable names (for explanations).
protocol FeatureSink {
    mutating func add(_ h: UInt64, _ name: @autoclosure () -> String)
    /// Whether the sink wants no more features (the pass may stop).
    var isDone: Bool { get }
}

extension FeatureSink {
    /// Sinks that take every feature are never done; for them the pass's test folds away.
    @inline(__always)
    var isDone: Bool { false }
}

/// Writes feature hashes into a buffer with room for all of them (see `FeatureExtractor.extract`).
struct FastSink: FeatureSink {
    let out: UnsafeMutablePointer<UInt64>
    var count = 0

    init(out: UnsafeMutablePointer<UInt64>) { self.out = out }

    @inline(__always)
    mutating func add(_ h: UInt64, _ name: @autoclosure () -> String) {
        out[count] = FNV.finish(h)
        count &+= 1
    }
}

struct NamedSink: FeatureSink {
    var fast: FastSink
    var names: [String] = []

    mutating func add(_ h: UInt64, _ name: @autoclosure () -> String) {
        fast.add(h, "")
        names.append(name())
    }
}

/// Names only the features at `wanted` (a handful of distinct indices), in the order they were asked for.
struct SelectiveNamedSink: FeatureSink {
    /// The wanted indices in increasing order, each with its place in ``names``.
    private let order: [(index: Int, slot: Int)]
    /// The next entry of `order` to reach: one comparison per feature.
    private var next = 0
    private var index = 0
    var names: [String?]

    init(wanted: [Int]) {
        order = wanted.enumerated().map { (index: $0.element, slot: $0.offset) }.sorted { $0.index < $1.index }
        names = Array(repeating: nil, count: wanted.count)
    }

    var isDone: Bool { next == order.count }

    @inline(__always)
    mutating func add(_ h: UInt64, _ name: @autoclosure () -> String) {
        if next < order.count && order[next].index == index {
            names[order[next].slot] = name()
            next += 1
        }
        index += 1
    }
}
