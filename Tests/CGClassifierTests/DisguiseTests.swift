import Foundation
import Testing
@testable import CGClassifier

/// Spelling disguises read since 2026-12-01 (fourteenth session): a symbol between every letter or inside a word
/// (stars, dots), every vowel starred, leetspeak symbols among spaced-out letters, a word split in three pieces, a
/// dropped last letter, words of ten letters or more written with hyphens — and ordinary text that looks like
/// them and must stay as it is.
@Suite("Disguises: symbols inside words, spaced leetspeak, words in three pieces, a dropped last letter")
struct DisguiseTests {
    @Test("a disguised group or hostile word reads as the word", arguments: [
        ("we hate the r*e*f*u*g*e*e*s", Language.en, ["we", "hate", "the", "refugees"]),
        ("l*e*s*b*i*a*n*s are p*i*g*s", .en, ["lesbians", "are", "pigs"]),
        ("*jews* out", .en, ["jews", "out"]),
        ("fuera los gi*tanos", .es, ["fuera", "los", "gitanos"]),
        ("de tur.ken zijn ongedierte", .nl, ["de", "turken", "zijn", "ongedierte"]),
        ("ces para.sites", .fr, ["ces", "parasites"]),
        ("h*m*s*x**ls are sick", .en, ["homosexuals", "are", "sick"]),
        ("all a r @ b $ must go", .en, ["all", "arabs", "must", "go"]),
        ("w h ! t e $ are trash", .en, ["whites", "are", "trash"]),
        ("los gi ta nos", .es, ["los", "gitanos"]),
        ("de vluch telin gen", .nl, ["de", "vluchtelingen"]),
        ("de arabiere zijn ratten", .nl, ["de", "arabieren", "zijn", "ratten"]),
        ("t-r-a-n-s-g-e-n-d-e-r-s", .en, ["transgenders"]),
        // A word of one letter before or after the spaced word stays a word (seventeenth session).
        ("women are a s c u m", .en, ["women", "are", "a", "scum"]),
        ("I h a t e muslims", .en, ["i", "hate", "muslims"]),
        ("A M u s l i m in charge", .en, ["a", "muslim", "in", "charge"]),
        ("hay que m a t a r a los gitanos", .es, ["hay", "que", "matar", "a", "los", "gitanos"]),
        ("my neighbours are w o m e n. I wish", .en, ["my", "neighbours", "are", "women", "i", "wish"]),
        ("U. G. L. Y. you are", .en, ["ugly", "you", "are"]),
    ] as [(String, Language, [String])])
    func readsDisguise(_ text: String, _ language: Language, _ expected: [String]) {
        #expect(TextNormalizer.words(text, language: language) == expected)
    }

    @Test("ordinary text with dots, stars, symbols and short pieces stays as it is", arguments: [
        ("see you at 8.30 ok", Language.en, ["see", "you", "at", "8", "30", "ok"]),
        ("it was great.Then we left", .en, ["it", "was", "great", "then", "we", "left"]),
        ("visit example.com today", .en, ["visit", "example", "com", "today"]),
        ("this is *so* good", .en, ["this", "is", "*so*", "good"]),
        ("I paid a $ 5 fee", .en, ["i", "paid", "a", "5", "fee"]),
        ("g a y !", .en, ["gay"]),
        ("see #SouthAfrica.https://example.com/x-y now", .en, ["see", "southafrica", "now"]),
        ("we go to the mu se um", .en, ["we", "go", "to", "the", "mu", "se", "um"]),
        // Spaced words that start or end with a letter that is a word alone stay whole when the rest is unknown.
        ("they a l w a y s complain", .en, ["they", "always", "complain"]),
        ("ze zijn a l l e dieven", .nl, ["ze", "zijn", "alle", "dieven"]),
        ("il faudrait a b a t t r e", .fr, ["il", "faudrait", "abattre"]),
        ("pronto no q u e d a r á nadie", .es, ["pronto", "no", "quedara", "nadie"]),
        ("the U.S. army", .en, ["the", "u", "s", "army"]),
    ] as [(String, Language, [String])])
    func leavesOrdinaryText(_ text: String, _ language: Language, _ expected: [String]) {
        #expect(TextNormalizer.words(text, language: language) == expected)
    }

    @Test("a dot between two words still ends the clause")
    func dotStillBreaks() {
        let tokens = TextNormalizer.tokens("great.Muslims")
        #expect(tokens.count == 2)
    }

    /// The word the spelling table reads `word` as, when `word` is no word of the lexicon and a variant of one.
    static func readAsVariant(_ word: String) -> String? {
        let h = FNV.hash(word)
        guard Lexicon.shared.info(h) == 0, let (p, n) = Lexicon.shared.spellingView.canonical(h) else { return nil }
        return String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
    }

    /// Writes every word of the word lists in `/usr/share/dict` that the spelling table reads as another word,
    /// one a line: the folded word, the word it is read as, the list. Run by hand after adding variants, to find
    /// the collisions to exclude (`Lexicon+SpellingCollisions`):
    /// `CG_VARIANT_DICT_OUT=/tmp/variants.txt swift test --filter DisguiseTests`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["CG_VARIANT_DICT_OUT"] != nil))
    func dictionaryWordsReadAsVariants() throws {
        let out = ProcessInfo.processInfo.environment["CG_VARIANT_DICT_OUT"] ?? ""
        var lines: [String] = []
        for (folded, list) in foldedDictionaryWords() {
            guard let canonical = Self.readAsVariant(folded) else { continue }
            lines.append("\(folded)\t\(canonical)\t\(list)")
        }
        try lines.joined(separator: "\n").write(toFile: out, atomically: true, encoding: .utf8)
    }

    /// Writes every word of five letters or more of the public corpora (`CG_CORPUS_DIR`, e.g. `../shared/data/text`)
    /// that the spelling table reads as a word of ``Lexicon/spelledRuleWords``, one a line with the word it is read
    /// as: the words to list in ``Lexicon/ruleWordCorpusCollisions`` after the rules' phrases change.
    /// `CG_CORPUS_DIR=../shared/data/text CG_RULE_WORDS_OUT=/tmp/rule.txt swift test --filter DisguiseTests`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["CG_RULE_WORDS_OUT"] != nil))
    func corpusWordsReadAsRuleWords() throws {
        let env = ProcessInfo.processInfo.environment
        let dir = URL(fileURLWithPath: env["CG_CORPUS_DIR"] ?? "../shared/data/text")
        let rule = Set(Lexicon.spelledRuleWords)
        var words = Set<String>()
        let files = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL }
        for file in files ?? [] where ["csv", "tsv", "jsonl", "txt"].contains(file.pathExtension) {
            guard let data = FileManager.default.contents(atPath: file.path) else { continue }
            let text = String(decoding: data, as: UTF8.self)
                .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            for word in text.split(whereSeparator: { !("a"..."z").contains($0) }) where word.count >= 5 {
                words.insert(String(word))
            }
        }
        // Not the hostile cue words' own misspellings, which were read before the rules' words were.
        let hostile = Set(Lexicon.cueWords[.negative] ?? [])
        var lines: [String] = []
        for word in words.sorted() where !rule.contains(word) {
            guard let canonical = Self.readAsVariant(word) else { continue }
            if rule.contains(canonical) && Lexicon.shared.info(FNV.hash(canonical)) & Lexicon.groupMask == 0
                && !hostile.contains(canonical)
            {
                lines.append("\(word)\t\(canonical)")
            }
        }
        try lines.joined(separator: "\n").write(toFile: env["CG_RULE_WORDS_OUT"] ?? "", atomically: true, encoding: .utf8)
    }
}
