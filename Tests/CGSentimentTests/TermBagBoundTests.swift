import CGClassifier
import CGSentiment
import Testing

/// A message's term bag is bounded in bytes, so the covering index that holds it (M0062) never refuses it.
@Suite("Term bags: bounded for the index")
struct TermBagBoundTests {
    static func bytes(_ terms: [String]) -> Int { terms.joined(separator: "|").utf8.count }

    @Test("a word longer than the longest kept is dropped, the words around it kept")
    func giantWord() {
        let giant = String(repeating: "abcdefghij", count: 500)
        let terms = TermExtractor.terms("immigrants \(giant) invaders everywhere", language: .en)
        #expect(!terms.contains { $0.contains("abcdefghij") })
        #expect(terms.contains("immigrants") && terms.contains("invaders everywhere"), "\(terms)")
        let longest = String(String(repeating: "abcdefghijklmnopqrstuvwxyz", count: 2).prefix(TermExtractor.maximumWordLength))
        #expect(TermExtractor.terms("invaders \(longest)", language: .en).contains(longest))
    }

    @Test("many long words in a script of two bytes a letter stop at the byte bound, at a term boundary")
    func manyLongWords() {
        // Greek letters: 2 bytes each in UTF-8, so 40 terms of 35-letter words would be about 4,000 bytes.
        let alphabet = Array("αβγδεζηθικλμνξοπρστυφχψω")
        let words = (0..<60).map { n in String((0..<35).map { alphabet[($0 * 7 + n * 5) % alphabet.count] }) }
        let terms = TermExtractor.terms(words.joined(separator: " "), language: .en)
        #expect(Self.bytes(terms) <= TermExtractor.maximumBagBytes)
        #expect(Self.bytes(terms) > TermExtractor.maximumBagBytes - 2 * (2 * 35 * 2 + 2), "\(Self.bytes(terms)) bytes")
        #expect(terms.first == words[0], "\(terms.prefix(3))")
    }

    @Test("capped keeps the order, drops over-long terms and ends before the bound")
    func capped() {
        let term = String(repeating: "a", count: 80)
        let terms = [String(repeating: "b", count: 2 * TermExtractor.maximumWordLength + 2)] + Array(repeating: term, count: 20)
        let kept = TermExtractor.capped(terms)
        #expect(kept == Array(repeating: term, count: 12))  // 12 × 80 + 11 = 971 bytes; a thirteenth makes 1,052
        #expect(TermExtractor.capped(["short", "bag"]) == ["short", "bag"])
    }
}
