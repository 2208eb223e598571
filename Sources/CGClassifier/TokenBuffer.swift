/// Reusable tokeniser buffers. Not thread-safe: use one per task.
///
/// The hot loop runs on a local copy of ``TokenizerCore`` (plain pointers and counters), so that no
/// per-character exclusivity checks or array copies happen; the core is written back when done.
final class TokenBuffer {
    private var core = TokenizerCore()

    deinit { core.deallocate() }

    var count: Int { core.count }
    /// Bytes of all tokens together.
    var byteCount: Int { core.byteCount }
    var bytes: UnsafeMutablePointer<UInt8> { core.bytes }
    var starts: UnsafeMutablePointer<Int32> { core.starts }
    var ends: UnsafeMutablePointer<Int32> { core.ends }
    var flags: UnsafeMutablePointer<UInt8> { core.flags }
    var hashes: UnsafeMutablePointer<UInt64> { core.hashes }
    /// Index into `TargetGroup.allCases`, or -1.
    var groups: UnsafeMutablePointer<Int8> { core.groups }
    /// ``Lexicon/Cue`` raw value per token.
    var cues: UnsafeMutablePointer<UInt8> { core.cues }
    /// The lexicon's bits per token (``Lexicon/placeBit`` and the group bits of a place of a faith among them).
    var infos: UnsafeMutablePointer<UInt32> { core.infos }
    var anyQuote: Bool { core.anyQuote }
    var anyNegator: Bool { core.anyNegator }
    /// Whether the message ends with a question: no word after its last question mark.
    var endsWithQuestion: Bool { core.questionAt >= 0 && core.questionAt == core.count }

    func string(at i: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: core.bytes + Int(core.starts[i]), count: Int(core.ends[i] - core.starts[i])), as: UTF8.self)
    }

    func tokenize(_ text: String, language: Language) {
        var c = core
        c.reset(language: language)
        var text = text
        let done: Bool? = text.withUTF8 { utf8 -> Bool in
            c.run(utf8)
            return true
        }
        _ = done
        c.finishToken()
        c.flushSingles()
        c.dropAppositionPeople()
        if c.language == .nl { c.demoteRelativeDie() }
        c.markNegationScopes()
        if c.anyPlace { c.attachPlaces() }
        if c.anyCommunity { c.dropCommunityNouns() }
        core = c
    }
}
