import Foundation
import Testing
@testable import CGClassifier

@Suite("Glued words")
struct GluedWordTests {
    @Test("an identity term glued to a word we do not know is cut off it")
    func unknownNeighbour() {
        #expect(TextNormalizer.words("no wonder the area went downhill whenMuslimsmoved in")
            == ["no", "wonder", "the", "area", "went", "downhill", "when", "muslims", "moved", "in"])
        #expect(TextNormalizer.words("¿por qué loslatinostienen que ser tan repugnantes?", language: .es)
            == ["por", "que", "los", "latinos", "tienen", "que", "ser", "tan", "repugnantes"])
        #expect(TextNormalizer.words("je veux voir lesRomssix pieds sous terre", language: .fr)
            == ["je", "veux", "voir", "les", "roms", "six", "pieds", "sous", "terre"])
        #expect(TextNormalizer.words("je ne considérerai jamais lesmusulmanscomme mes égaux", language: .fr)
            == ["je", "ne", "considererai", "jamais", "les", "musulmans", "comme", "mes", "egaux"])
    }

    @Test("a short glued word is cut when an identity term is a piece")
    func short() {
        #expect(TextNormalizer.words("Jewsare complete failures as people")
            == ["jews", "are", "complete", "failures", "as", "people"])
    }

    @Test("a hostile word glued to function words is cut before an identity term")
    func hostileBeforeGroup() {
        #expect(TextNormalizer.words("Ihate Muslims") == ["i", "hate", "muslims"])
        #expect(TextNormalizer.words("Odioalos musulmanes", language: .es) == ["odio", "a", "los", "musulmanes"])
        #expect(TextNormalizer.words("Ikhaat moslims", language: .nl) == ["ik", "haat", "moslims"])
        // With no identity term after it, the word stays as written.
        #expect(TextNormalizer.words("Ihate mondays") == ["ihate", "mondays"])
    }

    @Test("a hostile word glued to function words is cut after an identity term")
    func hostileAfterGroup() {
        #expect(TextNormalizer.words("Immigrants arevermin") == ["immigrants", "are", "vermin"])
        #expect(TextNormalizer.words("Les immigrés sontdégoûtants", language: .fr)
            == ["les", "immigres", "sont", "degoutants"])
        // With no identity term before it, or a word of the word lists, the word stays as written.
        #expect(TextNormalizer.words("Mondays arevermin") == ["mondays", "arevermin"])
        #expect(TextNormalizer.words("muslims therapist") == ["muslims", "therapist"])
    }

    @Test("ordinary words that hold an identity term or a hostile word stay whole")
    func ordinaryWords() {
        let words = ["transport", "transfer", "romance", "romantic", "blackmail", "menu", "arable", "gayety",
                     "therapist", "therapists", "turkeys", "chairwomen", "blacksmith", "whitewash"]
        for word in words { #expect(TextNormalizer.words(word) == [word]) }
        #expect(TextNormalizer.words("jodendom", language: .nl) == ["jodendom"])
        #expect(TextNormalizer.words("romanticisme", language: .ca) == ["romanticisme"])
        // Before a group too: "therapist" is not "the" + "rapist".
        #expect(TextNormalizer.words("therapist muslims") == ["therapist", "muslims"])
        // Words of the word lists that the rules before 2026-11-30 cut ("nor males", "catholic is me", "in con ce
        // bible") stay whole too; "nonwhites", whose cut is its reading, is left out of the list.
        #expect(TextNormalizer.words("no son normales", language: .es) == ["no", "son", "normales"])
        #expect(TextNormalizer.words("son catholicisme", language: .fr) == ["son", "catholicisme"])
        #expect(TextNormalizer.words("esto es inconcebible", language: .es) == ["esto", "es", "inconcebible"])
        #expect(TextNormalizer.words("sorry nonwhites") == ["sorry", "non", "whites"])
    }

    @Test("a short word does not lose a letter, and a capital starts a word only after a function word")
    func limits() {
        #expect(TextNormalizer.words("islamo-gauchiste", language: .fr) == ["islamo", "gauchiste"])
        #expect(TextNormalizer.words("#MassImmigration #altRetards") == ["massimmigration", "altretards"])
        #expect(TextNormalizer.words("lesRomssix", language: .fr) == ["les", "roms", "six"])
    }

    /// Writes every word of the word lists in `/usr/share/dict` that `glueCuts` would cut apart, one a line:
    /// the folded word, how it was cut, the rule and the list. Run by hand to regenerate
    /// `Lexicon.glueCollisions` (see docs/classifier/README.md, "glued words"):
    /// `CG_GLUE_DICT_OUT=/tmp/glue.txt swift test --filter GluedWordTests`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["CG_GLUE_DICT_OUT"] != nil))
    func dictionaryWordsCut() throws {
        let out = ProcessInfo.processInfo.environment["CG_GLUE_DICT_OUT"] ?? ""
        let core = TokenizerCore()
        defer { core.deallocate() }
        var lines: [String] = []
        for (folded, list) in foldedDictionaryWords() {
            var bytes = Array(folded.utf8)
            let n = bytes.count
            let h = TokenizerCore.hashBytes(bytes)
            guard Lexicon.shared.info(h) == 0, core.spelling.canonical(h) == nil else { continue }
            for goal in [GlueSolver.Goal.group, .hostile] {
                let fits = goal == .group
                    ? n >= TokenizerCore.minGlued && n <= 64
                    : n > GlueSolver.minTerm && n <= GlueSolver.maxPiece
                guard fits else { continue }
                let pieces = bytes.withUnsafeMutableBufferPointer { core.glueCuts($0.baseAddress!, n, goal: goal) }
                guard pieces > 0 else { continue }
                var parts: [String] = []
                var from = 0
                for i in 0..<pieces {
                    let end = Int(core.cuts[i])
                    parts.append(String(decoding: bytes[from..<end], as: UTF8.self))
                    from = end
                }
                let allKnown = parts.allSatisfy {
                    let ph = FNV.hash($0)
                    return ($0.count >= 2 && Lexicon.shared.info(ph) != 0) || core.glue.lookup(ph) != 0
                }
                let rule = goal == .hostile ? "hostile" : (allKnown && n >= 8 ? "old" : "new")
                lines.append("\(folded)\t\(parts.joined(separator: "+"))\t\(rule)\t\(list)")
                break
            }
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: out, atomically: true, encoding: .utf8)
    }
}
