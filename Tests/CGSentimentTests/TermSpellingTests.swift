import CGAnalytics
import CGClassifier
import Foundation
@testable import CGSentiment
import Testing

/// Term bags keep words as people write them; counting merges a word's spellings under its key.
@Suite("Term spellings: shown with diacritics, counted together")
struct TermSpellingTests {
    @Test("a bag keeps diacritics in Swedish, French, Spanish and Catalan; each term's key is the classifier's word")
    func bagsKeepDiacritics() {
        let cases: [(String, Language, [String])] = [
            (
                "Förbjud regnbågsflaggan, bögar är äckliga", .sv,
                ["bögar", "regnbågsflaggan", "äckliga", "förbjud regnbågsflaggan"]
            ),
            ("Les étrangers dehors, ils sont des parasites", .fr, ["étrangers", "étrangers dehors"]),
            ("La inmigración ilegal destruye el país", .es, ["inmigración", "inmigración ilegal"]),
            ("Prou agressió dels immigrants al barri", .ca, ["agressió"]),
        ]
        for (text, language, expected) in cases {
            let terms = TermExtractor.terms(text, language: language)
            for term in expected { #expect(terms.contains(term), "\(term) in \(terms)") }
            let folded = ["bogar", "regnbagsflaggan", "etrangers", "inmigracion", "agressio"]
            #expect(!terms.contains { folded.contains($0) }, "\(terms)")
            // Every term folds to the classifier's own words: counting groups them with folded bags.
            let words = Set(TextNormalizer.words(text, language: language))
            for term in terms {
                let keyWords = TermSpelling.key(term).split(separator: " ")
                #expect(keyWords.allSatisfy { words.contains(String($0)) }, "\(term)")
            }
        }
    }

    @Test("capitals are lowered, decomposed accents composed; leetspeak and unaccented spellings keep the folded word")
    func writtenForms() {
        #expect(TermExtractor.terms("BÖGAR är äckliga", language: .sv).contains("bögar"))
        let decomposed = TermExtractor.terms("Les e\u{301}trangers dehors", language: .fr)
        #expect(decomposed.contains { Array($0.utf8) == Array("étrangers".utf8) }, "\(decomposed)")
        let leet = TermExtractor.terms("Förbjud regnb4gsflaggan, b0gar är äckliga!", language: .sv)
        #expect(leet.contains("regnbagsflaggan") && leet.contains("äckliga"), "\(leet)")
        #expect(TermSpelling.key("regnbågsflaggan") == "regnbagsflaggan")
        // ASCII text: the bag is the classifier's words, as before.
        #expect(TermExtractor.terms("immigrants are invaders", language: .en) == ["immigrants", "invaders"])
    }

    @Test("the key folds every Latin-1 and Latin Extended-A letter as the classifier's tokeniser does")
    func keyMatchesClassifier() {
        for value in UInt32(0xC0)...0x17F {
            guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { continue }
            let word = "ka\(Character(scalar))ka"
            let classifier = TextNormalizer.words(word, language: .sv)
            #expect(classifier == [TermSpelling.key(word.lowercased())], "U+\(String(value, radix: 16)): \(classifier)")
        }
    }

    @Test("a bag of 40 long words with diacritics stays within the bound")
    func boundWithDiacritics() {
        let words = (0..<60).map {
            "åäöéèüñçàòíóú" + String(repeating: "ö", count: 20) + String(UnicodeScalar(97 + $0 % 26)!) + "\($0)"
        }
        let terms = TermExtractor.terms(words.joined(separator: " "), language: .sv)
        #expect(!terms.isEmpty)
        #expect(terms.joined(separator: "|").utf8.count <= TermExtractor.maximumBagBytes)
    }

    @Test("log-odds count a word's spellings together and show the one written most often")
    func logOddsMergeSpellings() throws {
        let target = ["bögar": 20, "bogar": 6, "b0gar": 0, "regnbågsflaggan": 12, "regnbagsflaggan": 9, "torget": 3]
        let background = ["bogar": 40, "hatar": 50, "torget": 30]
        let terms = LogOdds.distinctiveTerms(target: target, background: background, top: 10)
        let flag = try #require(terms.first { $0.term == "regnbågsflaggan" }, "\(terms)")
        #expect(flag.targetCount == 21)
        #expect(!terms.contains { $0.term == "regnbagsflaggan" })
        // "bögar" 20 + "bogar" 46: the folded spelling is the one counted most (an old database's bags).
        let gay = terms.first { TermSpelling.key($0.term) == "bogar" }
        #expect(gay == nil || (gay?.targetCount == 26 && gay?.term == "bogar"), "\(terms)")
        // A tie goes to the spelling with diacritics.
        var spellings = TermSpellings()
        _ = spellings.fold([["étrangers": 3, "etrangers": 3]])
        #expect(spellings.shown("etrangers") == "étrangers")
        #expect(spellings.shown("torget") == "torget")
    }

    @Test("narratives count folded (older) bags with new ones and show the written spelling")
    func narrativesMergeSpellings() {
        let new = Array(repeating: ["förbjud", "regnbågsflaggan", "förbjud regnbågsflaggan", "äckliga"], count: 8)
        let old = Array(repeating: ["forbjud", "regnbagsflaggan", "forbjud regnbagsflaggan", "ackliga"], count: 4)
        let other = Array(repeating: ["bussen", "regn"], count: 20)
        let narratives = NarrativeFinder.find(bags: new + old + other)
        let flag = narratives.first { $0.terms.contains("regnbågsflaggan") }
        #expect(flag?.messages == 12, "\(narratives)")
        #expect(!narratives.flatMap(\.terms).contains { $0 == "regnbagsflaggan" || $0 == "ackliga" }, "\(narratives)")
    }
}
