/// Reusable tokeniser buffers. Not thread-safe: use one per task.
///
/// The hot loop runs on a ``TokenizerCore`` (plain pointers and counters) held at a fixed address, so that no
/// per-character exclusivity checks or array copies happen.
final class TokenBuffer {
    // Behind a pointer rather than a stored `var`: the core (some 600 bytes) used to be copied out to a local and
    // back for every message (0.5% of `classify`, 2026-12-01), and each read of a stored `var` of a class may check
    // exclusivity; through the pointer the tokeniser runs on it in place, as it ran on the local copy.
    private let corePointer: UnsafeMutablePointer<TokenizerCore>

    init() {
        corePointer = .allocate(capacity: 1)
        corePointer.initialize(to: TokenizerCore())
    }

    deinit {
        corePointer.pointee.deallocate()
        corePointer.deinitialize(count: 1)
        corePointer.deallocate()
    }

    var count: Int { corePointer.pointee.count }
    /// Bytes of all tokens together.
    var byteCount: Int { corePointer.pointee.byteCount }
    var bytes: UnsafeMutablePointer<UInt8> { corePointer.pointee.bytes }
    var starts: UnsafeMutablePointer<Int32> { corePointer.pointee.starts }
    var ends: UnsafeMutablePointer<Int32> { corePointer.pointee.ends }
    var flags: UnsafeMutablePointer<UInt8> { corePointer.pointee.flags }
    var hashes: UnsafeMutablePointer<UInt64> { corePointer.pointee.hashes }
    /// Index into `TargetGroup.allCases`, or -1.
    var groups: UnsafeMutablePointer<Int8> { corePointer.pointee.groups }
    /// ``Lexicon/Cue`` raw value per token.
    var cues: UnsafeMutablePointer<UInt8> { corePointer.pointee.cues }
    /// The lexicon's bits per token (``Lexicon/placeBit`` and the group bits of a place of a faith among them).
    var infos: UnsafeMutablePointer<UInt32> { corePointer.pointee.infos }
    var anyQuote: Bool { corePointer.pointee.anyQuote }
    var anyNegator: Bool { corePointer.pointee.anyNegator }
    /// Whether the message ends with a question: no word after its last question mark.
    var endsWithQuestion: Bool {
        let c = corePointer
        return c.pointee.questionAt >= 0 && c.pointee.questionAt == c.pointee.count
    }

    func string(at i: Int) -> String {
        let c = corePointer
        return String(
            decoding: UnsafeBufferPointer(
                start: c.pointee.bytes + Int(c.pointee.starts[i]), count: Int(c.pointee.ends[i] - c.pointee.starts[i])),
            as: UTF8.self)
    }

    func tokenize(_ text: String, language: Language) {
        let c = corePointer
        c.pointee.reset(language: language)
        var text = text
        let done: Bool? = text.withUTF8 { utf8 -> Bool in
            c.pointee.run(utf8)
            return true
        }
        _ = done
        c.pointee.finishToken()
        c.pointee.flushSingles()
        c.pointee.dropAppositionPeople()
        if c.pointee.language == .nl { c.pointee.demoteRelativeDie() }
        c.pointee.markNegationScopes()
        if c.pointee.anyPlace { c.pointee.attachPlaces() }
        if c.pointee.anyCommunity { c.pointee.dropCommunityNouns() }
    }
}
