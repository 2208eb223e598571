import Testing
@testable import CGClassifier

/// The letter bitmaps in front of the spelling-variant table (2026-12-01, fifteenth session) only turn words away
/// sooner: every variant held is still found, and found as the same word.
@Suite("Spelling variants: the letter bitmaps before the table")
struct SpellingVariantsFilterTests {
    /// The word `text` misspells, asked with its letters (the tokeniser's way) and by its hash alone.
    static func both(_ view: SpellingVariantsView, _ text: String) -> (String?, String?) {
        var bytes = Array(text.utf8)
        let h = TokenizerCore.hashBytes(bytes)
        func word(_ found: (UnsafeMutablePointer<UInt8>, Int)?) -> String? {
            found.map { String(decoding: UnsafeBufferPointer(start: $0.0, count: $0.1), as: UTF8.self) }
        }
        let withLetters = bytes.withUnsafeMutableBufferPointer { b in
            word(view.canonical(h, word: b.baseAddress!, b.count, languageBit: 0))
        }
        return (withLetters, word(view.canonical(h)))
    }

    @Test("every variant of a small table is found through the bitmaps, and ordinary words are not")
    func smallTable() {
        let table = SpellingVariants(terms: ["muslims", "refugees"], masked: ["jews"], excluded: []) { _ in false }
        let view = table.view
        let variants = SpellingVariants.variants(of: Array("muslims".utf8))
            + SpellingVariants.variants(of: Array("refugees".utf8)) + SpellingVariants.masks(of: Array("jews".utf8))
        #expect(variants.count > 20)
        for variant in variants {
            let text = String(decoding: variant, as: UTF8.self)
            let (withLetters, byHash) = Self.both(view, text)
            #expect(withLetters != nil && withLetters == byHash, "\(text)")
        }
        for text in ["that", "people", "muslim", "refugee", "something", "jewels"] {
            let (withLetters, byHash) = Self.both(view, text)
            #expect(withLetters == nil && byHash == nil, "\(text)")
        }
    }

    @Test("a variant that is a word of one of our languages is read only in a message of another")
    func foreignWords() {
        let table = SpellingVariants(
            terms: ["noirs", "juifs"], excluded: ["niors", "jufs"], foreign: ["niors": [.sv], "jufs": [.nl]]
        ) { _ in false }
        let view = table.view
        func read(_ text: String, _ language: Language?) -> String? {
            var bytes = Array(text.utf8)
            let h = TokenizerCore.hashBytes(bytes)
            let bit = language.map(Lexicon.languageBit) ?? 0
            return bytes.withUnsafeMutableBufferPointer { b in
                view.canonical(h, word: b.baseAddress!, b.count, languageBit: bit)
                    .map { String(decoding: UnsafeBufferPointer(start: $0.0, count: $0.1), as: UTF8.self) }
            }
        }
        #expect(read("niors", .fr) == "noirs")
        #expect(read("niors", .sv) == nil)
        #expect(read("jufs", .fr) == "juifs")
        #expect(read("jufs", .nl) == nil)
        #expect(read("niors", .en) == nil)
        // Nor in a language of the same family.
        #expect(read("jufs", .en) == nil)
        // Without a language (the joining and unstarring checks), a foreign word misspells nothing.
        #expect(read("niors", nil) == nil)
        #expect(view.canonical(TokenizerCore.hashBytes(Array("niors".utf8))) == nil)
        // A family counts together: Spanish, Catalan and French; English, Dutch and Swedish.
        #expect(SpellingVariants.languageMask([.ca]) & Lexicon.languageBit(.fr) != 0)
        #expect(SpellingVariants.languageMask([.sv]) & Lexicon.languageBit(.en) != 0)
        #expect(SpellingVariants.languageMask([.nl]) & Lexicon.languageBit(.es) == 0)
    }

    @Test("the lexicon's table reads misspellings through the bitmaps as by hash alone", arguments: [
        "mulsims", "m*slims", "jewz", "immigrnts", "refugess",
    ])
    func lexicon(variant: String) {
        let (withLetters, byHash) = Self.both(Lexicon.shared.spellingView, variant)
        #expect(withLetters != nil && withLetters == byHash)
        if variant == "mulsims" { #expect(withLetters == "muslims") }
    }
}
